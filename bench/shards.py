"""The sharding stage of the benchmark (bench/run --shards SIZE): one database against the same
passages in 4 local shards and in 4 remote shards served on loopback by plenary-serve, searched by
1, 2 and 4 concurrent plenary-search processes. Writes shards.md and shards.json."""

import ctypes
import json
import re
import signal
import statistics
import subprocess
import time
from pathlib import Path

from measuring import percentile

CLIENTS = (1, 2, 4)
SHARDS = 4


def die_with_parent():
    """In the child before exec: the kernel stops the server should the harness die (PR_SET_PDEATHSIG)."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


def start_servers(tools, sharded, work):
    """One plenary-serve per shard on a free port; returns the processes and the stub listing them."""
    servers, lines = [], []
    for shard in range(SHARDS):
        log = open(work / f"serve-{shard}.log", "w+")
        server = subprocess.Popen([tools["serve"], "--index", sharded / f"shard-{shard}", "--port", "0"],
                                  stdout=log, stderr=subprocess.STDOUT, preexec_fn=die_with_parent)
        servers.append((server, log))
        deadline = time.monotonic() + 60
        while True:
            log.seek(0)
            found = re.search(r"on (127\.0\.0\.1:\d+)", log.read())
            if found:
                lines.append(f"remote {found.group(1)}\n")
                break
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"plenary-serve did not start for shard {shard}")
            time.sleep(0.02)
    stub = sharded / "remote.stub"
    stub.write_text("".join(lines))
    return servers, stub


def stop_servers(servers):
    for server, log in servers:
        server.terminate()
    for server, log in servers:
        server.wait(timeout=30)
        log.close()


def run_clients(tools, index, topics, work, name, clients, warmup, repeat, extra=()):
    """clients plenary-search processes at once over the same topics; their timings and runs."""
    processes = []
    for client in range(clients):
        timings, run = work / f"timings-{name}-{clients}-{client}.tsv", work / f"run-{name}-{clients}-{client}.txt"
        with open(run, "w") as out:
            processes.append((subprocess.Popen([tools["search"], "--index", index, "--topics", topics, "--limit", "10",
                                                "--timings", timings, "--warmup", str(warmup), "--repeat", str(repeat),
                                                *extra], stdout=out, stderr=subprocess.DEVNULL), timings, run))
    for process, _, _ in processes:
        if process.wait() not in (0, 1):
            raise RuntimeError(f"plenary-search on {name} failed")
    return [(timings, run) for _, timings, run in processes]


def summarise(outputs):
    """p50/p99 over every client's queries; throughput: the clients' query rates added up, each
    client's rate its queries of the mode over the time they took (the clients run at once, each
    query after the previous one, alternating search and full)."""
    summary = {}
    for mode in ("search", "full"):
        samples, rate = [], 0.0
        for timings, _ in outputs:
            times = [int(line.split("\t")[2]) / 1e6 for line in Path(timings).read_text().splitlines()
                     if line.split("\t")[1] == mode]
            samples += times
            rate += len(times) / (sum(times) / 1e3)
        summary[mode] = {"p50_ms": percentile(samples, 0.5), "p99_ms": percentile(samples, 0.99),
                         "mean_ms": statistics.fmean(samples), "queries_per_s": rate, "samples": len(samples)}
    return summary


def read_run(path):
    return [line.split() for line in Path(path).read_text().splitlines()]


def same_ranking(run, reference):
    """Same topics, passages and ranks, scores equal to 1e-9."""
    if len(run) != len(reference):
        return False
    return all(a[0] == b[0] and a[2] == b[2] and a[3] == b[3] and abs(float(a[4]) - float(b[4])) <= 1e-9
               for a, b in zip(run, reference))


def build(tools, folder, target, shards, measure_child, work, disk_bytes):
    command = [tools["index"], "--quiet", "--index", target, folder]
    if shards:
        command[1:1] = ["--shards", str(shards)]
    figures, _ = measure_child(command, work)
    figures["index_bytes"] = disk_bytes(target)
    return figures


def measure_shards(size, folder, work, tools, queries, warmup, repeat, measure_child, disk_bytes, log):
    topics = work / "shard-topics.tsv"
    topics.write_text("".join(f"{q['qid']}\t{q['plenary']}\n" for q in queries))
    one, sharded = work / "one", work / "sharded"
    log(f"shards: building {size} as one database and as {SHARDS} shards")
    results = {"size": size, "shards": SHARDS, "queries": len(queries), "warmup": warmup, "repeat": repeat,
               "build": {"one": build(tools, folder, one, 0, measure_child, work, disk_bytes),
                         "sharded": build(tools, folder, sharded, SHARDS, measure_child, work, disk_bytes)},
               "search": {}}
    (sharded / "single.stub").write_text("auto shard-0\n")  # one shard alone: the per-shard cost
    servers, remote = start_servers(tools, sharded, work)
    try:
        configurations = {"one database": (one, ()), f"{SHARDS} local shards": (sharded, ()),
                          f"{SHARDS} remote shards": (remote, ()), "one shard alone": (sharded / "single.stub", ("--allow-partial",))}
        reference = None
        for name, (index, extra) in configurations.items():
            results["search"][name] = {}
            for clients in CLIENTS:
                log(f"shards: {name}, {clients} client(s)")
                outputs = run_clients(tools, index, topics, work, name.replace(" ", "-"), clients, warmup, repeat, extra)
                figures = summarise(outputs)
                run = read_run(outputs[0][1])
                if reference is None:
                    reference = run
                # One shard alone holds a quarter of the passages: its ranking is not comparable.
                figures["same_top10_as_one_database"] = same_ranking(run, reference) if not extra else None
                results["search"][name][str(clients)] = figures
    finally:
        stop_servers(servers)
    return results


def report_shards(results, out, environment):
    b = results["build"]
    lines = ["# One database against shards", "",
             f"Measured {environment['date']} on {environment['cpu']} ({environment['cores']} cores), by "
             f"`bench/run --shards {results['size']}`. Load average {environment['load_before']} before and "
             f"{environment['load_after']} after.", "",
             f"## Build ({results['size']})", "", "| index | wall s | CPU s | peak RSS MiB | size MiB |", "|---|---:|---:|---:|---:|"]
    for name, label in (("one", "one database"), ("sharded", f"{results['shards']} shards and a catalog")):
        lines.append(f"| {label} | {b[name]['wall_s']:.1f} | {b[name]['cpu_s']:.1f} | "
                     f"{b[name]['peak_rss_bytes'] / 2**20:.0f} | {b[name]['index_bytes'] / 2**20:.1f} |")
    lines += ["", "## Search", "",
              f"{results['queries']} queries of bench/queries.tsv, {results['warmup']} warm-up and {results['repeat']} "
              "timed passes per client, each query timed ids only (*search*) and with text and highlights (*full*). "
              "Throughput: the clients' rates added up. Milliseconds and queries per second.", "",
              "| index | clients | search p50 | p99 | q/s | full p50 | p99 | q/s | top 10 as one database |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for name, by_clients in results["search"].items():
        for clients, f in by_clients.items():
            s, full = f["search"], f["full"]
            lines.append(f"| {name} | {clients} | {s['p50_ms']:.3f} | {s['p99_ms']:.3f} | {s['queries_per_s']:.0f} | "
                         f"{full['p50_ms']:.3f} | {full['p99_ms']:.3f} | {full['queries_per_s']:.0f} | "
                         f"{ {True: 'yes', False: '**no**', None: '–'}[f['same_top10_as_one_database']] } |")
    lines.append("")
    (out / "shards.md").write_text("\n".join(lines))
    (out / "shards.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
