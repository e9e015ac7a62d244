//! Issue 4 benchmark: the NS/agent log indicator scan (every record framed, signals, hosts,
//! times and locations found) against `rg -c` on the same file, as a ratio from one run. Goal:
//! ≥ 0.5× ripgrep's throughput. The scan is timed as a process of its own (this benchmark
//! started again with `--scan-only FILE`: the engine's `nslog::scan` on the file, as the intake
//! calls it); `tokenready assess` is timed too, which also takes the SHA-256 of the file for
//! the inventory (SHA-256 alone runs at about 2 GB/s here, below ripgrep's search speed).
//! `TOKENREADY_BENCH_MIB` sets the size (default 256); `TOKENREADY_BENCH_KEEP=path` keeps it.

mod common;

use std::io::Write;
use std::path::PathBuf;

/// `--scan-only FILE`: the indicator scan alone, its counts on standard output.
fn scan_only(file: &str) {
    let f = std::fs::File::open(file).expect("the benchmark's log");
    let mut out = tokenready_engine::collect::FileResult::default();
    tokenready_engine::nslog::scan(std::io::BufReader::with_capacity(1 << 20, f), &mut out)
        .expect("readable");
    println!(
        "{} records, {} damaged, {} signal kinds, {} locations kept",
        out.records,
        out.errors,
        out.signals.len(),
        out.sightings.len()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--version") {
        return println!("nslog benchmark");
    }
    if let Some(i) = args.iter().position(|a| a == "--scan-only") {
        return scan_only(&args[i + 1]);
    }
    let mib = common::bench_mib(256);
    let dir = tempfile::tempdir().unwrap();
    let file = std::env::var("TOKENREADY_BENCH_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|_| dir.path().join("a.log"));
    let mut w = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    let mut written = 0usize;
    let mut i = 0u64;
    while written < mib << 20 {
        let body = match i % 50 {
            0 => format!("Failed to access \\\\ps{:02}\\PkgSvrHost\\{{{i:08x}}}: Logon failure: unknown user name or bad password. (0x8007052E)", i % 40),
            1 => "Download failed: The referenced account is currently locked out and may not be logged on to. (0x80070775)".to_string(),
            2 => format!("Failed to request 'https://smp01.corp.example:443/altiris/TaskManagement/CTAgent/GetClientTaskServers.aspx?shares=1&resourceGuid={i:08x}', error: HTTP status 401: The request requires user authentication (0x8FA10191)"),
            _ => format!("Distribution point update finished for package {{{i:08x}-130e-45b5-b959-100f9a499f8b}}: {} packages checked, 0 changed. Snapshot version {}.", i % 97, 1_600_000_000 + i),
        };
        let rec = if i.is_multiple_of(2) {
            format!("<event date=\"04/16/2025 07:{:02}:{:02}.1223067 -04:00\" severity=\"4\" hostName=\"SMP01\" source=\"PackageDistributionPointUpdate\" module=\"Altiris.NS.dll\" process=\"AeXSvc\" pid=\"4120\" thread=\"{}\" tickCount=\"{}\"><![CDATA[{body}]]></event>\r\n", (i / 60) % 60, i % 60, i % 97, 369203781 + i)
        } else {
            format!("<event date='Apr 16 08:{:02}:{:02}' severity='2' hostName='PS{:02}' source='PackageDownload' module='AeXNSAgent.exe' process='AeXNSAgent.exe' pid='724' thread='1740' tickCount='{}' >\r\n  <![CDATA[{body}]]></event>\r\n", (i / 60) % 60, i % 60, i % 40, 495844828 + i)
        };
        w.write_all(rec.as_bytes()).unwrap();
        written += rec.len();
        i += 1;
    }
    w.into_inner().unwrap().sync_all().unwrap();
    let bytes = std::fs::metadata(&file).unwrap().len();
    println!(
        "nslog: {:.0} MB, {i} records (2% logon failures with UNC paths, 2% lockouts, 2% HTTP 401)",
        bytes as f64 / 1e6
    );
    let me = std::env::current_exe().expect("this benchmark's path");
    let me = me.to_str().expect("a UTF-8 path");
    let scan = common::tool(3, me, &["--scan-only"], &file).expect("runs itself");
    common::line("indicator scan (nslog::scan, every record)", bytes, scan);
    let rg = common::Peer {
        label: "rg -c '<event'",
        program: "rg",
        args: &["-c", "<event"],
        goal: Some(0.5),
        install: "apt-get install ripgrep",
    };
    common::versus(3, &rg, &file, bytes, scan);
    let ours = common::ours(
        3,
        "tokenready assess --json - (scan + SHA-256)",
        &file,
        bytes,
    );
    common::versus(3, &common::Peer { goal: None, ..rg }, &file, bytes, ours);
}
