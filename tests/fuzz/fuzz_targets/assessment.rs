#![no_main]
//! The assessment file (versioned JSON the consultant opens).
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = tokenready_engine::assessment::parse(data, "fuzz.tokenready.json");
});
