"""Load test of `lkjip serve` on the loopback interface: C concurrent clients each send U uploads of the
Dumai input workbook (a mix of the API and the page: compute, check, report PDF, report XLSX, the result
page), then the script reports errors, latency (p50, p90, p99, max, per route), the server's RSS after the
first 100 requests and at the end, and whether any request left its temporary folder behind.

Bounded: C x U requests (default 50 x 20 = 1000), a timeout per request and for the whole run; the server
listens on 127.0.0.1 only. Standard library only; run from the repository root:

    /usr/bin/python3 bench/serve_load.py --lkjip build/lkjip [--clients 50] [--uploads 20] [-j 2]

Exit status 1 when a request failed, a temporary folder was left or the server did not stop cleanly."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "server"))
from serve_support import Server, request  # noqa: E402

ROUTES = ["api/compute", "api/check", "api/report?format=pdf", "api/report?format=xlsx", "hasil"]


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lkjip", default="build/lkjip")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--uploads", type=int, default=20)
    parser.add_argument("-j", "--jobs", type=int, default=2, help="the server's workers")
    parser.add_argument("--timeout", type=float, default=600, help="seconds for the whole run")
    args = parser.parse_args()
    if not (1 <= args.clients <= 200 and 1 <= args.uploads <= 100):
        parser.error("at most 200 clients and 100 uploads each")

    lkjip = os.path.abspath(args.lkjip)
    work = tempfile.mkdtemp(prefix="lkjip-serve-load-")
    try:
        workbook_path = os.path.join(work, "dumai.xlsx")
        subprocess.run([lkjip, "init", "--xlsx", workbook_path, "--from", "fixtures/dumai-2023"], check=True,
                       capture_output=True)
        workbook = open(workbook_path, "rb").read()
        # What /api/compute must answer: the CLI's JSON for the same workbook under the server's name for it.
        shutil.copy(workbook_path, os.path.join(work, "masukan.xlsx"))
        expected_json = subprocess.run([lkjip, "compute", "masukan.xlsx", "--json"], cwd=work,
                                       capture_output=True).stdout

        server = Server(lkjip, "-j", str(args.jobs))
        pid = server.process.pid
        lock = threading.Lock()
        results = []  # (route, status, seconds, ok)
        rss = {"start": rss_kib(pid)}
        series = []  # RSS after every 100 requests
        deadline = time.time() + args.timeout

        def one(route):
            start = time.perf_counter()
            status, headers, body = request(server.url + route, {"masukan": workbook}, timeout=120)
            seconds = time.perf_counter() - start
            ok = status == 200
            if route == "api/compute":
                ok = ok and body == expected_json
            elif route.endswith("pdf"):
                ok = ok and body.startswith(b"%PDF-")
            elif route.endswith("xlsx"):
                ok = ok and body.startswith(b"PK")
            elif route == "hasil":
                ok = ok and b"92,32%" in body
            with lock:
                results.append((route, status, seconds, ok))
                if len(results) % 100 == 0:
                    series.append(rss_kib(pid))
                    if len(results) == 100:
                        rss["after_100"] = series[-1]

        def client(c):
            for u in range(args.uploads):
                if time.time() > deadline:
                    return
                try:
                    one(ROUTES[(c + u) % len(ROUTES)])
                except Exception as e:  # a refused or reset connection is an error of the run
                    with lock:
                        results.append(("(connection)", 0, 0.0, False))
                    print("error:", e, file=sys.stderr)

        began = time.perf_counter()
        with ThreadPoolExecutor(args.clients) as pool:
            list(pool.map(client, range(args.clients)))
        elapsed = time.perf_counter() - began
        rss["end"] = rss_kib(pid)
        time.sleep(0.2)
        leftovers = server.leftovers()
        code, log = server.stop()
        shutil.rmtree(server.tmpdir, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    errors = [r for r in results if not r[3]]
    latencies = [r[2] * 1000 for r in results if r[3]]
    print("lkjip serve load: %d clients x %d uploads, -j %d, %d requests in %.1f s (%.1f requests/s)"
          % (args.clients, args.uploads, args.jobs, len(results), elapsed, len(results) / elapsed))
    print("errors: %d%s" % (len(errors), "" if not errors else " " + repr(errors[:5])))
    if latencies:
        print("latency ms: p50 %.0f  p90 %.0f  p99 %.0f  max %.0f" % (
            percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99), max(latencies)))
    for route in ROUTES:
        mine = [r[2] * 1000 for r in results if r[0] == route and r[3]]
        if mine:
            print("  %-24s n=%4d  p50 %5.0f  p99 %5.0f ms" % (route, len(mine), percentile(mine, 50),
                                                                percentile(mine, 99)))
    print("server RSS KiB: at start %d, after 100 requests %d, at the end %d (%+.1f%% after the first 100)" % (
        rss["start"], rss.get("after_100", 0), rss["end"],
        100.0 * (rss["end"] - rss.get("after_100", rss["end"])) / max(1, rss.get("after_100", 1))))
    print("server RSS KiB after every 100 requests: " + " ".join(str(v) for v in series))
    print("temporary folders left: %d; server exit code after SIGTERM: %d; log lines: %d" % (
        len(leftovers), code, sum(1 for line in log.splitlines() if " ms" in line)))
    return 1 if errors or leftovers or code != 0 or len(results) != args.clients * args.uploads else 0


if __name__ == "__main__":
    sys.exit(main())
