#![no_main]
//! Security events from Elastic (winlogbeat NDJSON, Kibana hits, JSON arrays, search responses).
use libfuzzer_sys::fuzz_target;
use tokenready_engine::collect::FileResult;

fuzz_target!(|data: &[u8]| {
    let mut out = FileResult::default();
    let _ = tokenready_engine::events::scan_json(data, &mut out);
});
