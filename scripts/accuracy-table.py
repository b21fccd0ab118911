#!/usr/bin/env python3
"""Turns the text report of `./radkg eval` (stdin) into the README's markdown accuracy table (stdout)."""
import re
import sys

txt = sys.stdin.read()
blocks = re.split(r"== split: (\w+)", txt)
res = {}
for i in range(1, len(blocks), 2):
    rows, section = {}, None
    for line in blocks[i + 1].splitlines():
        s = line.strip()
        if s in ("entities", "relations"):
            section = s
            continue
        m = re.match(r"(.+?)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", s)
        if m and section:
            rows[(section, m.group(1))] = m.groups()[1:]
    res[blocks[i]] = rows
out = ["| | dev P | dev R | dev F1 | test P | test R | test F1 |", "|---|---|---|---|---|---|---|"]
for key, d in res["dev"].items():
    t = res["test"][key]
    section, name = key
    label = f"**{section} (micro)**" if name == "micro" else f"{'entity' if section == 'entities' else 'relation'}: {name}"
    out.append(f"| {label} | {d[3]} | {d[4]} | {d[5]} | {t[3]} | {t[4]} | {t[5]} |")
print("\n".join(out))
