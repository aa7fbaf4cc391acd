"""The plug-in registry."""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest

from diplomatic_events import PluginConflictError, Registry, UnknownPluginError


class TestRegistry:
    def test_builtins_are_imported_lazily_by_path(self) -> None:
        """A built-in is a 'module:attribute' string resolved on first get."""
        registry: Registry[object] = Registry("thing", builtins={"json-dumps": "json:dumps"})
        import json

        assert json.dumps is registry.get("json-dumps")

    def test_decorator_registers_under_name(self) -> None:
        """@registry.register(name) returns the object unchanged and registers it."""
        registry: Registry[type] = Registry("adapter")

        @registry.register("reuters")
        class Reuters:
            pass

        assert Reuters is registry.get("reuters")
        assert ("reuters",) == registry.names()

    def test_name_clash_raises(self) -> None:
        """Two plug-ins under one name is an error, not a silent override."""
        registry: Registry[int] = Registry("number", builtins={"one": "math:pi"})
        with pytest.raises(PluginConflictError, match="'one'"):
            registry.register("one", 1)

    def test_unknown_name_lists_known_names(self) -> None:
        """The error for a typo says what exists."""
        registry: Registry[int] = Registry("number")
        registry.register("two", 2)
        with pytest.raises(UnknownPluginError, match="known: two"):
            registry.get("tow")

    def test_unknown_name_is_a_lookup_error(self) -> None:
        """Callers can catch LookupError."""
        with pytest.raises(LookupError):
            Registry[int]("number").get("x")

    def test_entry_points_are_read_on_first_lookup(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Installed plug-ins appear under their entry-point names."""
        point = EntryPoint(name="pi", value="math:pi", group="test.numbers")
        calls: list[str] = []

        def fake_entry_points(*, group: str) -> list[EntryPoint]:
            calls.append(group)
            return [point] if group == "test.numbers" else []

        monkeypatch.setattr("diplomatic_events.registry.entry_points", fake_entry_points)
        registry: Registry[float] = Registry("number", entry_point_group="test.numbers")
        assert [] == calls
        import math

        assert math.pi == registry.get("pi")
        assert ["test.numbers"] == calls
