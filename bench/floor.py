"""The floor under plenary's figures: what Xapian alone costs for the same work, measured in the same
run. Building: the passages' documents made in advance, only Xapian's writing and merging timed
(xapian-floor build). Single words: BM25 over every match, and with early termination (xapian-floor
query). Whole process: a program linked with Xapian alone that opens the index, ranks one word and
prints ten records (xapian-search-floor), timed by hyperfine as plenary-search is. A target below its
floor cannot be met by anything built on Xapian that does this work."""

import json
import re
import statistics
import subprocess

from measuring import hyperfine_median


def run_json_lines(command):
    done = subprocess.run([str(c) for c in command], check=True, capture_output=True, text=True)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def measure_floor(corpora, work, tools, queries, terminal_queries, runs, log):
    """terminal_queries: the whole-process queries timed on each corpus."""
    by_qid = {q["qid"]: q for q in queries}
    single_words = [q["plenary"] for q in queries if q["plenary"].isalpha()]
    results = {}
    for name, folder in corpora.items():
        log(f"Xapian's floor {name}")
        index = work / f"plenary-{name}"
        floor = {"build": {}, "single_word": {}, "whole_process": {}}
        for variant in ("full", "no-text") if name == "x16" else ("full",):
            floor["build"][variant] = run_json_lines([tools["floor"], "build", folder, "--variant", variant])[0]
        for entry in run_json_lines([tools["floor"], "query", index] + single_words):
            floor["single_word"][entry["word"]] = entry
        for qid in terminal_queries[name]:
            word = re.findall("[a-z]+", by_qid[qid]["plenary"].lower())[0]
            export = work / f"hyperfine-floor-{name}-{qid}.json"
            floor["whole_process"][qid] = hyperfine_median([str(tools["search_floor"]), str(index), word], export, runs)
        floor["whole_process_median_of_medians_ms"] = statistics.median(
            v["median_ms"] for v in floor["whole_process"].values())
        results[name] = floor
    return results
