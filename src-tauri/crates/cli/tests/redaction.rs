//! Redacted outputs (issue 18, CONTRACT.md "Redacted outputs"): every identifier of the
//! unredacted report — of the demo and of a generated larger site whose identifiers are known
//! by construction — is absent from every redacted output (the JSON, each CSV, and the PDF's
//! text via pdftotext), while structure and counts stay; one key gives the same pseudonyms run
//! after run, another key other ones.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tokenready"))
        .args(args)
        .output()
        .expect("run tokenready")
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/demo-evidence")
}

/// The PDF's text via pdftotext (poppler-utils). CI runs this test twice: natively on Linux,
/// where pdftotext must be there, and as the Windows build under Wine, where a Linux program
/// cannot be started; there (and on a Windows machine without poppler) the PDF part is left to
/// the native run and said so, the JSON and CSV parts still hold.
fn pdf_text(pdf: &Path) -> Option<String> {
    let out = match Command::new("pdftotext")
        .arg("-raw")
        .arg(pdf)
        .arg("-")
        .output()
    {
        Ok(out) => out,
        Err(e) if cfg!(windows) => {
            eprintln!(
                "pdftotext not runnable here ({e}): the PDF text is checked by the native run"
            );
            return None;
        }
        Err(e) => panic!(
            "pdftotext (poppler-utils) is needed by this test: apt-get install poppler-utils: {e}"
        ),
    };
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Every output of one run, as text: (what, text).
fn outputs(dir: &Path) -> Vec<(String, String)> {
    // The JSON's values (and the sources keying the timeline), not its member names.
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("report.json")).unwrap()).unwrap();
    let mut values = Vec::new();
    collect_strings(&json, &mut values);
    let mut all = vec![("report.json".to_string(), values.join("\n"))];
    let mut csvs: Vec<PathBuf> = std::fs::read_dir(dir.join("csv"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    csvs.sort();
    assert!(csvs.len() >= 3, "{csvs:?}");
    for c in csvs {
        // The header row is an interface (column names), not data.
        let text = std::fs::read_to_string(&c).unwrap();
        let rows = text.split_once('\n').map_or("", |(_, r)| r).to_string();
        all.push((c.file_name().unwrap().to_string_lossy().into_owned(), rows));
    }
    if let Some(text) = pdf_text(&dir.join("report-redacted.pdf")) {
        all.push(("report.pdf".into(), text));
    }
    all
}

/// Whether `id` stands in `text` as a whole token (case-insensitive).
fn contains_token(text: &str, id: &str) -> bool {
    let hay = text.to_lowercase();
    let needle = id.to_lowercase();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    hay.match_indices(&needle).any(|(i, _)| {
        !word(hay[..i].chars().next_back()) && !word(hay[i + needle.len()..].chars().next())
    })
}

/// Runs `assess` with the given evidence and options into `out` (redacted when `key` is
/// given) and returns the JSON report.
fn assess(evidence: &Path, extra: &[&str], out: &Path, key: Option<&Path>) -> Value {
    std::fs::create_dir_all(out).unwrap();
    let json = out.join("report.json");
    let csv = out.join("csv");
    let pdf = out.join(if key.is_some() {
        "report-redacted.pdf"
    } else {
        "report.pdf"
    });
    let mut args: Vec<String> = vec!["assess".into(), evidence.display().to_string()];
    args.extend(extra.iter().map(|s| s.to_string()));
    for (flag, p) in [("--json", &json), ("--csv", &csv), ("--pdf", &pdf)] {
        args.push(flag.into());
        args.push(p.display().to_string());
    }
    if let Some(k) = key {
        args.extend([
            "--redact".into(),
            "--redaction-key".into(),
            k.display().to_string(),
            "--redaction-map".into(),
            out.join("map.csv").display().to_string(),
        ]);
    }
    args.push("-q".into());
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(&run(&refs));
    serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap()
}

/// The identifiers of an unredacted report, taken from their places (hosts, shares, sources,
/// addresses, accounts, packages, evidence file names, customer, scope words) and from the
/// patterns of its texts (UNC hosts and shares, DOMAIN\user).
fn identifiers(r: &Value) -> Vec<String> {
    let mut ids = Vec::new();
    // A share keeps its `$` (`Packages$`: the bare word is English too).
    let mut push = |s: &str| {
        let s = s.trim();
        let s = if s.ends_with('$') && s.len() > 4 {
            s
        } else {
            s.trim_end_matches('$')
        };
        if s.len() >= 3 && s != "-" && s != "(unknown)" {
            ids.push(s.to_string());
        }
    };
    let strs = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    for l in r["locations"].as_array().unwrap() {
        if let Some(h) = l["host"].as_str() {
            // The host and its domain's first label (`ps01`, `contoso`; not the `local` TLD).
            for label in h.split('.').take(2) {
                push(label);
            }
        }
        if let Some(s) = l["share"].as_str() {
            push(s);
        }
        for p in strs(&l["packages"]) {
            push(&p);
        }
    }
    for s in r["lockouts"]["sources"].as_array().unwrap() {
        push(s["computer"].as_str().unwrap());
    }
    for s in r["lockout_analysis"]["sources"].as_array().unwrap() {
        push(s["source"].as_str().unwrap());
        for a in strs(&s["addresses"]) {
            push(&a);
        }
    }
    for i in r["log_indicators"].as_array().unwrap() {
        for h in strs(&i["hosts"]) {
            push(&h);
        }
    }
    if let Some(a) = r["lockouts"]["account"].as_str() {
        for part in a.split(['\\', '@']) {
            push(part);
        }
    }
    for i in r["inputs"].as_array().unwrap() {
        let p = i["path"].as_str().unwrap();
        push(p);
        push(p.rsplit(['/', '\\', '!']).next().unwrap());
    }
    if let Some(c) = r["engagement"]["customer"].as_str() {
        push(c);
        for w in c.split_whitespace().filter(|w| w.len() > 3) {
            push(w);
        }
    }
    // Accounts and callers named by event excerpts.
    let mut texts = Vec::new();
    collect_strings(r, &mut texts);
    for t in &texts {
        let mut w = t.split_whitespace();
        if let (Some("4740" | "4625" | "4771" | "4776"), Some(user)) = (w.next(), w.next()) {
            push(user);
        }
        for m in t.match_indices("\\\\") {
            let rest = &t[m.0 + 2..];
            let mut parts = rest.split(['\\', ' ', ',', ')']);
            if let (Some(h), Some(s)) = (parts.next(), parts.next()) {
                push(h.split('.').next().unwrap());
                push(s);
            }
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

fn collect_strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        Value::Object(m) => m.iter().for_each(|(k, x)| {
            if k.chars().any(|c| !c.is_ascii_lowercase() && c != '_') {
                // Keys that are data (timeline sources), not member names.
                out.push(k.clone());
            }
            collect_strings(x, out)
        }),
        _ => {}
    }
}

/// What redaction must not change: counts, kinds, IDs, severities, statuses.
fn shape(r: &Value) -> Value {
    let ids = |v: &Value, k: &str| -> Vec<Value> {
        v.as_array().unwrap().iter().map(|x| x[k].clone()).collect()
    };
    let findings: Vec<Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            serde_json::json!([
                f["id"],
                f["severity"],
                f["evidence"].as_array().unwrap().len()
            ])
        })
        .collect();
    let locations: Vec<Value> = r["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| serde_json::json!([l["kind"], l["auth"], l["share"].is_null()]))
        .collect();
    let sources: Vec<Value> = r["lockout_analysis"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            serde_json::json!([
                s["lockouts"],
                s["failures"],
                s["addresses"].as_array().unwrap().len()
            ])
        })
        .collect();
    serde_json::json!({
        "totals": r["totals"], "verdict": [r["verdict"]["token_supported"], r["verdict"]["acc_required"], r["verdict"]["evidence_complete"]],
        "inputs": r["inputs"].as_array().unwrap().iter().map(|i| serde_json::json!([i["kind"], i["records"], i["errors"]])).collect::<Vec<_>>(),
        "findings": findings, "locations": locations, "events": r["lockouts"]["events_by_id"],
        "callers": ids(&r["lockouts"]["sources"], "count"), "sources": sources,
        "timeline": r["lockout_analysis"]["timeline"].as_array().unwrap().iter().map(|b| serde_json::json!([b["hour"], b["lockouts"], b["failures"], b["by_source"].as_object().unwrap().len()])).collect::<Vec<_>>(),
        "checklist": ids(&r["checklist"], "status"), "indicators": ids(&r["log_indicators"], "count"),
    })
}

/// Checks one evidence set: identifiers gone from every output, shape kept, the key file's
/// secret in no output, the unredacted outputs showing the identifiers (so the check can fail).
fn proves(evidence: &Path, extra: &[&str], must_have: &[&str]) {
    let tmp = tempfile::tempdir().unwrap();
    let key = tmp.path().join("site.key");
    let plain = assess(evidence, extra, &tmp.path().join("plain"), None);
    let red = assess(evidence, extra, &tmp.path().join("red"), Some(&key));
    let mut ids = identifiers(&plain);
    for m in must_have {
        assert!(
            ids.iter().any(|i| i.eq_ignore_ascii_case(m)),
            "{m} not among {ids:?}"
        );
    }
    ids.retain(|i| {
        !matches!(
            i.to_lowercase().as_str(),
            "software-library" | "ds-image-store"
        )
    });
    assert!(ids.len() >= 10, "{ids:?}");
    let secret = std::fs::read_to_string(&key).unwrap().trim().to_string();
    assert_eq!(secret.len(), 64);
    if let Some(plain_pdf) = pdf_text(&tmp.path().join("plain/report.pdf")) {
        let shown = must_have
            .iter()
            .filter(|m| contains_token(&plain_pdf, m))
            .count();
        assert!(
            shown >= 3,
            "the unredacted PDF shows the identifiers ({shown})"
        );
    }
    for (what, text) in outputs(&tmp.path().join("red")) {
        let leaked: Vec<&String> = ids.iter().filter(|i| contains_token(&text, i)).collect();
        assert!(leaked.is_empty(), "{what} still shows {leaked:?}");
        assert!(!text.contains(&secret), "{what} shows the key");
    }
    assert_eq!(shape(&red), shape(&plain));
    assert_eq!(red["redacted"], true);
    assert!(plain.get("redacted").is_none());
    // The map has every pseudonym once and is only for the consultant.
    let map = std::fs::read_to_string(tmp.path().join("red/map.csv")).unwrap();
    assert!(map.starts_with("pseudonym,class,original"));
    for m in must_have {
        let m = m.trim_end_matches('$');
        assert!(contains_token(&map, m), "the map names {m}");
    }
}

#[test]
fn no_identifier_of_the_demo_survives_redaction() {
    proves(
        &demo(),
        &[
            "--account",
            "CONTOSO\\svc_itms_acc",
            "--customer",
            "Contoso Ltd",
            "--scope",
            "NS smp01, PS01, PS02",
            "--software-library",
            "\\\\smp01\\SoftwareLibrary",
        ],
        &[
            "ps01",
            "files01",
            "svc_itms_acc",
            "10.20.1.11",
            "Packages$",
            "Contoso",
        ],
    );
}

/// A larger site written here, so that every identifier is known by construction: 24 hosts
/// with shares and packages in a code base list, 30 accounts locked out from 30 callers, failed
/// logons from addresses, NS log records from site servers naming them.
fn larger_site(dir: &Path) {
    std::fs::create_dir_all(dir.join("cmdb")).unwrap();
    std::fs::create_dir_all(dir.join("dc")).unwrap();
    std::fs::create_dir_all(dir.join("site07/Logs")).unwrap();
    let mut cb = String::from("PackageName,Prefix,Codebase\r\n");
    for i in 0..24 {
        cb.push_str(&format!(
            "Orchid Suite {i},,\\\\srv{i:02}.fabrikam.test\\Depot{i:02}$\\Orchid{i:02}\r\nLark Viewer {i},,https://web{i:02}.fabrikam.test/Altiris/PS/Share/Lark{i:02}\r\n"
        ));
    }
    std::fs::write(dir.join("cmdb/codebases.csv"), cb).unwrap();
    let mut xml = String::new();
    for i in 0..30u32 {
        let ev = |id: u32, rec: u32, data: String| {
            format!("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing'/><EventID>{id}</EventID><TimeCreated SystemTime='2026-05-0{}T1{}:{:02}:00.0000000Z'/><EventRecordID>{rec}</EventRecordID><Channel>Security</Channel><Computer>DCX01.fabrikam.test</Computer></System><EventData>{data}</EventData></Event>\r\n", 1 + i % 5, i % 10, i % 60)
        };
        xml.push_str(&ev(4740, 1000 + i, format!("<Data Name='TargetUserName'>usr{i:03}x</Data><Data Name='TargetDomainName'>KIOSK{i:03}</Data><Data Name='SubjectUserName'>DCX01$</Data><Data Name='SubjectDomainName'>FABRIKAM</Data>")));
        xml.push_str(&ev(4625, 2000 + i, format!("<Data Name='TargetUserName'>usr{i:03}x</Data><Data Name='TargetDomainName'>FABRIKAM</Data><Data Name='Status'>0xc000006d</Data><Data Name='SubStatus'>0xc000006a</Data><Data Name='LogonType'>3</Data><Data Name='WorkstationName'>KIOSK{i:03}</Data><Data Name='IpAddress'>172.31.{i}.{}</Data>", 10 + i)));
    }
    std::fs::write(dir.join("dc/dcx01-security.xml"), xml).unwrap();
    let mut log = String::new();
    for i in 0..12 {
        log.push_str(&format!("<event date='May 16 11:{i:02}:05' severity='2' hostName='SITE{i:02}' source='Download' module='AeXNSAgent.exe' process='AeXNSAgent.exe' pid='724' thread='1740' tickCount='{}' >\r\n  <![CDATA[Download of package {{3f9d2e10-2222-4c7d-8e1f-23456789{i:04}}} from \\\\srv{i:02}.fabrikam.test\\Depot{i:02}$\\Orchid{i:02} failed: Logon failure: unknown user name or bad password. (0x8007052E)]]></event>\r\n", 495844828 + i));
    }
    std::fs::write(dir.join("site07/Logs/agent.log"), log).unwrap();
}

#[test]
fn no_identifier_of_a_larger_site_survives_redaction() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("fabrikam-evidence");
    larger_site(&site);
    proves(
        &site,
        &[
            "--customer",
            "Fabrikam Industries",
            "--scope",
            "Fabrikam HQ, srv01",
        ],
        &[
            "srv03",
            "Depot03$",
            "usr007x",
            "KIOSK007",
            "172.31.7.17",
            "SITE03",
            "fabrikam",
        ],
    );
}

#[test]
fn one_key_gives_the_same_pseudonyms_another_key_other_ones() {
    let tmp = tempfile::tempdir().unwrap();
    let (k1, k2) = (tmp.path().join("a.key"), tmp.path().join("b.key"));
    let run_with = |key: &Path, out: &str| -> Value {
        let mut r = assess(
            &demo(),
            &["--customer", "Contoso Ltd"],
            &tmp.path().join(out),
            Some(key),
        );
        r.as_object_mut().unwrap().remove("generated_at");
        r
    };
    let a = run_with(&k1, "a1");
    let again = run_with(&k1, "a2");
    assert_eq!(a, again);
    let b = run_with(&k2, "b");
    assert_eq!(shape(&a), shape(&b));
    assert_ne!(a["locations"], b["locations"]);
    let map = |d: &str| std::fs::read_to_string(tmp.path().join(d).join("map.csv")).unwrap();
    assert_eq!(map("a1"), map("a2"));
    assert_ne!(map("a1"), map("b"));
}

#[test]
fn redaction_options_need_redact_and_never_replace_an_unredacted_export() {
    let tmp = tempfile::tempdir().unwrap();
    let map = tmp.path().join("map.csv");
    for args in [
        vec![
            "assess",
            "--redaction-map",
            map.to_str().unwrap(),
            "--json",
            "-",
        ],
        vec!["assess", "--redaction-key", "k", "--json", "-"],
    ] {
        let out = run(&args);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("need --redact") && err.lines().count() == 1,
            "{err}"
        );
        assert!(!map.exists());
    }
    let pdf = tmp.path().join("report.pdf");
    std::fs::write(&pdf, b"%PDF unredacted").unwrap();
    let out = run(&["assess", "--redact", "--pdf", pdf.to_str().unwrap(), "-q"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a redacted export"));
    assert_eq!(std::fs::read(&pdf).unwrap(), b"%PDF unredacted");
    // A redacted export may replace an earlier redacted one.
    let again = tmp.path().join("report-redacted.pdf");
    std::fs::write(&again, b"old").unwrap();
    ok(&run(&[
        "assess",
        "--redact",
        "--pdf",
        again.to_str().unwrap(),
        "-q",
    ]));
    assert!(std::fs::read(&again).unwrap().starts_with(b"%PDF"));
}
