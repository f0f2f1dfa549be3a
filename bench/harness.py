#!/usr/bin/env python3
"""plenary against SQLite FTS5, measured in one run: index build, query latency in one
process, whole-process latency and micro-benchmarks. Writes report.md, results.json and
plot.png into the output folder. Run through bench/run, which installs and builds first."""

import argparse
import datetime
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path

import shards
from corpora import REPLICAS, fetch_sotu, make_replica
from floor import measure_floor
from measuring import (disk_bytes, measure_builds, measure_child, measure_micro, measure_queries, measure_terminal,
                       read_queries)
from report import analyse, plot, report

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def environment(build_dir):
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    cache = (Path(build_dir) / "CMakeCache.txt").read_text()
    build_type = next((l.split("=", 1)[1] for l in cache.splitlines() if l.startswith("CMAKE_BUILD_TYPE:")), "?")
    return {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "cpu": cpu,
            "cores": os.cpu_count(), "build_type": build_type, "kernel": platform.release(),
            "load_before": round(os.getloadavg()[0], 2)}


def tools_of(bin_dir, sharding):
    tools = {"index": bin_dir / "plenary-index", "search": bin_dir / "plenary-search", "serve": bin_dir / "plenary-serve",
             "fts5": bin_dir / "fts5-peer", "micro": bin_dir / "plenary-micro-bench",
             "floor": bin_dir / "xapian-floor", "search_floor": bin_dir / "xapian-search-floor"}
    needed = ("index", "search", "serve") if sharding else tools
    for tool in (tools[name] for name in needed):
        if not tool.exists():
            sys.exit(f"bench: {tool} is missing: build with bench/run (it installs what bench needs)")
    return tools


def corpora_of(sizes):
    """The folder of each size: the bundled corpus itself, or a replica made once in bench/cache/."""
    cache = BENCH / "cache"
    corpora = {}
    for name in sizes:
        if name == "bundled":
            corpora[name] = ROOT / "corpus"
        elif name in REPLICAS:
            corpora[name] = make_replica(fetch_sotu(cache, log), ROOT / "corpus", cache / "corpora", name, REPLICAS[name])
        else:
            sys.exit(f"bench: unknown size {name} (bundled, x1, x4, x16)")
    return corpora


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-dir", default=str(ROOT / "build"))
    parser.add_argument("--out", default=str(BENCH / "results"))
    parser.add_argument("--sizes", default="bundled,x1,x4,x16", help="comma-separated: bundled, x1, x4, x16")
    parser.add_argument("--reps", type=int, default=3, help="builds per corpus (x16: 1)")
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--terminal-runs", type=int, default=30)
    parser.add_argument("--shards", metavar="SIZE",
                        help="instead: one database against 4 local and 4 remote shards of SIZE (bundled, x1, x4, x16); "
                             "writes shards.md and shards.json")
    args = parser.parse_args()

    tools = tools_of(Path(args.build_dir) / "bin", args.shards)
    out = Path(args.out)
    work = out / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    env = environment(args.build_dir)
    corpora = corpora_of([args.shards] if args.shards else args.sizes.split(","))

    queries = read_queries()
    started = time.perf_counter()
    if args.shards:
        results = shards.measure_shards(args.shards, corpora[args.shards], work, tools, queries, args.warmup, args.repeat,
                                        measure_child, disk_bytes, log)
        env["load_after"] = round(os.getloadavg()[0], 2)
        results["bench_seconds"] = round(time.perf_counter() - started, 1)
        shards.report_shards(results, out, env)
        shutil.rmtree(work, ignore_errors=True)
        log(f"report: {out / 'shards.md'}  ({results['bench_seconds']} s)")
        return
    results = {"environment": env,
               "query_set": {"queries": len(queries), "warmup": args.warmup, "repeat": args.repeat,
                             "single_word": [q["qid"] for q in queries if q["plenary"].isalpha()]}}
    results["build"] = measure_builds(corpora, work, tools, lambda name: 1 if name == "x16" else args.reps, log)
    results["query"] = measure_queries(corpora, work, tools, queries, args.warmup, args.repeat, log)
    results["terminal"] = measure_terminal(corpora, work, tools, queries, args.terminal_runs, log)
    timed_whole = {name: list(results["terminal"][name]["plenary"]) for name in corpora}
    results["floor"] = measure_floor(corpora, work, tools, queries, timed_whole, args.terminal_runs, log)
    results["micro"] = measure_micro(tools, work, log)
    env["load_after"] = round(os.getloadavg()[0], 2)
    env["under_load"] = env["load_before"] > 0.5 or env["load_after"] > 2.5
    env["bench_seconds"] = round(time.perf_counter() - started, 1)
    analyse(results)
    (out / "results.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    plot(results, out)
    report(results, out)
    shutil.rmtree(work, ignore_errors=True)
    log(f"report: {out / 'report.md'}  ({env['bench_seconds']} s)")


if __name__ == "__main__":
    main()
