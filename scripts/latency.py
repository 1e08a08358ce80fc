#!/usr/bin/env python3
"""Startup and key latency of brief's reader against `less`, in a pseudo-terminal.

Usage: scripts/latency.py [FILE|DIR] [--bin target/release/brief] [--runs 15] [--keys 40]

With a folder, brief opens the folder and less every briefing file in it (both show the
first): the cost of opening a stack of briefings.

For each program, on the same FILE and an 80x24 pty:
  first screen  time from spawn until the whole first screen has been written
                (brief: its status line, drawn last; less: a custom prompt, -P)
  key response  time from writing a key until the redraw it causes is complete
                (output quiet for 15 ms; the quiet time is not counted), median and
                95th percentile over --keys presses, starting 200 ms after the first
                screen
Targets: first screen within 2x of less; a key answered within 5 ms.
"""
import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time

QUIET = 0.015  # seconds of silence that end a redraw
SETTLE = 0.2  # pause after the first screen before pressing keys (a reader's reaction
# time; brief prepares the other panes then)


def spawn(argv, env, rows=24, cols=80):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd


def read_until(fd, marker, timeout=20.0):
    """Reads until `marker` has been seen; returns (time seen, bytes)."""
    buf = b""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
            if marker in buf:
                return time.perf_counter(), buf
    raise RuntimeError(f"marker {marker!r} not seen; got {buf[-300:]!r}")


def drain(fd, quiet=QUIET):
    """Reads until the output has been quiet for `quiet`; returns time of the last byte
    (None if nothing came)."""
    last = None
    while True:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            return last
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return last
        if not chunk:
            return last
        last = time.perf_counter()


def stop(pid, fd, quit_key):
    try:
        os.write(fd, quit_key)
        for _ in range(50):
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            time.sleep(0.01)
        else:
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
    except (OSError, ChildProcessError):
        pass
    os.close(fd)


def measure(name, argv, marker, keys, runs, presses, env):
    starts = []
    responses = []
    for run in range(runs):
        t0 = time.perf_counter()
        pid, fd = spawn(argv, env)
        t_seen, _ = read_until(fd, marker)
        drain(fd)
        starts.append(t_seen - t0)
        if run == 0:
            time.sleep(SETTLE)
            drain(fd)
            for i in range(presses):
                key = keys[i % len(keys)]
                t = time.perf_counter()
                os.write(fd, key)
                end = drain(fd)
                if end is not None:
                    responses.append(end - t)
        stop(pid, fd, b"q")
    return {
        "name": name,
        "start_median_ms": statistics.median(starts) * 1000,
        "start_min_ms": min(starts) * 1000,
        "key_median_ms": statistics.median(responses) * 1000 if responses else float("nan"),
        "key_p95_ms": (sorted(responses)[int(len(responses) * 0.95) - 1] * 1000)
        if responses
        else float("nan"),
        "answered": len(responses),
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "file",
        nargs="?",
        default=os.path.join(root, "seeds", "washington-minsk-diplomacy-backed-by-pragmatism.txt"),
    )
    ap.add_argument("--bin", default=os.path.join(root, "target", "release", "brief"))
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--keys", type=int, default=40)
    args = ap.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: run `cargo build --release` first")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("NO_COLOR", None)
    env["XDG_CONFIG_HOME"] = "/nonexistent"  # the defaults, whatever the user has
    env["LESS"] = ""
    env["LESSOPEN"] = ""
    if os.path.isdir(args.file):
        files = sorted(
            os.path.join(d, f)
            for d, _, names in os.walk(args.file)
            for f in names
            if f.endswith((".txt", ".md", ".html", ".htm"))
        )
    else:
        files = [args.file]
    results = [
        measure(
            "less",
            ["less", "-P", "LESSREADY", *files],
            b"LESSREADY",
            [b"j", b"k"],
            args.runs,
            args.keys,
            env,
        ),
        measure(
            "brief",
            [args.bin, args.file],
            b"help",
            [b"2", b"3", b"4", b"j", b"j", b"1", b"j", b"k"],
            args.runs,
            args.keys,
            env,
        ),
    ]
    size = sum(os.path.getsize(f) for f in files)
    print(f"file: {args.file} ({len(files)} files, {size} bytes), 80x24 pty, {args.runs} starts, {args.keys} keys")
    print(f"{'':8}{'first screen (median/min)':>28}{'key response (median/p95)':>28}")
    for r in results:
        print(
            f"{r['name']:8}{r['start_median_ms']:17.1f} / {r['start_min_ms']:5.1f} ms"
            f"{r['key_median_ms']:17.2f} / {r['key_p95_ms']:5.2f} ms"
        )
    less, brief = results
    ratio = brief["start_median_ms"] / less["start_median_ms"]
    print(f"brief/less first screen: {ratio:.2f}x (target <= 2x); "
          f"brief key median {brief['key_median_ms']:.2f} ms (target <= 5 ms)")


if __name__ == "__main__":
    main()
