#!/usr/bin/env bash
# Load test of the example service with and without ProblemLayer, in two parts, on
# `GET /orders/7` (a 404 problem, negotiated from a browser's Accept-Language) and on
# `GET /orders/1` (a 200, which the layer only passes through), in alternating rounds so that
# drift of a shared machine hits both:
#
# 1. saturation: wrk (one thread, fixed connections, fixed duration) sends as fast as the
#    service answers; p50, p99 and requests per second. On 2 cores wrk and the service share
#    the machine, so this shows the layer's CPU cost as lost throughput.
# 2. the same load: oha sends a fixed rate (`rate`, below saturation) with its correction for
#    coordinated omission; p50 and p99 latency. This is the goal's measure: at most 5% added.
#
#   benches/service-load.sh [rounds] [seconds] [connections] [rate]
#
# Needs wrk (installed with apt-get when missing), oha (installed with cargo when missing),
# curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-3}
seconds=${2:-10}
connections=${3:-8}
rate=${4:-20000}
port=39017
url="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null; then
    apt-get install -y wrk >/dev/null
fi
if ! command -v oha >/dev/null; then
    cargo install --locked --quiet oha
    PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
fi
cargo build --quiet --release -p status-codes-examples --features service --bin service
service=target/release/service

# Starts the service, with or without the layer, and waits until it answers.
start() {
    local flags=()
    [ "$1" = without ] && flags=(--without-layer)
    "$service" "127.0.0.1:$port" "${flags[@]}" >/dev/null &
    pid=$!
    for _ in $(seq 1 100); do
        curl -s -o /dev/null "$url/orders/1" && break
        sleep 0.1
    done
}

stop() {
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

# One oha run at the fixed rate against a fresh service; prints "p50_us p99_us requests_per_second".
run_rate() {
    local mode=$1 path=$2
    start "$mode"
    oha -z "${seconds}s" -c "$connections" -q "$rate" --latency-correction --no-tui \
        --output-format json -H 'Accept-Language: zh-CN,zh;q=0.9,en;q=0.8' "$url$path" |
        python3 -c '
import json, sys
d = json.load(sys.stdin)
p = d["latencyPercentiles"]
print("%.1f %.1f %.0f" % (p["p50"] * 1e6, p["p99"] * 1e6, d["summary"]["requestsPerSec"]))'
    stop
}

# One wrk run against a fresh service; prints "p50_us p99_us requests_per_second".
run() {
    local mode=$1 path=$2
    start "$mode"
    wrk -t1 -c"$connections" -d"${seconds}s" --latency \
        -H 'Accept-Language: zh-CN,zh;q=0.9,en;q=0.8' "$url$path" |
        awk '
            function us(v) {
                if (v ~ /us$/) return v + 0
                if (v ~ /ms$/) return v * 1000
                if (v ~ /s$/) return v * 1000000
                return v
            }
            $1 == "50%" { p50 = us($2) }
            $1 == "99%" { p99 = us($2) }
            $1 == "Requests/sec:" { rps = $2 }
            END { printf "%.1f %.1f %.0f\n", p50, p99, rps }'
    stop
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure PART RUNNER: alternating rounds of both modes on both paths, and their medians.
measure() {
    local part=$1 runner=$2 path round mode results p50 p99 rps
    for path in /orders/7 /orders/1; do
        results=$(mktemp)
        for round in $(seq 1 "$rounds"); do
            for mode in without with; do
                echo "$mode $("$runner" "$mode" "$path")" | tee -a "$results" |
                    sed "s|^|$part $path round $round: |"
            done
        done
        for mode in without with; do
            p50=$(awk -v m="$mode" '$1 == m { print $2 }' "$results" | median)
            p99=$(awk -v m="$mode" '$1 == m { print $3 }' "$results" | median)
            rps=$(awk -v m="$mode" '$1 == m { print $4 }' "$results" | median)
            echo "$part $path ${mode} layer: median p50 ${p50} us, p99 ${p99} us, ${rps} requests/s"
        done
        rm -f "$results"
    done
}

measure saturation run
measure "rate $rate/s" run_rate
