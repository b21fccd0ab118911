#!/usr/bin/env python3
"""Prints one markdown row (entity and relation micro P/R/F1) per split of a `./radkg eval` text report (stdin).
Usage: radkg eval ... | scripts/accuracy-summary.py LABEL"""
import re
import sys

label = sys.argv[1] if len(sys.argv) > 1 else "set"
txt = sys.stdin.read()
blocks = re.split(r"== split: (\w+) \((\d+) gold articles", txt)
for i in range(1, len(blocks), 3):
    split, articles, body = blocks[i], blocks[i + 1], blocks[i + 2]
    if split == "all":
        continue
    micro = re.findall(r"micro\s+\d+\s+\d+\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", body)
    e, r = micro[0], micro[1]
    print(f"| {label} | {articles} | {e[0]} | {e[1]} | {e[2]} | {r[0]} | {r[1]} | {r[2]} |")
