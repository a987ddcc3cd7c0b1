#!/usr/bin/env python3
"""Attribute JFR execution samples of a Casebook build to build phases.

Usage: jfr print --stack-depth 200 --events jdk.ExecutionSample REC.jfr | jfr_phases.py
Each sample counts once, for the first phase whose marker appears in its stack, read from the
innermost frame outwards. Samples with no marker (JVM start, class loading before main, JIT
threads are not sampled) count as "other".
"""

import collections
import re
import sys

# Marker frames, checked in this order against each whole stack.
PHASES = [
    ("write", "org.casebook.site.SiteWriter"),
    ("link check", "org.casebook.linkcheck."),
    ("schema validation", "org.casebook.catalog.SchemaValidator"),
    ("YAML parse", "org.casebook.catalog.YamlReader"),
    ("markdown", "org.casebook.markdown."),
    ("render (FreeMarker)", "org.casebook.render.TemplateEngine"),
    ("render (other)", "org.casebook.render."),
    ("catalog load (other)", "org.casebook.catalog."),
    ("command line", "org.casebook.cli."),
]


def main():
    counts = collections.Counter()
    tops = collections.Counter()
    stack = []
    for line in sys.stdin:
        line = line.strip()
        if line.startswith("stackTrace = ["):
            stack = []
        elif line == "]" and stack is not None:
            phase = next((name for name, marker in PHASES
                          if any(marker in frame for frame in stack)), "other")
            counts[phase] += 1
            if stack:
                tops[re.sub(r"\(.*", "", stack[0])] += 1
            stack = None
        elif stack is not None and line and line != "...":
            stack.append(line)
    total = sum(counts.values()) or 1
    print("| phase | samples | share |")
    print("|---|---:|---:|")
    for phase, count in counts.most_common():
        print(f"| {phase} | {count} | {100 * count / total:.0f}% |")
    print()
    print("Top innermost frames:")
    for frame, count in tops.most_common(15):
        print(f"  {count:6d}  {frame}")


if __name__ == "__main__":
    main()
