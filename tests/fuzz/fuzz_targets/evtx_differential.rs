#![no_main]
//! TokenReady's own BinXML reader against the evtx crate on the same input (issue 21): the
//! records, problems and events must be the same, field by field; any difference or panic fails.
use libfuzzer_sys::fuzz_target;
use tokenready_engine::collect::FileResult;

fuzz_target!(|data: &[u8]| {
    let (mut own, mut by_crate) = (FileResult::default(), FileResult::default());
    tokenready_engine::events::scan_evtx_buffer(data.to_vec(), &mut own);
    tokenready_engine::events::scan_evtx_buffer_by_crate(data.to_vec(), &mut by_crate);
    assert_eq!((own.records, own.errors), (by_crate.records, by_crate.errors));
    assert_eq!(own.problems, by_crate.problems);
    assert_eq!(own.events, by_crate.events);
    assert_eq!(own.span, by_crate.span);
});
