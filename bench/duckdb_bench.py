#!/usr/bin/env python3
"""The DuckDB side of the benchmark: one process loads one dataset with read_json into
typed tables, then runs each statement's SQL `--runs` times. Prints one JSON object.

    duckdb_bench.py --data PATH [--runs N] [--skip-kpi]      # measure
    duckdb_bench.py --data PATH --rows KEY                   # print a statement's rows (JSON)

PATH is one JSON file or a folder of JSON Lines tables (docs/data.md), the same inputs
Funnel reads. Dates (and the date of date-times) are converted at load, as Funnel does.
"""

import argparse
import json
import os
import resource
import statistics
import sys
import time
from datetime import date

import duckdb

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from statements import STATEMENTS  # noqa: E402

# Columns read as text first; the select lists below give them their types.
CUSTOMERS = {
    "id": "VARCHAR", "name": "VARCHAR", "phone": "VARCHAR", "model": "VARCHAR", "channel": "VARCHAR",
    "source": "VARCHAR", "consultant": "VARCHAR", "created": "VARCHAR", "grade": "VARCHAR",
    "kind": "VARCHAR", "key_questions": "BIGINT", "next_followup": "VARCHAR", "ordered": "VARCHAR",
    "delivered": "VARCHAR", "lost": "VARCHAR", "lost_reason": "VARCHAR", "dormant": "VARCHAR",
    "city": "VARCHAR", "age": "BIGINT", "budget": "DOUBLE",
}
FOLLOWUPS = {
    "customer": "VARCHAR", "date": "VARCHAR", "kind": "VARCHAR", "consultant": "VARCHAR",
    "intro": "BOOLEAN", "test_drive": "BOOLEAN", "negotiation": "BOOLEAN", "grade": "VARCHAR",
    "note": "VARCHAR",
}
TRAFFIC = {
    "id": "VARCHAR", "time": "VARCHAR", "kind": "VARCHAR", "result": "VARCHAR", "customer": "VARCHAR",
    "consultant": "VARCHAR",
}
TARGETS = {"month": "VARCHAR", "consultant": "VARCHAR", "deliveries": "BIGINT"}

TABLES = {"customers": CUSTOMERS, "followups": FOLLOWUPS, "traffic": TRAFFIC, "targets": TARGETS}
# Date and date-time fields: the date is kept (docs/data.md §2.2).
DATES = {"created", "next_followup", "ordered", "delivered", "lost", "dormant", "date", "time"}


def _struct(columns: dict) -> str:
    return "STRUCT(" + ", ".join(f'"{k}" {v}' for k, v in columns.items()) + ")"


def _columns_literal(columns: dict) -> str:
    return "{" + ", ".join(f"'{k}': '{v}'" for k, v in columns.items()) + "}"


def _typed_select(table: str, columns: dict) -> str:
    parts = []
    for name in columns:
        if name in DATES:
            parts.append(f'CAST(substr("{name}", 1, 10) AS DATE) AS "{name}"')
        elif table == "targets" and name == "month":
            parts.append(f'CAST("{name}" || \'-01\' AS DATE) AS "{name}"')
        else:
            parts.append(f'"{name}"')
    return ", ".join(parts)


def load(con, path: str) -> date:
    """Creates the four tables; returns the dataset's as_of."""
    if os.path.isdir(path):
        for table, columns in TABLES.items():
            file = os.path.join(path, table + ".jsonl")
            con.execute(f"""CREATE TABLE {table} AS SELECT {_typed_select(table, columns)}
                FROM read_json(?, format = 'newline_delimited', columns = {_columns_literal(columns)})""",
                        [file])
        meta = os.path.join(path, "meta.json")
        with open(meta, "rb") as f:
            as_of = json.load(f)["as_of"]
    else:
        top = {"dealer": "VARCHAR", "as_of": "VARCHAR"}
        top.update({t: _struct(c) + "[]" for t, c in TABLES.items()})
        con.execute(f"""CREATE TEMP TABLE raw AS SELECT * FROM read_json(?, format = 'unstructured',
            columns = {_columns_literal(top)}, maximum_object_size = 4000000000)""", [path])
        for table, columns in TABLES.items():
            con.execute(f"""CREATE TABLE {table} AS SELECT {_typed_select(table, columns)}
                FROM (SELECT unnest({table}, recursive := true) FROM raw)""")
        as_of = con.execute("SELECT as_of FROM raw").fetchone()[0]
        con.execute("DROP TABLE raw")
    return date.fromisoformat(as_of[:10])


def cpu_seconds() -> float:
    """User plus system CPU time of every thread of this process."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def rss_kib() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows")
    parser.add_argument("--skip-kpi", action="store_true")
    args = parser.parse_args()

    con = duckdb.connect()
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    as_of = load(con, args.data)
    load_seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)

    if args.rows:
        statement = next(s for s in STATEMENTS if s.key == args.rows)
        cursor = con.execute(statement.sql(as_of))
        names = [d[0] for d in cursor.description]
        rows = [[v.isoformat() if isinstance(v, date) else v for v in row] for row in cursor.fetchall()]
        print(json.dumps({"columns": names, "rows": rows}, ensure_ascii=False))
        return

    result = {
        "engine": "duckdb", "version": duckdb.__version__,
        "threads": con.execute("SELECT current_setting('threads')").fetchone()[0],
        "load_seconds": load_seconds,
        "load_cpu_seconds": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
        "rss_after_load_kib": rss_kib(),
        "peak_rss_after_load_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "rows": {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES},
        "statements": {},
    }
    for statement in STATEMENTS:
        if args.skip_kpi and statement.needs_kpi:
            continue
        sql = statement.sql(as_of)
        times, cpu = [], []
        rows = 0
        for _ in range(args.runs):
            c0 = cpu_seconds()
            t0 = time.perf_counter()
            rows = len(con.execute(sql).fetchall())
            times.append(time.perf_counter() - t0)
            cpu.append(cpu_seconds() - c0)
        result["statements"][statement.key] = {
            "median_seconds": statistics.median(times), "first_seconds": times[0],
            "median_cpu_seconds": statistics.median(cpu), "rows": rows}
    result["peak_rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(result))


if __name__ == "__main__":
    main()
