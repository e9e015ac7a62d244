//! Golden tests: realistic code base exports in every encoding and delimiter, through the whole
//! engine, compared with `tests/golden/codebase.json` (rewrite with TOKENREADY_BLESS=1).

use std::path::Path;
use std::sync::atomic::AtomicBool;

use tokenready_engine::assess;
use tokenready_engine::model::{AssessRequest, Parameters};

const FIXTURES: &[&str] = &[
    "swd-comma-bom.csv",
    "swd-utf16.csv",
    "asdk-semicolon.csv",
    "console-report.tsv",
];

fn summary(fixture: &str) -> serde_json::Value {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/codebase");
    let req = AssessRequest {
        evidence: vec![dir.join(fixture).display().to_string()],
        parameters: Parameters::default(),
        engagement: Default::default(),
    };
    let r = assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap();
    let input = &r.inputs[0];
    serde_json::json!({
        "kind": input.kind,
        "records": input.records,
        "errors": input.errors,
        "locations": r.locations.iter().map(|l| serde_json::json!({
            "normalized": l.normalized,
            "kind": l.kind,
            "host": l.host,
            "share": l.share,
            "auth": l.auth,
            "packages": l.packages,
            "lines": l.evidence.iter().map(|e| e.line).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "acc_required": r.verdict.acc_required,
    })
}

#[test]
fn code_base_exports_match_the_golden_file() {
    let got: serde_json::Map<String, serde_json::Value> = FIXTURES
        .iter()
        .map(|f| (f.to_string(), summary(f)))
        .collect();
    let got = serde_json::to_string_pretty(&got).unwrap() + "\n";
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/codebase.json");
    if std::env::var_os("TOKENREADY_BLESS").is_some() {
        std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
        std::fs::write(&golden, &got).unwrap();
    }
    let want = std::fs::read_to_string(&golden).unwrap_or_default();
    assert!(want == got, "golden file differs; got:\n{got}");
}

#[test]
fn utf16_and_utf8_exports_give_the_same_locations() {
    let a = summary("swd-comma-bom.csv");
    let b = summary("swd-utf16.csv");
    assert_eq!(a["locations"], b["locations"]);
    assert_eq!(a["records"], 4);
}
