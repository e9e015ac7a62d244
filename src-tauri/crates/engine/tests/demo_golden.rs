//! Golden files for the demo assessment: the JSON report and every CSV table, byte for byte
//! (rewrite with TOKENREADY_BLESS=1). The evidence path is relative and the timestamp pinned,
//! so the output is the same on every machine.

use std::path::Path;
use std::sync::atomic::AtomicBool;

use tokenready_engine::model::{AssessRequest, Engagement};
use tokenready_engine::{assess, demo, output};

/// Copies the demo evidence into `dir` with every file dated 2025-04-17 (agent-log dates take
/// their year from the file date, so a checkout's dates must not leak into the golden files).
fn pinned_copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            pinned_copy(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
            let when = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_744_848_000); // 2025-04-17
            std::fs::File::options()
                .write(true)
                .open(&target)
                .unwrap()
                .set_modified(when)
                .unwrap();
        }
    }
}

fn demo_report() -> tokenready_engine::model::Report {
    let work = tempfile::tempdir().unwrap().keep();
    pinned_copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/demo-evidence"),
        &work.join("demo-evidence"),
    );
    // A relative path: the same report on every machine.
    let req = AssessRequest {
        evidence: vec!["demo-evidence".into()],
        parameters: demo::parameters(),
        engagement: Engagement {
            customer: Some("Contoso Ltd".into()),
            consultant: Some("Ana Sørensen".into()),
            date: Some("2026-11-24".into()),
            scope: Some("NS smp01, PS01, PS02".into()),
            language: None,
        },
    };
    std::env::set_current_dir(&work).unwrap();
    let mut r = assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap();
    r.generated_at = "2026-11-24T12:00:00Z".into();
    r.tool.version = "golden".into();
    r
}

/// On Windows, evidence paths are shown with `\`; the golden files use `/`. Rewrites the
/// separators of every `demo-evidence…` path (JSON-escaped `\\` or plain `\`) up to the end of
/// the path, so the rest (UNC code bases) is compared as it is.
fn portable(got: &[u8]) -> Vec<u8> {
    if !cfg!(windows) {
        return got.to_vec();
    }
    let text = String::from_utf8(got.to_vec()).unwrap();
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("demo-evidence") {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(['"', ',', '!', '\n', '\r']).unwrap_or(tail.len());
        out.push_str(&tail[..end].replace("\\\\", "/").replace('\\', "/"));
        rest = &tail[end..];
    }
    out.push_str(rest);
    out.into_bytes()
}

fn check(name: &str, got: &[u8]) {
    let got = &portable(got)[..];
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/demo")
        .join(name);
    if std::env::var_os("TOKENREADY_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, got).unwrap();
    }
    let want = std::fs::read(&path).unwrap_or_default();
    assert!(
        want == got,
        "{name} differs from tests/golden/demo/{name} (TOKENREADY_BLESS=1 to accept):\n{}",
        String::from_utf8_lossy(got)
    );
}

#[test]
fn demo_json_and_csv_match_the_golden_files() {
    let r = demo_report();
    let mut json = Vec::new();
    output::write_json(&r, &mut json).unwrap();
    check("report.json", &json);
    let dir = tempfile::tempdir().unwrap();
    output::write_csv_dir(&r, dir.path()).unwrap();
    for t in output::CSV_TABLES {
        check(t, &std::fs::read(dir.path().join(t)).unwrap());
    }
}
