#!/usr/bin/env bash
# Load test of the example service with and without ProblemLayer: the same wrk load (one
# thread, fixed connections, fixed duration) on `GET /orders/7` (a 404 problem, negotiated
# from a browser's Accept-Language) and on `GET /orders/1` (a 200, which the layer only
# passes through), in alternating rounds so that drift of a shared machine hits both; prints
# p50 and p99 latency and requests per second of each round and the median of the rounds.
#
#   benches/service-load.sh [rounds] [seconds] [connections]
#
# Needs wrk (installed with apt-get when missing) and curl. Goal: the layer adds at most 5%.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-3}
seconds=${2:-10}
connections=${3:-8}
port=39017
url="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null; then
    apt-get install -y wrk >/dev/null
fi
cargo build --quiet --release -p status-codes-examples --features service --bin service
service=target/release/service

# One wrk run against a fresh service; prints "p50_us p99_us requests_per_second".
run() {
    local mode=$1 path=$2 pid
    local flags=()
    [ "$mode" = without ] && flags=(--without-layer)
    "$service" "127.0.0.1:$port" "${flags[@]}" >/dev/null &
    pid=$!
    for _ in $(seq 1 100); do
        curl -s -o /dev/null "$url/orders/1" && break
        sleep 0.1
    done
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
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for path in /orders/7 /orders/1; do
    results=$(mktemp)
    for round in $(seq 1 "$rounds"); do
        for mode in without with; do
            echo "$mode $(run "$mode" "$path")" | tee -a "$results" | sed "s|^|$path round $round: |"
        done
    done
    for mode in without with; do
        p50=$(awk -v m="$mode" '$1 == m { print $2 }' "$results" | median)
        p99=$(awk -v m="$mode" '$1 == m { print $3 }' "$results" | median)
        rps=$(awk -v m="$mode" '$1 == m { print $4 }' "$results" | median)
        echo "$path ${mode} layer: median p50 ${p50} us, p99 ${p99} us, ${rps} requests/s"
    done
    rm -f "$results"
done
