#!/usr/bin/python3
"""lkjip benchmark harness: times whole commands and prints side-by-side ratios.

    /usr/bin/python3 bench/run.py --lkjip build-bench/lkjip [--runs 7] [--json FILE] [--skip-SCENARIO ...]

Every measurement is one warm-up run followed by R timed runs of a whole process. Wall time is measured
around the child with time.perf_counter() (not /usr/bin/time's %e, which has 10 ms resolution); peak RSS is
what `/usr/bin/time -f %M` reports for that one command (not RUSAGE_CHILDREN, a max over every child the
harness ever waited for; and not wait4() of a child spawned by Python, see run_once). Medians are reported.
When a scenario compares commands, they are measured side by side: the warm-ups, then R rounds that each run
every command once, so that load on the machine affects them alike. Only ratios of such side-by-side runs
are meant to be compared between machines or commits; the goals printed beside absolute figures are
information, never a pass/fail threshold. See bench/README.md. Standard library only.
"""

import argparse
import glob
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MiB = 1024 * 1024


# --- measuring ---------------------------------------------------------------------------------------


class CommandFailed(Exception):
    pass


TIME = "/usr/bin/time"


def run_once(cmd, ok_codes=(0,), cwd=None, stdout_file=None, wrapped=True, env=None):
    """Runs cmd once: (wall seconds, peak RSS bytes or None). Raises CommandFailed on an unexpected exit.

    wrapped: the command runs under /usr/bin/time -f %M, which forks it from a ~1 MiB process, and the RSS
    is its %M. Not straight from Python: the kernel carries the peak RSS of the pre-exec address space into
    ru_maxrss, so a child spawned (vfork or fork) by this ~14 MiB interpreter reports at least the
    interpreter's RSS (gzip shows 14 MiB instead of 1.6). Not wrapped: the command is spawned directly and
    only its wall time is meaningful (the wrapper's own exec would be part of it: ~1 ms on a quiet machine,
    10+ ms on a loaded VM). Without /usr/bin/time, RSS comes from wait4() and includes that floor."""
    out = open(stdout_file, "wb") if stdout_file else subprocess.DEVNULL
    # stderr to a file, not a pipe: a child that writes more than a pipe holds must not block the wait
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile(prefix="lkjip-bench-time-") as tf:
        wrapped = wrapped and USE_TIME
        full = [TIME, "-f", "%M", "-o", tf.name, *cmd] if wrapped else list(cmd)
        try:
            start = time.perf_counter()
            p = subprocess.Popen(full, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env)
            _, status, usage = os.wait4(p.pid, 0)
            wall = time.perf_counter() - start
            p.returncode = code = os.waitstatus_to_exitcode(status)
        finally:
            if stdout_file:
                out.close()
        if code not in ok_codes:
            err.seek(0)
            raise CommandFailed("%s: exit %d\n%s" % (" ".join(short(c) for c in cmd[:8]), code,
                                                     err.read().decode("utf-8", "replace")[-2000:]))
        if wrapped:
            # the last line is the format; "Command exited with non-zero status N" may come before it
            lines = open(tf.name, encoding="utf-8", errors="replace").read().split()
            rss = int(lines[-1]) * 1024
        else:
            rss = usage.ru_maxrss * 1024 if not USE_TIME else None  # Linux: KiB
    return wall, rss


USE_TIME = os.access(TIME, os.X_OK)


def short(s):
    s = str(s)
    return s if len(s) <= 80 else s[:77] + "..."


class Job:
    """One command to measure. `prepare` runs before every run, untimed (e.g. empty the output folder).

    Each timed run is a direct spawn (wall time), followed while fewer than rss_runs RSS samples exist by
    a run under /usr/bin/time (peak RSS). `combined` jobs (long ones, where the wrapper's exec is noise)
    take both from the same wrapped run."""

    def __init__(self, name, cmd, ok_codes=(0,), prepare=None, stdout_file=None, display=None, combined=False,
                 env=None):
        self.name = name
        self.env = env
        self.cmd = cmd
        self.ok_codes = ok_codes
        self.prepare = prepare
        self.stdout_file = stdout_file
        self.display = display or " ".join(short(c) for c in cmd)
        self.combined = combined
        self.walls = []
        self.rss = []

    def _run(self, wrapped):
        if self.prepare:
            self.prepare()
        return run_once(self.cmd, self.ok_codes, stdout_file=self.stdout_file, wrapped=wrapped, env=self.env)

    def run(self, record, rss_runs=0):
        if not record:
            self._run(wrapped=False)
            return
        wall, rss = self._run(wrapped=self.combined)
        self.walls.append(wall)
        if rss is not None and (self.combined or not USE_TIME):
            self.rss.append(rss)
        elif len(self.rss) < rss_runs:
            self.rss.append(self._run(wrapped=True)[1])

    def result(self):
        return {
            "command": self.display,
            "runs": len(self.walls),
            "wall_s_median": statistics.median(self.walls),
            "wall_s_min": min(self.walls),
            "wall_s_max": max(self.walls),
            "rss_runs": len(self.rss),
            "rss_bytes_median": statistics.median(self.rss),
            "rss_bytes_max": max(self.rss),
            "wall_s": self.walls,
            "rss_bytes": self.rss,
        }


RSS_RUNS = 7


def measure(jobs, runs, log):
    """Warm-up of each job, then `runs` rounds running every job once, in order (side by side)."""
    for j in jobs:
        log("  warm-up: " + j.display)
        j.run(record=False)
    for r in range(runs):
        for j in jobs:
            j.run(record=True, rss_runs=RSS_RUNS)
        log("  round %d/%d: %s" % (r + 1, runs, ", ".join(
            "%s %s %s" % (j.name, ms(j.walls[-1]), mib(j.rss[-1])) for j in jobs)))
    return {j.name: j.result() for j in jobs}


def fresh_dir(path):
    def prepare():
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(path)
    return prepare


def generate(outdir, opd, iku, sub, seed, log):
    cmd = [sys.executable, os.path.join(HERE, "generate.py"), outdir, "--opd", str(opd), "--iku", str(iku),
           "--sub-kegiatan", str(sub), "--seed", str(seed)]
    log("  generating: " + " ".join(cmd[1:]))
    t = time.perf_counter()
    subprocess.run(cmd, check=True)
    log("  generated in %.1f s" % (time.perf_counter() - t))
    return sorted(glob.glob(os.path.join(outdir, "opd-*")))


# --- formatting --------------------------------------------------------------------------------------


def ms(s):
    return "%.1f ms" % (s * 1000) if s < 10 else "%.2f s" % s


def mib(b):
    return "%.1f MiB" % (b / MiB)


def ratio(a, b):
    return a / b if b else float("nan")


class Table:
    def __init__(self):
        self.rows = []

    def add(self, scenario, what, wall="", rss="", note=""):
        self.rows.append((scenario, what, wall, rss, note))

    def print(self, out=sys.stdout):
        head = ("scenario", "measurement", "median wall", "median peak RSS", "ratio / goal (information)")
        widths = [max(len(str(r[i])) for r in self.rows + [head]) for i in range(5)]
        line = "  ".join("%-*s" % (w, h) for w, h in zip(widths, head))
        print(line, file=out)
        print("-" * len(line), file=out)
        last = None
        for r in self.rows:
            cells = list(r)
            if cells[0] == last:
                cells[0] = ""
            else:
                last = cells[0]
            print("  ".join(("%-*s" if i < 2 or i == 4 else "%*s") % (w, c)
                            for i, (w, c) in enumerate(zip(widths, cells))).rstrip(), file=out)


# --- scenarios ---------------------------------------------------------------------------------------


LKJIP_ENV = None  # os.environ plus --lkjip-env, for lkjip's own runs only


def report_job(lkjip, name, folder, outdir):
    return Job(name, [lkjip, "report", folder, "-o", outdir, "--force"], env=LKJIP_ENV)


def scenario_dumai(a, work, table, results, log):
    out = os.path.join(work, "dumai-out")
    job = report_job(a.lkjip, "lkjip report dumai", a.fixture, out)
    jobs = [job]
    if a.baseline:
        # An earlier lkjip, side by side with this one writing the same kind of output (--like-args), so the
        # ratio compares like with like under the same load.
        like = Job("like", [a.lkjip, "report", a.fixture, "-o", os.path.join(work, "dumai-like"), "--force",
                            *a.like_args.split()], env=LKJIP_ENV)
        base = report_job(a.baseline, "baseline", a.fixture, os.path.join(work, "dumai-baseline"))
        jobs += [like, base]
    measured = measure(jobs, a.runs, log)
    r = measured[job.name]
    results["dumai"] = {"report": r, "goal_wall_s": 0.030, "goal_rss_bytes": 32 * MiB}
    table.add("1 dumai", "report fixtures/dumai-2023 (all formats)", ms(r["wall_s_median"]),
              mib(r["rss_bytes_median"]), "goal 30 ms / 32 MiB: %.2fx / %.2fx of goal" % (
                  r["wall_s_median"] / 0.030, r["rss_bytes_median"] / (32 * MiB)))
    if a.baseline:
        rl, rb = measured["like"], measured["baseline"]
        results["dumai"].update({"like": rl, "like_args": a.like_args, "baseline": rb,
                                 "baseline_binary": a.baseline,
                                 "ratio_wall_like_vs_baseline": ratio(rl["wall_s_median"], rb["wall_s_median"]),
                                 "ratio_rss_like_vs_baseline": ratio(rl["rss_bytes_median"],
                                                                     rb["rss_bytes_median"])})
        table.add("1 dumai", "report " + a.like_args, ms(rl["wall_s_median"]), mib(rl["rss_bytes_median"]),
                  "vs baseline: wall %.2fx, RSS %.2fx" % (ratio(rl["wall_s_median"], rb["wall_s_median"]),
                                                          ratio(rl["rss_bytes_median"], rb["rss_bytes_median"])))
        table.add("1 dumai", "baseline report (" + a.baseline + ")", ms(rb["wall_s_median"]),
                  mib(rb["rss_bytes_median"]), "")


def batch_available(lkjip):
    p = subprocess.run([lkjip, "batch"], capture_output=True, text=True)
    return not (p.returncode == 2 and "perintah tidak dikenal" in p.stderr)


def scenario_batch(a, work, table, results, log):
    if not batch_available(a.lkjip):
        print("batch: skipped: batch not available")
        results["batch"] = {"skipped": "batch not available"}
        table.add("2 batch", "skipped: batch not available")
        return
    data = os.path.join(work, "batch-data")
    folders = generate(data, a.batch_opd, a.batch_iku, a.batch_sub, a.seed, log)
    small = folders[:a.batch_small]
    jobs_opt = ["-j", str(a.batch_jobs)]
    big_out, small_out, one_out = (os.path.join(work, n) for n in ("batch-out", "batch-out-small", "batch-one"))
    big = Job("batch %d" % len(folders), [a.lkjip, "batch", *folders, "-o", big_out, *jobs_opt],
              prepare=fresh_dir(big_out), combined=True, env=LKJIP_ENV,
              display="lkjip batch %s/opd-* -o %s -j %d" % (data, big_out, a.batch_jobs))
    little = Job("batch %d" % len(small), [a.lkjip, "batch", *small, "-o", small_out, *jobs_opt],
                 prepare=fresh_dir(small_out), combined=True, env=LKJIP_ENV,
                 display="lkjip batch <first %d of %s/opd-*> -o %s -j %d" % (len(small), data, small_out,
                                                                            a.batch_jobs))
    one = report_job(a.lkjip, "report 1", folders[0], one_out)
    runs = a.batch_runs if a.batch_runs else a.runs
    r = measure([one, little, big], runs, log)
    rb, rs, r1 = r[big.name], r[little.name], r[one.name]
    per_opd = rb["wall_s_median"] / len(folders)
    sequential = r1["wall_s_median"] * len(folders)
    results["batch"] = {
        "opd": len(folders), "opd_small": len(small), "jobs": a.batch_jobs, "iku": a.batch_iku,
        "sub_kegiatan": a.batch_sub, "batch": rb, "batch_small": rs, "single_report": r1,
        "wall_per_opd_s": per_opd,
        "ratio_wall_batch_vs_sequential_reports": ratio(rb["wall_s_median"], sequential),
        "ratio_rss_big_vs_small": ratio(rb["rss_bytes_median"], rs["rss_bytes_median"]),
        "ratio_wall_big_vs_small": ratio(rb["wall_s_median"], rs["wall_s_median"]),
    }
    b = results["batch"]
    table.add("2 batch", "report opd-0001 alone (one process)", ms(r1["wall_s_median"]), mib(r1["rss_bytes_median"]))
    table.add("2 batch", "batch %d OPD -j %d" % (len(small), a.batch_jobs), ms(rs["wall_s_median"]),
              mib(rs["rss_bytes_median"]))
    table.add("2 batch", "batch %d OPD -j %d" % (len(folders), a.batch_jobs), ms(rb["wall_s_median"]),
              mib(rb["rss_bytes_median"]),
              "%.1f ms/OPD; %.3fx the time of %d separate reports" % (
                  per_opd * 1000, b["ratio_wall_batch_vs_sequential_reports"], len(folders)))
    table.add("2 batch", "peak RSS %d vs %d OPD" % (len(folders), len(small)), "", "",
              "RSS ratio %.2fx (goal: flat, 1.0x); time ratio %.2fx (linear: %.1fx)" % (
                  b["ratio_rss_big_vs_small"], b["ratio_wall_big_vs_small"], len(folders) / len(small)))


def scenario_growth(a, work, table, results, log):
    base_dir = os.path.join(work, "growth-base")
    big_dir = os.path.join(work, "growth-big")
    f = a.growth_factor
    base = generate(base_dir, 1, a.growth_iku, a.growth_sub, a.seed, log)[0]
    big = generate(big_dir, 1, a.growth_iku * f, a.growth_sub * f, a.seed, log)[0]
    jb = report_job(a.lkjip, "base", base, os.path.join(work, "growth-base-out"))
    jx = report_job(a.lkjip, "%dx" % f, big, os.path.join(work, "growth-big-out"))
    r = measure([jb, jx], a.runs, log)
    rb, rx = r[jb.name], r[jx.name]
    tr = ratio(rx["wall_s_median"], rb["wall_s_median"])
    mr = ratio(rx["rss_bytes_median"], rb["rss_bytes_median"])
    results["growth"] = {"factor": f, "base": {"iku": a.growth_iku, "sub_kegiatan": a.growth_sub, **rb},
                         "big": {"iku": a.growth_iku * f, "sub_kegiatan": a.growth_sub * f, **rx},
                         "ratio_wall": tr, "ratio_rss": mr, "goal_ratio_wall_max": 1.2 * f}
    table.add("3 growth", "report %d IKU / %d sub kegiatan" % (a.growth_iku, a.growth_sub),
              ms(rb["wall_s_median"]), mib(rb["rss_bytes_median"]))
    table.add("3 growth", "report %d IKU / %d sub kegiatan" % (a.growth_iku * f, a.growth_sub * f),
              ms(rx["wall_s_median"]), mib(rx["rss_bytes_median"]),
              "time %.2fx (goal <= %gx), RSS %.2fx" % (tr, 1.2 * f, mr))


def dumai_outputs(a, work, log):
    out = os.path.join(work, "dumai-ref")
    run_once([a.lkjip, "report", a.fixture, "-o", out, "--force"], env=LKJIP_ENV)
    xlsx = sorted(glob.glob(os.path.join(out, "*.xlsx")))
    pdf = sorted(glob.glob(os.path.join(out, "*.pdf")))
    if len(xlsx) != 1 or len(pdf) != 1:
        raise CommandFailed("expected one .xlsx and one .pdf in " + out)
    return xlsx[0], pdf[0]


def scenario_libreoffice(a, work, table, results, log):
    soffice = a.soffice or shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("libreoffice: skipped: soffice not found")
        results["libreoffice"] = {"skipped": "soffice not found"}
        table.add("4 libreoffice", "skipped: soffice not found")
        return
    xlsx, _ = dumai_outputs(a, work, log)
    profile = os.path.join(work, "lo-profile")  # its own profile: never touches (or waits for) a user's one
    lo_out = os.path.join(work, "lo-out")
    lo = Job("soffice", [soffice, "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                         "--convert-to", "pdf", "--outdir", lo_out, xlsx],
             prepare=fresh_dir(lo_out),
             display="soffice --headless --convert-to pdf --outdir %s %s" % (lo_out, xlsx))
    lk = report_job(a.lkjip, "lkjip", a.fixture, os.path.join(work, "lo-lkjip-out"))
    r = measure([lk, lo], a.runs, log)
    pdfs = glob.glob(os.path.join(lo_out, "*.pdf"))
    if not pdfs:
        raise CommandFailed("soffice wrote no PDF in " + lo_out)
    rl, rk = r[lo.name], r[lk.name]
    results["libreoffice"] = {"soffice": rl, "lkjip": rk, "soffice_version": soffice_version(soffice),
                              "ratio_wall_soffice_vs_lkjip": ratio(rl["wall_s_median"], rk["wall_s_median"]),
                              "ratio_rss_soffice_vs_lkjip": ratio(rl["rss_bytes_median"], rk["rss_bytes_median"])}
    table.add("4 libreoffice", "lkjip report dumai (XLSX+PDF)", ms(rk["wall_s_median"]), mib(rk["rss_bytes_median"]))
    table.add("4 libreoffice", "soffice --convert-to pdf (its XLSX)", ms(rl["wall_s_median"]),
              mib(rl["rss_bytes_median"]), "soffice / lkjip: time %.1fx, RSS %.1fx" % (
                  results["libreoffice"]["ratio_wall_soffice_vs_lkjip"],
                  results["libreoffice"]["ratio_rss_soffice_vs_lkjip"]))


def soffice_version(soffice):
    try:
        return subprocess.run([soffice, "--version"], capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def scenario_floor(a, work, table, results, log):
    xlsx, pdf = dumai_outputs(a, work, log)
    gz = Job("gzip", ["gzip", "-1", "-c", xlsx, pdf], display="gzip -1 -c %s %s > /dev/null" % (xlsx, pdf))
    start = Job("startup", [a.lkjip, "calc", "--target", "70,58", "--realisasi", "65,16"], env=LKJIP_ENV,
                display="lkjip calc --target 70,58 --realisasi 65,16")
    lk = report_job(a.lkjip, "lkjip", a.fixture, os.path.join(work, "floor-lkjip-out"))
    r = measure([lk, gz, start], a.runs, log)
    rg, rk, rs = r[gz.name], r[lk.name], r[start.name]
    size = os.path.getsize(xlsx) + os.path.getsize(pdf)
    results["floor"] = {"gzip": rg, "lkjip": rk, "lkjip_calc_startup": rs, "output_bytes": size,
                        "ratio_wall_lkjip_vs_gzip": ratio(rk["wall_s_median"], rg["wall_s_median"]),
                        "ratio_wall_lkjip_vs_own_startup": ratio(rk["wall_s_median"], rs["wall_s_median"])}
    table.add("5 floor", "lkjip report dumai (XLSX+PDF)", ms(rk["wall_s_median"]), mib(rk["rss_bytes_median"]))
    table.add("5 floor", "gzip -1 -c of its .xlsx+.pdf (%d KiB)" % (size // 1024), ms(rg["wall_s_median"]),
              mib(rg["rss_bytes_median"]), "lkjip / gzip: %.1fx" % results["floor"]["ratio_wall_lkjip_vs_gzip"])
    table.add("5 floor", "lkjip calc (process start, no files)", ms(rs["wall_s_median"]),
              mib(rs["rss_bytes_median"]),
              "report / calc: %.1fx" % results["floor"]["ratio_wall_lkjip_vs_own_startup"])


def method_floor():
    """What the measuring itself costs: /bin/true measured the same way."""
    job = Job("true", ["/bin/true"])
    for _ in range(7):
        job.run(record=True, rss_runs=7)
    r = job.result()
    return {"rss_via": "/usr/bin/time -f %M (separate runs)" if USE_TIME else
            "wait4() (includes the harness's own RSS: install /usr/bin/time)",
            "floor_wall_s": r["wall_s_median"], "floor_rss_bytes": r["rss_bytes_median"]}


def scenario_limits(a, work, table, results, log):
    """Inputs at the documented limits (issue 15): `check` of a table of --limits-rows rows, of a
    --limits-bands predikat scale, and `report --dump` with a template of 16.384 leaf columns (refused
    by the template checks). Each must stay far below a second per 100.000 rows or bands."""
    rows, bands = a.limits_rows, a.limits_bands
    big = os.path.join(work, "limits-rows")
    shutil.rmtree(big, ignore_errors=True)
    shutil.copytree(a.fixture, big)
    with open(os.path.join(big, "tujuan.csv"), "w", encoding="utf-8") as f:
        f.write("kode;uraian\nT1;Tujuan satu\nT2;Tujuan dua\n")
        f.write("".join("TX%d;Tujuan tambahan %d\n" % (i, i) for i in range(3, rows + 1)))
    scale = os.path.join(work, "limits-skala.json")
    with open(scale, "w", encoding="utf-8") as f:
        items = ['{"label": "B%d", "lebih_dari": %d}' % (i, 10 * bands - i) for i in range(bands)]
        f.write('{"predikat": {"skala": [%s, {"label": "Sisa"}]}}' % ", ".join(items))
    templates = os.path.join(work, "limits-templat")
    shutil.rmtree(templates, ignore_errors=True)
    os.makedirs(templates)
    with open(os.path.join(templates, "01-lebar.json"), "w", encoding="utf-8") as f:
        cols = ", ".join('{"judul": "K%d", "isi": "nomor", "lebar": 1}' % i for i in range(16384))
        f.write('{"nomor": "9", "judul": "Lebar", "baris": "iku", "kolom": [%s]}' % cols)
    jobs = [
        Job("rows", [a.lkjip, "check", big], ok_codes=(1,), env=LKJIP_ENV),
        Job("bands", [a.lkjip, "check", a.fixture, "--config", scale], ok_codes=(1,), env=LKJIP_ENV),
        Job("columns", [a.lkjip, "report", a.fixture, "--dump", "--templates", templates], ok_codes=(3,),
            env=LKJIP_ENV),
    ]
    r = measure(jobs, a.runs, log)
    results["limits"] = {"rows": rows, "bands": bands, "columns": 16384, **r}
    table.add("6 limits", "check, tujuan.csv of %d rows" % rows, ms(r["rows"]["wall_s_median"]),
              mib(r["rows"]["rss_bytes_median"]))
    table.add("6 limits", "check, predikat.skala of %d bands" % bands, ms(r["bands"]["wall_s_median"]),
              mib(r["bands"]["rss_bytes_median"]))
    table.add("6 limits", "report --dump, template of 16384 columns (refused)",
              ms(r["columns"]["wall_s_median"]), mib(r["columns"]["rss_bytes_median"]))


SCENARIOS = [("dumai", scenario_dumai), ("batch", scenario_batch), ("growth", scenario_growth),
             ("libreoffice", scenario_libreoffice), ("floor", scenario_floor), ("limits", scenario_limits)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    ap.add_argument("--lkjip", default=os.path.join(ROOT, "build-bench", "lkjip"), help="lkjip binary")
    ap.add_argument("--baseline", metavar="LKJIP",
                    help="an earlier lkjip binary: scenario dumai runs its report side by side with this one's")
    ap.add_argument("--like-args", default="--tables-only --format pdf,xlsx",
                    help="report options of this lkjip that write what the baseline writes (default: %(default)s)")
    ap.add_argument("--runs", "-r", type=int, default=7, help="timed runs per measurement (after 1 warm-up)")
    ap.add_argument("--json", metavar="FILE", help="write every number (and every sample) to FILE")
    ap.add_argument("--workdir", help="scratch folder (default: a new temporary folder, removed at the end)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder")
    ap.add_argument("--seed", default="bench", help="seed for bench/generate.py")
    ap.add_argument("--fixture", default=os.path.join(ROOT, "fixtures", "dumai-2023"))
    ap.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    ap.add_argument("--lkjip-env", action="append", default=[], metavar="KEY=VALUE",
                    help="set an environment variable for lkjip's runs only (repeatable), e.g. to try "
                         "GLIBC_TUNABLES=glibc.malloc.trim_threshold=268435456 without changing code")
    for name, _ in SCENARIOS:
        ap.add_argument("--skip-" + name, action="store_true", help="skip scenario " + name)
    ap.add_argument("--rss-runs", type=int, default=0,
                    help="runs under /usr/bin/time for peak RSS per measurement (0: --runs; batch: always --runs)")
    g = ap.add_argument_group("batch")
    g.add_argument("--batch-opd", type=int, default=1000)
    g.add_argument("--batch-small", type=int, default=100, help="the smaller batch for the RSS ratio")
    g.add_argument("--batch-iku", type=int, default=30)
    g.add_argument("--batch-sub", type=int, default=60)
    g.add_argument("--batch-jobs", type=int, default=2, help="lkjip batch -j")
    g.add_argument("--batch-runs", type=int, default=0, help="timed runs for batch (0: --runs)")
    g = ap.add_argument_group("growth")
    g.add_argument("--growth-iku", type=int, default=30)
    g.add_argument("--growth-sub", type=int, default=60)
    g.add_argument("--growth-factor", type=int, default=10)
    g = ap.add_argument_group("limits")
    g.add_argument("--limits-rows", type=int, default=1000000, help="data rows of the large tujuan.csv")
    g.add_argument("--limits-bands", type=int, default=40000, help="bands of the large predikat scale")
    g = ap.add_argument_group("libreoffice")
    g.add_argument("--soffice", help="soffice binary (default: from PATH)")
    a = ap.parse_args()

    a.lkjip = os.path.abspath(a.lkjip)
    a.fixture = os.path.abspath(a.fixture)
    if not os.access(a.lkjip, os.X_OK):
        ap.error("lkjip not found or not executable: %s (build it first, see bench/README.md)" % a.lkjip)
    if a.runs < 1:
        ap.error("--runs must be at least 1")
    if a.batch_small > a.batch_opd:
        ap.error("--batch-small must not exceed --batch-opd")
    global RSS_RUNS, LKJIP_ENV
    RSS_RUNS = a.rss_runs if a.rss_runs > 0 else a.runs
    if a.lkjip_env:
        LKJIP_ENV = dict(os.environ)
        for kv in a.lkjip_env:
            k, sep, v = kv.partition("=")
            if not sep or not k:
                ap.error("--lkjip-env expects KEY=VALUE, got %r" % kv)
            LKJIP_ENV[k] = v
    log = (lambda s: None) if a.quiet else (lambda s: print(s, file=sys.stderr, flush=True))

    work = os.path.abspath(a.workdir) if a.workdir else tempfile.mkdtemp(prefix="lkjip-bench-")
    os.makedirs(work, exist_ok=True)
    results = {
        "lkjip": a.lkjip, "runs": a.runs, "seed": a.seed, "lkjip_env": a.lkjip_env,
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(), "python": platform.python_version(),
                    "loadavg_start": os.getloadavg()},
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "method": method_floor(),
        "scenarios": {},
    }
    table = Table()
    failed = False
    try:
        for name, fn in SCENARIOS:
            if getattr(a, "skip_" + name):
                results["scenarios"][name] = {"skipped": "--skip-" + name}
                continue
            log("[%s]" % name)
            t = time.perf_counter()
            try:
                fn(a, work, table, results["scenarios"], log)
            except CommandFailed as e:
                failed = True
                print("%s: FAILED: %s" % (name, e), file=sys.stderr)
                results["scenarios"][name] = {"failed": str(e)}
                table.add(name, "FAILED (see stderr)")
            log("  (%s took %.0f s)" % (name, time.perf_counter() - t))
    finally:
        if not a.keep and not a.workdir:
            shutil.rmtree(work, ignore_errors=True)
    results["machine"]["loadavg_end"] = os.getloadavg()
    print()
    print("lkjip %s, %d timed runs per measurement after 1 warm-up, medians; %d CPUs, load %.2f at start"
          % (a.lkjip, a.runs, os.cpu_count() or 0, results["machine"]["loadavg_start"][0]))
    if a.lkjip_env:
        print("lkjip runs with: " + " ".join(a.lkjip_env))
    m = results["method"]
    print("Peak RSS via %s; the floor of the method (/bin/true) is %s wall, %s RSS."
          % (m["rss_via"], ms(m["floor_wall_s"]), mib(m["floor_rss_bytes"])))
    print("Absolute figures depend on the machine: compare only the ratios of side-by-side runs.")
    print()
    table.print()
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2, sort_keys=True)
            f.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
