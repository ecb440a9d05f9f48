#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Latency-bound tasks of signtraker-cli against the reference client's way of doing them.

Starts signtraker-sim in its own process with a round trip of --latency-ms (default 40, no
jitter) and --agents (default 10,000), then measures, each --runs times (median reported):
  (a) every agent: `signtraker-cli agents list --all --page-size 500 --format json` against a
      sequential python3-requests loop paging the way the reference client does ($top=500,
      $skip += 500), and the physical floor: pages / requests in flight x latency;
  (b) Count all: the CLI's walk with `--select Id` (every Id, nothing else), as the window's
      Count all asks, against the same sequential loop asking for Ids only;
The CLI runs with its default parallel requests (4, the profile setting); --in-flight only sets
the floor's divisor and must match that default.
  (c) deactivate then activate --bulk agents: `signtraker-cli agents deactivate ID...` and
      `activate ID...` against a sequential python3-requests loop;
  (c') a bulk edit of --bulk agents: `signtraker-cli agents update ID... --set Notes=...`
      (each agent read at the start, then re-read just before its patch for the conflict
      check, the re-reads in batches of 40 with one list request each)
      against a sequential python3-requests loop of PATCHes alone, and one that reads first.
Run with Debian's /usr/bin/python3 (python3-requests). Prints one line per figure and the ratios
of the same run. Not a pass/fail test: it only reports.

  bench_latency.py --cli BUILD/cli/signtraker-cli --sim BUILD/sim/signtraker-sim
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

import requests

KEY = "bench-latency-key"


def start_simulator(sim, agents, latency):
    env = dict(os.environ, SIGNTRAKER_SIM_API_KEY=KEY)
    process = subprocess.Popen(
        [sim, "--port", "0", "--agents", str(agents), "--seed", "1",
         "--latency-ms", str(latency), "--jitter-ms", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    line = process.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+)", line)
    if not match:
        process.kill()
        sys.exit("signtraker-sim did not say where it listens: " + line)
    return process, match.group(1)


def timed(function, runs):
    durations = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        durations.append(time.perf_counter() - start)
    return statistics.median(durations)


def expect_rows(count):
    def check(output):
        rows = json.loads(output)
        if len(rows) != count:
            sys.exit("signtraker-cli returned %d rows, expected %d" % (len(rows), count))
    return check


def cli_runner(cli, base_url):
    env = dict(os.environ, SIGNTRAKER_API_KEY=KEY)
    env.pop("SIGNTRAKER_BASE_URL", None)

    def run(*arguments, to_null=False):
        # Timed runs write to /dev/null, as the reference loop does: a pipe into this script
        # would time Python's reading of 12 MB, not the CLI. Their output is checked by an
        # untimed run.
        result = subprocess.run([cli, "--base-url", base_url, *arguments],
                                stdout=subprocess.DEVNULL if to_null else subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        if result.returncode != 0:
            sys.exit("signtraker-cli %s failed (%d): %s"
                     % (" ".join(arguments), result.returncode, result.stderr.decode()))
        return result.stdout
    return run


def session():
    s = requests.Session()
    s.headers.update({"Authorization": "ST-API " + KEY, "Accept": "application/json",
                      "Content-Type": "application/json"})
    return s


def reference_list_all(base_url, page, expect_rows):
    s = session()
    rows, skip = [], 0
    while True:
        answer = s.get(base_url + "/api/agents",
                       params={"$top": str(page), "$skip": str(skip), "$orderby": "Id"},
                       timeout=60)
        answer.raise_for_status()
        batch = answer.json()
        rows.extend(batch)
        if len(batch) < page:
            break
        skip += page
    if len(rows) != expect_rows:
        sys.exit("the reference loop read %d rows, expected %d" % (len(rows), expect_rows))
    json.dump(rows, open(os.devnull, "w"))  # the output the CLI writes, for a fair comparison


def reference_count(base_url, page, expect_rows):
    s = session()
    count, skip = 0, 0
    while True:
        answer = s.get(base_url + "/api/agents",
                       params={"$top": str(page), "$skip": str(skip), "$orderby": "Id",
                               "$select": "Id"},
                       timeout=60)
        answer.raise_for_status()
        batch = answer.json()
        count += len(batch)
        if len(batch) < page:
            break
        skip += page
    if count != expect_rows:
        sys.exit("the reference count read %d rows, expected %d" % (count, expect_rows))


def reference_set_active(base_url, ids, active):
    s = session()
    action = "activate" if active else "deactivate"
    for agent in ids:
        s.post(base_url + "/api/agents/" + action, params={"id": str(agent)},
               timeout=60).raise_for_status()


def reference_update(base_url, ids, notes, check_first):
    s = session()
    for agent in ids:
        url = base_url + "/api/agents/" + agent
        if check_first:
            s.get(url, timeout=60).raise_for_status()
        s.patch(url, data=json.dumps({"Notes": notes}),
                headers={"Content-Type": "application/merge-patch+json"},
                timeout=60).raise_for_status()


def updatable(base_url, ids):
    # The service refuses updates of agents synced from a National Account, and only its 400
    # tells which: probe once, untimed, and keep the others.
    s = session()
    kept = []
    for agent in ids:
        answer = s.patch(base_url + "/api/agents/" + agent, data=json.dumps({"Notes": "probe"}),
                         headers={"Content-Type": "application/merge-patch+json"}, timeout=60)
        if answer.status_code == 200:
            kept.append(agent)
    return kept


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--sim", required=True)
    parser.add_argument("--agents", type=int, default=10000)
    parser.add_argument("--latency-ms", type=int, default=40)
    parser.add_argument("--page-size", type=int, default=500)
    parser.add_argument("--in-flight", type=int, default=4)
    parser.add_argument("--bulk", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--figures", default="abc",
                        help="which figures to measure, e.g. ab (default abc)")
    args = parser.parse_args()

    simulator, base_url = start_simulator(args.sim, args.agents, args.latency_ms)
    try:
        cli = cli_runner(args.cli, base_url)
        pages = -(-args.agents // args.page_size)
        floor = pages / args.in_flight * args.latency_ms / 1000.0

        print("%d agents, pages of %d, %d ms round trip; the CLI with its default parallel "
              "requests; floor = %d pages / %d in flight x %d ms = %.3f s; medians of %d runs"
              % (args.agents, args.page_size, args.latency_ms, pages, args.in_flight,
                 args.latency_ms, floor, args.runs))
        if "a" in args.figures:
            all_agents = ("--format", "json", "agents", "list", "--all",
                          "--page-size", str(args.page_size))
            expect_rows(args.agents)(cli(*all_agents))
            ours = timed(lambda: cli(*all_agents, to_null=True), args.runs)
            reference = timed(lambda: reference_list_all(base_url, args.page_size, args.agents),
                              args.runs)
            print("(a) all agents: cli %.3f s, reference loop %.3f s, floor %.3f s; "
                  "reference/cli %.2fx (goal >= 3), cli/floor %.2fx (goal <= 1.5)"
                  % (ours, reference, floor, reference / ours, ours / floor))

        if "b" in args.figures:
            every_id = ("--format", "json", "agents", "list", "--all",
                        "--page-size", str(args.page_size), "--select", "Id")
            expect_rows(args.agents)(cli(*every_id))
            count = timed(lambda: cli(*every_id, to_null=True), args.runs)
            count_reference = timed(lambda: reference_count(base_url, args.page_size,
                                                            args.agents), args.runs)
            print("(b) count all (every Id): cli %.3f s, reference loop %.3f s, floor %.3f s; "
                  "reference/cli %.2fx, cli/floor %.2fx"
                  % (count, count_reference, floor, count_reference / count, count / floor))

        if "c" not in args.figures:
            return
        listed = json.loads(cli("--format", "json", "agents", "list", "--top", str(args.bulk),
                                "--filter", "IsInactive eq false", "--select", "Id"))
        ids = [str(row["Id"]) for row in listed]
        if len(ids) != args.bulk:
            sys.exit("only %d active agents to deactivate" % len(ids))

        def ours_bulk():
            cli("agents", "deactivate", *ids)
            cli("agents", "activate", *ids)

        def reference_bulk():
            reference_set_active(base_url, ids, False)
            reference_set_active(base_url, ids, True)

        bulk_ours = timed(ours_bulk, max(1, args.runs // 2))
        bulk_reference = timed(reference_bulk, max(1, args.runs // 2))
        bulk_floor = 2 * args.bulk / args.in_flight * args.latency_ms / 1000.0
        print("(c) deactivate then activate %d agents: cli %.3f s, reference loop %.3f s, "
              "floor %.3f s; reference/cli %.2fx"
              % (args.bulk, bulk_ours, bulk_reference, bulk_floor, bulk_reference / bulk_ours))

        listed = json.loads(cli("--format", "json", "agents", "list", "--top",
                                str(args.bulk * 2), "--select", "Id"))
        edit_ids = updatable(base_url, [str(row["Id"]) for row in listed])[:args.bulk]
        if len(edit_ids) != args.bulk:
            sys.exit("only %d agents can be updated" % len(edit_ids))
        counter = iter(range(1000000))
        edit_runs = max(1, args.runs // 2)
        edit_ours = timed(lambda: cli("agents", "update", *edit_ids, "--set",
                                      "Notes=bench-%d" % next(counter)), edit_runs)
        edit_patch_only = timed(lambda: reference_update(base_url, edit_ids,
                                                         "ref-%d" % next(counter), False),
                                edit_runs)
        edit_checked = timed(lambda: reference_update(base_url, edit_ids,
                                                      "ref-%d" % next(counter), True), edit_runs)
        batches = -(-args.bulk // 40)
        edit_floor = (2 * args.bulk / args.in_flight + batches) * args.latency_ms / 1000.0
        print("(c') bulk edit of %d agents: cli %.3f s (a read and a patch each, batched "
              "re-reads), reference PATCH loop "
              "%.3f s, reference GET+PATCH loop %.3f s, floor %.3f s; patch-loop/cli %.2fx, "
              "checked-loop/cli %.2fx"
              % (args.bulk, edit_ours, edit_patch_only, edit_checked, edit_floor,
                 edit_patch_only / edit_ours, edit_checked / edit_ours))
    finally:
        simulator.terminate()
        simulator.wait()


if __name__ == "__main__":
    main()
