#!/usr/bin/env python3
"""Generates assets/lexicon/nl/cues/known_word.json: correctly spelled Dutch words that lie within one
(phonetic) edit of a lexicon word, so the typo tolerance never "corrects" them ("drinken" is not a
typo of "dronken", "dokter" not of "dotter").

Source word list: /usr/share/dict/dutch (Debian package wdutch, OpenTaal word list, BSD/CC BY 3.0).
Re-run after lexicon changes:  scripts/gen_known_words.py [/usr/share/dict/dutch]
  --check  writes nothing; exits 1 when the committed list differs from what it would write (a ctest runs
           this, since a stale list lets the typo tolerance "correct" real words: "tiende" into "tierde").
The phonetic key and the edit test must stay identical to scoring/matcher.cpp.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEX = ROOT / "assets/lexicon/nl"
OUT = LEX / "cues/known_word.json"
SKIP_CUES = {"known_word", "name", "number"}


def fold(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = t.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ĳ", "ij")
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def key(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        n = s[i + 1] if i + 1 < len(s) else ""
        if c == "c" and n == "h":
            out.append("g"); i += 2; continue
        if c == "p" and n == "h":
            out.append("f"); i += 2; continue
        if c == "t" and n == "h":
            out.append("t"); i += 2; continue
        if c == "d" and n == "t":
            out.append("t"); i += 2; continue
        if c == "i" and n == "j":
            out.append("e"); out.append("i"); i += 2; continue
        if c == "y":
            out.append("i"); i += 1; continue
        if c == "c":
            out.append("k"); i += 1; continue
        out.append(c); i += 1
    res = []
    for c in out:
        if not res or res[-1] != c:
            res.append(c)
    return "".join(res)


def within_one_edit(a, b):
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if i == len(a):
        return True
    if len(a) == len(b):
        if a[i + 1:] == b[i + 1:]:
            return True
        return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    return a[i:] == b[i + 1:]


SUFFIXES = ("en", "s", "e", "je", "tje", "jes", "tjes", "n")


def main(argv):
    check = "--check" in argv
    args = [a for a in argv[1:] if a != "--check"]
    dict_path = Path(args[0]) if args else Path("/usr/share/dict/dutch")
    vocab = set()
    for path in sorted(list(LEX.glob("*.json")) + list((LEX / "cues").glob("*.json"))):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("cue") in SKIP_CUES:
            continue
        for e in data.get("entries", []):
            term = e if isinstance(e, str) else e.get("term", "")
            for w in fold(term.replace("{pron}", " ").replace("*", " ")).split():
                if len(w) >= 5 and w.isalpha():
                    vocab.add(w)
    index = {}
    for v in vocab:
        k = key(v)
        for variant in {k} | {k[:i] + k[i + 1:] for i in range(len(k))}:
            index.setdefault(variant, set()).add(v)

    def inflected_vocab(w):
        return any(w.endswith(s) and len(w) > len(s) + 4 and w[: -len(s)] in vocab for s in SUFFIXES)

    known = set()
    for line in dict_path.read_text(encoding="utf-8", errors="replace").splitlines():
        w = fold(line)
        if len(w) < 6 or not w.isalpha() or w in vocab or inflected_vocab(w):
            continue
        k = key(w)
        cands = set()
        for variant in {k} | {k[:i] + k[i + 1:] for i in range(len(k))}:
            cands |= index.get(variant, set())
        for v in cands:
            kv = key(v)
            if kv[0] == k[0] and v[0] == w[0] and within_one_edit(k, kv):
                known.add(w)
                break
    words = sorted(known)
    lines = ['{', '  "schema_version": 1,', '  "language": "nl",', '  "cue": "known_word",', '  "entries": [']
    for i in range(0, len(words), 8):
        chunk = ", ".join(json.dumps(w) for w in words[i:i + 8])
        lines.append("    " + chunk + ("," if i + 8 < len(words) else ""))
    lines += ["  ]", "}"]
    text = "\n".join(lines) + "\n"
    if check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run scripts/gen_known_words.py and commit the result",
                  file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is current ({len(words)} known words)")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(vocab)} lexicon words, {len(words)} known words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
