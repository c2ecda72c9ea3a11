#!/usr/bin/python3
"""Validates lkjip's JSON outputs against the JSON Schemas in schemas/ (draft 2020-12).

Usage: json_schema_check.py SCHEMA OUTPUT.json [--mutations compute|audit]
The output must be valid. With --mutations, each mutation below (a wrong type, a missing required key, a
key that is not in the schema, a null without its reason) is applied to a copy, which must then be
INVALID: a schema that accepts them is not strict enough to protect the programs that read the output.
"""
import copy
import json
import sys

import jsonschema


def mutations(kind):
    def delete(path):
        def apply(doc):
            *parents, last = path
            target = doc
            for p in parents:
                target = target[p]
            del target[last]
        return "without " + "/".join(map(str, path)), apply

    def put(path, value):
        def apply(doc):
            *parents, last = path
            target = doc
            for p in parents:
                target = target[p]
            target[last] = value
        return "/".join(map(str, path)) + " = " + json.dumps(value), apply

    common = [
        delete(["versi_skema"]),
        put(["versi_skema"], 1),
        put(["versi_skema"], "0"),
        delete(["konvensi", "capaian", "batas_atas_berlaku"]),
        delete(["konvensi", "anggaran", "serapan_induk"]),
        put(["konvensi", "tampilan", "desimal"], "2"),
        put(["konvensi", "efisiensi", "metode"], "rasio_baru"),
        put(["konvensi", "kunci_baru"], 1),
        put(["opd", "tahun"], "2023"),
    ]
    if kind == "compute":
        return common + [
            put(["capaian"], "92,32"),
            put(["iku", 0, "capaian"], "92,32"),
            put(["versi_skema"], "1"),  # the keys before every figure took its vocabulary key
            put(["iku", 0, "nasional", "target"], 1.5),  # a key of version 1
            put(["iku", 0, "anggaran", "serapan"], None),  # null without its serapan_na reason
            put(["iku", 0, "arah"], "naik"),
            delete(["iku", 0, "anggaran"]),
            put(["sasaran", 0, "capaian"], None),  # null without its capaian_na reason
            delete(["program", 0, "kegiatan"]),
            put(["anggaran", "pagu"], 1.5),
            put(["peringatan"], "satu"),
            put(["kunci_baru"], True),
        ]
    return common + [
        put(["angka_diperiksa"], -1),
        delete(["ringkasan", "galat"]),
        put(["temuan", 0, "tahun"], "2023"),
        put(["temuan", 0, "tingkat"], "fatal"),
        delete(["temuan", 0, "pesan"]),
    ]


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    document = json.load(open(sys.argv[2], encoding="utf-8"))
    errors = list(validator.iter_errors(document))
    for e in errors[:10]:
        print(f"{sys.argv[2]}: /{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")
    if errors:
        return 1
    failed = 0
    if len(sys.argv) > 3 and sys.argv[3] == "--mutations":
        for name, apply in mutations(sys.argv[4]):
            mutated = copy.deepcopy(document)
            apply(mutated)
            if validator.is_valid(mutated):
                print(f"the schema accepts a mutated output ({name})")
                failed = 1
    return failed


if __name__ == "__main__":
    sys.exit(main())
