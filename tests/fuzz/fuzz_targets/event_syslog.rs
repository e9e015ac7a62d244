#![no_main]
//! Security events as QRadar WinCollect payload lines (TAB-separated key=value, flattened message).
use libfuzzer_sys::fuzz_target;
use tokenready_engine::collect::FileResult;

fuzz_target!(|data: &[u8]| {
    let mut out = FileResult::default();
    let _ = tokenready_engine::events::scan_payloads(data, &mut out);
});
