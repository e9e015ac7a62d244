#![no_main]
//! Security events as XML (wevtutil, Event Viewer "Save as XML").
use libfuzzer_sys::fuzz_target;
use tokenready_engine::collect::FileResult;

fuzz_target!(|data: &[u8]| {
    let mut out = FileResult::default();
    tokenready_engine::events::scan_xml(data, &mut out);
});
