"""Merge reviewed collections into one real set, as each sealed set was built.

Usage (from the repository root)::

    python3 tests/quality/real/assemble.py tests/quality/real/sealed8 sealed8 DIR_A DIR_B DIR_C

Each collection directory holds its ``.txt`` excerpts, ``manifest.jsonl``, ``gold.json``,
``notes.md`` (the collector's notes) and ``REVIEW.md`` (the reviewer's log). The texts are
copied byte for byte, the manifests concatenated, the gold documents joined (speakers and
entities merged), and the notes and logs copied to ``reviews/<collection>-collection.md`` and
``reviews/<collection>-review.md``. Run ``gold_selfcheck.py`` on the result before scoring.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any


def assemble(target: Path, name: str, collections: list[Path]) -> dict[str, Any]:
    """Write the set ``name`` into the new directory ``target``; return its gold."""
    target.mkdir(parents=True, exist_ok=False)
    reviews = target.parent / "reviews"
    reviews.mkdir(exist_ok=True)
    names = ", ".join(c.name for c in collections)
    gold: dict[str, Any] = {
        "corpus": f"real/{name} (collections {names}, reviewed)",
        "notes": [],
        "documents": [],
        "speakers": {},
        "entities": {},
    }
    manifest: list[dict[str, Any]] = []
    for collection in collections:
        part = json.loads((collection / "gold.json").read_text(encoding="utf-8"))
        gold["notes"] += [f"{collection.name}: {note}" for note in part.get("notes", [])]
        gold["documents"] += part["documents"]
        for key in ("speakers", "entities"):
            for canonical, forms in part.get(key, {}).items():
                known = gold[key].setdefault(canonical, [])
                known += [form for form in forms if form not in known]
        for line in (collection / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                manifest.append(entry)
                shutil.copyfile(collection / entry["path"], target / entry["path"])
        shutil.copyfile(collection / "notes.md", reviews / f"{collection.name}-collection.md")
        if (collection / "REVIEW.md").exists():
            shutil.copyfile(collection / "REVIEW.md", reviews / f"{collection.name}-review.md")
    documents = {document["file"] for document in gold["documents"]}
    listed = {entry["path"] for entry in manifest}
    if documents != listed:
        raise SystemExit(f"gold and manifests disagree on: {sorted(documents ^ listed)}")
    (target / "gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (target / "manifest.jsonl").write_text(
        "".join(json.dumps(entry, ensure_ascii=False) + "\n" for entry in manifest),
        encoding="utf-8",
    )
    return gold


if __name__ == "__main__":
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    result = assemble(Path(sys.argv[1]), sys.argv[2], [Path(arg) for arg in sys.argv[3:]])
    print(len(result["documents"]), "documents")
