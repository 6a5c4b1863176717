#!/usr/bin/env bash
# Compile-time measurements of status-codes, from one command:
#
#     bash benches/compile-time.sh [runs] [part]   # default: 4 runs each
#
# `part` runs one measurement only: floor, calls, spec, noop, axum or utoipa (default: all).
#
# 1. Cold build of a crate that uses `status!(404)` against a cold build of a crate that uses
#    the floor (benches/floor: a minimal spec-driven proc macro on the same five packages).
# 2. `cargo check` of a crate with 5,000 `status!(...)` call sites against the same crate with
#    5,000 plain `StatusCode::...` paths: the difference divided by 5,000 is the cost per call;
#    then the same for an enum the crate generates itself (`status!(Local, 404)`).
# 3. A spec of 450 codes and one of 900 (every number 100..=999): build time of each.
# 4. A no-op `cargo check` of an untouched crate, and whether cargo recompiles anything.
# 5. Cold builds of an axum service with status-codes' `axum` feature off and on.
# 6. Cold builds of a crate that documents its API with utoipa, with status-codes' `utoipa`
#    feature off and on (`#[status(openapi)]` on its errors), and of a crate without utoipa,
#    with status-codes' default features and with `utoipa`.
#
# Everything runs offline in a scratch directory; the repository is not modified. Times are
# wall-clock seconds from `date +%s.%N`. The fastest of several runs is reported (other work on
# the machine only ever adds time), except for 1., which is the median ratio of alternating
# pairs.
set -euo pipefail

runs=${1:-4}
part=${2:-all}
want() { [ "$part" = all ] || [ "$part" = "$1" ]; }
per_call_local=0 t_axum_off=0 t_axum_on=0 t_doc_off=0 t_doc_on=0 t_plain=0 t_plain_utoipa=0 t_floor=0 t_full=0 overhead=0 t_macro=0 t_path=0 per_call=0 t_half=0 t_900=0 scaling=0 t_noop=0 recompiled=0
repo=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export CARGO_TERM_COLOR=never CARGO_INCREMENTAL=0

now() { date +%s.%N; }
fastest() { sort -g | head -n 1; }
# The median of numbers on standard input: the middle one, or the mean of the middle two.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# time_of DIR COMMAND...: seconds taken by the command, run in DIR, output discarded.
time_of() {
    local dir=$1 start end
    shift
    start=$(now)
    (cd "$dir" && "$@" >/dev/null 2>&1) || { echo "failed in $dir: $*" >&2; exit 1; }
    end=$(now)
    echo "$end - $start" | bc -l
}

# --- 1. cold build against the floor ------------------------------------------------------
# Two crates, each built cold with the workspace's lock file: one uses `status!(404)` of
# status-codes, the other a code of an enum that the floor macro (benches/floor) makes from the
# same IANA spec.
if want floor; then
floor="$scratch/floor"
cp -r "$repo/benches/floor" "$floor"
cp "$repo/Cargo.lock" "$floor/Cargo.lock"
write_user() { # write_user DIR NAME DEPENDENCY BODY
    mkdir -p "$1/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\n%s\n\n[workspace]\n' \
        "$2" "$3" > "$1/Cargo.toml"
    printf '%s\n' "$4" > "$1/src/lib.rs"
    cp "$repo/Cargo.lock" "$1/Cargo.lock"
}
write_user "$scratch/floor-user" floor-user "floor = { path = \"$floor\" }" \
    '#[floor::spec_enum("iana.yaml")]
pub enum Status {}

pub fn not_found() -> Status { Status::NotFound404 }'
cp "$repo/spec/iana.yaml" "$scratch/floor-user/iana.yaml"
write_user "$scratch/ours-user" ours-user "status-codes = { path = \"$repo/status-codes\" }" \
    'pub fn not_found() -> status_codes::StatusCode { status_codes::status!(404) }'

# The two builds alternate, and each pair gives a ratio: a slow spell of the machine then
# slows both sides of a pair alike. The median ratio of the pairs is the result (4 pairs
# unless `runs` says otherwise); the fastest build of each side is shown beside it.
floor_times=() full_times=() ratios=()
for _ in $(seq "$runs"); do
    rm -rf "$scratch/t-floor" "$scratch/t-full"
    floor=$(time_of "$scratch/floor-user" env CARGO_TARGET_DIR="$scratch/t-floor" cargo build --offline)
    full=$(time_of "$scratch/ours-user" env CARGO_TARGET_DIR="$scratch/t-full" cargo build --offline)
    floor_times+=("$floor") full_times+=("$full")
    ratios+=("$(echo "$full / $floor" | bc -l)")
    printf 'pair: floor %.2f s, status!(404) %.2f s, ratio %.3f\n' "$floor" "$full" "${ratios[-1]}" >&2
done
t_floor=$(printf '%s\n' "${floor_times[@]}" | fastest)
t_full=$(printf '%s\n' "${full_times[@]}" | fastest)
overhead=$(printf '%s\n' "${ratios[@]}" | median)
fi

# --- 2. 5,000 status! call sites against 5,000 plain paths ---------------------------------
calls="$scratch/calls"
mkdir -p "$calls/src"
if want calls || want spec || want noop; then
cat > "$calls/Cargo.toml" <<EOF
[package]
name = "calls"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
status-codes = { path = "$repo/status-codes" }

[workspace]
EOF
cp "$repo/Cargo.lock" "$calls/Cargo.lock"
write_calls() { # write_calls macro|path [local]: StatusCode's codes, or those of an enum of this crate
    python3 - "$1" "${2:-}" "$calls/src/lib.rs" <<'PY'
import sys
kind, local, out = sys.argv[1], sys.argv[2] == "local", sys.argv[3]
codes = [(200, "Ok"), (201, "Created"), (204, "NoContent"), (301, "MovedPermanently"),
         (304, "NotModified"), (400, "BadRequest"), (401, "Unauthorized"), (403, "Forbidden"),
         (404, "NotFound"), (500, "InternalServerError"), (502, "BadGateway"),
         (503, "ServiceUnavailable")]
if local:
    lines = ["use status_codes::status;", "", "#[status_codes::status_enum(spec = \"iana\")]",
             "pub enum Local {}", ""]
    ty, prefix = "Local", "Local, "
else:
    lines = ["use status_codes::{StatusCode, status};", ""]
    ty, prefix = "StatusCode", ""
for i in range(5000):
    code, name = codes[i % len(codes)]
    expr = f"status!({prefix}{code})" if kind == "macro" else f"{ty}::{name}"
    lines.append(f"pub fn f{i}() -> {ty} {{ {expr} }}")
open(out, "w").write("\n".join(lines) + "\n")
PY
}
fi
if want calls; then
export CARGO_TARGET_DIR="$scratch/t-calls"
write_calls path
(cd "$calls" && cargo check --offline >/dev/null 2>&1)
# measure_calls KIND: sets t_macro, t_path (the fastest of the runs) and per_call (µs per call
# over plain paths); KIND is "" for StatusCode (an enum of another crate) or "local" (an enum
# of the calling crate).
measure_calls() {
    local macro_times=() path_times=()
    for _ in $(seq "$runs"); do
        write_calls macro "$1"
        macro_times+=("$(time_of "$calls" cargo check --offline)")
        write_calls path "$1"
        path_times+=("$(time_of "$calls" cargo check --offline)")
    done
    t_macro=$(printf '%s\n' "${macro_times[@]}" | fastest)
    t_path=$(printf '%s\n' "${path_times[@]}" | fastest)
    per_call=$(echo "($t_macro - $t_path) / 5000 * 1000000" | bc -l)
}
measure_calls local
per_call_local=$per_call
measure_calls ""
fi

# --- 3. spec size: 450 codes against 900 --------------------------------------------------
big="$scratch/big"
if want spec || want noop; then
mkdir -p "$big/src"
sed 's/^name = "calls"/name = "big"/' "$calls/Cargo.toml" > "$big/Cargo.toml"
cp "$repo/Cargo.lock" "$big/Cargo.lock"
cat > "$big/src/lib.rs" <<'EOF'
//! A generated enum from a large spec.

/// Every code of `spec.yaml`.
#[status_codes::status_enum(spec = "spec.yaml")]
pub enum Big {}
EOF
write_spec() { # write_spec STEP: every STEP-th code of 100..=999
    python3 - "$1" "$big/spec.yaml" <<'PY'
import sys
step, out = int(sys.argv[1]), sys.argv[2]
lines = ["codes:"]
for code in range(100, 1000, step):
    lines += [f"  {code}:", f"    phrase: Code Number {code}",
              f"    description: {{en: Generated code {code} for the scaling benchmark., zh: 用于扩展基准的第 {code} 号状态码。}}",
              "    reference: Scaling benchmark"]
open(out, "w").write("\n".join(lines) + "\n")
PY
}
export CARGO_TARGET_DIR="$scratch/t-big"
write_spec 2
(cd "$big" && cargo build --offline >/dev/null 2>&1)
fi
if want spec; then
half_times=() full_spec_times=()
for _ in $(seq "$runs"); do
    write_spec 2
    half_times+=("$(time_of "$big" cargo build --offline)")
    write_spec 1
    full_spec_times+=("$(time_of "$big" cargo build --offline)")
done
t_half=$(printf '%s\n' "${half_times[@]}" | fastest)
t_900=$(printf '%s\n' "${full_spec_times[@]}" | fastest)
scaling=$(echo "$t_900 / $t_half" | bc -l)
fi

# --- 4. no-op check -----------------------------------------------------------------------
if want noop; then
noop_times=()
for _ in $(seq "$runs"); do
    noop_times+=("$(time_of "$big" cargo build --offline)")
done
t_noop=$(printf '%s\n' "${noop_times[@]}" | fastest)
recompiled=$(cd "$big" && cargo build --offline -v 2>&1 | grep -cE '^ +(Compiling|Running) ' || true)
fi

# --- 5. the axum feature -----------------------------------------------------------------
# Two axum services, each built cold: one with status-codes' default features, one with its
# `axum` feature answering a Problem. The difference is what the feature costs; a crate that
# does not turn it on compiles none of it (its macros expand to nothing).
if want axum; then
axum_user() { # axum_user DIR FEATURES BODY
    mkdir -p "$1/src"
    printf '[package]\nname = "axum-user"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\naxum = { version = "0.8", default-features = false, features = ["http1", "json", "tokio"] }\nstatus-codes = { path = "%s", features = [%s] }\n\n[workspace]\n' \
        "$repo/status-codes" "$2" > "$1/Cargo.toml"
    printf '%s\n' "$3" > "$1/src/lib.rs"
    cp "$repo/Cargo.lock" "$1/Cargo.lock"
}
axum_user "$scratch/axum-off" "" \
    'pub fn app() -> axum::Router {
    axum::Router::new().route("/", axum::routing::get(|| async { status_codes::status!(404).to_string() }))
}'
axum_user "$scratch/axum-on" '"axum"' \
    'pub fn app() -> axum::Router {
    axum::Router::new().route("/", axum::routing::get(|| async { status_codes::Problem::new(status_codes::status!(404)) }))
}'
off_times=() on_times=()
for _ in $(seq "$runs"); do
    rm -rf "$scratch/t-axum-off" "$scratch/t-axum-on"
    off_times+=("$(time_of "$scratch/axum-off" env CARGO_TARGET_DIR="$scratch/t-axum-off" cargo build --offline)")
    on_times+=("$(time_of "$scratch/axum-on" env CARGO_TARGET_DIR="$scratch/t-axum-on" cargo build --offline)")
done
t_axum_off=$(printf '%s\n' "${off_times[@]}" | fastest)
t_axum_on=$(printf '%s\n' "${on_times[@]}" | fastest)
fi

# --- 6. the utoipa feature ---------------------------------------------------------------
# A crate that documents its API with utoipa (its `macros`, as such a crate has them) and an
# error enum, built cold with status-codes' `utoipa` feature off and on: what the feature costs
# a team that publishes an OpenAPI document. Then a crate without utoipa, with status-codes'
# defaults and with `utoipa`: what utoipa itself costs a crate that had none of it.
if want utoipa; then
crate_with() { # crate_with DIR DEPENDENCIES BODY
    mkdir -p "$1/src"
    printf '[package]\nname = "doc-user"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\n%s\n\n[workspace]\n' \
        "$2" > "$1/Cargo.toml"
    printf '%s\n' "$3" > "$1/src/lib.rs"
    cp "$repo/Cargo.lock" "$1/Cargo.lock"
}
documented='/// An order.
#[derive(utoipa::ToSchema)]
pub struct Order {
    /// Its number.
    pub id: u64,
}

/// What can go wrong.
#[derive(Debug, status_codes::HttpStatus)]
#[status(%s)]
pub enum ApiError {
    /// No such order.
    #[status(404)]
    NoSuchOrder,
    /// The store failed.
    #[status(500)]
    Storage,
}'
sc="status-codes = { path = \"$repo/status-codes\"%s }"
utoipa_dep='utoipa = { version = "6", default-features = false, features = ["macros"] }'
# shellcheck disable=SC2059 # the formats are ours
crate_with "$scratch/doc-off" "$(printf "$sc" "")
$utoipa_dep" "$(printf "$documented" "crate = \"status_codes\"")"
# shellcheck disable=SC2059
crate_with "$scratch/doc-on" "$(printf "$sc" ", features = [\"utoipa\"]")
$utoipa_dep" "$(printf "$documented" "openapi")"
plain='pub fn code() -> u16 { status_codes::status!(404).as_u16() }'
# shellcheck disable=SC2059
crate_with "$scratch/plain" "$(printf "$sc" "")" "$plain"
# shellcheck disable=SC2059
crate_with "$scratch/plain-utoipa" "$(printf "$sc" ", features = [\"utoipa\"]")" "$plain"
doc_off=() doc_on=() plain_times=() plain_utoipa=()
for _ in $(seq "$runs"); do
    rm -rf "$scratch"/t-doc-* "$scratch"/t-plain*
    doc_off+=("$(time_of "$scratch/doc-off" env CARGO_TARGET_DIR="$scratch/t-doc-off" cargo build --offline)")
    doc_on+=("$(time_of "$scratch/doc-on" env CARGO_TARGET_DIR="$scratch/t-doc-on" cargo build --offline)")
    plain_times+=("$(time_of "$scratch/plain" env CARGO_TARGET_DIR="$scratch/t-plain" cargo build --offline)")
    plain_utoipa+=("$(time_of "$scratch/plain-utoipa" env CARGO_TARGET_DIR="$scratch/t-plain-utoipa" cargo build --offline)")
done
echo "utoipa user, feature off: ${doc_off[*]}; on: ${doc_on[*]}" >&2
echo "plain crate, defaults: ${plain_times[*]}; with utoipa: ${plain_utoipa[*]}" >&2
t_doc_off=$(printf '%s\n' "${doc_off[@]}" | fastest)
t_doc_on=$(printf '%s\n' "${doc_on[@]}" | fastest)
t_plain=$(printf '%s\n' "${plain_times[@]}" | fastest)
t_plain_utoipa=$(printf '%s\n' "${plain_utoipa[@]}" | fastest)
fi

printf '\nMachine: %s, %s cores; %s\n\n' \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" "$(nproc)" "$(rustc --version)"
printf '| measurement | result | target |\n|---|---:|---|\n'
printf '| cold build, a crate on the floor macro (s) | %.1f | |\n' "$t_floor"
printf '| cold build, a crate using status!(404) (s) | %.1f | |\n' "$t_full"
printf '| status!(404) / floor, median of %s alternating pairs | %.2f | at most 1.2 |\n' "$runs" "$overhead"
printf '| check, 5,000 plain paths (s) | %.2f | |\n' "$t_path"
printf '| check, 5,000 status! calls (s) | %.2f | |\n' "$t_macro"
printf '| cost per status! call, enum of another crate (us) | %.1f | at most 20 |\n' "$per_call"
printf '| cost per status! call, enum of the same crate (us) | %.1f | at most 20 |\n' "$per_call_local"
printf '| build, 450-code spec (s) | %.2f | |\n' "$t_half"
printf '| build, 900-code spec (s) | %.2f | |\n' "$t_900"
printf '| 900 codes / 450 codes | %.2f | at most 2 |\n' "$scaling"
printf '| no-op build of an untouched crate (s) | %.2f | |\n' "$t_noop"
printf '| crates recompiled by the no-op build | %d | 0 |\n' "$recompiled"
printf '| cold build, axum service, feature off (s) | %.1f | |\n' "$t_axum_off"
printf '| cold build, axum service, feature on (s) | %.1f | |\n' "$t_axum_on"
printf '| cold build, a crate using utoipa, feature off (s) | %.1f | |\n' "$t_doc_off"
printf '| cold build, the same crate, feature on and #[status(openapi)] (s) | %.1f | |\n' "$t_doc_on"
printf '| cold build, a crate without utoipa, default features (s) | %.1f | |\n' "$t_plain"
printf '| cold build, the same crate with the utoipa feature (s) | %.1f | |\n' "$t_plain_utoipa"
