#![no_main]
//! The EVTX wrapper (template prefilter, record decoding) over an in-memory file.
use libfuzzer_sys::fuzz_target;
use tokenready_engine::collect::FileResult;

fuzz_target!(|data: &[u8]| {
    let mut out = FileResult::default();
    tokenready_engine::events::scan_evtx_buffer(data.to_vec(), &mut out);
});
