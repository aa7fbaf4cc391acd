"""Coverage-guided fuzzing with atheris (the ``fuzz`` extra), over the same targets as the
hypothesis suite.

Run one target for a fixed budget (CI runs each for a few seconds)::

    python tests/fuzz/atheris_fuzz.py read_source -atheris_runs=2000 -max_total_time=10

Targets: ``read_source``, ``parse``, ``from_json``, ``load_knowledge``, ``cli``. A target
raising anything but its documented errors, or running past its time bound, is a crash:
atheris prints the input and exits non-zero.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports():
    import targets


def _read_source(data: bytes) -> None:
    targets.check_read_source(data)


def _parse(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicodeNoSurrogates(provider.ConsumeIntInRange(0, 2000))
    targets.check_parse([text, provider.ConsumeBytes(provider.remaining_bytes())])


def _from_json(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    cls = targets.DOCUMENT_TYPES[provider.ConsumeIntInRange(0, len(targets.DOCUMENT_TYPES) - 1)]
    targets.check_from_json(provider.ConsumeBytes(provider.remaining_bytes()), cls)


def _load_knowledge(data: bytes) -> None:
    targets.check_load_knowledge([data])


def _cli(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    command = ["extract", "compare", "report"][provider.ConsumeIntInRange(0, 2)]
    options = [["--json"], ["--max-bytes", "64"], []][provider.ConsumeIntInRange(0, 2)]
    targets.check_cli(command, options, [provider.ConsumeBytes(provider.remaining_bytes())])


TARGETS: dict[str, Callable[[bytes], None]] = {
    "read_source": _read_source,
    "parse": _parse,
    "from_json": _from_json,
    "load_knowledge": _load_knowledge,
    "cli": _cli,
}


def main() -> None:
    """``atheris_fuzz.py TARGET [libFuzzer options]``."""
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: atheris_fuzz.py {{{','.join(TARGETS)}}} [libFuzzer options]")
    target = TARGETS[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
