"""The report of a run: ratios, growth exponents, targets, the plot and report.md."""

import math
import subprocess

from corpora import REPLICAS
from measuring import TERMINAL_QUERIES

MiB = 1024 * 1024


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


def floor_build_mb_per_s(run):
    return run["text_bytes"] / 1e6 / (run["write_wall_s"] + run["compact_wall_s"])


def check_targets(results):
    """The targets of issue 13, each with Xapian's floor for it where bench/floor.py measures one: the
    same quantity for Xapian alone doing that part of the work. A target its floor misses is out of
    reach of any engine built on Xapian that does the same work."""
    builds, queries, terminal, floor = results["build"], results["query"], results["terminal"], results["floor"]
    targets = []

    def target(name, measured, limit, floor_value=None):
        def meets(value):
            return value >= limit if "(>=)" in name else value <= limit
        targets.append({"target": name, "measured": measured, "limit": limit, "met": meets(measured),
                        "floor": floor_value, "floor_meets": None if floor_value is None else meets(floor_value)})

    def full(name, engine):
        return queries[name][engine]["full"]

    def word_floors(name, key):
        return [entry[key] for entry in floor[name]["single_word"].values() if entry["matched"] > 0]

    if "x16" in builds:
        x16 = builds["x16"]["plenary"]
        target("build x16 MB/s (>=)", x16["mb_per_s"], 6.0, floor_build_mb_per_s(floor["x16"]["build"]["full"]))
        target("build x16 peak RSS MiB (<=)", x16["peak_rss_bytes"] / MiB, 300.0)
        no_text = floor["x16"]["build"]["no-text"]
        target("index x16 / text (<=)", x16["index_to_text"], 2.5, no_text["index_bytes"] / no_text["text_bytes"])
        target("full p99 x16, ratio to FTS5 (<=)", full("x16", "plenary")["p99_ms"] / full("x16", "fts5")["p99_ms"], 0.2)
        single_words = [full("x16", "plenary")["by_query_median_ms"][qid] for qid in results["query_set"]["single_word"]]
        target("slowest single-word query x16, full median ms (<=)", max(single_words), 3.0,
               max(word_floors("x16", "early_termination_ms")))
    for name in builds:
        fts5_p50 = full(name, "fts5")["p50_ms"]
        target(f"full p50 {name}, ratio to FTS5 (<=)", full(name, "plenary")["p50_ms"] / fts5_p50, 0.5,
               min(word_floors(name, "every_match_ms")) / fts5_p50)
    for name in terminal:
        sqlite_ms = terminal[name]["fts5_median_of_medians_ms"]
        target(f"whole process {name}, ratio of plenary-search to sqlite3 (<=)",
               terminal[name]["plenary_median_of_medians_ms"] / sqlite_ms, 1.0,
               floor[name]["whole_process_median_of_medians_ms"] / sqlite_ms)
    for key, exponents in results["growth_exponents"]["plenary"].items():
        for measure in ("build_wall", "build_cpu", "peak_rss"):
            if exponents[measure] is not None:
                target(f"growth exponent {measure} {key} (<=)", exponents[measure], 1.05)
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


def build_section(b):
    lines = ["## Index build (median of " + ", ".join(f"{len(b[n]['plenary']['wall_s_all'])} for {n}" for n in b) + ")",
             "",
             "| corpus | MB | passages | engine | wall s | CPU s | MB/s | passages/s | peak RSS MiB | index MiB | index/text |",
             "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, row in b.items():
        for engine in ("plenary", "fts5"):
            e = row[engine]
            lines.append(f"| {name} | {row['corpus_bytes'] / 1e6:.1f} | {row['passages']} | {engine} | {fmt(e['wall_s'])} | "
                         f"{fmt(e['cpu_s'])} | {fmt(e['mb_per_s'])} | {e['passages_per_s']:.0f} | "
                         f"{e['peak_rss_bytes'] / MiB:.0f} | {e['index_bytes'] / MiB:.1f} | {fmt(e['index_to_text'])} |")
    return lines


def query_section(q, r, query_set):
    lines = ["## Query latency in one process", "",
             f"{query_set['queries']} queries (bench/queries.tsv), {query_set['warmup']} warm-up "
             f"passes, then {query_set['repeat']} timed passes; *search* returns the ranked passage ids, *full* "
             "also the text with its highlights and the communiqué (what the terminal shows). Milliseconds."
             + "".join(f" On {name}, the year queries outside its years are left out ({', '.join(row['left_out'])})."
                       for name, row in q.items() if row["left_out"]),
             "",
             "| corpus | mode | plenary p50 | p95 | p99 | FTS5 p50 | p95 | p99 | p50 ratio | p99 ratio | top-10 overlap |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, row in q.items():
        for mode in ("search", "full"):
            p, f = row["plenary"][mode], row["fts5"][mode]
            lines.append(f"| {name} | {mode} | {fmt(p['p50_ms'], 3)} | {fmt(p['p95_ms'], 3)} | {fmt(p['p99_ms'], 3)} | "
                         f"{fmt(f['p50_ms'], 3)} | {fmt(f['p95_ms'], 3)} | {fmt(f['p99_ms'], 3)} | "
                         f"{fmt(r[name][mode + '_p50'])} | {fmt(r[name][mode + '_p99'])} | {fmt(row['top10_overlap_mean'])} |")
    return lines


def kind_section(q):
    lines = ["## *full* latency per kind of query", "",
             "The kind is the query id up to its first dash (bench/queries.tsv). Milliseconds, plenary / FTS5.", "",
             "| kind | " + " | ".join(f"{name} p50 | {name} p99" for name in q) + " |",
             "|---|" + "---:|---:|" * len(q)]
    for kind in next(iter(q.values()))["plenary"]["full"]["by_kind"]:
        cells = []
        for row in q.values():
            p, f = row["plenary"]["full"]["by_kind"][kind], row["fts5"]["full"]["by_kind"][kind]
            cells += [f"{fmt(p['p50_ms'], 3)} / {fmt(f['p50_ms'], 3)}", f"{fmt(p['p99_ms'], 3)} / {fmt(f['p99_ms'], 3)}"]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return lines


def slowest_section(q):
    name = list(q)[-1]
    lines = [f"## The ten slowest queries per engine ({name}, *full*)", "",
             "Each query's median over the timed passes, milliseconds, with the other engine's beside it.", ""]
    for engine, other in (("plenary", "fts5"), ("fts5", "plenary")):
        mine, theirs = q[name][engine]["full"]["by_query_median_ms"], q[name][other]["full"]["by_query_median_ms"]
        lines += [f"| {engine}: query | {engine} | {other} | hits {engine} |", "|---|---:|---:|---:|"]
        for qid in sorted(mine, key=mine.get, reverse=True)[:10]:
            hits = q[name]["hits"][qid][0 if engine == "plenary" else 1]
            lines.append(f"| {qid} | {fmt(mine[qid], 3)} | {fmt(theirs.get(qid), 3)} | {hits} |")
        lines.append("")
    return lines


def terminal_section(t):
    lines = ["## Whole process, as a user runs it (hyperfine)", "",
             "Median ms of `plenary-search --index DIR QUERY` (output piped) and of the `sqlite3` shell running the "
             "FTS5 equivalent with `highlight()`, per query.", "",
             "| corpus | " + " | ".join(TERMINAL_QUERIES) + " | plenary median | FTS5 median |",
             "|---|" + "---:|" * (len(TERMINAL_QUERIES) + 2)]
    for name, row in t.items():
        cells = [f"{fmt(row['plenary'][qid]['median_ms'])} / {fmt(row['fts5'][qid]['median_ms'])}" if qid in row["plenary"]
                 else "–" for qid in TERMINAL_QUERIES]
        lines.append(f"| {name} | " + " | ".join(cells) +
                     f" | {fmt(row['plenary_median_of_medians_ms'])} | {fmt(row['fts5_median_of_medians_ms'])} |")
    return lines + ["", "Cells: plenary / FTS5; –: a year query outside the corpus' years."]


def growth_section(growth):
    lines = ["## Growth with the corpus", "",
             "Exponent k in time ∝ size^k between replicas (1 = linear, below 1 = slower than linear).", "",
             "| engine | step | build wall | build CPU | peak RSS | index size | full p50 |", "|---|---|---:|---:|---:|---:|---:|"]
    for engine, steps in growth.items():
        for step, e in steps.items():
            lines.append(f"| {engine} | {step} | {fmt(e['build_wall'])} | {fmt(e['build_cpu'])} | {fmt(e['peak_rss'])} | "
                         f"{fmt(e['index_bytes'])} | {fmt(e['full_p50'])} |")
    return lines


def micro_and_targets_section(micro, targets):
    lines = ["## Micro-benchmarks (Google Benchmark, bundled corpus)", "", "| benchmark | query | time | MB/s |",
             "|---|---|---:|---:|"]
    for m in micro:
        lines.append(f"| {m['name']} | {m['label']} | {m['real_time']:.1f} {m['time_unit']} | {fmt(m['mb_per_s'], 1)} |")
    lines += ["", "## Targets", "",
              "*Xapian's floor*: the same quantity for Xapian alone doing that part of the work (see the section "
              "above); where it misses the limit, no engine built on Xapian that does this work can meet it.", "",
              "| target | measured | limit | met | Xapian's floor | floor meets it |", "|---|---:|---:|---|---:|---|"]
    for target in targets:
        floor_meets = "–" if target["floor_meets"] is None else ("yes" if target["floor_meets"] else "**no**")
        lines.append(f"| {target['target']} | {fmt(target['measured'])} | {fmt(target['limit'])} | "
                     f"{'yes' if target['met'] else '**no**'} | {fmt(target['floor'])} | {floor_meets} |")
    return lines


def floor_section(floor, builds):
    lines = ["## Xapian's floor (bench/floor.py)", "",
             "What Xapian alone costs for plenary's work, in the same run. *Build*: the passages' documents made in "
             "advance (loader, analysis, tags untimed), then written as a first build writes them (shards on every "
             "core, one commit each, Xapian's compactor): only Xapian timed. *no-text*: the same without the "
             "stored passages. *Single word*: BM25 over the word's passages and the ten best records, every match "
             "weighed (as plenary does) and with Xapian's early termination. *Whole process*: `xapian-search-floor`, "
             "linked with Xapian alone, opens the index, ranks one word of each whole-process query and prints "
             "ten records.", "",
             "| corpus | variant | write wall s | write CPU s | compact wall s | floor MB/s | plenary MB/s | index/text |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for name, row in floor.items():
        for variant, run in row["build"].items():
            lines.append(f"| {name} | {variant} | {fmt(run['write_wall_s'])} | {fmt(run['write_cpu_s'])} | "
                         f"{fmt(run['compact_wall_s'])} | {fmt(floor_build_mb_per_s(run))} | "
                         f"{fmt(builds[name]['plenary']['mb_per_s'])} | {fmt(run['index_bytes'] / run['text_bytes'])} |")
    lines += ["", "| corpus | word | passages | every match ms | early termination ms |", "|---|---|---:|---:|---:|"]
    for name, row in floor.items():
        for word, entry in row["single_word"].items():
            lines.append(f"| {name} | {word} | {entry['matched']} | {fmt(entry['every_match_ms'], 3)} | "
                         f"{fmt(entry['early_termination_ms'], 3)} |")
    lines += ["", "| corpus | whole process, median of medians ms |", "|---|---:|"]
    for name, row in floor.items():
        lines.append(f"| {name} | {fmt(row['whole_process_median_of_medians_ms'])} |")
    return lines


def report(results, out):
    env = results["environment"]
    lines = ["# plenary against SQLite FTS5", "",
             f"Measured {env['date']} on {env['cpu']} ({env['cores']} cores), {env['build_type']} build, by `bench/run`. "
             f"Load average {env['load_before']} before and {env['load_after']} after the run"
             + (" — **measured under load**: other processes shared the cores, so figures are noisy."
                if env["under_load"] else "."),
             "", "![build time and query latency against corpus size](plot.png)", ""]
    sections = [build_section(results["build"]),
                query_section(results["query"], results["ratios_plenary_to_fts5"], results["query_set"]),
                kind_section(results["query"]), slowest_section(results["query"]), terminal_section(results["terminal"]),
                growth_section(results["growth_exponents"]), floor_section(results["floor"], results["build"]),
                micro_and_targets_section(results["micro"], results["targets"])]
    for section in sections:
        lines += section + [""]
    (out / "report.md").write_text("\n".join(lines))
