//! The CLI as other tools drive it: arguments, exit codes and JSON from `CONTRACT.md`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tokenready"))
}

fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/demo-evidence")
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run tokenready")
}

fn json_of(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// Where a report breaks the shipped JSON Schema.
fn schema_errors(report: &serde_json::Value) -> Vec<String> {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../model/schema/report.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    validator
        .iter_errors(report)
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn report_validates_against_the_shipped_schema_and_lists_every_input() {
    let out = run(&[
        "assess",
        demo().to_str().unwrap(),
        "--account",
        r"CONTOSO\svc_itms_acc",
        "--itms-version",
        "8.7.3",
        "--software-library",
        r"\\smp01\SoftwareLibrary",
        "--fallback",
        "on",
        "--json",
        "-",
        "-q",
    ]);
    let report = json_of(&out);
    let errors = schema_errors(&report);
    assert!(errors.is_empty(), "{errors:#?}");

    // The contract's required members.
    for k in [
        "tool",
        "generated_at",
        "inputs",
        "verdict",
        "locations",
        "lockouts",
        "log_indicators",
        "findings",
        "checklist",
    ] {
        assert!(report.get(k).is_some(), "missing {k}");
    }
    assert_eq!(report["tool"]["name"], "tokenready");

    // Every file, zip members included, with kind, SHA-256, records and errors.
    let inputs = report["inputs"].as_array().unwrap();
    let paths: Vec<&str> = inputs.iter().map(|i| i["path"].as_str().unwrap()).collect();
    let on_disk = walk(&demo());
    for f in &on_disk {
        assert!(
            paths.iter().any(|p| Path::new(p) == f.as_path()),
            "{} not listed",
            f.display()
        );
    }
    assert!(
        paths
            .iter()
            .any(|p| p.ends_with("a-2025-04-15.zip!/a1.log")),
        "zip member not listed"
    );
    assert_eq!(inputs.len(), on_disk.len() + 1);
    for i in inputs {
        assert_eq!(i["sha256"].as_str().unwrap().len(), 64);
        assert!(i["records"].as_u64().unwrap() > 0, "{i}");
        assert_eq!(i["errors"], 0);
    }
    let sha_of_csv = inputs
        .iter()
        .find(|i| i["path"].as_str().unwrap().ends_with("codebases.csv"))
        .unwrap()["sha256"]
        .clone();
    let bytes = std::fs::read(demo().join("cmdb/codebases.csv")).unwrap();
    use sha2::Digest;
    assert_eq!(sha_of_csv, format!("{:x}", sha2::Sha256::digest(&bytes)));

    let kinds: Vec<&str> = inputs.iter().map(|i| i["kind"].as_str().unwrap()).collect();
    for k in [
        "codebase-list",
        "ns-log",
        "agent-log",
        "event-xml",
        "event-csv",
        "zip",
        "text",
    ] {
        assert!(kinds.contains(&k), "no {k} in {kinds:?}");
    }

    // The demo's conclusions.
    assert_eq!(report["verdict"]["token_supported"], true);
    assert_eq!(report["verdict"]["acc_required"], true);
    assert_eq!(report["lockouts"]["events_by_id"]["4740"], 5);
    assert_eq!(
        report["lockouts"]["sources"][0],
        serde_json::json!({"computer": "ps01", "count": 3})
    );
    let sl = report["locations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["sources"][0] == "software-library")
        .unwrap();
    assert_eq!(
        (sl["kind"].as_str(), sl["auth"].as_str()),
        (Some("unc"), Some("acc"))
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn without_evidence_the_demo_is_used() {
    let out = run(&["assess", "--json", "-"]);
    let report = json_of(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("demo evidence"));
    assert_eq!(report["parameters"]["itms_version"], "8.7.3");
    assert!(report["inputs"].as_array().unwrap().len() >= 9);
}

#[test]
fn unreadable_input_is_reported_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("garbage.bin"),
        [0u8, 159, 146, 150, 0, 1, 2, 3],
    )
    .unwrap();
    std::fs::write(
        dir.path().join("broken.zip"),
        b"PK\x03\x04 this is not really a zip",
    )
    .unwrap();
    let out = run(&[
        "assess",
        dir.path().to_str().unwrap(),
        "/no/such/evidence",
        "--json",
        "-",
        "-q",
    ]);
    let report = json_of(&out);
    let inputs = report["inputs"].as_array().unwrap();
    let find = |end: &str| {
        inputs
            .iter()
            .find(|i| i["path"].as_str().unwrap().ends_with(end))
            .unwrap()
            .clone()
    };
    assert_eq!(find("garbage.bin")["kind"], "unknown");
    let z = find("broken.zip");
    assert_eq!(z["kind"], "zip");
    // No central directory, then no readable local header: both said, with the member's place.
    assert_eq!(z["errors"], 2);
    assert!(z["problems"][0]["message"]
        .as_str()
        .unwrap()
        .contains("damaged zip archive"));
    assert_eq!(z["problems"][1]["place"]["record"], 1);
    let missing = find("/no/such/evidence");
    assert_eq!(missing["errors"], 1);
    assert_eq!(report["verdict"]["evidence_complete"], false);
}

#[test]
fn bad_usage_and_unwritable_output_exit_non_zero_with_one_line() {
    let out = run(&["assess", "--fallback", "maybe"]);
    assert!(!out.status.success());
    let out = run(&[
        "assess",
        demo().to_str().unwrap(),
        "--json",
        "/no/such/dir/report.json",
        "-q",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("report.json"));
}

#[test]
fn csv_tables_are_written_with_bom_and_stable_headers() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&[
        "assess",
        demo().to_str().unwrap(),
        "--csv",
        dir.path().to_str().unwrap(),
        "-q",
    ]);
    assert!(out.status.success());
    let inputs = std::fs::read(dir.path().join("inputs.csv")).unwrap();
    assert!(inputs.starts_with(b"\xEF\xBB\xBFpath,kind,sha256,size,records,errors,note\r\n"));
    let loc = std::fs::read_to_string(dir.path().join("locations.csv")).unwrap();
    assert!(loc.contains("\\\\files01\\Packages$\\Citrix,\\\\files01\\packages$\\citrix,unc,files01,Packages$,acc,"), "{loc}");
    for t in tokenready_engine::output::CSV_TABLES {
        assert!(dir.path().join(t).is_file(), "{t}");
    }
}

#[test]
fn pdf_report_is_written_with_the_cover_details() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("report.pdf");
    let out = run(&[
        "assess",
        demo().to_str().unwrap(),
        "--customer",
        "Müller AG",
        "--paper",
        "letter",
        "--pdf",
        pdf.to_str().unwrap(),
        "-q",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-") && bytes.ends_with(b"%%EOF"));
    // Written atomically: nothing else is left in the folder.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_follow_up_compares_with_the_baseline_and_decides_chk04() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.json");
    let demo = demo();
    let common = [
        "assess",
        demo.to_str().unwrap(),
        "--account",
        r"CONTOSO\svc_itms_acc",
        "-q",
    ];
    let first = run(&[&common[..], &["--json", base.to_str().unwrap()]].concat());
    assert!(first.status.success());
    let csv = dir.path().join("csv");
    let out = run(&[
        &common[..],
        &[
            "--baseline",
            base.to_str().unwrap(),
            "--rollout-at",
            "2025-04-16T13:00:00+01:00",
            "--csv",
            csv.to_str().unwrap(),
            "--json",
            "-",
        ],
    ]
    .concat());
    let report = json_of(&out);
    let errors = schema_errors(&report);
    assert!(errors.is_empty(), "{errors:#?}");
    let c = &report["comparison"];
    assert_eq!(c["rollout_at"], "2025-04-16T12:00:00Z");
    assert_eq!(c["baseline"]["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(c["findings"]["resolved"].as_array().unwrap().len(), 0);
    // The demo's DC logs three 4740s for the ACC after 12:00Z.
    assert_eq!(c["events"]["after"]["4740"], 3);
    let chk04 = report["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "CHK-04")
        .unwrap();
    assert_eq!(
        (chk04["status"].as_str(), chk04["basis"].as_str()),
        (Some("fail"), Some("evidence"))
    );
    assert!(!chk04["evidence"].as_array().unwrap().is_empty());
    let table = std::fs::read_to_string(csv.join("comparison.csv")).unwrap();
    assert!(
        table.starts_with("\u{feff}section,key,before,after,detail\r\n"),
        "{table}"
    );
    assert!(table.contains("events,4740,"), "{table}");

    // Without either option there is no comparison.
    let plain = json_of(&run(&[&common[..], &["--json", "-"]].concat()));
    assert!(plain.get("comparison").is_none());
}

#[test]
fn a_bad_baseline_or_rollout_is_one_line_and_non_zero_and_overwrites_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out_json = dir.path().join("out.json");
    std::fs::write(&out_json, "kept").unwrap();
    let bad = dir.path().join("notes.txt");
    std::fs::write(&bad, "not a report").unwrap();
    let demo = demo();
    for (opt, value, want) in [
        ("--baseline", bad.to_str().unwrap(), "notes.txt"),
        (
            "--baseline",
            "/nonexistent/base.json",
            "/nonexistent/base.json",
        ),
        ("--rollout-at", "last week", "last week"),
    ] {
        let out = run(&[
            "assess",
            demo.to_str().unwrap(),
            opt,
            value,
            "--json",
            out_json.to_str().unwrap(),
            "-q",
        ]);
        assert!(!out.status.success(), "{opt} {value}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains(want), "{err}");
        assert_eq!(std::fs::read_to_string(&out_json).unwrap(), "kept");
    }
}
