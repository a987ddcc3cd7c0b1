#!/usr/bin/env python3
"""Compare two built sites page by page: file set, element ids, link targets and table count.

Usage: compare.py CASEBOOK_SITE HUGO_SITE. Prints each difference and exits 1 if there is one.
"""

import sys
from html.parser import HTMLParser
from pathlib import Path


class Outline(HTMLParser):
    """Collects the ids, href values and tables of one page."""

    def __init__(self):
        super().__init__()
        self.ids = []
        self.hrefs = []
        self.tables = 0

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if "id" in values:
            self.ids.append(values["id"])
        if "href" in values:
            self.hrefs.append(values["href"])
        if tag == "table":
            self.tables += 1


def outline(path):
    parser = Outline()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def files(root):
    return {p.relative_to(root).as_posix() for p in root.rglob("*")
            if p.is_file() and not p.name.startswith(".")}


def main(casebook, hugo):
    differences = 0
    left, right = files(casebook), files(hugo)
    for name in sorted(left ^ right):
        print(f"only in {'casebook' if name in left else 'hugo'}: {name}")
        differences += 1
    for name in sorted(left & right):
        if not name.endswith(".html"):
            continue
        a, b = outline(casebook / name), outline(hugo / name)
        for label in ("ids", "hrefs", "tables"):
            if getattr(a, label) != getattr(b, label):
                print(f"{name}: {label} differ")
                differences += 1
    print(f"{len(left & right)} files in both, {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
