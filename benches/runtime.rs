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

fn from_u16(c: &mut Criterion) {
    let mut group = c.benchmark_group("from_u16");
    for (name, codes) in inputs() {
        group.throughput(Throughput::Elements(codes.len() as u64));
        group.bench_with_input(BenchmarkId::new("ours", name), &codes, |b, codes| {
            b.iter(|| {
                for &code in codes {
                    black_box(StatusCode::from(black_box(code)));
                }
            });
        });
        group.bench_with_input(BenchmarkId::new("http", name), &codes, |b, codes| {
            b.iter(|| {
                for &code in codes {
                    black_box(http::StatusCode::from_u16(black_box(code)).ok());
                }
            });
        });
    }
    group.finish();
}

fn to_u16(c: &mut Criterion) {
    let mut group = c.benchmark_group("as_u16");
    for (name, codes) in inputs() {
        let codes = valid(&codes);
        let ours: Vec<StatusCode> = codes.iter().map(|&c| StatusCode::from(c)).collect();
        let theirs = http_codes(&codes);
        group.throughput(Throughput::Elements(codes.len() as u64));
        group.bench_with_input(BenchmarkId::new("ours", name), &ours, |b, all| {
            b.iter(|| {
                for &status in all {
                    black_box(black_box(status).as_u16());
                }
            });
        });
        group.bench_with_input(BenchmarkId::new("http", name), &theirs, |b, all| {
            b.iter(|| {
                for &status in all {
                    black_box(black_box(status).as_u16());
                }
            });
        });
    }
    group.finish();
}

fn reason_phrase(c: &mut Criterion) {
    let mut group = c.benchmark_group("reason_phrase");
    for (name, codes) in inputs() {
        let codes = valid(&codes);
        let ours: Vec<StatusCode> = codes.iter().map(|&c| StatusCode::from(c)).collect();
        let theirs = http_codes(&codes);
        group.throughput(Throughput::Elements(codes.len() as u64));
        group.bench_with_input(BenchmarkId::new("ours", name), &ours, |b, all| {
            b.iter(|| {
                for &status in all {
                    black_box(black_box(status).reason_phrase());
                }
            });
        });
        group.bench_with_input(BenchmarkId::new("http", name), &theirs, |b, all| {
            b.iter(|| {
                for &status in all {
                    black_box(black_box(status).canonical_reason());
                }
            });
        });
    }
    group.finish();
}

fn display(c: &mut Criterion) {
    let mut group = c.benchmark_group("display");
    for (name, codes) in inputs() {
        let codes = valid(&codes);
        let ours: Vec<StatusCode> = codes.iter().map(|&c| StatusCode::from(c)).collect();
        let theirs = http_codes(&codes);
        group.throughput(Throughput::Elements(codes.len() as u64));
        group.bench_with_input(BenchmarkId::new("ours", name), &ours, |b, all| {
            let mut buf = String::with_capacity(64);
            b.iter(|| {
                for status in all {
                    buf.clear();
                    let _ = write!(buf, "{}", black_box(status));
                    black_box(&buf);
                }
            });
        });
        group.bench_with_input(BenchmarkId::new("http", name), &theirs, |b, all| {
            let mut buf = String::with_capacity(64);
            b.iter(|| {
                for status in all {
                    buf.clear();
                    let _ = write!(buf, "{}", black_box(status));
                    black_box(&buf);
                }
            });
        });
    }
    group.finish();
}

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    for (name, codes) in inputs() {
        let texts: Vec<String> = valid(&codes).iter().map(u16::to_string).collect();
        group.throughput(Throughput::Elements(texts.len() as u64));
        group.bench_with_input(BenchmarkId::new("ours", name), &texts, |b, texts| {
            b.iter(|| {
                for text in texts {
                    black_box(black_box(text.as_str()).parse::<StatusCode>().ok());
                }
            });
        });
        group.bench_with_input(BenchmarkId::new("http", name), &texts, |b, texts| {
            b.iter(|| {
                for text in texts {
                    black_box(black_box(text.as_str()).parse::<http::StatusCode>().ok());
                }
            });
        });
    }
    group.finish();
}

fn class_predicates(c: &mut Criterion) {
    let mut group = c.benchmark_group("predicates");
    for (name, codes) in inputs() {
        let codes = valid(&codes);
        let ours: Vec<StatusCode> = codes.iter().map(|&c| StatusCode::from(c)).collect();
        let theirs = http_codes(&codes);
        group.throughput(Throughput::Elements(codes.len() as u64));
        group.bench_with_input(BenchmarkId::new("ours", name), &ours, |b, all| {
            b.iter(|| {
                for &status in all {
                    let s = black_box(status);
                    black_box((
                        s.is_success(),
                        s.is_client_error(),
                        s.is_server_error(),
                        s.is_redirection(),
                    ));
                }
            });
        });
        group.bench_with_input(BenchmarkId::new("http", name), &theirs, |b, all| {
            b.iter(|| {
                for &status in all {
                    let s = black_box(status);
                    black_box((
                        s.is_success(),
                        s.is_client_error(),
                        s.is_server_error(),
                        s.is_redirection(),
                    ));
                }
            });
        });
    }
    group.finish();
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
