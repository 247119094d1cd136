#!/usr/bin/env python3
"""Runs a command and reports its wall time and the peak of the summed resident memory of the whole
process tree (OCRmyPDF and xargs start many Tesseract processes; GNU time would only see the largest one).

Usage: peak-rss.py OUTPUT.json -- COMMAND [ARGS...]
"""
import json
import os
import subprocess
import sys
import time


def tree_rss_kib(root):
    children = {}
    rss = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ppid = int(fields[1])
            with open(f"/proc/{pid}/status") as f:
                kib = next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
        except (OSError, StopIteration, ValueError):
            continue
        children.setdefault(ppid, []).append(int(pid))
        rss[int(pid)] = kib
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def main():
    output, command = sys.argv[1], sys.argv[sys.argv.index("--") + 1:]
    started = time.monotonic()
    process = subprocess.Popen(command)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss_kib(process.pid))
        time.sleep(0.05)
    elapsed = time.monotonic() - started
    with open(output, "w") as f:
        json.dump({"seconds": round(elapsed, 2), "peak_rss_mib": round(peak / 1024, 1),
                   "exit": process.returncode}, f)
    sys.exit(process.returncode)


if __name__ == "__main__":
    main()
