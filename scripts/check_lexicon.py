#!/usr/bin/env python3
"""Checks assets/lexicon/nl/*.json against the format in assets/lexicon/README.md.

Errors (exit 1): invalid JSON, wrong header, unknown fields, bad `implies`, a term that is empty
after normalisation, duplicate terms (after normalisation) within or across files.
Warnings (--strict makes them errors): a term that the analyser's own inflection already covers
(same file), or that another category also matches through inflection (cross file).

Usage: scripts/check_lexicon.py [--strict] [lexicon_dir]
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

PROTECTED = {"diagnosis", "cause", "symptom", "treatment", "medication", "provider", "report",
             "history", "mental", "pregnancy", "private", "judgement", "confidential",
             "occupational_disease"}
ALLOWED = {"functional", "body_part", "duration", "capacity", "advice", "neutral", "work_related",
           "accident", "vangnet", "contact", "cooperation", "process", "group"}
SUFFIXES = ("en", "s", "je", "tje", "pje", "etje", "e")   # README: inflection the analyser accepts
FIELDS = {"term", "sensitive", "implies", "note"}


def normalise(term: str) -> str:
    """Lower case, diacritics removed, punctuation and hyphens to spaces; keeps '*' and '{pron}'."""
    t = term.replace("{pron}", "\x00")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[^\w\s*\x00]|_", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    return t.replace("\x00", "{pron}")


def main(argv):
    strict = "--strict" in argv
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "assets/lexicon/nl"
    errors, warnings = [], []
    seen = {}          # normalised term -> (file, original)
    per_file = {}
    for path in sorted(root.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            errors.append(f"{path.name}: invalid JSON: {e}")
            continue
        cat = data.get("category")
        if data.get("schema_version") != 1 or data.get("language") != "nl":
            errors.append(f"{path.name}: schema_version must be 1 and language 'nl'")
        if path.stem != "hints" and cat != path.stem:
            errors.append(f"{path.name}: category '{cat}' does not match the file name")
        if path.stem != "hints" and cat not in PROTECTED | ALLOWED:
            errors.append(f"{path.name}: unknown category '{cat}'")
        terms = []
        for i, e in enumerate(data.get("entries", [])):
            if isinstance(e, str):
                e = {"term": e}
            if not isinstance(e, dict) or not isinstance(e.get("term"), str):
                errors.append(f"{path.name}: entry {i} has no string term")
                continue
            # value 1 marks the pregnancy itself, which she may have told the employer herself (CONF-PREG).
            if "value" in e and (e["value"] != 1 or "pregnancy" not in (cat, e.get("implies"))):
                errors.append(f"{path.name}: '{e['term']}': value is only 1, on pregnancy terms")
            if set(e) - FIELDS - {"value"}:
                errors.append(f"{path.name}: '{e['term']}': unknown field(s) {sorted(set(e) - FIELDS - {'value'})}")
            if "implies" in e and (path.stem != "hints" or e["implies"] not in PROTECTED):
                errors.append(f"{path.name}: '{e['term']}': bad implies '{e['implies']}'")
            if path.stem == "hints" and "implies" not in e:
                errors.append(f"{path.name}: '{e['term']}': hints entries need implies")
            if "sensitive" in e and not isinstance(e["sensitive"], bool):
                errors.append(f"{path.name}: '{e['term']}': sensitive must be true/false")
            n = normalise(e["term"])
            if not n.replace("*", "").replace("{pron}", "").strip():
                errors.append(f"{path.name}: '{e['term']}' is empty after normalisation")
                continue
            if n in seen:
                errors.append(f"{path.name}: '{e['term']}' duplicates '{seen[n][1]}' in {seen[n][0]}")
            else:
                seen[n] = (path.name, e["term"])
            terms.append(n)
        per_file[path.name] = terms
    # inflection overlap: term B == term A + suffix (last word), A and B both listed
    index = {n: f for f, ts in per_file.items() for n in ts}
    for n, f in index.items():
        if "*" in n:
            continue
        for suf in SUFFIXES:
            if n.endswith(suf) and n[: -len(suf)] in index:
                base = n[: -len(suf)]
                g = index[base]
                where = "same file" if g == f else f"{g} also matches it"
                warnings.append(f"{f}: '{n}' is '{base}'+'{suf}' ({where})")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    total = sum(len(t) for t in per_file.values())
    print(f"{len(per_file)} files, {total} terms, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors or (strict and warnings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
