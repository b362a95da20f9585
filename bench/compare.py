#!/usr/bin/env python3
"""Runs Funnel and DuckDB side by side on the same files and prints one table.

    compare.py --funnel BIN [--python PY] --dataset NAME=PATH [...] [--check NAME ...]
               [--snapshot NAME=PATH ...] [--loads K] [--runs N] [--out DIR]

For each dataset, K fresh processes of each engine (alternating, so a busy machine
slows both alike) each load the data once and run every statement N times. Loading
figures are the median over the K processes; a statement's figure is the median over
the K processes of each one's median of N runs (its first run is reported too: Funnel
computes the derived card fields of a day once and keeps them). With --check, the
statements' result rows of the two engines are compared on that dataset. With
--snapshot, the dataset NAME's table also shows how long its snapshot (made with
`funnel snapshot`) takes to open: in the process (`funnel bench`'s load) and as a whole
process answering `count customers`.
Without a usable DuckDB (--python missing or `import duckdb` failing) only Funnel's
column is printed, and the output says DuckDB was skipped.
"""

import argparse
import csv
import io
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from statements import STATEMENTS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def input_bytes(path: str) -> int:
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path)
                   if f.endswith((".jsonl", ".json")))
    return os.path.getsize(path)


def run_json(command: list[str]) -> dict:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command[:4])} ...\n{done.stderr}")
    return json.loads(done.stdout)


def funnel_run(funnel: str, path: str, runs: int) -> dict:
    command = [funnel, "bench", "--data", path, "--runs", str(runs)]
    for s in STATEMENTS:
        command += ["--statement", s.funnel]
    result = run_json(command)
    result["statements"] = {s.key: r for s, r in zip(STATEMENTS, result["statements"])}
    return result


def snapshot_open(funnel: str, path: str) -> tuple[float, float]:
    """Seconds to open a snapshot in the process (load and session), and seconds of a
    whole `funnel --data SNAPSHOT -c "count customers"` process."""
    inside = run_json([funnel, "bench", "--data", path, "--runs", "1"])["load_seconds"]
    started = time.perf_counter()
    done = subprocess.run([funnel, "--data", path, "-c", "count customers"], capture_output=True, text=True)
    whole = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"failed: funnel --data {path}\n{done.stderr}")
    return inside, whole


def duckdb_run(python: str, path: str, runs: int) -> dict:
    return run_json([python, os.path.join(HERE, "duckdb_bench.py"), "--data", path, "--runs", str(runs)])


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def summarise(results: list[dict], nbytes: int) -> dict:
    load = median([r["load_seconds"] for r in results])
    summary = {
        "load_seconds": load,
        "mb_per_second": nbytes / 1e6 / load if load else None,
        "load_cpu_seconds": median([r["load_cpu_seconds"] for r in results]),
        "rss_after_load_kib": median([r["rss_after_load_kib"] for r in results]),
        "peak_rss_kib": median([r["peak_rss_kib"] for r in results]),
        "peak_rss_after_load_kib": median([r["peak_rss_after_load_kib"] for r in results]),
        "column_bytes": results[0].get("column_bytes"),
        "link_bytes": results[0].get("link_bytes"),
        "rows": results[0]["rows"],
        "statements": {},
    }
    for s in STATEMENTS:
        entries = [r["statements"].get(s.key) for r in results]
        errors = [e["error"] for e in entries if e and "error" in e]
        if errors:
            summary["statements"][s.key] = {"error": errors[0]}
            continue
        entries = [e for e in entries if e]
        if not entries:
            continue
        summary["statements"][s.key] = {
            "median_seconds": median([e["median_seconds"] for e in entries]),
            "first_seconds": median([e["first_seconds"] for e in entries]),
            "median_cpu_seconds": median([e.get("median_cpu_seconds") for e in entries]),
            "rows": entries[0]["rows"],
        }
    return summary


# --- checking result rows --------------------------------------------------------

def funnel_tables(funnel: str, path: str, statement: str) -> list[list[dict]]:
    """The CSV tables a statement prints (a report may print several, separated by a
    blank line)."""
    done = subprocess.run([funnel, "--data", path, "--format", "csv", "-c", statement],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise ValueError(done.stderr.strip().splitlines()[0] if done.stderr.strip() else "failed")
    return [list(csv.DictReader(io.StringIO(block))) for block in done.stdout.split("\n\n") if block.strip()]


def duckdb_rows(python: str, path: str, key: str) -> tuple[list[str], list[list]]:
    result = run_json([python, os.path.join(HERE, "duckdb_bench.py"), "--data", path, "--rows", key])
    return result["columns"], result["rows"]


def _int(text) -> int:
    return int(float(text)) if text not in (None, "") else 0


def _text(value) -> str:
    return "" if value is None else str(value)


def normalise(key: str, ftables: list[list[dict]], dcols: list[str], drows: list[list]):
    """Both engines' rows in one comparable form: sorted tuples of text and integers.
    A grouped KPI's group is its third CSV column (after kpi and period); its total row
    has an empty group."""
    d = [dict(zip(dcols, r)) for r in drows]
    frows = ftables[0] if ftables else []
    if key == "select":
        f = [(r["id"], r["consultant"], r["grade"], _int(r["card_age"])) for r in frows]
        g = [(r["id"], _text(r["consultant"]), r["grade"], r["card_age"]) for r in d]
    elif key == "count":
        f = [(r["consultant"], r["grade"], _int(r["count"])) for r in frows if r["consultant"] != "total"]
        g = [(_text(r["consultant"]), _text(r["grade"]), r["count"]) for r in d]
    elif key == "kpi_first":
        f = [(_int(r["numerator"]), _int(r["denominator"])) for r in frows]
        g = [(r["numerator"], r["denominator"]) for r in d]
    elif key == "kpi_first_by":
        group = list(frows[0])[2] if frows else "consultant"
        f = [(r[group] or "total", _int(r["numerator"]), _int(r["denominator"])) for r in frows]
        g = [("total" if r["is_total"] else _text(r["grp"]), r["numerator"], r["denominator"]) for r in d]
    elif key == "kpi_overall_month":
        group = list(frows[0])[2] if frows else "month"
        f = [(r[group] or "total", _int(r["numerator"]), _int(r["denominator"])) for r in frows]
        g = [(r["label"], r["numerator"], r["denominator"]) for r in d]
    elif key == "funnel":
        f = [(_int(r["count"]), _int(r.get("skipped"))) for r in frows]
        r = d[0]
        g = [(r["traffic"], 0), (r["new_cards"], 0), (r["visited"], r["visited_skipped"]),
             (r["test_driven"], r["test_driven_skipped"]), (r["ordered"], r["ordered_skipped"]),
             (r["delivered"], r["delivered_skipped"])]
        return f, g  # stage order matters
    elif key == "inventory":
        first = next(iter(frows[0])) if frows else "period"
        f = [(r[first], _int(r["opening"]), _int(r["in"]), _int(r["deliveries"]), _int(r["losses"]),
              _int(r["closing"])) for r in frows]
        g = [(r["label"], r["opening"], r["in"], r["deliveries"], r["losses"], r["closing"]) for r in d]
        # Where the deliveries of the whole period came from (Funnel's second table).
        sources = ftables[1] if len(ftables) > 1 else []
        f.append(("sources",) + tuple(_int(r["cards"]) for r in sources))
        total = next((r for r in d if r["label"] == "2010-Q3"), {})
        g.append(("sources",) + tuple(total.get(c, 0) for c in (
            "opening_ordered", "opening_other", "new_showroom", "new_outreach", "new_no_channel", "outside_base",
            "deliveries")))
    else:
        raise ValueError(key)
    return sorted(f), sorted(g)


def check(funnel: str, python: str, path: str) -> list[tuple[str, str]]:
    outcomes = []
    for s in STATEMENTS:
        try:
            frows = funnel_tables(funnel, path, s.funnel)
        except ValueError as error:
            outcomes.append((s.key, f"not checked: Funnel says {error}"))
            continue
        dcols, drows = duckdb_rows(python, path, s.key)
        f, g = normalise(s.key, frows, dcols, drows)
        if f == g:
            outcomes.append((s.key, f"equal ({len(f)} rows)"))
        else:
            only_f = [r for r in f if r not in g][:3]
            only_g = [r for r in g if r not in f][:3]
            outcomes.append((s.key, f"DIFFERENT: {len(f)} vs {len(g)} rows; Funnel only {only_f}; "
                                    f"DuckDB only {only_g}"))
    return outcomes


# --- the table -------------------------------------------------------------------

def ms(seconds) -> str:
    return "—" if seconds is None else f"{seconds * 1000:.1f} ms"


def s_(seconds) -> str:
    return "—" if seconds is None else f"{seconds:.2f} s"


def mib(kib) -> str:
    return "—" if kib is None else f"{kib / 1024:.0f} MiB"


def ratio(a, b) -> str:
    return "—" if a is None or b is None or b == 0 else f"{a / b:.2f}"


def table(name: str, path: str, nbytes: int, f: dict, d: dict | None) -> str:
    lines = [f"### {name}: `{path}`, {nbytes / 1e6:.0f} MB; "
             + ", ".join(f"{k} {v:,}" for k, v in f["rows"].items()), "",
             "| line | Funnel | DuckDB | Funnel ÷ DuckDB |", "| --- | ---: | ---: | ---: |"]

    def row(label, fv, dv, fmt, r=True):
        lines.append(f"| {label} | {fmt(fv)} | {fmt(dv) if d else 'skipped'} | "
                     f"{ratio(fv, dv) if d and r else '—'} |")

    dd = d or {}
    row("load (median)", f["load_seconds"], dd.get("load_seconds"), s_)
    lines.append(f"| load throughput | {f['mb_per_second']:.0f} MB/s | "
                 + (f"{d['mb_per_second']:.0f} MB/s" if d else "skipped") + " | "
                 + (ratio(d["mb_per_second"], f["mb_per_second"]) if d else "—") + " (time ratio) |")
    lines.append(f"| load CPU ÷ wall (cores used) | {f['load_cpu_seconds'] / f['load_seconds']:.2f} | "
                 + (f"{d['load_cpu_seconds'] / d['load_seconds']:.2f}" if d else "skipped") + " | — |")
    if f.get("snapshot_open_seconds") is not None:
        lines.append(f"| open its snapshot (median; whole process {s_(f['snapshot_process_seconds'])}) | "
                     f"{s_(f['snapshot_open_seconds'])} | — | — |")
    row("memory after load (RSS)", f["rss_after_load_kib"], dd.get("rss_after_load_kib"), mib)
    row("peak memory during load (RSS high-water)", f["peak_rss_after_load_kib"],
        dd.get("peak_rss_after_load_kib"), mib)
    row("peak memory, whole run", f["peak_rss_kib"], dd.get("peak_rss_kib"), mib)
    cols = f["column_bytes"]
    lines.append(f"| raw column bytes (store) | {cols / 2**20:.0f} MiB (+ links {f['link_bytes'] / 2**20:.0f} MiB) "
                 f"| — | RSS after load ÷ columns: {f['rss_after_load_kib'] * 1024 / cols:.2f} |")
    for s in STATEMENTS:
        fs = f["statements"].get(s.key, {})
        ds = dd.get("statements", {}).get(s.key, {})
        if "error" in fs:
            lines.append(f"| `{s.funnel}` | not run: {fs['error'][:60]} | {ms(ds.get('median_seconds'))} | — |")
            continue
        first = f" (first {ms(fs.get('first_seconds'))}, CPU {ms(fs.get('median_cpu_seconds'))})"
        dfirst = f" (first {ms(ds.get('first_seconds'))}, CPU {ms(ds.get('median_cpu_seconds'))})" if ds else ""
        lines.append(f"| `{s.funnel}` → {fs.get('rows', '?')} rows | {ms(fs.get('median_seconds'))}{first} | "
                     + (f"{ms(ds.get('median_seconds'))}{dfirst}" if d else "skipped") + " | "
                     + (f"{ratio(fs.get('median_seconds'), ds.get('median_seconds'))} "
                        f"(first {ratio(fs.get('first_seconds'), ds.get('first_seconds'))})" if d else "—") + " |")
    return "\n".join(lines)


def duckdb_usable(python: str | None) -> bool:
    if not python:
        return False
    return subprocess.run([python, "-c", "import duckdb"], capture_output=True).returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--funnel", required=True)
    parser.add_argument("--python")
    parser.add_argument("--dataset", action="append", required=True, help="NAME=PATH")
    parser.add_argument("--check", action="append", default=[], help="a dataset NAME to cross-check")
    parser.add_argument("--snapshot", action="append", default=[], help="NAME=PATH: the dataset's snapshot")
    parser.add_argument("--loads", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", help="folder for results.json and table.md")
    args = parser.parse_args()

    use_duckdb = duckdb_usable(args.python)
    out = []
    load_avg = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else []
    out.append(f"Started {time.strftime('%Y-%m-%d %H:%M:%S')}, load average {' '.join(load_avg)}; "
               f"{args.loads} processes per engine and dataset, each statement {args.runs} times per process.")
    if not use_duckdb:
        out.append("DuckDB was skipped (no Python with the duckdb package): Funnel's column only.")
    everything = {}
    for spec in args.dataset:
        name, path = spec.split("=", 1)
        nbytes = input_bytes(path)
        fr, dr = [], []
        for _ in range(args.loads):
            fr.append(funnel_run(args.funnel, path, args.runs))
            if use_duckdb:
                dr.append(duckdb_run(args.python, path, args.runs))
        f = summarise(fr, nbytes)
        snapshot = dict(spec.split("=", 1) for spec in args.snapshot).get(name)
        if snapshot:
            opened = [snapshot_open(args.funnel, snapshot) for _ in range(args.loads)]
            f["snapshot_open_seconds"] = median([o[0] for o in opened])
            f["snapshot_process_seconds"] = median([o[1] for o in opened])
        d = summarise(dr, nbytes) if use_duckdb else None
        if d:
            d["version"] = dr[0]["version"]
            d["threads"] = dr[0]["threads"]
        everything[name] = {"path": path, "bytes": nbytes, "funnel": f, "duckdb": d, "raw": {"funnel": fr,
                                                                                                "duckdb": dr}}
        out.append("")
        out.append(table(name, path, nbytes, f, d))
        if name in args.check and use_duckdb:
            outcomes = check(args.funnel, args.python, path)
            everything[name]["check"] = outcomes
            out.append("")
            out.append(f"Same rows from both engines on {name}:")
            for key, outcome in outcomes:
                out.append(f"- {key}: {outcome}")
        print("\n".join(out), flush=True)
        out = []
    different = [n for n, e in everything.items() for _, o in e.get("check", []) if o.startswith("DIFFERENT")]
    load_avg = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else []
    print(f"\nFinished {time.strftime('%Y-%m-%d %H:%M:%S')}, load average {' '.join(load_avg)}.")
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        with open(os.path.join(args.out, "results.json"), "w") as fh:
            json.dump(everything, fh, indent=1, ensure_ascii=False)
    if different:
        raise SystemExit(f"the engines' rows differ on {', '.join(sorted(set(different)))}")


if __name__ == "__main__":
    main()
