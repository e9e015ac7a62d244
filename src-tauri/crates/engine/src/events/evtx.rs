//! EVTX files: the `evtx` crate reads the file header and the chunks (in record order), two
//! workers handle them. A chunk is read by TokenReady's own BinXML reader ([`binxml`]: the
//! records' System values and EventData fields by template substitution index, nothing built),
//! which also counts the chunks where nothing can matter; a chunk the reader does not fully
//! understand is parsed by the crate as before, and only its candidate records rendered.

use tokenready_model::Place;

mod binxml;

use super::{data_slot, interesting, set_data};
use crate::collect::{FileResult, SecEvent};
use crate::lockout::When;

fn settings() -> evtx::ParserSettings {
    evtx::ParserSettings::default()
        .num_threads(0)
        .validate_checksums(false)
}

/// Reads an EVTX buffer (a zip member) with the `evtx` crate on every core.
pub fn scan_evtx_buffer(buf: Vec<u8>, out: &mut FileResult) {
    scan_evtx_parser(evtx::EvtxParser::from_buffer(buf), settings(), true, out)
}

/// The same as [`scan_evtx_buffer`] with every chunk parsed by the crate, never read by
/// TokenReady's own reader (and none just counted): the reference the reader is compared with
/// (tests, the differential fuzz target, the benchmark).
#[doc(hidden)]
pub fn scan_evtx_buffer_by_crate(buf: Vec<u8>, out: &mut FileResult) {
    scan_evtx_parser(evtx::EvtxParser::from_buffer(buf), settings(), false, out)
}

/// Reads an EVTX file straight from disk (no hashing), by TokenReady's own reader or, with
/// `own_reader` false, by the crate for every chunk with a candidate record: the benchmark's
/// "scan alone".
#[doc(hidden)]
pub fn scan_evtx_path(
    path: &std::path::Path,
    own_reader: bool,
    out: &mut FileResult,
) -> std::io::Result<()> {
    let file = std::fs::File::open(path)?;
    scan_evtx_parser(
        evtx::EvtxParser::from_read_seek(file),
        settings(),
        own_reader,
        out,
    );
    Ok(())
}

/// Reads EVTX from a seekable reader (a file on disk, through the intake's hashing reader).
pub fn scan_evtx_reader<T: std::io::Read + std::io::Seek + Send + Sync + 'static>(
    reader: T,
    out: &mut FileResult,
) {
    scan_evtx_parser(
        evtx::EvtxParser::from_read_seek(reader),
        settings(),
        true,
        out,
    )
}

fn scan_evtx_parser<T: std::io::Read + std::io::Seek + Send + Sync + 'static>(
    parser: evtx::err::Result<evtx::EvtxParser<T>>,
    settings: evtx::ParserSettings,
    own_reader: bool,
    out: &mut FileResult,
) {
    use std::sync::mpsc;
    let mut parser = match parser {
        Ok(p) => p.with_configuration(settings.clone()),
        Err(e) => {
            out.problem(
                Place {
                    offset: Some(0),
                    ..Place::default()
                },
                crate::collect::Note::new("problem-not-evtx", "not a readable EVTX file: {detail}")
                    .arg("detail", e.to_string()),
            );
            return;
        }
    };
    // Chunks are read in order on this thread and handled by two workers: a chunk whose
    // records are all framed as expected is read by the own reader (its candidate records'
    // fields only; the others just counted); any other chunk is parsed by the crate, and only
    // the records that can matter are rendered (evtx-performance.md).
    let settings = std::sync::Arc::new(settings);
    let (to_workers, jobs) =
        mpsc::sync_channel::<(usize, evtx::err::Result<evtx::EvtxChunkData>)>(8);
    let jobs = std::sync::Mutex::new(jobs);
    let (to_main, results) = mpsc::channel::<(usize, ChunkOut)>();
    std::thread::scope(|s| {
        for _ in 0..2 {
            let to_main = to_main.clone();
            let (jobs, settings) = (&jobs, &settings);
            s.spawn(move || loop {
                let job = jobs.lock().expect("chunk queue").recv();
                let Ok((seq, chunk)) = job else { break };
                if to_main
                    .send((seq, chunk_records(chunk, settings, own_reader)))
                    .is_err()
                {
                    break;
                }
            });
        }
        drop(to_main);
        // Results are merged in chunk order as they come, so that what a chunk yielded is
        // kept once, in the input's shared texts, while the next chunks are read.
        let mut pending = std::collections::BTreeMap::new();
        let mut next = 0;
        let mut merge = |seq: usize, c: ChunkOut, out: &mut FileResult| {
            pending.insert(seq, c);
            while let Some(c) = pending.remove(&next) {
                merge_chunk(c, out);
                next += 1;
            }
        };
        for job in parser.chunks().enumerate() {
            if to_workers.send(job).is_err() {
                break;
            }
            while let Ok((seq, c)) = results.try_recv() {
                merge(seq, c, out);
            }
        }
        drop(to_workers);
        for (seq, c) in results.iter() {
            merge(seq, c, out);
        }
    });
    if out.records == 0 && out.problems.is_empty() {
        out.problem(
            Place {
                offset: Some(4096),
                ..Place::default()
            },
            crate::collect::Note::new("problem-evtx-no-record", "no EVTX record could be read: the file header is present but no chunk after it is readable (damaged or truncated file)"),
        );
    }
}

fn merge_chunk(c: ChunkOut, out: &mut FileResult) {
    out.records += c.records;
    if let Some((first, last)) = c.span {
        out.saw_time(first);
        out.saw_time(last);
    }
    out.keep_events(c.events);
    for message in c.problems {
        out.problem(Place::default(), message);
    }
}

/// What one chunk yielded.
#[derive(Default)]
struct ChunkOut {
    records: u64,
    /// The earliest and latest record time (written time, from the record headers).
    span: Option<(When, When)>,
    events: Vec<SecEvent>,
    problems: Vec<crate::collect::Note>,
    /// The chunk's bytes, freed by the thread that allocated them.
    buffer: Vec<u8>,
}

fn chunk_records(
    chunk: evtx::err::Result<evtx::EvtxChunkData>,
    settings: &std::sync::Arc<evtx::ParserSettings>,
    own_reader: bool,
) -> ChunkOut {
    let mut out = ChunkOut::default();
    let mut data = match chunk {
        Ok(d) => d,
        Err(e) => {
            out.problems.push(
                crate::collect::Note::new(
                    "problem-evtx-record",
                    "unreadable EVTX record or chunk: {detail}",
                )
                .arg("detail", e.to_string()),
            );
            return out;
        }
    };
    read_chunk(&mut data, settings, own_reader, &mut out);
    // The chunk's bytes go back to the reading thread, which frees them there: freed here, on
    // a worker, their memory was not reused for the next chunks, and every chunk cost fresh
    // pages.
    out.buffer = std::mem::take(&mut data.data);
    out
}

/// A chunk's records into `out`: by the own reader, or by the crate.
fn read_chunk(
    data: &mut evtx::EvtxChunkData,
    settings: &std::sync::Arc<evtx::ParserSettings>,
    own_reader: bool,
    out: &mut ChunkOut,
) {
    if own_reader {
        if let Some((n, events, span)) = binxml::chunk_events(&data.data, &data.header) {
            out.records = n;
            out.events = events;
            out.span = span_of(span);
            return;
        }
    }
    out.span = chunk_span(&data.data, &data.header);
    let mut chunk = match data.parse(settings.clone()) {
        Ok(c) => c,
        Err(e) => {
            out.problems.push(
                crate::collect::Note::new("problem-evtx-chunk", "unreadable EVTX chunk: {detail}")
                    .arg("detail", e.to_string()),
            );
            return;
        }
    };
    for r in chunk.iter() {
        let r = match r {
            Ok(r) => r,
            Err(e) => {
                out.problems.push(
                    crate::collect::Note::new(
                        "problem-evtx-record",
                        "unreadable EVTX record or chunk: {detail}",
                    )
                    .arg("detail", e.to_string()),
                );
                continue;
            }
        };
        let id = r.event_record_id;
        if prefilter_event_id(&r).is_some_and(|eid| !interesting(eid)) {
            out.records += 1;
            continue;
        }
        match r.into_json_value() {
            Ok(v) => {
                out.records += 1;
                if let Some(ev) = event_from_json(&v.data, id) {
                    out.events.push(ev);
                }
            }
            Err(e) => out.problems.push(
                crate::collect::Note::new(
                    "problem-evtx-record",
                    "unreadable EVTX record or chunk: {detail}",
                )
                .arg("detail", e.to_string()),
            ),
        }
    }
}

/// TokenReady's own reader on one chunk: its records and events, `None` where it leaves the
/// chunk to the crate (tests and the benchmark count how often).
#[doc(hidden)]
pub fn own_chunk_events(d: &[u8], h: &evtx::EvtxChunkHeader) -> Option<(u64, Vec<SecEvent>)> {
    binxml::chunk_events(d, h).map(|(n, events, _)| (n, events))
}

/// The earliest and latest written time of the chunk's records, from their headers (a
/// FILETIME after the record id); the walk stops at the first record not framed as the format
/// says, keeping what it had.
fn chunk_span(d: &[u8], h: &evtx::EvtxChunkHeader) -> Option<(When, When)> {
    let end = (h.free_space_offset as usize).min(d.len());
    span_of(span_from(d, end, 512, (u64::MAX, 0))?)
}

/// Goes on with the walk of [`chunk_span`] from the record at `o`, with the least and greatest
/// FILETIME so far (raw FILETIMEs order as the times do; made times once, at the end:
/// converting each record's was a visible share of the scan).
fn span_from(
    d: &[u8],
    end: usize,
    mut o: usize,
    (mut lo, mut hi): (u64, u64),
) -> Option<(u64, u64)> {
    let u32_at = |p: usize| {
        d.get(p..p + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    while o + 24 <= end && d.get(o..o + 4) == Some(&[0x2a, 0x2a, 0, 0][..]) {
        let size = u32_at(o + 4)? as usize;
        if size < 28 || o + size > end {
            break;
        }
        let ft = u64::from(u32_at(o + 16)?) | (u64::from(u32_at(o + 20)?) << 32);
        if ft != 0 {
            lo = lo.min(ft);
            hi = hi.max(ft);
        }
        o += size;
    }
    Some((lo, hi))
}

fn span_of((lo, hi): (u64, u64)) -> Option<(When, When)> {
    if hi == 0 {
        return None;
    }
    Some((filetime(lo)?, filetime(hi)?))
}

/// A FILETIME (100 ns since 1601-01-01 UTC) as a UTC time; `None` for zero or out of range.
fn filetime(ft: u64) -> Option<When> {
    const UNIX_FROM_1601: i64 = 11_644_473_600;
    if ft == 0 {
        return None;
    }
    let secs = (ft / 10_000_000) as i64 - UNIX_FROM_1601;
    let nanos = (ft % 10_000_000) as u32 * 100;
    chrono::DateTime::from_timestamp(secs, nanos).map(|d| When {
        at: d.naive_utc(),
        utc: true,
    })
}

/// The EventID without rendering: first straight from the record's substitution array, then
/// from the crate's decoded template values; `None` when neither has the expected layout.
fn prefilter_event_id(r: &evtx::EvtxRecord<'_>) -> Option<u32> {
    if let Some(id) = raw_event_id(
        r.chunk.data,
        r.binxml_offset as usize,
        r.binxml_size as usize,
    ) {
        return Some(id);
    }
    let templates = r.template_instances().ok()?;
    match templates.first()?.values.get(3)? {
        evtx::binxml::value_variant::BinXmlValue::UInt16Type(v) => Some(u32::from(*v)),
        _ => None,
    }
}

/// Reads substitution value 3 (the System template's EventID, a UInt16) from a record's BinXML
/// without decoding the other values: fragment header (4 bytes), template instance token
/// (0x0C, 1 + 4 + 4 bytes), the template definition when it is inline (24 + its data size),
/// then the substitution count and descriptors (size u16, type u8, padding u8).
/// `data` is the chunk, `off`/`size` the record's BinXML within it (chunk-relative).
fn raw_event_id(data: &[u8], off: usize, size: usize) -> Option<u32> {
    let rec = data.get(off..off.checked_add(size)?)?;
    let u32_at = |p: usize| {
        rec.get(p..p + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    if *rec.first()? != 0x0F || *rec.get(4)? != 0x0C {
        return None;
    }
    let def_offset = u32_at(10)? as usize;
    let mut p = 14;
    if def_offset == off + p {
        p += 24 + u32_at(p + 20)? as usize;
    }
    let n = u32_at(p)? as usize;
    p += 4;
    if !(4..=4096).contains(&n) {
        return None;
    }
    let desc = rec.get(p..p + 4 * n)?;
    let size_of = |i: usize| usize::from(u16::from_le_bytes([desc[4 * i], desc[4 * i + 1]]));
    const UINT16: u8 = 0x06;
    if desc[4 * 3 + 2] != UINT16 || size_of(3) != 2 {
        return None;
    }
    let v = p + 4 * n + size_of(0) + size_of(1) + size_of(2);
    rec.get(v..v + 2)
        .map(|b| u32::from(u16::from_le_bytes([b[0], b[1]])))
}

fn event_from_json(v: &serde_json::Value, record_id: u64) -> Option<SecEvent> {
    let sys = v.get("Event")?.get("System")?;
    let id_v = sys.get("EventID")?;
    let id = id_v
        .as_u64()
        .or_else(|| id_v.get("#text").and_then(|t| t.as_u64()))? as u32;
    if !interesting(id) {
        return None;
    }
    let s = |x: Option<&serde_json::Value>| {
        x.map(|x| match x {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => String::new(),
            other => other.to_string(),
        })
        .unwrap_or_default()
    };
    let provider = s(sys
        .get("Provider")
        .and_then(|p| p.get("#attributes"))
        .and_then(|a| a.get("Name")));
    let mut ev = SecEvent {
        event_id: id,
        provider: provider.into(),
        channel: s(sys.get("Channel")).into(),
        computer: s(sys.get("Computer")).to_ascii_lowercase().into(),
        record_id: Some(record_id),
        time: Some(s(sys
            .get("TimeCreated")
            .and_then(|t| t.get("#attributes"))
            .and_then(|a| a.get("SystemTime")))),
        time_is_utc: true,
        place: Place {
            record: Some(record_id),
            ..Place::default()
        },
        ..SecEvent::default()
    };
    if let Some(data) = v
        .get("Event")
        .and_then(|e| e.get("EventData"))
        .and_then(|d| d.as_object())
    {
        for (k, val) in data {
            set_data(&mut ev, k, &s(Some(val)));
        }
    }
    Some(ev)
}

#[cfg(test)]
mod raw_event_id_tests {
    use evtx::binxml::value_variant::BinXmlValue;

    /// On every record of every shared sample, the raw read agrees with the crate's decoding.
    #[test]
    fn raw_event_id_agrees_with_the_crate_on_every_shared_record() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../../shared/samples/evtx");
        let mut checked = 0;
        for entry in std::fs::read_dir(&dir).expect("shared EVTX samples beside the repo") {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "evtx") {
                continue;
            }
            let mut parser = evtx::EvtxParser::from_path(&path).unwrap();
            let pairs: Vec<(Option<u32>, Option<u32>)> = parser
                .serialized_records(|r| {
                    r.map(|r| {
                        let raw = super::raw_event_id(
                            r.chunk.data,
                            r.binxml_offset as usize,
                            r.binxml_size as usize,
                        );
                        let crate_id = r.template_instances().ok().and_then(|t| {
                            match t.first()?.values.get(3)? {
                                BinXmlValue::UInt16Type(v) => Some(u32::from(*v)),
                                _ => None,
                            }
                        });
                        (raw, crate_id)
                    })
                })
                .filter_map(Result::ok)
                .collect();
            for (raw, crate_id) in pairs {
                assert!(
                    raw.is_some(),
                    "{}: raw read found no EventID",
                    path.display()
                );
                assert_eq!(raw, crate_id, "{}", path.display());
                checked += 1;
            }
        }
        assert!(checked > 6000, "{checked}");
    }
}
