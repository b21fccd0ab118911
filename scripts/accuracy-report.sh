#!/usr/bin/env bash
# Regenerates the accuracy tables of README.md from ./radkg eval on the seed gold and the unseen evaluation sets.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seed=$(./radkg eval --gold data/gold --input data/corpus | python3 scripts/accuracy-table.py)
unseen=""
for d in data/eval/*/; do
  name=$(basename "$d")
  # A page set (real pages kept by address, pages.tsv) is scored with --pages; its table is written by hand.
  [ -f "$d/pages.tsv" ] && continue
  row=$(./radkg eval --input "$d" --gold "$d/gold" | python3 scripts/accuracy-summary.py "$name")
  unseen+="$row"$'\n'
done
python3 - "$seed" "$unseen" <<'PY'
import re, sys
seed, unseen = sys.argv[1].strip(), sys.argv[2].strip()
head = "| set | articles | entity P | entity R | entity F1 | relation P | relation R | relation F1 |\n|---|---|---|---|---|---|---|---|"
s = open("README.md").read()
s = re.sub(r"<!-- acc -->.*<!-- /acc -->", "<!-- acc -->\n" + seed + "\n<!-- /acc -->", s, flags=re.S)
s = re.sub(r"<!-- unseen -->.*<!-- /unseen -->", "<!-- unseen -->\n" + head + "\n" + unseen + "\n<!-- /unseen -->", s, flags=re.S)
open("README.md", "w").write(s)
PY
echo "README.md accuracy tables updated"
