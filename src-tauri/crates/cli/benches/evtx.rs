//! Issue 5 benchmark: TokenReady's EVTX scan against `evtx_dump -o jsonl` 0.15 and `cat` on the
//! same large, DC-like file (matches rare), as ratios from one run. Goal: ≥ 1.25× evtx_dump's
//! throughput with two threads.
//!
//! The file is built at run time from the shared samples (never copied into the repo): a 4 KiB
//! file header followed by real 64 KiB chunks, repeated, with the header's chunk numbers, count,
//! flags and CRC rewritten (evtx-performance.md, "Building a large benchmark file").
//! `TOKENREADY_BENCH_MIB` sets the size (default 256); `TOKENREADY_BENCH_KEEP=path` keeps it.

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

fn main() {
    let mib = common::bench_mib(256);
    let n = (mib * 1024 * 1024 / CHUNK).min(65_535);
    let dir = tempfile::tempdir().unwrap();
    let file = std::env::var("TOKENREADY_BENCH_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|_| dir.path().join("dc-like.evtx"));
    build(&file, n, 100);
    let bytes = std::fs::metadata(&file).unwrap().len();

    println!(
        "evtx: {:.0} MB DC-like file ({n} chunks, 1 in 100 from a 4625-dense log)",
        bytes as f64 / 1e6
    );
    let ours = common::ours(
        3,
        "tokenready assess --json - (prefilter, 2 threads, SHA-256)",
        &file,
        bytes,
    );
    common::versus(
        3,
        &common::Peer {
            label: "cat (reading the file)",
            program: "cat",
            args: &[],
            goal: None,
            install: "coreutils",
        },
        &file,
        bytes,
        ours,
    );
    common::versus(
        3,
        &common::Peer {
            label: "evtx_dump 0.15 -o jsonl -t 2",
            program: "evtx_dump",
            args: &["-o", "jsonl", "-t", "2"],
            goal: Some(1.25),
            install: "cargo install evtx --version 0.15.1 --locked",
        },
        &file,
        bytes,
        ours,
    );
}
