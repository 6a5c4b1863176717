//! Run-time cost of `StatusCode` next to `http::StatusCode`, measured in the same run.
//!
//! `cargo bench --bench runtime` runs it; `python3 benches/report.py` turns criterion's
//! estimates into the ratio table of BENCHMARKS.md. Each pair of benchmarks does the same work
//! on the same inputs, so the ratio ours/http is what matters, not the absolute times.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use status_codes::StatusCode;

/// Every three-digit code and the hundred below: known, unassigned and invalid codes alike.
fn sweep() -> Vec<u16> {
    (0..=999).collect()
}

/// What a service mostly sends: a fixed pseudo-random mix weighted towards the common codes.
fn realistic() -> Vec<u16> {
    const WEIGHTED: &[(u16, u32)] = &[
        (200, 60),
        (201, 6),
        (204, 6),
        (301, 2),
        (304, 8),
        (400, 4),
        (401, 3),
        (403, 2),
        (404, 5),
        (500, 2),
        (502, 1),
        (503, 1),
    ];
    let total: u32 = WEIGHTED.iter().map(|(_, w)| w).sum();
    let mut state: u32 = 0x9E37_79B9;
    (0..4096)
        .map(|_| {
            // xorshift32: deterministic, so every run measures the same sequence.
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let mut pick = state % total;
            WEIGHTED
                .iter()
                .find(|(_, w)| {
                    let hit = pick < *w;
                    pick = pick.saturating_sub(*w);
                    hit
                })
                .map_or(200, |(code, _)| *code)
        })
        .collect()
}

fn inputs() -> [(&'static str, Vec<u16>); 2] {
    [("sweep", sweep()), ("realistic", realistic())]
}

fn http_codes(codes: &[u16]) -> Vec<http::StatusCode> {
    codes
        .iter()
        .map(|&c| http::StatusCode::from_u16(c).unwrap_or(http::StatusCode::IM_A_TEAPOT))
        .collect()
}

/// The codes that both types can hold (http refuses codes below 100).
fn valid(codes: &[u16]) -> Vec<u16> {
    codes
        .iter()
        .copied()
        .filter(|c| (100..=999).contains(c))
        .collect()
}

/// Measures `ours` and `http` on the same inputs: each input set is prepared once per type,
/// then every element goes through the operation in turn.
fn compare<A, B>(
    c: &mut Criterion,
    group: &str,
    ours_input: impl Fn(&[u16]) -> Vec<A>,
    mut ours: impl FnMut(&A),
    http_input: impl Fn(&[u16]) -> Vec<B>,
    mut http: impl FnMut(&B),
) {
    let mut group = c.benchmark_group(group);
    for (name, codes) in inputs() {
        let (a, b) = (ours_input(&codes), http_input(&codes));
        group.throughput(Throughput::Elements(a.len() as u64));
        group.bench_with_input(BenchmarkId::new("ours", name), &a, |bench, all| {
            bench.iter(|| all.iter().for_each(&mut ours));
        });
        group.bench_with_input(BenchmarkId::new("http", name), &b, |bench, all| {
            bench.iter(|| all.iter().for_each(&mut http));
        });
    }
    group.finish();
}

fn ours(codes: &[u16]) -> Vec<StatusCode> {
    valid(codes).iter().map(|&c| StatusCode::from(c)).collect()
}

fn theirs(codes: &[u16]) -> Vec<http::StatusCode> {
    http_codes(&valid(codes))
}

fn texts(codes: &[u16]) -> Vec<String> {
    valid(codes).iter().map(u16::to_string).collect()
}

fn from_u16(c: &mut Criterion) {
    compare(
        c,
        "from_u16",
        <[u16]>::to_vec,
        |&code| {
            black_box(StatusCode::from(black_box(code)));
        },
        <[u16]>::to_vec,
        |&code| {
            black_box(http::StatusCode::from_u16(black_box(code)).ok());
        },
    );
}

fn to_u16(c: &mut Criterion) {
    compare(
        c,
        "as_u16",
        ours,
        |&s| {
            black_box(black_box(s).as_u16());
        },
        theirs,
        |&s| {
            black_box(black_box(s).as_u16());
        },
    );
}

fn reason_phrase(c: &mut Criterion) {
    compare(
        c,
        "reason_phrase",
        ours,
        |&s| {
            black_box(black_box(s).reason_phrase());
        },
        theirs,
        |&s| {
            black_box(black_box(s).canonical_reason());
        },
    );
}

fn display(c: &mut Criterion) {
    // One reused buffer per side: only the formatting is measured, never an allocation.
    let (mut a, mut b) = (String::with_capacity(64), String::with_capacity(64));
    compare(
        c,
        "display",
        ours,
        |s| {
            a.clear();
            let _ = write!(a, "{}", black_box(s));
            black_box(&a);
        },
        theirs,
        |s| {
            b.clear();
            let _ = write!(b, "{}", black_box(s));
            black_box(&b);
        },
    );
}

fn parse(c: &mut Criterion) {
    compare(
        c,
        "parse",
        texts,
        |text| {
            black_box(black_box(text.as_str()).parse::<StatusCode>().ok());
        },
        texts,
        |text| {
            black_box(black_box(text.as_str()).parse::<http::StatusCode>().ok());
        },
    );
}

fn class_predicates(c: &mut Criterion) {
    compare(
        c,
        "predicates",
        ours,
        |&s| {
            let s = black_box(s);
            black_box((
                s.is_success(),
                s.is_client_error(),
                s.is_server_error(),
                s.is_redirection(),
            ));
        },
        theirs,
        |&s| {
            let s = black_box(s);
            black_box((
                s.is_success(),
                s.is_client_error(),
                s.is_server_error(),
                s.is_redirection(),
            ));
        },
    );
}

criterion_group!(
    benches,
    from_u16,
    to_u16,
    reason_phrase,
    display,
    parse,
    class_predicates
);
criterion_main!(benches);
