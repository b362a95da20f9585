#!/usr/bin/env python3
"""Checks that every field of the trimmed protos in proto/spark/connect has Spark's own number,
type and label, against the descriptors pyspark ships (pyspark/sql/connect/proto/*_pb2.py).

    pip install protobuf                      # the descriptor classes
    pip download --no-deps pyspark==4.0.1     # or any pyspark sdist or wheel already at hand
    python3 proto/check-against-pyspark.py pyspark-4.0.1.tar.gz

Needs protoc (Debian's protobuf-compiler). Prints each mismatch and exits 1 if there is one.
"""
import ast
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

from google.protobuf import descriptor_pb2

FILES = ["base", "relations", "commands", "types"]
here = os.path.dirname(os.path.abspath(__file__))


def serialized_descriptor(source):
    """The bytes pyspark's generated module hands to AddSerializedFile."""
    literal = re.search(r"AddSerializedFile\(\s*(b(['\"]).*?\2)\s*\)", source, re.S).group(1)
    return ast.literal_eval(literal)


def pyspark_modules(archive):
    names = {f"pyspark/sql/connect/proto/{name}_pb2.py": name for name in FILES}
    found = {}
    if archive.endswith(".whl"):
        with zipfile.ZipFile(archive) as wheel:
            for member in wheel.namelist():
                if member in names:
                    found[names[member]] = wheel.read(member).decode()
    else:
        with tarfile.open(archive) as sdist:
            for member in sdist.getmembers():
                tail = member.name.split("/", 1)[-1]
                if tail in names:
                    found[names[tail]] = sdist.extractfile(member).read().decode()
    return found


def fields(prefix, messages, out):
    for message in messages:
        name = f"{prefix}.{message.name}"
        out[name] = {f.name: (f.number, f.type, f.label, f.type_name) for f in message.field}
        fields(name, message.nested_type, out)
    return out


def main():
    spark = {}
    for source in pyspark_modules(sys.argv[1]).values():
        fd = descriptor_pb2.FileDescriptorProto.FromString(serialized_descriptor(source))
        fields(".spark.connect", fd.message_type, spark)

    with tempfile.NamedTemporaryFile(suffix=".pb") as out:
        protos = [f"spark/connect/{name}.proto" for name in FILES]
        subprocess.run(["protoc", "-I", here, f"--descriptor_set_out={out.name}", *protos], check=True)
        ours = descriptor_pb2.FileDescriptorSet.FromString(open(out.name, "rb").read())

    checked, wrong = 0, 0
    for fd in ours.file:
        for message, kept in fields(".spark.connect", fd.message_type, {}).items():
            for name, spec in kept.items():
                checked += 1
                if spark.get(message, {}).get(name) != spec:
                    wrong += 1
                    print(f"{message}.{name}: ours {spec}, Spark's {spark.get(message, {}).get(name)}")
    print(f"{checked} fields checked, {wrong} differ from Spark's")
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main()
