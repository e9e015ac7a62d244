//! Helpers shared by the event-export tests: events read from the shared EVTX samples or the
//! demo's XML, written back as XML, and the picture of a report that must not depend on the
//! format the events came in.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use tokenready_engine::assess;
use tokenready_engine::model::{AssessRequest, Parameters, Report};

/// One event, as the EVTX or XML gives it.
#[derive(Clone, Debug)]
pub struct Ev {
    pub id: u32,
    /// UTC, `YYYY-MM-DDTHH:MM:SS`.
    pub time: String,
    pub computer: String,
    pub record: u64,
    pub data: BTreeMap<String, String>,
}

pub fn xml_of(events: &[Ev]) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;");
    let mut s = String::new();
    for ev in events {
        s.push_str(&format!("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing'/><EventID>{}</EventID><TimeCreated SystemTime='{}.0000000Z'/><EventRecordID>{}</EventRecordID><Channel>Security</Channel><Computer>{}</Computer></System><EventData>", ev.id, ev.time, ev.record, esc(&ev.computer)));
        for (k, v) in &ev.data {
            s.push_str(&format!("<Data Name='{k}'>{}</Data>", esc(v)));
        }
        s.push_str("</EventData></Event>\r\n");
    }
    s
}

/// The 4740 and 4625 events of an EVTX, read with the evtx crate's JSON output.
pub fn from_evtx(path: &Path) -> Vec<Ev> {
    let mut p = evtx::EvtxParser::from_path(path).unwrap();
    let mut out = Vec::new();
    for r in p.records_json_value().flatten() {
        let e = &r.data["Event"];
        let sys = &e["System"];
        let id = sys["EventID"]
            .as_u64()
            .or_else(|| sys["EventID"]["#text"].as_u64())
            .unwrap() as u32;
        if id != 4740 && id != 4625 {
            continue;
        }
        let time = sys["TimeCreated"]["#attributes"]["SystemTime"]
            .as_str()
            .unwrap()[..19]
            .to_string();
        let mut data = BTreeMap::new();
        if let Some(m) = e["EventData"].as_object() {
            for (k, v) in m {
                let v = match v {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                };
                data.insert(k.clone(), v);
            }
        }
        out.push(Ev {
            id,
            time,
            computer: sys["Computer"].as_str().unwrap_or("").to_string(),
            record: r.event_record_id,
            data,
        });
    }
    out
}

/// The 4740 and 4625 events of a wevtutil-style XML file (the demo's), by plain text search.
pub fn from_xml(text: &str) -> Vec<Ev> {
    let between = |s: &str, a: &str, b: &str| -> Option<String> {
        let i = s.find(a)? + a.len();
        Some(s[i..i + s[i..].find(b)?].to_string())
    };
    let mut out = Vec::new();
    for chunk in text.split("</Event>") {
        let Some(id) = between(chunk, "<EventID>", "</EventID>").and_then(|s| s.parse().ok())
        else {
            continue;
        };
        if id != 4740 && id != 4625 {
            continue;
        }
        let mut data = BTreeMap::new();
        for d in chunk.split("<Data Name='").skip(1) {
            let (k, rest) = d.split_once("'>").unwrap();
            data.insert(
                k.to_string(),
                rest.split("</Data>").next().unwrap().to_string(),
            );
        }
        out.push(Ev {
            id,
            time: between(chunk, "SystemTime='", "'").unwrap()[..19].to_string(),
            computer: between(chunk, "<Computer>", "</Computer>").unwrap(),
            record: between(chunk, "<EventRecordID>", "</EventRecordID>")
                .unwrap()
                .parse()
                .unwrap(),
            data,
        });
    }
    out
}

pub fn run_files(files: &[(&str, &[u8])]) -> Report {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in files {
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    run_path(dir.path())
}

pub fn run_path(p: &Path) -> Report {
    let req = AssessRequest {
        evidence: vec![p.display().to_string()],
        parameters: Parameters::default(),
        engagement: Default::default(),
    };
    assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap()
}

/// What must not depend on the format: counts by ID, lockout callers, sources with their
/// lockouts, failures and addresses, and the hours (without the UTC mark, which only the
/// zone-aware formats carry).
pub type Picture = (
    Vec<(String, u64)>,
    Vec<(String, u64)>,
    Vec<String>,
    Vec<(String, u64, u64)>,
);

pub fn picture(r: &Report) -> Picture {
    let ids = r
        .lockouts
        .events_by_id
        .iter()
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    let callers = r
        .lockouts
        .sources
        .iter()
        .map(|s| (s.computer.clone(), s.count))
        .collect();
    let sources = r
        .lockout_analysis
        .sources
        .iter()
        .map(|s| {
            format!(
                "{} l{} f{} {:?}",
                s.source, s.lockouts, s.failures, s.addresses
            )
        })
        .collect();
    let hours = r
        .lockout_analysis
        .timeline
        .iter()
        .map(|b| {
            (
                b.hour.trim_end_matches('Z').to_string(),
                b.lockouts,
                b.failures,
            )
        })
        .collect();
    (ids, callers, sources, hours)
}

/// The picture of these events written as one XML export.
pub fn xml_picture(events: &[Ev]) -> Picture {
    picture(&run_files(&[("dc01.xml", xml_of(events).as_bytes())]))
}

pub fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/samples/evtx")
}

pub fn demo_xml() -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../tests/demo-evidence/events/dc01-security.xml");
    std::fs::read_to_string(p).unwrap()
}

/// The English templates with the EventData name of each line (adtschema.dll 0x1284 and
/// 0x1211, itms-domain.md §4.1/§4.2): (heading?, English label, data name, top level?).
pub const T4740: &[(&str, &str)] = &[
    ("Subject", ""),
    ("Security ID", "SubjectUserSid"),
    ("Account Name", "SubjectUserName"),
    ("Account Domain", "SubjectDomainName"),
    ("Logon ID", "SubjectLogonId"),
    ("Account That Was Locked Out", ""),
    ("Security ID", "TargetSid"),
    ("Account Name", "TargetUserName"),
    ("Additional Information", ""),
    ("Caller Computer Name", "TargetDomainName"),
];
pub const T4625: &[(&str, &str)] = &[
    ("Subject", ""),
    ("Security ID", "SubjectUserSid"),
    ("Account Name", "SubjectUserName"),
    ("Account Domain", "SubjectDomainName"),
    ("Logon ID", "SubjectLogonId"),
    ("Logon Type", "LogonType"),
    ("Account For Which Logon Failed", ""),
    ("Security ID", "TargetUserSid"),
    ("Account Name", "TargetUserName"),
    ("Account Domain", "TargetDomainName"),
    ("Failure Information", ""),
    ("Failure Reason", "FailureReason"),
    ("Status", "Status"),
    ("Sub Status", "SubStatus"),
    ("Process Information", ""),
    ("Caller Process ID", "ProcessId"),
    ("Caller Process Name", "ProcessName"),
    ("Network Information", ""),
    ("Workstation Name", "WorkstationName"),
    ("Source Network Address", "IpAddress"),
    ("Source Port", "IpPort"),
    ("Detailed Authentication Information", ""),
    ("Logon Process", "LogonProcessName"),
    ("Authentication Package", "AuthenticationPackageName"),
    ("Transited Services", "TransmittedServices"),
    ("Package Name (NTLM only)", "LmPackageName"),
    ("Key Length", "KeyLength"),
];

/// The English rendered message of one event, with the template's tabs and CRLFs.
pub fn english_message(ev: &Ev) -> String {
    let (title, template) = if ev.id == 4740 {
        ("A user account was locked out.", T4740)
    } else {
        ("An account failed to log on.", T4625)
    };
    let mut m = format!("{title}\r\n");
    for (en, data) in template {
        let v = ev.data.get(*data).map(String::as_str).unwrap_or("-");
        if data.is_empty() {
            m.push_str(&format!("\r\n{en}:\r\n"));
        } else if *en == "Logon Type" {
            m.push_str(&format!("\r\n{en}:\t\t\t{v}\r\n"));
        } else {
            m.push_str(&format!("\t{en}:\t\t{v}\r\n"));
        }
    }
    m
}
