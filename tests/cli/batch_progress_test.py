#!/usr/bin/python3
"""lkjip batch with standard error on a pseudo-terminal shows one progress line rewritten in place, and
erases it before its last messages; with standard error on a pipe it writes no progress at all.

Usage: batch_progress_test.py LKJIP ROOT
"""
import os
import pty
import subprocess
import sys
import tempfile


def run(lkjip, root, out_dir, on_terminal):
    args = [lkjip, "batch", "fixtures/dumai-2023", "tests/golden/bad-konvensi-unknown-key/input", "-o", out_dir, "-j", "1"]
    if not on_terminal:
        p = subprocess.run(args, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        return p.returncode, p.stdout, p.stderr
    master, slave = pty.openpty()
    p = subprocess.Popen(args, cwd=root, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        err += chunk
    out = p.stdout.read()
    p.wait(timeout=120)
    os.close(master)
    return p.returncode, out, err


def main():
    lkjip, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    failures = []

    def check(condition, what):
        if not condition:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        code, out, err = run(lkjip, root, os.path.join(tmp, "a"), True)
        check(code == 7, f"exit code {code}, 7 expected (one input fails)")
        check(err.startswith(b"\rbatch: 0/2 selesai, 0:00 berlalu\x1b[K"), f"starts with 0/2: {err[:80]!r}")
        check(b"\rbatch: 1/2 selesai, " in err and b", perkiraan sisa " in err, f"1/2 with an estimate: {err!r}")
        check(b"\rbatch: 2/2 selesai, " in err, f"2/2: {err!r}")
        # Erased before the recap's messages, which start at the left margin.
        check(b"\x1b[K\r\x1b[KRekap ditulis: " in err, f"line erased before 'Rekap ditulis': {err!r}")
        check(b"\r" not in out and b"\x1b" not in out, f"no terminal codes on standard output: {out!r}")

        code_plain, out_plain, err_plain = run(lkjip, root, os.path.join(tmp, "b"), False)
        check(code_plain == 7, f"exit code {code_plain} without a terminal")
        check(b"\r" not in err_plain and b"\x1b" not in err_plain and b"batch:" not in err_plain,
              f"no progress without a terminal: {err_plain!r}")
        check(err_plain.startswith(b"Rekap ditulis: "), f"plain lines as before: {err_plain!r}")
        check(out == out_plain, "the same results on standard output either way")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
