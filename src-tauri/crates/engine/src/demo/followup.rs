//! The demo's follow-up: the same Contoso site after the token rollout, collected again, with
//! the first assessment as the baseline. Its story: the password on PS01 was fixed and
//! tokens enabled at [`ROLLOUT_AT`]; PS01 and SMP01 stopped locking the ACC out, but WS0142
//! (a workstation with cached old credentials) still does; the Citrix and Office installers
//! moved from `\\files01\Packages$` to the web server; DC02's log, copied early, ends before
//! the rollout and so cannot prove anything about the time after it.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use tokenready_model::{AssessRequest, Engagement, Parameters};

use super::{codebases_csv, dc_events_xml, evt};

/// When token-based authentication was enabled at the demo site.
pub const ROLLOUT_AT: &str = "2025-04-22T08:00:00Z";

/// The follow-up's answers: the first assessment's, with the rollout instant.
pub fn parameters() -> Parameters {
    Parameters {
        rollout_at: Some(ROLLOUT_AT.into()),
        ..super::parameters()
    }
}

/// The package sources after the move: both installers on the web server, nothing on UNC
/// but the Software Library.
fn package_sources_ssv() -> Vec<u8> {
    let mut s = String::from("Name;SourceType;PackageLocation;PackageDirectory\r\n");
    s.push_str("Microsoft Office LTSC 2021;Url;https://web01.contoso.local/pkgs/office2021;\r\n");
    s.push_str("Citrix Workspace;Url;https://web01.contoso.local/pkgs/citrix;\r\n");
    s.push_str("Zoom Workplace;Library;\\\\smp01\\SoftwareLibrary\\6c6a9f40-5555-4fa0-b142-5678901234f0;\r\n");
    s.push_str("Legacy HR client;Local;P:\\Installers\\HR;\r\n");
    s.into_bytes()
}

/// The NS log of a day after the rollout: the updates run, no logon failure.
fn ns_log_after(day: u32) -> Vec<u8> {
    (0..6u32)
        .map(|h| super::dp_update(day, h))
        .collect::<String>()
        .into_bytes()
}

/// The NS log of a day before the rollout: the ACC still fails on PS01's package share.
fn ns_log_before(day: u32) -> Vec<u8> {
    [1u32, 3, 5]
        .iter()
        .map(|&h| super::share_logon_failure(day, h, "\\\\ps01.contoso.local\\PkgSvrHost"))
        .collect::<String>()
        .into_bytes()
}

const ACC_SID: &str = "S-1-5-21-3457937927-2839227994-823803824-2104";

fn kerberos_failure(rec: u64, time: &str, dc: &str, ip: &str) -> String {
    evt(
        4771,
        rec,
        time,
        dc,
        &[
            ("TargetUserName", "svc_itms_acc"),
            ("TargetSid", ACC_SID),
            ("ServiceName", "krbtgt/CONTOSO.LOCAL"),
            ("Status", "0x18"),
            ("IpAddress", ip),
        ],
    )
}

fn lockout(rec: u64, time: &str, dc: &str, caller: &str) -> String {
    evt(
        4740,
        rec,
        time,
        dc,
        &[
            ("TargetUserName", "svc_itms_acc"),
            ("TargetDomainName", caller),
            ("TargetSid", ACC_SID),
            ("SubjectUserSid", "S-1-5-18"),
            ("SubjectUserName", "DC01$"),
            ("SubjectDomainName", "CONTOSO"),
            ("SubjectLogonId", "0x3e7"),
        ],
    )
}

/// DC01 exported again: the first assessment's events, PS01's last lockout the day before
/// the rollout, then WS0142 still failing and locking the account out after it.
fn dc01_events_xml() -> Vec<u8> {
    let mut s = String::from_utf8(dc_events_xml()).expect("the demo is UTF-8");
    let dc = "DC01.contoso.local";
    let mut rec = 181_000;
    let mut next = || {
        rec += 1;
        rec
    };
    for k in [0u32, 3, 9] {
        s.push_str(&kerberos_failure(
            next(),
            &format!("2025-04-21T14:{k:02}:08.1000000Z"),
            dc,
            "::ffff:10.20.1.11",
        ));
    }
    s.push_str(&lockout(next(), "2025-04-21T14:21:08.1000000Z", dc, "PS01"));
    // On the agent's retry schedule, up to the morning of the export.
    for (day, hour) in [(23u32, 10u32), (29, 8)] {
        for k in [0u32, 3, 9, 21] {
            s.push_str(&kerberos_failure(
                next(),
                &format!("2025-04-{day}T{hour:02}:{k:02}:31.2000000Z"),
                dc,
                "::ffff:10.20.30.142",
            ));
        }
        s.push_str(&lockout(
            next(),
            &format!("2025-04-{day}T{hour:02}:22:31.2000000Z"),
            dc,
            "WS0142",
        ));
    }
    // Another account's lockout on the day of the export: the log reaches this far.
    s.push_str(&evt(
        4740,
        next(),
        "2025-04-29T09:05:00.0000000Z",
        dc,
        &[("TargetUserName", "jdoe"), ("TargetDomainName", "WS0077")],
    ));
    s.into_bytes()
}

/// DC02's log, copied a week early: it ends before the rollout.
fn dc02_events_xml() -> Vec<u8> {
    let dc = "DC02.contoso.local";
    let mut s = String::new();
    for (i, k) in [0u32, 3, 9].iter().enumerate() {
        s.push_str(&kerberos_failure(
            52_300 + i as u64,
            &format!("2025-04-20T09:{k:02}:44.0000000Z"),
            dc,
            "::ffff:10.20.1.11",
        ));
    }
    s.into_bytes()
}

/// Every file of the follow-up collection: relative path and content.
pub fn files() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("README.txt", b"TokenReady demo follow-up evidence: the fictional Contoso site collected again after the token rollout (2025-04-22T08:00:00Z). Generated by src-tauri/crates/engine/src/demo/followup.rs; do not edit.\r\n".to_vec()),
        ("cmdb/codebases.csv", codebases_csv()),
        ("cmdb/package-sources.txt", package_sources_ssv()),
        ("smp01/Logs/a.log", ns_log_after(28)),
        // The NS log of the day before the rollout, archived: its logon failures are the last.
        ("smp01/Logs/Archive/a-2025-04-21.zip", super::zip_of(&[("a1.log", ns_log_before(21))]).expect("an in-memory zip")),
        ("events/dc01-security.xml", dc01_events_xml()),
        ("events/dc02-security.xml", dc02_events_xml()),
    ]
}

/// Where the follow-up was materialised: the new evidence and the first assessment's report.
#[derive(Debug, Clone)]
pub struct FollowUp {
    pub evidence: PathBuf,
    pub baseline: PathBuf,
}

/// Writes the follow-up under `dir`: `evidence/` (the new collection) and `baseline.json`
/// (the report of the first assessment, made from the demo evidence written to `first/`).
pub fn write(dir: &Path) -> io::Result<FollowUp> {
    let evidence = dir.join("evidence");
    for (rel, data) in files() {
        let p = evidence.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(p, data)?;
    }
    let first = dir.join("first");
    super::write(&first)?;
    let request = AssessRequest {
        evidence: vec![first.display().to_string()],
        parameters: super::parameters(),
        engagement: Engagement {
            customer: Some("Contoso Ltd (demo)".into()),
            date: Some("2025-04-16".into()),
            scope: Some("Demo evidence".into()),
            language: None,
            ..Engagement::default()
        },
    };
    let report = crate::assess(&request, &|_| {}, &AtomicBool::new(false))
        .map_err(|e| io::Error::other(format!("the demo's first assessment failed: {e:?}")))?;
    let baseline = dir.join("baseline.json");
    crate::output::atomic_write(&baseline, |w| crate::output::write_json(&report, w))?;
    Ok(FollowUp { evidence, baseline })
}

/// Materialises the follow-up in a folder under the system temp dir.
pub fn materialise() -> io::Result<FollowUp> {
    write(&std::env::temp_dir().join(format!("tokenready-demo-followup-{}", crate::VERSION)))
}
