#![no_main]
//! Security events as CSV (Event Viewer "Save as CSV", PowerShell Export-Csv).
use libfuzzer_sys::fuzz_target;
use tokenready_engine::collect::FileResult;

fuzz_target!(|data: &[u8]| {
    let mut out = FileResult::default();
    let _ = tokenready_engine::events::scan_csv(data, &mut out);
});
