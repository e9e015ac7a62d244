//! Issue 21 benchmark: TokenReady's EVTX reading against `evtx_dump -o jsonl` 0.15 (and `cat`)
//! on three files built from the shared samples: a DC-like one (1 chunk in 100 from a
//! 4625-dense log: matches rare), a dense one (1 in 4: about a quarter of the records are 4625,
//! as in evtx-performance.md's benchmark file) and the worst case (every record a 4625, every
//! one kept). Reported for each:
//!
//! - the whole `tokenready assess -q --json - FILE` (SHA-256 included) against `evtx_dump -o jsonl
//!   -t 2 FILE`, both to /dev/null, in alternating pairs: medians, and the median and spread of
//!   the pair ratios (goal ≥ 2);
//! - the scan alone, in this process from the file on disk (no hashing, no report): TokenReady's
//!   own BinXML reader against the crate parsing every chunk, with the same counts checked.
//!
//! The files are built at run time from the shared samples (never copied into the repo): a
//! 4 KiB file header followed by real 64 KiB chunks, repeated, with the header's chunk numbers,
//! count, flags and CRC rewritten (evtx-performance.md, "Building a large benchmark file").
//! `TOKENREADY_BENCH_MIB` sets the size (default 128); `TOKENREADY_BENCH_PAIRS` the pairs
//! (default 11); `TOKENREADY_BENCH_KEEP=dir` keeps the files there.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

const CHUNK: usize = 64 * 1024;
const HEADER: usize = 4096;

fn chunks_of(path: &Path) -> Vec<Vec<u8>> {
    let data = std::fs::read(path).unwrap();
    data[HEADER..]
        .chunks_exact(CHUNK)
        .filter(|c| c.starts_with(b"ElfChnk\0"))
        .map(<[u8]>::to_vec)
        .collect()
}

/// Writes a valid EVTX of `n` chunks: mostly a Security log without failures, one chunk in
/// `every` from the SMB password-guessing log (dense 4625s), so matches are rare as on a DC.
pub fn build(out: &Path, n: usize, every: usize) {
    let samples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/samples/evtx");
    let quiet = chunks_of(&samples.join("evtx-security.evtx"));
    let dense = chunks_of(&samples.join("deepblue-smb-password-guessing-security.evtx"));
    let mut header = std::fs::read(samples.join("evtx-security.evtx")).unwrap()[..HEADER].to_vec();
    header[8..16].copy_from_slice(&0u64.to_le_bytes());
    header[16..24].copy_from_slice(&(n as u64 - 1).to_le_bytes());
    header[42..44].copy_from_slice(&(n as u16).to_le_bytes());
    header[120..124].copy_from_slice(&0u32.to_le_bytes());
    let crc = crc32fast::hash(&header[..120]);
    header[124..128].copy_from_slice(&crc.to_le_bytes());
    let mut w = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    w.write_all(&header).unwrap();
    for i in 0..n {
        let c = if i % every == every - 1 {
            &dense[i / every % dense.len()]
        } else {
            &quiet[i % quiet.len()]
        };
        w.write_all(c).unwrap();
    }
    // Flushed to disk before anything is timed: reads racing the write-back of a freshly
    // written file were 10–20× slower and skewed every tool's figure.
    w.into_inner().unwrap().sync_all().unwrap();
}

/// Times the scan alone in this process, from the file on disk (no hashing, no report): the
/// own reader or the crate, median of `runs`; with the records and events seen.
fn scan_alone(runs: usize, file: &Path, own: bool) -> (std::time::Duration, (u64, usize)) {
    let mut seen = (0, 0);
    let d = common::median(runs, || {
        let mut out = tokenready_engine::collect::FileResult::default();
        tokenready_engine::events::scan_evtx_path(file, own, &mut out).expect("the file reads");
        seen = (out.records, out.events.len());
    });
    (d, seen)
}

/// `n` alternating runs of `a` and `b` (a, b, a, b, …): the times of each.
fn pairs(n: usize, a: &str, b: &str) -> Vec<(f64, f64)> {
    let run = |cmd: &str| {
        let t = std::time::Instant::now();
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(cmd)
            .status()
            .expect("sh runs");
        assert!(status.success(), "{cmd} failed");
        t.elapsed().as_secs_f64()
    };
    (0..n).map(|_| (run(a), run(b))).collect()
}

fn median_of(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn one_file(label: &str, file: &Path, n_pairs: usize) {
    let size = std::fs::metadata(file).unwrap().len();
    println!("evtx: {label}, {:.0} MB", size as f64 / 1e6);
    let (own, own_seen) = scan_alone(5, file, true);
    let (by_crate, crate_seen) = scan_alone(5, file, false);
    assert_eq!(
        own_seen, crate_seen,
        "the own reader and the crate disagree"
    );
    println!(
        "  scan alone ({} records, {} events kept), median of 5:",
        own_seen.0, own_seen.1
    );
    common::line("own BinXML reader (2 threads)", size, own);
    common::line("evtx crate for every chunk (2 threads)", size, by_crate);
    println!(
        "  ratio own reader / crate: {:.2}",
        by_crate.as_secs_f64() / own.as_secs_f64()
    );
    let cat = common::tool(3, "cat", &[], file).expect("cat");
    common::line("cat (reading the file), median of 3", size, cat);
    let quoted = file.display().to_string().replace('\'', r"'\''");
    let ours = format!(
        "{} assess -q --json - '{quoted}' > /dev/null",
        common::TOKENREADY
    );
    if std::process::Command::new("evtx_dump")
        .arg("--version")
        .output()
        .is_err()
    {
        println!(
            "  evtx_dump not installed: no ratio (cargo install evtx --version 0.15.1 --locked)"
        );
        let d = common::median(5, || {
            pairs(1, &ours, "true");
        });
        common::line("tokenready assess --json - (SHA-256 included)", size, d);
        return;
    }
    let theirs = format!("evtx_dump -o jsonl -t 2 '{quoted}' > /dev/null");
    let p = pairs(n_pairs, &ours, &theirs);
    let a = median_of(p.iter().map(|x| x.0).collect());
    let b = median_of(p.iter().map(|x| x.1).collect());
    let ratios: Vec<f64> = p.iter().map(|(a, b)| b / a).collect();
    let lo = ratios.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = ratios.iter().copied().fold(0.0, f64::max);
    println!("  {n_pairs} alternating pairs, medians:");
    common::line(
        "tokenready assess --json - (SHA-256 included)",
        size,
        std::time::Duration::from_secs_f64(a),
    );
    common::line(
        "evtx_dump 0.15 -o jsonl -t 2",
        size,
        std::time::Duration::from_secs_f64(b),
    );
    println!(
        "  ratio tokenready/evtx_dump throughput: median of pairs {:.2} (spread {lo:.2}–{hi:.2}; goal >= 2)",
        median_of(ratios.clone())
    );
}

fn main() {
    let mib = common::bench_mib(128);
    let n_pairs = std::env::var("TOKENREADY_BENCH_PAIRS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(11);
    let n = (mib * 1024 * 1024 / CHUNK).min(65_535);
    let tmp = tempfile::tempdir().unwrap();
    let dir = std::env::var("TOKENREADY_BENCH_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|_| tmp.path().to_path_buf());
    std::fs::create_dir_all(&dir).unwrap();
    let dc = dir.join("dc-like.evtx");
    build(&dc, n, 100);
    one_file(
        &format!("DC-like file ({n} chunks, 1 in 100 from a 4625-dense log)"),
        &dc,
        n_pairs,
    );
    // A quarter of the chunks from the dense log: about a quarter of the records are 4625,
    // as in the 256 MiB benchmark file of evtx-performance.md (24 %).
    let dense = dir.join("dense.evtx");
    build(&dense, n, 4);
    one_file(
        &format!("dense file ({n} chunks, 1 in 4 from a 4625-dense log)"),
        &dense,
        n_pairs,
    );
    // Every record a 4625: the worst case, every record kept as an event.
    let all = dir.join("all-4625.evtx");
    build(&all, n, 1);
    one_file(
        &format!("all-4625 file ({n} chunks, all from a 4625-dense log)"),
        &all,
        n_pairs,
    );
}
