#!/usr/bin/env python3
"""Counts the missed relations whose subject a learning page states only by description.

Reads the `FN [real*-learn]` relation lines of `./radkg eval --pages DIR --details` on stdin and, for each,
looks in the page's text (data/eval/<set>/text/, learning pages only) for the sentences naming its object:
- "named together": a sentence names the subject (any gold name of it) and the object;
- "subject described": no sentence names both, but one naming the object opens with, or has before the
  object, a reference without a name ("We", "Our", "It", "Its", "The College", "The program", ...);
- "elsewhere": neither (the object is not found by name, or the subject is only implied).
Only counts are printed, per set and predicate, with the kind of reference.

Usage: python3 scripts/unnamed-subjects.py < learn-details.txt
"""
import collections
import re
import sys

RELATION_FN = re.compile(r'^FN \[(real\d?)-learn\] ([rst]\d+) :: (.*) (memberOf|participatesIn|leads|partnersIn|funds|hosts'
                         r'|collaboratesWith|partOf|location|startDate|affiliation) (.*) \(\S+\)$')
HEADS = (r"college|society|association|federation|academy|foundation|institute|agency|organi[sz]ation|council|board"
         r"|program(?:me)?|initiative|project|network|coalition|consortium|alliance|partnership|platform|registry"
         r"|campaign|course|congress|meeting|conference|summit|symposium|event|group|centre|center|university|hospital")
# A reference in the subject's place: opening the sentence (or its main clause, after an opening phrase and a
# comma), or "we"/"our" anywhere.
REFERENCE = re.compile(r"(?:^|^[^,]{0,80},\s+|\b(?=[Ww]e\b|[Oo]ur\b))(?:(?P<we>[Ww]e|[Oo]ur)|(?P<it>[Ii]t|[Ii]ts|[Tt]hey|[Tt]heir)"
                       r"|(?P<the>[Tt]he|[Tt]his)\s+(?:[\w-]+\s+)?(?P<head>" + HEADS + r"))\b")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


def names(gold, entity):
    out = {entity}
    out.update(gold.get(entity, ()))
    return [n for n in out if n]


def mentions(sentence, name):
    if len(name) <= 6 and name.isupper():
        return re.search(r"\b" + re.escape(name) + r"\b", sentence) is not None
    return name.lower() in sentence.lower()


def main():
    counts = collections.Counter()
    kinds = collections.Counter()
    golds, texts = {}, {}
    for line in sys.stdin:
        m = RELATION_FN.match(line.rstrip("\n"))
        if not m:
            continue
        s, page, subj, pred, obj = m.groups()
        if page not in texts:
            try:
                texts[page] = [x for x in SENTENCE.split(open(f"data/eval/{s}/text/{page}.txt", encoding="utf-8").read()) if x.strip()]
            except OSError:
                continue
            golds[page] = collections.defaultdict(set)
            for g in open(f"data/eval/{s}/gold/{page}.tsv", encoding="utf-8"):
                cols = g.rstrip("\n").split("\t")
                if len(cols) >= 4 and cols[1] == "entity":
                    golds[page][cols[2]].update(c for c in cols[4:] if c)
        gold = golds[page]
        objnames = names(gold, obj) if pred != "startDate" else [obj[:4]]
        with_obj = [x for x in texts[page] if any(mentions(x, n) for n in objnames)]
        if any(any(mentions(x, n) for n in names(gold, subj)) for x in with_obj):
            counts[(s, pred, "named together")] += 1
            continue
        described = None
        for x in with_obj:
            first = min((x.lower().find(n.lower()) for n in objnames if n.lower() in x.lower()), default=len(x))
            r = REFERENCE.search(x[:max(first, 0) + 1])
            if r:
                described = "we/our" if r.group("we") else "it/its/this" if r.group("it") else "the " + r.group("head").lower()
                break
        if described:
            counts[(s, pred, "subject described")] += 1
            kinds[(s, described)] += 1
        else:
            counts[(s, pred, "elsewhere" if with_obj else "object not found by name")] += 1
    total = collections.Counter()
    for (s, pred, c), n in sorted(counts.items()):
        total[(s, c)] += n
    for (s, c), n in sorted(total.items()):
        print(f"{s:6} {c:28} {n}")
    print()
    for (s, pred, c), n in sorted(counts.items()):
        if c == "subject described":
            print(f"{s:6} {pred:17} {n}")
    print()
    for (s, k), n in sorted(kinds.items()):
        print(f"{s:6} {k:20} {n}")


if __name__ == "__main__":
    main()
