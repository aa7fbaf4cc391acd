"""Many documents: ``--jobs 1`` against ``--jobs 2``, and N against 10·N documents.

Run as a script: ``python benchmarks/bench_scale.py [--small 200] [--large 2000]
[--parallel 200] [--jobs 2] [--pairs 3] [--seed 7] [--stream]``. The documents are generated from
varied templates (visitor, host, city, date, counterpart, topic, quotation and paragraph
order all vary), not copies of one text, and written to a temporary directory, so the runs
read files as users' runs do.

Printed:

* the wall seconds of ``parse(files, jobs=1)`` and ``parse(files, jobs=N)`` on the same
  ``--parallel`` documents, and their ratio (the outputs are checked equal): ``--pairs``
  pairs, interleaved, each run in a fresh subprocess (so neither inherits the caches the
  other filled), each pair with the machine's load and its ceiling at that moment (``N``
  processes against one on a loop that parallelises perfectly: on a shared machine other
  work lowers it, and no code does better), the CPU seconds of the caller and of its
  workers (the caller's share is the part of the work not spread over the workers), and
  the best ratio;
* for ``--small`` and ``--large`` documents, each in a fresh subprocess: wall and CPU
  seconds of ``parse`` (with ``--scale-jobs`` workers) and the peak resident memory of the
  process (and of its workers), and the ratios large/small;
* with ``--stream``, for ``--stream-small`` and ``--stream-large`` files (1,000 and 10,000),
  each in a fresh subprocess: wall seconds and peak resident memory of
  ``extract --format jsonl`` (one line per source, written as it is parsed), which should
  not grow with the number of files;
* with ``--visits``, for ``--small`` and ``--large`` documents (2,000 and 20,000 make the
  issue's figures), each in a fresh subprocess: wall and CPU seconds and peak resident
  memory of ``extract --format jsonl --visits`` (``parse_stream``: the same visits as
  ``parse``, assembled one at a time), and the ratios large/small, which for memory should
  stay near 1;
* with ``--quick``, for ``--quick-small`` and ``--quick-large`` documents (10,000 and
  100,000), each in a fresh subprocess: the per-document bookkeeping of ``--visits`` alone,
  without parsing: that many (empty) report files listed in name order as the command line
  lists a directory, and that many sources set aside in ``parse_stream``'s index (visitor,
  host and day; one in five a readout of a meeting instead), grouped, adopted and read
  back; the peak memory should not grow with the documents;
* with ``--dense``, for ``--dense-small`` and ``--dense-large`` documents all published in
  one month (so each person's blocks of sources within 20 days are as large as they get),
  the CPU seconds of the summary ``compare`` of their extraction, and the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

_VISITS = (
    ("Secretary of State Antony Blinken", "Blinken", "Beijing", "China", "Wang Yi", "Wang"),
    (
        "Prime Minister Narendra Modi",
        "Modi",
        "Washington",
        "the United States",
        "Joe Biden",
        "Biden",
    ),
    ("Chancellor Olaf Scholz", "Scholz", "New Delhi", "India", "Narendra Modi", "Modi"),
    ("President Emmanuel Macron", "Macron", "Beijing", "China", "Xi Jinping", "Xi"),
    ("Prime Minister Fumio Kishida", "Kishida", "Seoul", "South Korea", "Yoon Suk Yeol", "Yoon"),
    ("President Joe Biden", "Biden", "Kyiv", "Ukraine", "Volodymyr Zelenskyy", "Zelenskyy"),
    ("Foreign Minister Wang Yi", "Wang", "Moscow", "Russia", "Sergei Lavrov", "Lavrov"),
    (
        "Defense Secretary Lloyd Austin",
        "Austin",
        "Manila",
        "the Philippines",
        "Ferdinand Marcos Jr.",
        "Marcos",
    ),
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "September", "October")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_TOPICS = (
    ("trade", "the two economies should keep trade open"),
    ("security", "security in the region depends on dialogue"),
    ("climate", "climate finance must reach the countries that need it"),
    ("technology", "export controls on chips should not block cooperation"),
    ("energy", "energy supplies have to be stable and affordable"),
)
_OPENINGS = (
    "{visitor} arrived in {city} on {day} for a {length}-day visit to {country}, the first"
    " such trip in {years} years.",
    "{short} landed in {city} on {day}, beginning a visit aimed at steadying ties with {country}.",
    "{city} — {visitor} began talks in {country} on {day}, officials said.",
)
_MEETINGS = (
    "{short} met {host} for about {hours} hours on {day}, and the two discussed {topic}.",
    "On {day}, {short} held talks with {host} that lasted more than {hours} hours.",
    "{host} welcomed {short} at the start of a meeting on {day} focused on {topic}.",
)
_QUOTES = (
    '"We believe {claim}," {short} told reporters after the meeting.',
    '{short} said: "{claim_cap}."',
    '"{claim_cap}," {host_short} said in a statement on {day}.',
    "According to a statement, {host_short} said {claim}.",
)
_FILLERS = (
    "The visit comes weeks after a dispute over tariffs strained relations.",
    "Analysts said expectations for a breakthrough were low.",
    "Officials from both sides described the talks as candid and constructive.",
    "Protesters gathered near the venue, local media reported.",
    "The two governments agreed to set up working groups on {topic}.",
)


def document(rng: random.Random, number: int) -> str:
    """One report of a visit: paragraphs drawn from the templates, in a varied order."""
    visitor, short, city, country, host, host_short = rng.choice(_VISITS)
    topic, claim = rng.choice(_TOPICS)
    year = rng.choice((2021, 2022, 2023, 2024))
    slots = {
        "visitor": visitor,
        "short": short,
        "city": city.upper() if rng.random() < 0.2 else city,
        "country": country,
        "host": host,
        "host_short": host_short,
        "day": rng.choice(_DAYS),
        "length": rng.choice(("two", "three", "four")),
        "years": rng.randint(2, 9),
        "hours": rng.choice(("two", "three", "five", "six")),
        "topic": topic,
        "claim": claim,
        "claim_cap": claim[0].upper() + claim[1:],
    }
    body = [rng.choice(_MEETINGS), *rng.sample(_QUOTES, 2), *rng.sample(_FILLERS, 2)]
    rng.shuffle(body)
    paragraphs = [rng.choice(_OPENINGS), *body]
    dated = f"Published {rng.choice(_MONTHS)} {rng.randint(1, 28)}, {year} (report {number})"
    return "\n\n".join([dated, *(p.format(**slots) for p in paragraphs)]) + "\n"


def write_documents(
    directory: Path, count: int, seed: int, *, month: str | None = None
) -> list[Path]:
    """``count`` generated reports as ``.txt`` files in ``directory``.

    With ``month`` ("June 2023"), every report is published in that month.
    """
    return list(_documents(directory, count, seed, month=month))


def _write_all(directory: Path, count: int, seed: int) -> None:
    """:func:`write_documents` without a list of the paths (it would count in the peak)."""
    for _ in _documents(directory, count, seed):
        pass


def _empty(directory: Path) -> None:
    """Remove the files of ``directory`` one at a time: ``TemporaryDirectory`` lists them all
    first, which would count in the peak."""
    while True:
        removed = 0
        with os.scandir(directory) as entries:
            for entry in entries:
                os.unlink(entry.path)
                removed += 1
        if not removed:
            return


def _documents(
    directory: Path, count: int, seed: int, *, month: str | None = None
) -> Iterator[Path]:
    rng = random.Random(seed)
    for number in range(count):
        text = document(rng, number)
        if month is not None:
            name, year = month.split()
            _, body = text.split("\n\n", 1)
            day = rng.randint(1, 28)
            text = f"Published {name} {day}, {year} (report {number})\n\n{body}"
        path = directory / f"report_{number:06d}.txt"
        path.write_text(text, encoding="utf-8")
        yield path


def _peak_mib() -> tuple[float, float]:
    """Peak resident memory of this process and of its (waited-for) children, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    status = Path("/proc/self/status")
    if status.exists():  # Linux: the high-water mark of the resident set, in kB
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                own = max(own, int(line.split()[1]) / 1024)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def _child(count: int, jobs: int, seed: int) -> None:
    """In a fresh subprocess: parse ``count`` documents once, print seconds and peak memory.

    Both wall seconds and this process's CPU seconds: on a shared machine the CPU seconds of
    a ``--jobs 1`` run hardly change with the load, the wall seconds do.
    """
    from diplomatic_events import load_knowledge, parse

    knowledge = load_knowledge()
    with tempfile.TemporaryDirectory() as directory:
        paths = write_documents(Path(directory), count, seed)
        start, cpu = time.perf_counter(), time.process_time()
        extraction = parse(paths, knowledge=knowledge, jobs=jobs)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    own, children = _peak_mib()
    print(f"{seconds:.3f} {own:.1f} {children:.1f} {len(extraction.visits)} {cpu:.3f}")


def _stream_child(count: int, jobs: int, seed: int) -> None:
    """In a fresh subprocess: ``extract --format jsonl`` over ``count`` files, to a file."""
    from diplomatic_events.cli import main

    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory) / "reports"
        folder.mkdir()
        _write_all(folder, count, seed)
        output = Path(directory) / "out.jsonl"
        arguments = ["extract", str(folder), "--format", "jsonl", "-q", "-j", str(jobs)]
        start = time.perf_counter()
        status = main([*arguments, "-o", str(output)])
        seconds = time.perf_counter() - start
        own, children = _peak_mib()
        with output.open(encoding="utf-8") as lines:
            written = sum(1 for _ in lines)
        _empty(folder)
    written = written if status == 0 else -1
    print(f"{seconds:.3f} {own:.1f} {children:.1f} {written} {time.process_time():.3f}")


def _visits_child(count: int, jobs: int, seed: int) -> None:
    """In a fresh subprocess: ``extract --format jsonl --visits`` over ``count`` files."""
    from diplomatic_events.cli import main

    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory) / "reports"
        folder.mkdir()
        _write_all(folder, count, seed)
        output = Path(directory) / "out.jsonl"
        arguments = ["extract", str(folder), "--format", "jsonl", "--visits", "-q"]
        start, cpu = time.perf_counter(), time.process_time()
        status = main([*arguments, "-j", str(jobs), "-o", str(output)])
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        own, children = _peak_mib()
        visits = 0
        with output.open(encoding="utf-8") as lines:
            for line in lines:
                visits += len(json.loads(line)["visits"])
        _empty(folder)
    visits = visits if status == 0 else -1
    print(f"{seconds:.3f} {own:.1f} {children:.1f} {visits} {cpu:.3f}")


def _quick_child(count: int, jobs: int, seed: int) -> None:
    """In a fresh subprocess: what ``--visits`` keeps per document, without parsing."""
    import datetime as dt

    from diplomatic_events.parsing._set_aside import SetAside
    from diplomatic_events.sources import count_report_files, iter_report_files
    from diplomatic_events.typing import ActorId, SourceId

    del jobs
    rng = random.Random(seed)
    people = [ActorId(f"person-{n}") for n in range(40)]
    countries = ["CN", "US", "IN", "RU", "JP", "KR", "UA", "PH"]
    start, cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        for n in range(count):  # out of name order, without a list of the names
            (folder / f"report_{n * 7919 % count:07d}.txt").touch()
        listed = count_report_files(folder)
        walked = sum(1 for _ in iter_report_files(folder))
        _empty(folder)
    groups = 0
    with SetAside() as index:
        for number in range(count):
            source = SourceId(f"report_{number:07d}")
            person, country = rng.choice(people), rng.choice(countries)
            day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
            if number % 5:
                index.add_visit(source, (person, country, day), number * 1000, None)
            else:
                met = ((person, frozenset({country})),)
                index.add_loose(source, day, met, number * 1000, None)
        index.group()
        for _ in index.unadopted():
            pass
        for _, _, _, members, adopted in index.groups():
            groups += 1
            del members, adopted
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    own, children = _peak_mib()
    visits = groups if listed == walked == count else -1
    print(f"{seconds:.3f} {own:.1f} {children:.1f} {visits} {cpu:.3f}")


def _dense(small: int, large: int, jobs: int, seed: int) -> None:
    """The summary comparison's CPU time on reports all of one month, N against M."""
    from diplomatic_events import load_knowledge, parse
    from diplomatic_events.compare import compare

    knowledge = load_knowledge()
    seconds = {}
    for count in (small, large):
        with tempfile.TemporaryDirectory() as directory:
            paths = write_documents(Path(directory), count, seed, month="June 2023")
            extraction = parse(paths, knowledge=knowledge, jobs=jobs)
        cpu = time.process_time()
        comparison = compare(extraction)
        seconds[count] = time.process_time() - cpu
        print(
            f"compare (summary), {count} reports of one month: CPU {seconds[count]:.2f} s,"
            f" {len(comparison.reuse)} related pairs, {len(comparison.statements)} clusters",
            flush=True,
        )
    print(
        f"{large}/{small} reports of one month: compare CPU {seconds[large] / seconds[small]:.1f}x"
    )


def _scale(
    count: int, jobs: int, seed: int, mode: str = "--child"
) -> tuple[float, float, float, int, float]:
    done = subprocess.run(
        [sys.executable, __file__, mode, str(count), str(jobs), str(seed)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, own, children, visits, cpu = done.stdout.split()
    return float(seconds), float(own), float(children), int(visits), float(cpu)


def _parallel_child(count: int, jobs: int, seed: int) -> None:
    """In a fresh subprocess: ``parse`` of ``count`` documents with ``jobs`` workers, once.

    Prints the wall seconds, this process's CPU seconds, its workers' CPU seconds and a
    digest of the extraction's JSON (the outputs of the two runs are compared).
    """
    import hashlib

    from diplomatic_events import load_knowledge, parse, to_json

    knowledge = load_knowledge()
    with tempfile.TemporaryDirectory() as directory:
        paths = write_documents(Path(directory), count, seed)
        parse(paths[:2], knowledge=knowledge)  # the knowledge's first-use caches, as in each run
        start, cpu = time.perf_counter(), time.process_time()
        workers = resource.getrusage(resource.RUSAGE_CHILDREN)
        extraction = parse(paths, knowledge=knowledge, jobs=jobs)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    children = after.ru_utime + after.ru_stime - workers.ru_utime - workers.ru_stime
    # the files' paths name this run's temporary directory: the rest must be the same
    text = to_json(extraction).replace(json.dumps(directory)[1:-1], "")
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    print(f"{seconds:.3f} {cpu:.3f} {children:.3f} {digest}")


def _spin(count: int) -> float:
    """A loop that parallelises perfectly (no data shared): its CPU seconds."""
    cpu = time.process_time()
    table: dict[int, str] = {}
    for number in range(count):
        table[number % 1000] = str(number)
    return time.process_time() - cpu


def _ceiling(jobs: int, count: int = 3_000_000) -> float:
    """The machine's own ratio at this moment: ``jobs`` processes against one on a loop that
    parallelises perfectly. Another load on a shared machine lowers it; no code does better."""
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    _spin(count)
    one = time.perf_counter() - start
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_spin, [1000] * jobs))  # the workers started
        start = time.perf_counter()
        list(pool.map(_spin, [count // jobs] * jobs))
        many = time.perf_counter() - start
    return one / many


def _parallel(count: int, jobs: int, seed: int, pairs: int) -> None:
    """``--jobs 1`` against ``--jobs N``: ``pairs`` pairs, interleaved, each run in a fresh
    subprocess (neither inherits the other's caches), with the machine's ceiling and load."""
    ratios = []
    for pair in range(1, pairs + 1):
        load = os.getloadavg()[0]
        ceiling = _ceiling(jobs)
        one = _run_child("--parallel-child", count, 1, seed)
        many = _run_child("--parallel-child", count, jobs, seed)
        ratio = float(one[0]) / float(many[0])
        ratios.append(ratio)
        parent, workers = float(many[1]), float(many[2])
        print(
            f"pair {pair}: {count} documents: --jobs 1 {float(one[0]):.2f} s"
            f" (CPU {float(one[1]):.2f} s), --jobs {jobs} {float(many[0]):.2f} s (CPU: caller"
            f" {parent:.2f} s, workers {workers:.2f} s; the caller's share"
            f" {parent / (parent + workers):.1%}), ratio {ratio:.2f}x; the machine's ceiling"
            f" {ceiling:.2f}x; outputs identical: {one[3] == many[3]}; load {load:.2f}",
            flush=True,
        )
    print(f"--jobs {jobs} against --jobs 1, best of {pairs} pairs: {max(ratios):.2f}x")


def _run_child(mode: str, count: int, jobs: int, seed: int) -> list[str]:
    done = subprocess.run(
        [sys.executable, __file__, mode, str(count), str(jobs), str(seed)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()


def main() -> None:
    """Print the parallel ratio, then time and memory for the small and the large batch."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--parallel", type=int, default=200, help="documents for 1 vs N jobs")
    arguments.add_argument("--jobs", type=int, default=2, help="workers of the parallel run")
    arguments.add_argument("--pairs", type=int, default=3, help="interleaved 1 vs N pairs")
    arguments.add_argument("--parallel-child", nargs=3, type=int, help=argparse.SUPPRESS)
    arguments.add_argument("--small", type=int, default=200)
    arguments.add_argument("--large", type=int, default=2000)
    arguments.add_argument("--scale-jobs", type=int, default=1, help="workers of the scale runs")
    arguments.add_argument("--seed", type=int, default=7)
    arguments.add_argument("--skip-parallel", action="store_true")
    arguments.add_argument("--skip-scale", action="store_true")
    arguments.add_argument("--stream", action="store_true", help="measure extract --format jsonl")
    arguments.add_argument("--stream-small", type=int, default=1000)
    arguments.add_argument("--stream-large", type=int, default=10000)
    arguments.add_argument("--child", nargs=3, type=int, help=argparse.SUPPRESS)
    arguments.add_argument("--stream-child", nargs=3, type=int, help=argparse.SUPPRESS)
    arguments.add_argument(
        "--visits", action="store_true", help="measure extract --format jsonl --visits"
    )
    arguments.add_argument("--visits-child", nargs=3, type=int, help=argparse.SUPPRESS)
    arguments.add_argument(
        "--quick", action="store_true", help="measure --visits' per-document bookkeeping alone"
    )
    arguments.add_argument("--quick-small", type=int, default=10_000)
    arguments.add_argument("--quick-large", type=int, default=100_000)
    arguments.add_argument("--quick-child", nargs=3, type=int, help=argparse.SUPPRESS)
    arguments.add_argument(
        "--dense", action="store_true", help="measure compare on reports of one month"
    )
    arguments.add_argument("--dense-small", type=int, default=200)
    arguments.add_argument("--dense-large", type=int, default=1000)
    options = arguments.parse_args()
    if options.child:
        _child(*options.child)
        return
    if options.parallel_child:
        _parallel_child(*options.parallel_child)
        return
    if options.stream_child:
        _stream_child(*options.stream_child)
        return
    if options.visits_child:
        _visits_child(*options.visits_child)
        return
    if options.quick_child:
        _quick_child(*options.quick_child)
        return
    if options.quick:
        _quick(options.quick_small, options.quick_large, options.seed)
    if options.dense:
        _dense(options.dense_small, options.dense_large, options.scale_jobs, options.seed)
    if options.stream:
        _streaming(options.stream_small, options.stream_large, options.scale_jobs, options.seed)
    if not options.skip_parallel:
        _parallel(options.parallel, options.jobs, options.seed, options.pairs)
    if options.skip_scale:
        return
    mode = "--visits-child" if options.visits else "--child"
    path = "extract --format jsonl --visits" if options.visits else "parse"
    rows = {}
    for count in (options.small, options.large):
        rows[count] = _scale(count, options.scale_jobs, options.seed, mode=mode)
        seconds, own, children, visits, cpu = rows[count]
        print(
            f"{path}, {count} documents (--jobs {options.scale_jobs}): {seconds:.2f} s"
            f" (CPU {cpu:.2f} s),"
            f" peak {own:.0f} MiB (workers {children:.0f} MiB), {visits} visits",
            flush=True,
        )
    small, large = rows[options.small], rows[options.large]
    print(
        f"{path}, {options.large}/{options.small} documents: time {large[0] / small[0]:.1f}x"
        f" (CPU {large[4] / small[4]:.1f}x), peak memory {large[1] / small[1]:.1f}x"
    )


def _quick(small: int, large: int, seed: int) -> None:
    rows = {}
    for count in (small, large):
        rows[count] = _scale(count, 1, seed, mode="--quick-child")
        seconds, own, _, groups, _ = rows[count]
        print(
            f"--visits bookkeeping, {count} documents (files listed, keys set aside, grouped):"
            f" {seconds:.2f} s, peak {own:.0f} MiB, {groups} visits",
            flush=True,
        )
    print(
        f"{large}/{small} documents, bookkeeping: time {rows[large][0] / rows[small][0]:.1f}x,"
        f" peak memory {rows[large][1] / rows[small][1]:.2f}x"
    )


def _streaming(small: int, large: int, jobs: int, seed: int) -> None:
    rows = {}
    for count in (small, large):
        rows[count] = _scale(count, jobs, seed, mode="--stream-child")
        seconds, own, children, lines, cpu = rows[count]
        print(
            f"extract --format jsonl, {count} files (--jobs {jobs}): {seconds:.2f} s"
            f" (CPU of the process {cpu:.2f} s),"
            f" {lines} lines, peak {own:.0f} MiB (workers {children:.0f} MiB)",
            flush=True,
        )
    print(
        f"{large}/{small} files, streaming: time {rows[large][0] / rows[small][0]:.1f}x,"
        f" peak memory {rows[large][1] / rows[small][1]:.2f}x"
    )


if __name__ == "__main__":
    main()
