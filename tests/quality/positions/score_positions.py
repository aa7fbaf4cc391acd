#!/usr/bin/env python3
"""Score the positions of an extraction (`diplomatic-events extract --json`) against a positions gold.

Usage:
    diplomatic-events extract --json FILES... > out.json
    python score_positions.py --gold positions_gold.json --corpus DIR out.json [--show N] [--json]
    python score_positions.py --gold positions_gold.json --corpus DIR --check-gold

Units. The library merges positions by (side, topic, stance, negated) and keeps every sentence that
carries one as an evidence span; each (position, evidence span) pair is scored as one extracted
position, in the document its span points into. A position with no evidence span is one wrong unit.

An extracted unit is CORRECT when a gold position of the same document has the same side, the same
stance and negation (or one of the gold's `stance_alternatives`), the same topic (or one of the gold's
`topic_alternatives`; a gold topic outside the library's vocabulary can never be matched) and the
extracted span overlaps the gold evidence's place in the file. A unit that matches only gold marked
`optional` is neither right nor wrong (left out of precision); optional gold is not counted in recall.
A gold position is FOUND when some extracted unit matches it (several gold positions may be found by
one sentence-long unit). Recall counts only gold positions whose topic is in the vocabulary; the
others are reported as `out_of_vocab`.

Diagnostics on the last line: `located` = extracted units whose span overlaps some gold evidence;
`side_ok` / `stance_ok` / `topic_ok` = of those, how many have a gold position there with the same
side / stance (and negation, alternatives allowed) / topic; `holder_ok` = of the correct units, how many
name the gold holder (by the actor's name or aliases, or the same last word).
The vocabulary is the extraction's top-level `topics` (ids), else `--topics topics.toml`.
Only the standard library is used.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

SIDE_NAMES = {
    "US": {"united states", "us", "america", "washington", "biden administration"},
    "CN": {"china", "beijing", "people s republic of china", "prc"},
    "RU": {"russia", "moscow", "russian federation"},
    "IN": {"india", "new delhi"},
    "GB": {"united kingdom", "uk", "britain", "london"},
    "JP": {"japan", "tokyo"},
    "PH": {"philippines", "manila"},
    "AU": {"australia", "canberra"},
    "UA": {"ukraine", "kyiv"},
    "DE": {"germany", "berlin"},
    "FR": {"france", "paris"},
    "KR": {"south korea", "republic of korea", "seoul"},
    "TW": {"taiwan"},
}
DEFAULT_TOPICS = Path(__file__).resolve().parents[3] / "src/diplomatic_events/knowledge/data/topics.toml"


def collect(extraction: Any) -> tuple[list[dict], dict[str, dict], list[dict], list[str]]:
    """Sources, actors by id, positions and topic ids anywhere in the extraction (top level, visits, lists)."""
    sources: list[dict] = []
    actors: dict[str, dict] = {}
    positions: list[dict] = []
    topics: list[str] = []
    stack = [extraction]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        sources.extend(x for x in node.get("sources", []) or [] if isinstance(x, dict))
        for a in node.get("actors", []) or []:
            if isinstance(a, dict) and "id" in a:
                actors[str(a["id"])] = a
        positions.extend(x for x in node.get("positions", []) or [] if isinstance(x, dict))
        for t in node.get("topics", []) or []:
            tid = t.get("id") if isinstance(t, dict) else t
            if isinstance(tid, str):
                topics.append(tid)
        stack.extend(v for k, v in node.items() if k == "visits")
    return sources, actors, positions, topics


def vocab_from_toml(path: Path) -> set[str]:
    try:
        import tomllib

        return {t["id"] for t in tomllib.loads(path.read_text(encoding="utf-8")).get("topics", [])}
    except Exception:  # noqa: BLE001 - fall back to a plain scan
        return set(re.findall(r'^id\s*=\s*"([^"]+)"', path.read_text(encoding="utf-8"), re.M))


def norm_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("u.s.", "us").replace("’", "'")
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def holder_ok(extracted: Any, gold_holder: str, actors: dict[str, dict], side: str) -> bool:
    if extracted is None:
        # a side without a person: right when the gold holder is the country itself
        return norm_name(gold_holder) in SIDE_NAMES.get(side, set()) | {norm_name(side)}
    a = actors.get(str(extracted), {"name": str(extracted)})
    names = {norm_name(n) for n in [a.get("name") or "", str(extracted).replace("-", " "), *(a.get("aliases") or [])] if n}
    g = norm_name(gold_holder)
    if g in names:
        return True
    gl = g.split()[-1] if g else ""
    return any(n.split() and n.split()[-1] == gl for n in names)


def gold_span(text: str, pos: dict) -> tuple[int, int] | None:
    ev = pos["evidence"]
    starts = [m.start() for m in re.finditer(re.escape(ev), text)]
    if not starts:
        return None
    line = pos.get("line")
    on_line = [s for s in starts if text.count("\n", 0, s) + 1 == line]
    s = (on_line or starts)[0]
    return s, s + len(ev)


def stance_ok(unit: dict, g: dict) -> bool:
    got = (unit["stance"], bool(unit["negated"]))
    allowed = [(g["stance"], bool(g.get("negated", False)))]
    allowed += [(a["stance"], bool(a.get("negated", False))) for a in g.get("stance_alternatives", [])]
    return got in allowed


def topic_ok(unit: dict, g: dict, vocab: set[str]) -> bool:
    allowed = [g["topic"], *g.get("topic_alternatives", [])]
    return unit["topic"] in allowed and unit["topic"] in vocab


def read_corpus(corpus: Path, name: str, cache: dict[str, str]) -> str:
    if name not in cache:
        p = corpus / name
        cache[name] = p.read_text(encoding="utf-8") if p.exists() else ""
    return cache[name]


def check_gold(gold: dict, corpus: Path, vocab: set[str]) -> int:
    bad = 0
    seen_files: set[str] = set()
    stances = {"supports", "opposes", "concerned", "demands", "commits", "rejects", "agrees", "mentions"}
    n = 0
    for doc in gold["documents"]:
        f = doc["file"]
        if f in seen_files:
            print(f"duplicate document {f}")
            bad += 1
        seen_files.add(f)
        p = corpus / f
        if not p.exists():
            print(f"{f}: file not in {corpus}")
            bad += 1
            continue
        text = p.read_text(encoding="utf-8")
        for pos in doc["positions"]:
            n += 1
            ev = pos["evidence"]
            where = f"{f}:{pos.get('line')}"
            if ev not in text:
                print(f"{where}: evidence not verbatim: {ev[:80]!r}")
                bad += 1
                continue
            lines = [text.count("\n", 0, m.start()) + 1 for m in re.finditer(re.escape(ev), text)]
            if pos.get("line") not in lines:
                print(f"{where}: evidence is on line(s) {lines}, not {pos.get('line')}")
                bad += 1
            for w in pos.get("topic_words", []):
                if w.lower() not in ev.lower():
                    print(f"{where}: topic word {w!r} not in evidence")
                    bad += 1
            if not re.fullmatch(r"[A-Z]{2}", pos["side"]):
                print(f"{where}: side {pos['side']!r} is not an ISO alpha-2 code")
                bad += 1
            if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", pos["topic"]):
                print(f"{where}: topic {pos['topic']!r} is not lowercase-hyphenated")
                bad += 1
            for s in [pos["stance"], *(a["stance"] for a in pos.get("stance_alternatives", []))]:
                if s not in stances:
                    print(f"{where}: unknown stance {s!r}")
                    bad += 1
            if not pos.get("holder"):
                print(f"{where}: no holder")
                bad += 1
    in_vocab = sum(1 for d in gold["documents"] for p in d["positions"] if p["topic"] in vocab)
    print(f"gold check: documents={len(seen_files)} positions={n} in_vocab={in_vocab} problems={bad}")
    return 1 if bad else 0


def score(gold: dict, extraction: Any, corpus: Path | None, vocab_override: set[str] | None, all_gold: bool = False) -> dict:
    sources, actors, positions, topics = collect(extraction)
    vocab = vocab_override if vocab_override is not None else set(topics)
    file_of = {str(s.get("id")): Path(str(s.get("path") or s.get("file") or s.get("id") or "")).name for s in sources}
    gold_files = {d["file"] for d in gold["documents"]}
    cache: dict[str, str] = {}
    # explode into units
    units: dict[str, list[dict]] = {}
    no_span = 0
    seen: set[tuple] = set()
    for p in positions:
        ev = p.get("evidence") or []
        if not ev:
            no_span += 1
            continue
        for span in ev:
            fname = file_of.get(str(span.get("source")), Path(str(span.get("source"))).name)
            key = (fname, p.get("side"), p.get("topic"), p.get("stance"), bool(p.get("negated")), span.get("start"), span.get("end"))
            if key in seen:
                continue
            seen.add(key)
            units.setdefault(fname, []).append(
                {"side": p.get("side"), "topic": p.get("topic"), "stance": p.get("stance"), "negated": bool(p.get("negated")),
                 "holder": p.get("holder"), "start": span.get("start"), "end": span.get("end"), "text": span.get("text") or ""}
            )
    tot = Counter()
    per_doc = []
    wrong: list[str] = []
    missed: list[str] = []
    missed_gold: list[tuple[str, dict]] = []
    read_files = {Path(str(s.get("path") or s.get("file") or s.get("id") or "")).name for s in sources}
    for doc in gold["documents"]:
        fname = doc["file"]
        if not all_gold and fname not in read_files:
            continue  # a gold document the extraction did not read
        text = read_corpus(corpus, fname, cache) if corpus else ""
        golds = []
        for g in doc["positions"]:
            span = gold_span(text, g) if text else None
            golds.append((g, span))
        got = units.get(fname, [])
        found = [False] * len(golds)
        c = dict(extracted=0, correct=0, optional=0, located=0, side_ok=0, stance_ok=0, topic_ok=0, holder_ok=0)
        for u in got:
            if not isinstance(u["start"], int) or not isinstance(u["end"], int):
                here = []
            else:
                here = [(i, g) for i, (g, sp) in enumerate(golds) if sp and u["start"] < sp[1] and sp[0] < u["end"]]
            matches = [(i, g) for i, g in here if g["side"] == u["side"] and stance_ok(u, g) and topic_ok(u, g, vocab)]
            hard = [(i, g) for i, g in matches if not g.get("optional")]
            for i, _ in matches:
                found[i] = True
            if matches and not hard:
                c["optional"] += 1
                continue
            c["extracted"] += 1
            if here:
                c["located"] += 1
                c["side_ok"] += any(g["side"] == u["side"] for _, g in here)
                c["stance_ok"] += any(stance_ok(u, g) for _, g in here)
                c["topic_ok"] += any(topic_ok(u, g, vocab) for _, g in here)
            if hard:
                c["correct"] += 1
                c["holder_ok"] += any(holder_ok(u["holder"], g["holder"], actors, u["side"]) for _, g in hard)
                if not any(holder_ok(u["holder"], g["holder"], actors, u["side"]) for _, g in hard):
                    wrong.append(f"{fname}: holder {u['holder']} != {hard[0][1]['holder']} ({u['side']} {u['topic']} {u['stance']}) [holder only]")
            else:
                why = diagnose(u, [g for _, g in here], vocab)
                wrong.append(
                    f"{fname}: WRONG {u['side']} {u['topic']} {'not ' if u['negated'] else ''}{u['stance']} holder={u['holder']} "
                    f"[{why}] “{shorten(u['text'])}”"
                )
        gold_in = [(i, g) for i, (g, _) in enumerate(golds) if not g.get("optional") and g["topic"] in vocab]
        gold_out = [g for g, _ in golds if not g.get("optional") and g["topic"] not in vocab]
        hit = sum(1 for i, _ in gold_in if found[i])
        for i, g in gold_in:
            if not found[i]:
                missed_gold.append((fname, g))
                missed.append(
                    f"{fname}:{g['line']}: MISSED {g['side']} {g['topic']} {'not ' if g.get('negated') else ''}{g['stance']} ({g['holder']}) “{shorten(g['evidence'])}”"
                )
        for k, v in c.items():
            tot[k] += v
        tot["gold"] += len(gold_in)
        tot["found"] += hit
        tot["out_of_vocab"] += len(gold_out)
        per_doc.append({"file": fname, "gold": len(gold_in), "found": hit, **c})
    stray = sum(len(v) for f, v in units.items() if f not in gold_files)
    tot["extracted"] += no_span
    p = tot["correct"] / tot["extracted"] if tot["extracted"] else 0.0
    r = tot["found"] / tot["gold"] if tot["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "totals": dict(tot), "no_span": no_span, "not_in_gold_files": stray,
            "per_document": per_doc, "wrong": wrong, "missed": missed, "missed_gold": missed_gold}


def diagnose(u: dict, here: list[dict], vocab: set[str]) -> str:
    if not here:
        return "no gold position in this sentence"
    same_side = [g for g in here if g["side"] == u["side"]]
    if not same_side:
        return "side wrong (gold here: " + ", ".join(sorted({g["side"] + " " + g["topic"] for g in here})) + ")"
    same_topic = [g for g in same_side if topic_ok(u, g, vocab)]
    if not same_topic:
        return "topic wrong (gold here: " + ", ".join(sorted({g["topic"] for g in same_side})) + ")"
    return "stance wrong (gold: " + ", ".join(sorted({("not " if g.get("negated") else "") + g["stance"] for g in same_topic})) + ")"


def shorten(s: str, n: int = 110) -> str:
    s = re.sub(r"\s+", " ", s)
    return s if len(s) <= n else s[: n - 1] + "…"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("extraction", nargs="?", help="JSON printed by `diplomatic-events extract --json` ('-' for stdin)")
    ap.add_argument("--gold", required=True)
    ap.add_argument("--corpus", required=True, help="folder(s) holding the documents, ':'-separated")
    ap.add_argument("--topics", help="topics.toml giving the vocabulary (default: the extraction's `topics`)")
    ap.add_argument("--show", type=int, default=0, help="list up to N wrong and N missed positions")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--all-gold", action="store_true", help="also count gold documents the extraction did not read")
    ap.add_argument("--check-gold", action="store_true", help="check every evidence is verbatim in its file, then stop")
    args = ap.parse_args()
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    corpus = Path(args.corpus)
    if ":" in args.corpus:
        # several folders: make a view that finds each file in the first folder holding it
        dirs = [Path(d) for d in args.corpus.split(":")]
        corpus = _MultiDir(dirs)  # type: ignore[assignment]
    vocab_override = vocab_from_toml(Path(args.topics)) if args.topics else None
    if args.check_gold:
        return check_gold(gold, corpus, vocab_override if vocab_override is not None else vocab_from_toml(DEFAULT_TOPICS))
    if not args.extraction:
        ap.error("give the extraction JSON (or --check-gold)")
    text = sys.stdin.read() if args.extraction == "-" else Path(args.extraction).read_text(encoding="utf-8")
    extraction = json.loads(text)
    if vocab_override is None and not collect(extraction)[3]:
        vocab_override = vocab_from_toml(DEFAULT_TOPICS)
    res = score(gold, extraction, corpus, vocab_override, args.all_gold)
    if args.json:
        res.pop("missed_gold")
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return 0
    for d in res["per_document"]:
        print(f"{d['file']}: gold {d['gold']} found {d['found']} | extracted {d['extracted']} correct {d['correct']} optional {d['optional']}")
    if args.show:
        for line in res["wrong"][: args.show]:
            print("  " + line)
        for line in res["missed"][: args.show]:
            print("  " + line)
    classes = Counter(re.search(r"\[([a-z ]+?)(?: \(|\])", w).group(1) for w in res["wrong"] if "WRONG" in w)
    holder_only = sum(1 for w in res["wrong"] if "[holder only]" in w)
    print("wrong by class: " + ", ".join(f"{k}={v}" for k, v in classes.most_common()) + f"; correct but holder wrong={holder_only}")
    t = res["totals"]
    loc = t.get("located", 0)
    print(
        f"positions P={res['precision']:.3f} R={res['recall']:.3f} F1={res['f1']:.3f} "
        f"extracted={t.get('extracted', 0)} gold={t.get('gold', 0)} "
        f"side_ok={t.get('side_ok', 0)}/{loc} stance_ok={t.get('stance_ok', 0)}/{loc} topic_ok={t.get('topic_ok', 0)}/{loc} "
        f"holder_ok={t.get('holder_ok', 0)}/{t.get('correct', 0)} correct={t.get('correct', 0)} found={t.get('found', 0)} "
        f"optional_hits={t.get('optional', 0)} no_span={res['no_span']} out_of_vocab={t.get('out_of_vocab', 0)} "
        f"outside_gold_docs={res['not_in_gold_files']}"
    )
    return 0


class _MultiDir:
    """A stand-in for a folder: `dirs / name` gives the first existing file of that name."""

    def __init__(self, dirs: list[Path]) -> None:
        self.dirs = dirs

    def __truediv__(self, name: str) -> Path:
        for d in self.dirs:
            if (d / name).exists():
                return d / name
        return self.dirs[0] / name


if __name__ == "__main__":
    sys.exit(main())
