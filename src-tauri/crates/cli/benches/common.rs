//! Shared helpers for the benchmarks: every tool, ours included, runs as its own process through
//! `sh -c '… > /dev/null'`, timed the same way (median of runs).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Our own release binary, built by cargo for this benchmark.
pub const TOKENREADY: &str = env!("CARGO_BIN_EXE_tokenready");

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
