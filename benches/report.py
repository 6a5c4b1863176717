#!/usr/bin/env python3
"""Reads criterion's estimates for the `runtime` bench and prints the ours/http ratio table.

Run `cargo bench --bench runtime` first. Usage: python3 benches/report.py [target-dir]
"""
import json
import os
import platform
import subprocess
import sys

target = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("CARGO_TARGET_DIR", "target")
root = os.path.join(target, "criterion")


def median_ns(group, who, input_name):
    path = os.path.join(root, group, who, input_name, "new", "estimates.json")
    with open(path) as f:
        return json.load(f)["median"]["point_estimate"]


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


groups = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d, "ours")))
rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
print(f"Machine: {cpu_name()}, {os.cpu_count()} cores; {rustc}\n")
print("| operation | input | ours (ns/op) | http (ns/op) | ratio ours/http |")
print("|---|---|---:|---:|---:|")
worst = 0.0
for group in groups:
    for input_name in sorted(os.listdir(os.path.join(root, group, "ours"))):
        if input_name == "report":
            continue
        elements = 1000 if input_name == "sweep" else 4096
        try:
            ours = median_ns(group, "ours", input_name)
            http = median_ns(group, "http", input_name)
        except FileNotFoundError:
            continue
        with open(os.path.join(root, group, "ours", input_name, "new", "benchmark.json")) as f:
            throughput = json.load(f).get("throughput") or {}
        elements = throughput.get("Elements", elements)
        ratio = ours / http
        worst = max(worst, ratio)
        print(f"| {group} | {input_name} | {ours / elements:.3f} | {http / elements:.3f} | {ratio:.2f} |")
print(f"\nWorst ratio: {worst:.2f}")
