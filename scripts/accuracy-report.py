#!/usr/bin/env python3
"""Runs `smo-headless check --jsonl` (or `smo-trainer check --jsonl`) over a labelled statement set and prints recall and precision on
violations, the caution rate and a confusion matrix. Python 3 standard library only.

Usage: scripts/accuracy-report.py [--bin PATH] [--data FILE] [--mismatches] [--min-recall R] [--min-precision P]
  --bin         smo-headless or smo-trainer binary (default: the newest of build*/bin/smo-headless,
                else of build*/bin/smo-trainer)
  --data        labelled JSON Lines (default: tests/data/statements.jsonl)
  --mismatches  list every statement whose verdict differs from its label
Labels: violation, allowed, caution; "depends" (conditional statements, as in
tests/data/blind-2026-12.jsonl) is scored as expecting the verdict caution.
Exit 1 when a --min-* threshold is not met.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERDICTS = ("allowed", "caution", "violation")
LABEL_ALIASES = {"depends": "caution"}  # a conditional statement must be answered caution


def find_binary():
    # smo-headless is built in every configuration (also SMO_BUILD_GUI=OFF); among several build
    # directories the most recently built binary is the one being worked on.
    for name in ("smo-headless", "smo-trainer"):
        found = [p for p in glob.glob(os.path.join(ROOT, "build*", "bin", name)) if os.access(p, os.X_OK)]
        if found:
            return max(found, key=os.path.getmtime)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin")
    ap.add_argument("--data", default=os.path.join(ROOT, "tests/data/statements.jsonl"))
    ap.add_argument("--mismatches", action="store_true")
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--min-precision", type=float, default=0.0)
    args = ap.parse_args()
    binary = args.bin or find_binary()
    if not binary:
        print("accuracy-report: no smo-headless or smo-trainer binary found; build first", file=sys.stderr)
        return 2
    with open(args.data, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    items = [json.loads(line) for line in lines]
    proc = subprocess.run([binary, "check", "--jsonl"],
                          input="".join(lines), capture_output=True, text=True, check=False,
                          env=dict(os.environ, SMO_TRAINER_DATA_DIR=ROOT))
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        return 2
    outputs = [json.loads(line) for line in proc.stdout.splitlines()]
    if len(outputs) != len(items):
        print(f"accuracy-report: {len(items)} statements but {len(outputs)} output lines", file=sys.stderr)
        return 2
    confusion = {(l, p): 0 for l in VERDICTS for p in VERDICTS}
    mismatches = []
    for item, out in zip(items, outputs):
        if out.get("id") != item.get("id"):
            print(f"accuracy-report: id mismatch {item.get('id')} vs {out.get('id')}", file=sys.stderr)
            return 2
        label, got = LABEL_ALIASES.get(item["label"], item["label"]), out.get("verdict", "error")
        confusion[(label, got if got in VERDICTS else "allowed")] += 1
        if label != got:
            mismatches.append((item, out))
    tp = confusion[("violation", "violation")]
    fn = sum(confusion[("violation", p)] for p in VERDICTS if p != "violation")
    fp = sum(confusion[(l, "violation")] for l in VERDICTS if l != "violation")
    recall = tp / (tp + fn) if tp + fn else 1.0
    precision = tp / (tp + fp) if tp + fp else 1.0
    cautions = sum(confusion[("caution", p)] for p in VERDICTS)
    caution_rate = confusion[("caution", "caution")] / cautions if cautions else 1.0
    correct = sum(confusion[(v, v)] for v in VERDICTS)
    allowed_total = sum(confusion[("allowed", p)] for p in VERDICTS)
    allowed_kept = confusion[("allowed", "allowed")] / allowed_total if allowed_total else 1.0
    print(f"statements: {len(items)}  verdict accuracy: {correct / len(items):.3f}")
    print(f"violations: recall {recall:.3f}  precision {precision:.3f}  (tp {tp}, fn {fn}, fp {fp})")
    print(f"conditional statements answered caution: {caution_rate:.3f} ({confusion[('caution', 'caution')]}/{cautions})")
    unnamed = sum(1 for o in outputs if o.get("verdict") == "caution" and not o.get("condition"))
    print(f"cautions without a named condition: {unnamed}")
    print(f"allowed statements kept: {allowed_kept:.3f} ({confusion[('allowed', 'allowed')]}/{allowed_total})")
    print("confusion (rows: label, columns: verdict):")
    print("            " + "".join(f"{v:>11}" for v in VERDICTS))
    for l in VERDICTS:
        print(f"{l:>11} " + "".join(f"{confusion[(l, p)]:>11}" for p in VERDICTS))
    if args.mismatches:
        for item, out in mismatches:
            print(f"\n{item['id']} label={item['label']} {item.get('rules')} got={out.get('verdict')} {out.get('rules')}")
            print(f"  {item['text']}")
            print(f"  context={json.dumps(item.get('context', {}), ensure_ascii=False)}")
            print(f"  categories={out.get('categories')} spans={[s['term'] for s in out.get('spans', [])]}")
    ok = recall >= args.min_recall and precision >= args.min_precision
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
