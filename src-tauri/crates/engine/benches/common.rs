//! Shared helpers for the benchmarks: timing (median of runs) and running a peer command.

use std::path::Path;

// The same allocator as the shipped binaries (tokenready, tokenready-app).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::Command;
use std::time::{Duration, Instant};

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

/// Median wall time of a peer command, or None when it is not installed.
pub fn peer(runs: usize, program: &str, args: &[&str], file: &Path) -> Option<Duration> {
    Command::new(program).arg("--version").output().ok()?;
    Some(median(runs, || {
        let out = Command::new(program)
            .args(args)
            .arg(file)
            .output()
            .expect("peer runs");
        assert!(
            out.status.success() || out.status.code() == Some(1),
            "{program} failed"
        );
    }))
}

pub fn mb_s(bytes: u64, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}
