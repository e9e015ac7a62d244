#![no_main]
//! Intake of a stream: content sniffing, decoding, zips (nested), every parser behind them.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = tokenready_engine::intake::read_bytes("fuzz", data);
});
