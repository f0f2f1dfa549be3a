"""The measuring stages: index builds, query latency in one process (per query, so per kind and
the slowest), whole-process latency (hyperfine) and the micro-benchmarks."""

import json
import math
import re
import shutil
import statistics
import subprocess
import time
from pathlib import Path

from corpora import corpus_bytes

BENCH = Path(__file__).resolve().parent
# Whole-process latency: a few queries a user would type, one per kind.
TERMINAL_QUERIES = ["kw-export-controls", "phrase-united-states", "bool-or", "prefix-terror", "year-war"]


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


def query_kind(qid):
    """The kind of a query is its id up to the first dash (kw, phrase, andnot, ...)."""
    return qid.split("-", 1)[0]


def read_timings(timings_file):
    """{mode: {qid: [ms, ...]}} from qid<TAB>search|full<TAB>nanoseconds lines."""
    samples = {"search": {}, "full": {}}
    for line in Path(timings_file).read_text().splitlines():
        qid, mode, nanoseconds = line.split("\t")
        samples[mode].setdefault(qid, []).append(int(nanoseconds) / 1e6)
    return samples


def summary(values):
    return {"p50_ms": percentile(values, 0.50), "p95_ms": percentile(values, 0.95), "p99_ms": percentile(values, 0.99),
            "mean_ms": statistics.fmean(values), "samples": len(values)}


def latency_summary(timings_file):
    """Percentiles over all queries, per kind of query, and each query's median, per mode."""
    result = {}
    for mode, by_qid in read_timings(timings_file).items():
        if not by_qid:
            continue
        by_kind = {}
        for qid, values in by_qid.items():
            by_kind.setdefault(query_kind(qid), []).extend(values)
        result[mode] = summary([v for values in by_qid.values() for v in values])
        result[mode]["by_kind"] = {kind: summary(values) for kind, values in by_kind.items()}
        result[mode]["by_query_median_ms"] = {qid: statistics.median(values) for qid, values in by_qid.items()}
    return result


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


def corpus_years(tools, index):
    """The years of the communiqués of an index (plenary-index --list)."""
    listing = subprocess.run([tools["index"], "--list", "--index", index], capture_output=True, text=True,
                             check=True).stdout
    return {int(fields[1]) for fields in (line.split("\t") for line in listing.splitlines()) if fields[1].isdigit()}


def applicable(queries, years):
    """The queries whose year range holds a year of the corpus: plenary refuses a range with none, as it
    refuses any field value the index does not hold (the bundled communiqués are from 2001 to 2021, the
    year queries are about the speeches)."""
    def holds_a_year(query):
        if query["years"] == "-":
            return True
        low, high = (int(y) for y in query["years"].split(".."))
        return any(low <= year <= high for year in years)
    return [q for q in queries if holds_a_year(q)]


def plenary_passages(tools, index):
    """The passages plenary-index --status counts in an index."""
    status = subprocess.run([tools["index"], "--status", "--index", index], capture_output=True, text=True,
                            check=True).stdout
    found = re.search(r"^passages\s+([\d,]+)$", status, re.MULTILINE)
    if not found:
        raise RuntimeError(f"plenary-index --status names no passage count: {status[:200]}")
    return int(found.group(1).replace(",", ""))


def build_once(engine, name, folder, work, tools):
    target = work / f"{engine}-{name}"
    shutil.rmtree(target, ignore_errors=True)
    if target.exists():
        target.unlink()
    if engine == "plenary":
        command = [tools["index"], "--quiet", "--index", target, folder]
    else:
        command = [tools["fts5"], "build", target, folder]
    figures, out = measure_child(command, work)
    figures["index_bytes"] = disk_bytes(target)
    figures["passages"] = plenary_passages(tools, target) if engine == "plenary" else int(out.split()[0])
    return figures


def measure_builds(corpora, work, tools, reps_for, log):
    results = {}
    for name, folder in corpora.items():
        runs = {"plenary": [], "fts5": []}
        reps = reps_for(name)
        for rep in range(reps):
            for engine in ("plenary", "fts5"):  # interleaved, so both see the same machine state
                log(f"build {engine} {name} ({rep + 1}/{reps})")
                runs[engine].append(build_once(engine, name, folder, work, tools))
        size = corpus_bytes(folder)
        passages = {engine: engine_runs[0]["passages"] for engine, engine_runs in runs.items()}
        if passages["plenary"] != passages["fts5"]:
            raise RuntimeError(f"{name}: plenary indexed {passages['plenary']} passages, FTS5 {passages['fts5']}")
        results[name] = {"corpus_bytes": size, "passages": passages["fts5"]}
        for engine, engine_runs in runs.items():
            chosen = median_run(engine_runs)
            chosen.pop("passages")
            chosen["mb_per_s"] = size / 1e6 / chosen["wall_s"]
            chosen["passages_per_s"] = passages["fts5"] / chosen["wall_s"]
            chosen["index_to_text"] = chosen["index_bytes"] / size
            results[name][engine] = chosen
    return results


def measure_queries(corpora, work, tools, all_queries, warmup, repeat, log):
    results = {}
    for name in corpora:
        log(f"queries {name}")
        queries = applicable(all_queries, corpus_years(tools, work / f"plenary-{name}"))
        topics, fts5_queries = work / f"topics-{name}.tsv", work / f"queries-{name}.tsv"
        topics.write_text("".join(f"{q['qid']}\t{q['plenary']}\n" for q in queries))
        fts5_queries.write_text("".join(f"{q['qid']}\t{q['plenary']}\t{q['fts5']}\t{q['years']}\n" for q in queries))
        plenary_timings, fts5_timings = work / f"timings-plenary-{name}.tsv", work / f"timings-fts5-{name}.tsv"
        plenary_run, fts5_run = work / f"run-plenary-{name}.txt", work / f"run-fts5-{name}.txt"
        with open(plenary_run, "w") as run:
            subprocess.run([tools["search"], "--index", work / f"plenary-{name}", "--topics", topics,
                            "--limit", "10", "--timings", plenary_timings, "--warmup", str(warmup),
                            "--repeat", str(repeat)],
                           stdout=run, check=False)
        subprocess.run([tools["fts5"], "query", work / f"fts5-{name}", fts5_queries, "--timings", fts5_timings,
                        "--warmup", str(warmup), "--repeat", str(repeat), "--run", fts5_run], check=True)
        ours, theirs = read_run(plenary_run), read_run(fts5_run)
        overlap = [len(set(ours.get(q["qid"], [])) & set(theirs.get(q["qid"], []))) / 10 for q in queries
                   if ours.get(q["qid"]) or theirs.get(q["qid"])]
        results[name] = {"plenary": latency_summary(plenary_timings), "fts5": latency_summary(fts5_timings),
                         "hits": {q["qid"]: [len(ours.get(q["qid"], [])), len(theirs.get(q["qid"], []))] for q in queries},
                         "top10_overlap_mean": statistics.fmean(overlap) if overlap else None,
                         "left_out": [q["qid"] for q in all_queries if q not in queries]}
    return results


def sqlite_statement(query):
    match = query["fts5"].replace("'", "''")
    years = ""
    if query["years"] != "-":
        low, high = query["years"].split("..")
        years = f" AND year BETWEEN {int(low)} AND {int(high)}"
    return ("SELECT passage, doc, year, highlight(passages, 3, '[', ']') FROM passages "
            f"WHERE passages MATCH '{match}'{years} ORDER BY rank LIMIT 10;")


def hyperfine_median(command, export, runs):
    subprocess.run(["hyperfine", "-N", "--style", "none", "--warmup", "5", "--runs", str(runs), "-i",
                    "--export-json", export, subprocess.list2cmdline(command)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    measured = json.loads(export.read_text())["results"][0]
    return {"median_ms": measured["median"] * 1e3, "mean_ms": measured["mean"] * 1e3,
            "stddev_ms": (measured.get("stddev") or 0) * 1e3}


def measure_terminal(corpora, work, tools, queries, runs, log):
    by_qid = {q["qid"]: q for q in queries}
    results = {}
    for name in corpora:
        log(f"whole-process latency {name}")
        results[name] = {"plenary": {}, "fts5": {}}
        held = {q["qid"] for q in applicable(queries, corpus_years(tools, work / f"plenary-{name}"))}
        for qid in (qid for qid in TERMINAL_QUERIES if qid in held):
            query = by_qid[qid]
            commands = {
                "plenary": [str(tools["search"]), "--index", str(work / f"plenary-{name}"), query["plenary"]],
                "fts5": ["sqlite3", str(work / f"fts5-{name}"), sqlite_statement(query)],
            }
            for engine, command in commands.items():
                export = work / f"hyperfine-{engine}-{name}-{qid}.json"
                results[name][engine][qid] = hyperfine_median(command, export, runs)
        for engine in ("plenary", "fts5"):
            medians = [v["median_ms"] for v in results[name][engine].values()]
            results[name][engine + "_median_of_medians_ms"] = statistics.median(medians)
    return results


def measure_micro(tools, work, log):
    log("micro-benchmarks")
    export = work / "micro.json"
    subprocess.run([tools["micro"], "--benchmark_min_time=0.2", f"--benchmark_out={export}",
                    "--benchmark_out_format=json"], check=True, stdout=subprocess.DEVNULL)
    found = json.loads(export.read_text())["benchmarks"]
    return [{"name": b["name"], "label": b.get("label", ""), "real_time": b["real_time"], "time_unit": b["time_unit"],
             "mb_per_s": b["bytes_per_second"] / 1e6 if "bytes_per_second" in b else None} for b in found]
