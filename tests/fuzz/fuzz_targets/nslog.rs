#![no_main]
//! Notification Server and agent logs (`<event>` records, CDATA, damage).
use libfuzzer_sys::fuzz_target;
use tokenready_engine::collect::FileResult;

fuzz_target!(|data: &[u8]| {
    let mut out = FileResult::default();
    let _ = tokenready_engine::nslog::scan(data, &mut out);
});
