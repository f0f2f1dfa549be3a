#!/usr/bin/env python3
"""Where a collection's gap lies: in what the words find, or in how the found passages are ranked.

    bench/lexical_ceiling.py BUILD_DIR INDEX COLLECTION_DIR

For each topic, a relevant passage counts as reachable when the default ranking finds it through
at least one query word (with that word's forms: vocabulary, WordNet) that fewer than half of the
passages hold. Words such as "MTCR" or "missile" are in most passages and do not single one out.
The ceiling puts the reachable relevant passages first, in the ideal order, and fills the rest of
the top 10 at the mean gain of the other passages, as a ranking that could not tell them apart
would. It prints the mean nDCG@10 ceiling per topic kind and overall, and how many passages graded
2 are unreachable. This is a diagnostic, not a bound: a topic whose every word is common (a keyword
topic of the first collection) has a low ceiling and can still be ranked well.
"""
import collections
import json
import math
import subprocess
import sys
from pathlib import Path


def dcg(gains):
    return sum((2 ** g - 1) / math.log2(rank + 2) for rank, g in enumerate(gains[:10]))


def main():
    build, index, collection = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    search = [str(build / "bin" / "plenary-search"), "--index", index]

    def hits(query, limit):
        out = subprocess.run(search + ["--json", "-n", str(limit), query], capture_output=True, text=True).stdout
        return [json.loads(line) for line in out.splitlines()]

    grades = collections.defaultdict(dict)
    for line in (collection / "qrels.txt").read_text().splitlines():
        qid, _, passage, grade = line.split()
        grades[qid][passage] = int(grade)
    passage_count = len(next(iter(grades.values())))
    kinds = {}
    for line in (collection / "topic-kinds.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            qid, kind = line.split("\t")[:2]
            kinds[qid] = kind

    holding = {}

    def passages_holding(word):
        if word not in holding:
            holding[word] = len(hits(word, 100000))
        return holding[word]

    by_kind = collections.defaultdict(list)
    for line in (collection / "topics.tsv").read_text().splitlines():
        qid, query = line.split("\t", 1)
        reachable = {hit["passage"] for hit in hits(query, passage_count)
                     if any(passages_holding(word) < passage_count / 2 for word in hit.get("matched", []))}
        judged = grades[qid]
        first = sorted((g for p, g in judged.items() if g > 0 and p in reachable), reverse=True)
        rest = [g for p, g in judged.items() if not (g > 0 and p in reachable)]
        mean_gain = sum(2 ** g - 1 for g in rest) / len(rest) if rest else 0
        ceiling = dcg(first) + sum(mean_gain / math.log2(rank + 2) for rank in range(len(first), 10))
        ideal = dcg(sorted(judged.values(), reverse=True))
        unreachable = sum(1 for p, g in judged.items() if g == 2 and p not in reachable)
        by_kind[kinds.get(qid, "?")].append((ceiling / ideal, unreachable, sum(1 for g in judged.values() if g == 2)))

    def line(name, rows):
        return (f"{name}\t{len(rows)} topics\tceiling nDCG@10 {sum(r[0] for r in rows) / len(rows):.4f}\t"
                f"passages graded 2 unreachable {sum(r[1] for r in rows)} of {sum(r[2] for r in rows)}")

    for kind, rows in sorted(by_kind.items()):
        print(line(kind, rows))
    print(line("all", [row for rows in by_kind.values() for row in rows]))


if __name__ == "__main__":
    main()
