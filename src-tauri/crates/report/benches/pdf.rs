//! Issue 8 benchmark: a report of about 100 pages (thousands of locations, hundreds of
//! findings' evidence rows, a long timeline) rendered to PDF. Goal: under 2 s.

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use tokenready_model::{AssessRequest, Auth, EvidenceRef, Location, LocationKind, TimelineBucket};

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/demo-evidence");
    let req = AssessRequest {
        evidence: vec![dir.display().to_string()],
        parameters: tokenready_engine::demo::parameters(),
        engagement: Default::default(),
    };
    let mut r = tokenready_engine::assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap();
    // Many locations (the appendix) and a long timeline.
    for i in 0..3000 {
        r.locations.push(Location {
            location: format!("\\\\ps{:02}.corp.example\\PkgSvrHost\\{{{i:08x}-130e-45b5-b959-100f9a499f8b}}\\cache", i % 40),
            normalized: String::new(),
            kind: LocationKind::Unc,
            host: Some(format!("ps{:02}.corp.example", i % 40)),
            share: Some("PkgSvrHost".into()),
            auth: Auth::Acc,
            auth_reason: "".into(),
            sources: vec!["cmdb/codebases.csv".into()],
            packages: vec![format!("{i:08x}")],
            evidence: vec![EvidenceRef { file: "cmdb/codebases.csv".into(), line: Some(i + 2), record: None, excerpt: None }],
            sightings: 1,
        });
    }
    for h in 0..200 {
        r.lockout_analysis.timeline.push(TimelineBucket {
            hour: format!("2025-04-{:02}T{:02}:00Z", 1 + h / 24, h % 24),
            lockouts: (h % 3) as u64,
            failures: (h % 17) as u64,
            by_source: Default::default(),
        });
    }
    let t = Instant::now();
    let pdf = tokenready_report::render(&r, tokenready_report::Paper::A4);
    let elapsed = t.elapsed();
    let pages = pdf
        .windows(11)
        .filter(|w| &w[..10] == b"/Type/Page" && w[10] != b's')
        .count();
    println!(
        "pdf: {} locations, {pages} pages, {:.1} MB, rendered in {:.0} ms (goal < 2000 ms: {})",
        r.locations.len(),
        pdf.len() as f64 / 1e6,
        elapsed.as_secs_f64() * 1e3,
        if elapsed.as_millis() < 2000 {
            "met"
        } else {
            "NOT met"
        }
    );
}
