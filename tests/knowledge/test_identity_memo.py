"""The bounded memo keyed by identity that pattern-derived values share."""

from __future__ import annotations

from diplomatic_events._identity_memo import IdentityMemo


class TestIdentityMemo:
    def test_a_value_is_made_once_per_key_object(self) -> None:
        """The same key object gets the remembered value; an equal but distinct one gets its
        own."""
        memo: IdentityMemo[int] = IdentityMemo(8)
        made: list[int] = []

        def make() -> int:
            made.append(len(made))
            return made[-1]

        first, second = ["a"], ["a"]
        values = [memo.get_or_make(k, make) for k in (first, first, second)]
        assert ([0, 0, 1], 2) == (values, len(made))

    def test_a_full_memo_starts_over(self) -> None:
        """At its limit the memo empties, so it never holds more than ``limit`` keys."""
        memo: IdentityMemo[str] = IdentityMemo(2)
        keys = [object(), object(), object()]
        for key in keys:
            memo.get_or_make(key, lambda: "x")
        assert "y" == memo.get_or_make(keys[0], lambda: "y")
