#!/usr/bin/env python3
"""Counts the error classes of an eval --details listing, without printing a single error line.

Reads `./radkg eval --pages DIR --details` output on stdin and prints, per split, how many false
negatives and false positives fall in each class: an entity missed or invented by type, a name found
with other bounds or another type than the gold one, a relation lost because an end was not found
against one whose ends were both found (a reading missed), a relation given to an invented entity,
a job title right but for its case. Only counts are printed, so it may be run on a held-out split.

Usage: ./radkg eval --pages data/eval/real --details | python3 scripts/error-classes.py [--split real-test]
"""
import collections
import re
import sys
import unicodedata

ENTITY_FN = re.compile(r'^FN \[(\S+)\] (\S+) :: entity (\S+) "(.*)" \(')
ENTITY_FP = re.compile(r'^FP \[(\S+)\] (\S+) :: entity (\S+) "(.*)" <')
PREDICATES = "memberOf|participatesIn|leads|partnersIn|funds|hosts|collaboratesWith|partOf|location|startDate|affiliation|jobTitle"
RELATION_FN = re.compile(r'^FN \[(\S+)\] (\S+) :: (.*) (' + PREDICATES + r') (.*) \(\S+\)$')
RELATION_FP = re.compile(r'^FP \[(\S+)\] (\S+) :: "(.*?)" <[^>]*> (' + PREDICATES + r') (?:"(.*?)"(?: <[^>]*>)?|"(.*)")')
COARSE = {"Society": "Organization", "Organization": "Organization", "Collaboration": "Organization",
          "Country": "Place", "City": "Place", "Region": "Place", "Place": "Place"}


def norm(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def main():
    only = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else None
    ent_fn, ent_fp, rel_fn, rel_fp = [collections.defaultdict(list) for _ in range(4)]
    for line in sys.stdin:
        line = line.rstrip("\n")
        for pattern, into in ((ENTITY_FN, ent_fn), (ENTITY_FP, ent_fp)):
            m = pattern.match(line)
            if m:
                into[m.group(1)].append((m.group(2), COARSE.get(m.group(3), m.group(3)), m.group(4)))
                break
        else:
            m = RELATION_FN.match(line)
            if m:
                rel_fn[m.group(1)].append((m.group(2), m.group(3), m.group(4), m.group(5)))
                continue
            m = RELATION_FP.match(line)
            if m:
                rel_fp[m.group(1)].append((m.group(2), m.group(3), m.group(4), m.group(5) or m.group(6) or ""))
    for split in sorted(set(ent_fn) | set(ent_fp) | set(rel_fn) | set(rel_fp)):
        if only and split != only:
            continue
        counts = collections.Counter()
        missed = {(a, norm(n)) for a, _, n in ent_fn[split]}
        invented = {(a, norm(n)) for a, _, n in ent_fp[split]}
        fn_by_article = collections.defaultdict(list)
        for a, t, n in ent_fn[split]:
            fn_by_article[a].append((t, norm(n)))
        for a, t, n in ent_fp[split]:
            k = norm(n)
            near = [(gt, g) for gt, g in fn_by_article[a] if g and k and (g in k or k in g)]
            if any(gt == t for gt, _ in near):
                counts[f"entity {t}: found with other bounds"] += 1
            elif near:
                counts[f"entity {t}: found as {near[0][0]}, another type"] += 1
            else:
                counts[f"entity {t}: invented (FP)"] += 1
        fp_by_article = collections.defaultdict(list)
        for a, _, n in ent_fp[split]:
            fp_by_article[a].append(norm(n))
        for a, t, n in ent_fn[split]:
            k = norm(n)
            # A gold name with an extracted near-miss was counted from the false positive's side.
            if not any(f and k and (f in k or k in f) for f in fp_by_article[a]):
                counts[f"entity {t}: missed (FN)"] += 1
        fp_titles = collections.defaultdict(set)
        for a, s, p, o in rel_fp[split]:
            if p == "jobTitle":
                fp_titles[a].add(o.lower())
        for a, s, p, o in rel_fn[split]:
            ends = (a, norm(s)) in missed, p not in ("startDate", "jobTitle") and (a, norm(o)) in missed
            if p == "jobTitle" and o.lower() in fp_titles[a]:
                counts["relation jobTitle: right but for its case"] += 1
            elif any(ends):
                counts[f"relation {p}: lost with an end not found (FN)"] += 1
            else:
                counts[f"relation {p}: both ends found, reading missed (FN)"] += 1
        for a, s, p, o in rel_fp[split]:
            if p == "jobTitle" and any(o.lower() == x[3].lower() for x in rel_fn[split] if x[0] == a and x[2] == p):
                continue
            if (a, norm(s)) in invented or (a, norm(o)) in invented:
                counts[f"relation {p}: on an invented or misnamed entity (FP)"] += 1
            else:
                counts[f"relation {p}: wrong reading between found entities (FP)"] += 1
        total = sum(counts.values())
        print(f"== {split}: {total} errors")
        for cls, n in counts.most_common():
            print(f"{n:5d}  {cls}")


if __name__ == "__main__":
    main()
