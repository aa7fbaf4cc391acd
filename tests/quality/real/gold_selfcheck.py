"""Turn a gold file into an extraction document and score it: a gold that is self-consistent scores perfectly.

Usage: python3 gold_selfcheck.py GOLD.json CORPUS_DIR   (prints score.py's summary and misses)
Checks: every quote text occurs in its file at (or near) its line; every location/duration text occurs.
"""
import json, re, subprocess, sys, tempfile
from pathlib import Path

gold_path, corpus = Path(sys.argv[1]), Path(sys.argv[2])
gold = json.loads(gold_path.read_text(encoding="utf-8"))
slug = lambda name: re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "x"
actors, sources, statements, meetings, problems = {}, [], [], [], []
for doc in gold["documents"]:
    text = (corpus / doc["file"]).read_text(encoding="utf-8")
    sid = doc["file"]
    sources.append({"id": sid, "path": str(corpus / doc["file"]), "published": doc.get("published")})
    used: set[int] = set()
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for q in doc.get("quotes", []):
        want = q["text"]
        hits = [m.start() for m in re.finditer(re.escape(want), text)]
        if not hits:
            problems.append(f"{doc['file']}: quote not found verbatim: {want[:60]!r}")
            continue
        line = q.get("line")
        if line:
            base = line_starts[min(line, len(line_starts)) - 1]
            hits.sort(key=lambda h: abs(h - base))
        start = next((h for h in hits if h not in used), hits[0])
        used.add(start)
        name = q["speaker"]
        actors.setdefault(slug(name), {"id": slug(name), "name": name, "aliases": []})
        statements.append({"speaker": slug(name), "kind": "direct", "reports": [
            {"source": sid, "kind": "direct", "text": want, "start": start, "end": start + len(want)}]})
    for mt in doc.get("meetings", []):
        for name in mt["participants"]:
            actors.setdefault(slug(name), {"id": slug(name), "name": name, "aliases": []})
        for key in ("location", "duration_text", "date_text"):
            if mt.get(key) and key != "date_text" and mt[key] not in text:
                problems.append(f"{doc['file']}: meeting {key} not verbatim: {mt[key]!r}")
        dm = mt.get("duration_minutes")
        meetings.append({"participants": [slug(n) for n in mt["participants"]], "date": mt.get("date"),
                         "location": mt.get("location"),
                         "duration": {"low_minutes": dm[0], "high_minutes": dm[1], "text": mt.get("duration_text")} if dm else None})
doc = {"sources": sources, "actors": list(actors.values()), "statements": statements, "meetings": meetings}
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
    json.dump(doc, f)
score = Path(__file__).resolve().parent.parent / "score.py"
out = subprocess.run([sys.executable, str(score), "--gold", str(gold_path), "--corpus", str(corpus), f.name, "--show", "20"],
                     capture_output=True, text=True)
print(out.stdout[-3000:], out.stderr[-2000:])
print("\n".join(problems) or "all quote/location/duration texts found verbatim")
