//! Inputs the fuzzers found (tests/fuzz), kept as regression tests. Each file in
//! `tests/fuzz-found/` is named `<target>-<what it broke>.<ext>` and must now parse.

use tokenready_engine::collect::FileResult;

fn found(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz-found")
            .join(name),
    )
    .unwrap()
}

/// A `date` attribute with a multi-byte character inside its first 19 bytes: the date parser
/// sliced the string at byte offsets and panicked mid-character.
#[test]
fn nslog_date_with_non_ascii_bytes() {
    let mut out = FileResult::default();
    tokenready_engine::nslog::scan(&found("nslog-date-not-ascii.log")[..], &mut out).unwrap();
    assert!(out.records > 0);
    assert_eq!(
        tokenready_engine::nslog::date_key("04/16/20\u{fffd}5 00:12:04"),
        None
    );
}
