//! Shared helpers for the benchmarks: every tool, ours included, runs as its own process through
//! `sh -c '… > /dev/null'`, timed the same way (median of runs).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Our own release binary, built by cargo for this benchmark.
pub const TOKENREADY: &str = env!("CARGO_BIN_EXE_tokenready");

/// The benchmark's size in MiB: `TOKENREADY_BENCH_MIB`, else `default`.
#[allow(dead_code)] // each benchmark uses the helpers it needs
pub fn bench_mib(default: usize) -> usize {
    std::env::var("TOKENREADY_BENCH_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Median wall time of `runs` calls of `f`.
pub fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Median wall time of `program args… file > /dev/null`, or None when it is not installed.
pub fn tool(runs: usize, program: &str, args: &[&str], file: &Path) -> Option<Duration> {
    Command::new(program).arg("--version").output().ok()?;
    let mut cmd = quote(program);
    for a in args {
        cmd.push(' ');
        cmd.push_str(&quote(a));
    }
    cmd.push(' ');
    cmd.push_str(&quote(&file.display().to_string()));
    cmd.push_str(" > /dev/null");
    Some(median(runs, || {
        let status = Command::new("sh")
            .arg("-c")
            .arg(&cmd)
            .status()
            .expect("sh runs");
        assert!(status.success() || status.code() == Some(1), "{cmd} failed");
    }))
}

/// Times `tokenready assess -q --json - FILE` (JSON to /dev/null) and prints its line.
#[allow(dead_code)] // each benchmark uses the helpers it needs
pub fn ours(runs: usize, label: &str, file: &Path, bytes: u64) -> Duration {
    let d = tool(runs, TOKENREADY, &["assess", "-q", "--json", "-"], file)
        .expect("the tokenready binary (cargo build --release -p tokenready-cli)");
    line(label, bytes, d);
    d
}

pub fn mb_s(bytes: u64, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

pub fn line(name: &str, bytes: u64, d: Duration) {
    println!(
        "  {name:<52} {:>8.1} ms {:>8.1} MB/s",
        d.as_secs_f64() * 1e3,
        mb_s(bytes, d)
    );
}

/// A peer tool and how to read its result.
#[allow(dead_code)] // each benchmark uses the helpers it needs
pub struct Peer<'a> {
    pub label: &'a str,
    pub program: &'a str,
    pub args: &'a [&'a str],
    /// The throughput ratio the issue asks for, if any.
    pub goal: Option<f64>,
    pub install: &'a str,
}

/// Times a peer on the same file, prints its line and the throughput ratio against ours, or
/// how to install it.
#[allow(dead_code)]
pub fn versus(
    runs: usize,
    peer: &Peer<'_>,
    file: &Path,
    bytes: u64,
    ours: Duration,
) -> Option<Duration> {
    let Some(took) = tool(runs, peer.program, peer.args, file) else {
        println!(
            "  {} not installed: no ratio ({})",
            peer.program, peer.install
        );
        return None;
    };
    line(peer.label, bytes, took);
    let ratio = took.as_secs_f64() / ours.as_secs_f64();
    match peer.goal {
        Some(g) => println!(
            "  ratio tokenready/{} throughput: {ratio:.3} (goal >= {g})",
            peer.program
        ),
        None => println!("  ratio tokenready/{} throughput: {ratio:.3}", peer.program),
    }
    Some(took)
}
