//! Issue 22 benchmark: a winlogbeat NDJSON export (one document a line, the raw shape of
//! `../shared/reference/siem-exports.md` §1.2) read by `tokenready assess`, its time and its
//! peak memory at two sizes and without any event of the account: the reader's memory stays flat
//! while the input grows four times; what grows is the account's events the analysis keeps.
//! `jq` selecting the lockouts from the same file is the reference for "every document parsed".
//! `TOKENREADY_BENCH_MIB` sets the large size (default 1024; the small one is a quarter of it);
//! `TOKENREADY_BENCH_KEEP=dir` keeps the files.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Peak resident set of `tokenready assess -q --json - FILE` in MiB, read by GNU time
/// (`/usr/bin/time -f %M`, KiB); None without it.
fn peak_mib(file: &Path) -> Option<f64> {
    let out = Command::new("/usr/bin/time")
        .args([
            "-f",
            "%M",
            common::TOKENREADY,
            "assess",
            "-q",
            "--json",
            "-",
        ])
        .arg(file)
        .stdout(std::process::Stdio::null())
        .output()
        .ok()?;
    let err = String::from_utf8_lossy(&out.stderr);
    let kib: f64 = err.lines().last()?.trim().parse().ok()?;
    Some(kib / 1024.0)
}

/// One winlogbeat document (ids as strings, ≥ 7.13): every 50th a 4740 lockout of the ACC,
/// every 50th a 4625 failure with its workstation, the rest 4624 logons of other accounts;
/// without `lockouts`, 4624 logons only.
fn document(i: u64, lockouts: bool) -> String {
    let (id, data) = match if lockouts { i % 50 } else { 2 } {
        0 => (
            "4740",
            format!(
                r#"{{"TargetUserName":"svc_acc","TargetDomainName":"WS{:04}","TargetSid":"S-1-5-21-1-2-3-1109","SubjectUserSid":"S-1-5-18","SubjectUserName":"DC01$","SubjectDomainName":"CONTOSO","SubjectLogonId":"0x3e7"}}"#,
                i % 400
            ),
        ),
        1 => (
            "4625",
            format!(
                r#"{{"SubjectUserSid":"S-1-0-0","TargetUserName":"svc_acc","TargetDomainName":"CONTOSO","Status":"0xc000006d","FailureReason":"%%2313","SubStatus":"0xc000006a","LogonType":"3","LogonProcessName":"NtLmSsp ","AuthenticationPackageName":"NTLM","WorkstationName":"WS{:04}","IpAddress":"10.1.{}.{}","IpPort":"0"}}"#,
                i % 400,
                (i / 250) % 250,
                i % 250
            ),
        ),
        _ => (
            "4624",
            format!(
                r#"{{"SubjectUserSid":"S-1-0-0","TargetUserName":"user{:05}","TargetDomainName":"CONTOSO","LogonType":"3","LogonProcessName":"Kerberos","AuthenticationPackageName":"Kerberos","WorkstationName":"-","IpAddress":"10.2.{}.{}","IpPort":"49{:03}"}}"#,
                i % 20000,
                (i / 250) % 250,
                i % 250,
                i % 1000
            ),
        ),
    };
    let secs = i / 20;
    format!(
        concat!(
            r#"{{"@timestamp":"2025-04-{:02}T{:02}:{:02}:{:02}.0856521Z","event":{{"code":"{}","kind":"event","provider":"Microsoft-Windows-Security-Auditing"}},"#,
            r#""host":{{"name":"winlogbeat-collector"}},"winlog":{{"api":"wineventlog","channel":"Security","computer_name":"DC01.contoso.local","#,
            r#""event_data":{},"event_id":"{}","keywords":["Audit Failure"],"provider_name":"Microsoft-Windows-Security-Auditing","record_id":{}}}}}"#,
            "\n"
        ),
        1 + (secs / 86_400) % 28,
        (secs / 3600) % 24,
        (secs / 60) % 60,
        secs % 60,
        id,
        data,
        id,
        100_000 + i
    )
}

fn write(file: &Path, mib: usize, lockouts: bool) -> u64 {
    let mut w = std::io::BufWriter::new(std::fs::File::create(file).unwrap());
    let mut written = 0usize;
    let mut i = 0u64;
    while written < mib << 20 {
        let d = document(i, lockouts);
        w.write_all(d.as_bytes()).unwrap();
        written += d.len();
        i += 1;
    }
    w.into_inner().unwrap().sync_all().unwrap();
    i
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--version") {
        return println!("siem benchmark");
    }
    let mib = common::bench_mib(1024);
    let tmp = tempfile::tempdir().unwrap();
    let dir = std::env::var("TOKENREADY_BENCH_KEEP")
        .map(PathBuf::from)
        .unwrap_or_else(|_| tmp.path().to_path_buf());
    for (size, lockouts) in [(mib / 4, true), (mib, true), (mib, false)] {
        let file = dir.join(format!("winlogbeat-{size}-{lockouts}.ndjson"));
        let docs = write(&file, size, lockouts);
        let bytes = std::fs::metadata(&file).unwrap().len();
        let mix = if lockouts {
            "2% 4740, 2% 4625, 96% 4624"
        } else {
            "4624 only: nothing to keep"
        };
        println!(
            "siem: {:.0} MB winlogbeat NDJSON, {docs} documents ({mix})",
            bytes as f64 / 1e6
        );
        let ours = common::ours(
            3,
            "tokenready assess --json - (read + SHA-256)",
            &file,
            bytes,
        );
        match peak_mib(&file) {
            Some(m) => println!("  peak resident set of tokenready assess: {m:.1} MiB"),
            None => println!("  peak memory not measured (GNU time: apt-get install time)"),
        }
        let jq = common::Peer {
            label: "jq -c 'select(.winlog.event_id==\"4740\")'",
            program: "jq",
            args: &["-c", "select(.winlog.event_id==\"4740\")"],
            goal: None,
            install: "apt-get install jq",
        };
        common::versus(1, &jq, &file, bytes, ours);
        if std::env::var("TOKENREADY_BENCH_KEEP").is_err() {
            std::fs::remove_file(&file).unwrap();
        }
    }
}
