//! The README's limits table says what the code enforces: each row's value is checked against
//! the constant behind it, so the documentation cannot drift.

use tokenready_engine::{assessment, intake, lines, nslog, sniff};

fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{} GiB", b >> 30),
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b => format!("{} KiB", b >> 10),
    }
}

#[test]
fn the_readme_limits_table_matches_the_code() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../README.md"))
            .unwrap();
    let row = |label: &str| {
        readme
            .lines()
            .find(|l| l.starts_with(&format!("| {label}")))
            .unwrap_or_else(|| panic!("README has no limits row {label:?}"))
            .to_string()
    };
    let checks = [
        ("line (", size(lines::MAX_LINE as u64)),
        ("log record", size(nslog::MAX_RECORD as u64)),
        (
            "content detection",
            format!("first {}", size(sniff::HEAD_LEN as u64)),
        ),
        ("zip member read into memory", size(intake::MAX_IN_MEMORY)),
        (
            "bytes read from one zip member",
            size(intake::MAX_MEMBER_BYTES),
        ),
        (
            "zip member expansion",
            format!(
                "{}× its compressed size, above {}",
                intake::MAX_EXPANSION_RATIO,
                size(intake::BOMB_FLOOR)
            ),
        ),
        (
            "bytes expanded from one",
            size(intake::MAX_ARCHIVE_EXPANSION),
        ),
        (
            "zips inside zips",
            format!("{} levels", intake::MAX_ZIP_DEPTH),
        ),
        ("assessment file", size(assessment::MAX_ASSESSMENT_BYTES)),
    ];
    for (label, value) in checks {
        let r = row(label);
        assert!(
            r.contains(&format!("| {value} |")),
            "{r:?} should say {value}"
        );
    }
}
