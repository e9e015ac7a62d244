#![no_main]
//! Package location classification (UNC, URL, drive, \\?\ forms) on arbitrary text.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        for f in tokenready_engine::unc::find_locations(s) {
            let _ = tokenready_engine::unc::classify(f.text, &Default::default());
        }
    }
});
