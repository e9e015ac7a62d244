#![no_main]
//! Package code base lists (CSV/TSV/semicolon, quoted, any header).
use libfuzzer_sys::fuzz_target;
use tokenready_engine::collect::FileResult;

fuzz_target!(|data: &[u8]| {
    let mut out = FileResult::default();
    let _ = tokenready_engine::codebase::scan(data, &mut out);
});
