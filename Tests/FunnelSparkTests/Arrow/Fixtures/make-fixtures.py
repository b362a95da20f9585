#!/usr/bin/env python3
"""Writes the Arrow IPC streams the reader's tests read (pip install pyarrow; run from here).

Each stream is what a Spark Connect ArrowBatch carries: a schema, record batches, an end marker.
The types are those Spark sends for its SQL types (see ArrowType.swift); the tests hold the
values below, so a change here needs the same change there. (spark-4.0.1-typed.arrows is not
made here: it is a batch Spark itself sent; see SparkWrittenStreamTests.swift.)
"""
import datetime
import decimal

import pyarrow as pa


def write(name, table_or_batches, schema=None, **options):
    batches = table_or_batches
    schema = schema or batches[0].schema
    with open(name, "wb") as out:
        writer = pa.ipc.new_stream(out, schema, options=pa.ipc.IpcWriteOptions(**options))
        for batch in batches:
            writer.write_batch(batch)
        writer.close()


shanghai = "Asia/Shanghai"
typed = pa.record_batch(
    [
        pa.array(["进店", None, "Ünïcode ok", ""], pa.string()),
        pa.array([1, None, -2147483648, 2147483647], pa.int32()),
        pa.array([None, 9007199254740993, -1, 0], pa.int64()),
        pa.array([0.5, None, -1e300, 3.0], pa.float64()),
        pa.array([True, False, None, True], pa.bool_()),
        pa.array([datetime.date(2024, 2, 29), None, datetime.date(1969, 12, 31), datetime.date(1, 1, 1)], pa.date32()),
        pa.array(
            [datetime.datetime(2024, 3, 9, 6, 5, 0, 123456, tzinfo=datetime.timezone.utc), None,
             datetime.datetime(1969, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc), None],
            pa.timestamp("us", tz=shanghai)),
        pa.array([datetime.datetime(2024, 3, 9, 14, 5), None, None, None], pa.timestamp("us")),
        pa.array([decimal.Decimal("12.50"), decimal.Decimal("-0.05"), None, decimal.Decimal("12345678.90")],
                 pa.decimal128(10, 2)),
        pa.array([1, -128, None, 127], pa.int8()),
        pa.array([1, -32768, None, 32767], pa.int16()),
        pa.array([1.5, None, -0.25, 0.0], pa.float32()),
        pa.array([None, None, None, None], pa.null()),
        pa.array([b"\x00\x01", None, b"", b"ab"], pa.binary()),
        pa.array(["大", None, "", "z"], pa.large_string()),
    ],
    names=["channel", "i32", "i64", "f64", "flag", "day", "at", "local_at", "amount", "i8", "i16", "f32",
           "nothing", "raw", "big_text"],
)
write("typed.arrows", [typed])

# Two batches in one stream: the reader appends them in order.
first = pa.record_batch([pa.array(["一", "二"]), pa.array([1, 2], pa.int64())], names=["name", "n"])
second = pa.record_batch([pa.array([None, "三"]), pa.array([3, None], pa.int64())], names=["name", "n"])
write("two-batches.arrows", [first, second])

# No rows: the schema and the end marker (what Spark sends for an empty result).
empty_schema = pa.schema([("name", pa.string()), ("n", pa.int64())])
write("empty.arrows", [], schema=empty_schema)

# Written without the continuation markers (Arrow before 0.15).
write("legacy.arrows", [first], use_legacy_format=True)

# A column type the reader does not decode.
nested = pa.record_batch([pa.array([[1, 2], None], pa.list_(pa.int64()))], names=["ids"])
write("list.arrows", [nested])
