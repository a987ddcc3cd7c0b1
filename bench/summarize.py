#!/usr/bin/env python3
"""Print a markdown table of median wall time, CPU time and peak RSS per size and tool.

Usage: summarize.py WORK SIZE... reads WORK/results-SIZE.tsv as written by run.sh.
"""

import csv
import statistics
import sys
from pathlib import Path

TOOLS = ("casebook", "casebook-fast", "hugo", "copy")


def medians(path):
    rows = {tool: [] for tool in TOOLS}
    with path.open(encoding="utf-8") as file:
        for row in csv.DictReader(file, delimiter="\t"):
            rows[row["tool"]].append(row)
    result = {}
    for tool, runs in rows.items():
        if runs:
            result[tool] = {
                "runs": len(runs),
                "wall": statistics.median(float(r["wall_s"]) for r in runs),
                "cpu": statistics.median(float(r["cpu_s"]) for r in runs),
                "rss": statistics.median(int(r["max_rss_kb"]) for r in runs) / 1024,
            }
    return result


def ratio(a, b):
    return f"{a / b:.2f}" if b else "n/a"


def main(work, sizes):
    print("| size | runs | tool | wall s | CPU s | peak RSS MiB |")
    print("|---|---:|---|---:|---:|---:|")
    ratios = []
    for size in sizes:
        stats = medians(work / f"results-{size}.tsv")
        for tool in TOOLS:
            if tool in stats:
                s = stats[tool]
                print(f"| {size} | {s['runs']} | {tool} | {s['wall']:.2f} | {s['cpu']:.2f} "
                      f"| {s['rss']:.0f} |")
        h, f = stats["hugo"], stats["copy"]
        for tool in ("casebook", "casebook-fast"):
            c = stats.get(tool)
            if c:
                ratios.append(f"| {size} | {tool} | {ratio(c['wall'], h['wall'])} "
                              f"| {ratio(c['cpu'], h['cpu'])} | {ratio(c['rss'], h['rss'])} "
                              f"| {ratio(c['wall'], f['wall'])} |")
    print()
    print("| size | launch | Casebook/Hugo wall | Casebook/Hugo CPU | Casebook/Hugo RSS "
          "| Casebook/copy wall |")
    print("|---|---|---:|---:|---:|---:|")
    print("\n".join(ratios))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
