//! Issue 3 benchmark: 100,000 code base rows read, classified and grouped, next to ripgrep
//! reading the same file (`rg -c` for a backslash), as a ratio from one run.
//! Goal: under 0.5 s on 2 cores.

mod common;

use std::io::Write;

fn main() {
    let rows = 100_000;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("codebases.csv");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    w.write_all(b"\xEF\xBB\xBFPackageId,URL,Source,Snapshot\r\n")
        .unwrap();
    for i in 0..rows {
        let id = format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            i * 2654435761u64 % (1 << 32),
            i % 65536,
            i % 4096,
            (i * 7) % 4096,
            i
        );
        let ps = format!("ps{:02}", i % 40);
        let url = match i % 3 {
            0 => format!("\\\\{ps}.corp.example\\PkgSvrHost\\{{{id}}}\\cache"),
            1 => format!("http://{ps}.corp.example/Altiris/PS/Share/{{{id}}}/cache"),
            _ => format!("https://{ps}.corp.example:443/Altiris/PS/Share/{{{id}}}/cache"),
        };
        write!(w, "{id},{url},{ps},{}\r\n", 1_600_000_000 + i).unwrap();
    }
    drop(w);
    let bytes = std::fs::metadata(&file).unwrap().len();
    println!("codebase: {rows} rows, {:.1} MB", bytes as f64 / 1e6);
    let ours = common::ours(
        5,
        "tokenready assess --json - (parse, classify, group, JSON)",
        &file,
        bytes,
    );
    common::versus(
        5,
        &common::Peer {
            label: "rg -c '\\\\' (read and match only)",
            program: "rg",
            args: &["-c", r"\\"],
            goal: None,
            install: "apt-get install ripgrep",
        },
        &file,
        bytes,
        ours,
    );
    println!(
        "  goal: < 500 ms -> {}",
        if ours.as_millis() < 500 {
            "met"
        } else {
            "NOT met"
        }
    );
}
