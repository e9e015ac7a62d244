//! Windows Security events in the forms customers hand over: EVTX, XML (wevtutil output with no
//! root, or Event Viewer "Save as XML" with `<Events>` and RenderingInfo), and CSV (Event Viewer
//! "Save as CSV", PowerShell `Get-WinEvent | Export-Csv`). See itms-domain.md §4.
//!
//! EventData is read by name; the rendered message is parsed (English template labels) only
//! when a CSV export carries nothing else.

use std::io::BufRead;

use quick_xml::events::Event as X;
use tokenready_model::Place;

use crate::collect::{FileResult, SecEvent};

/// Event IDs the lockout analysis keeps.
pub const INTERESTING: &[u32] = &[4740, 4625, 4771, 4776, 4767];
pub const SECURITY_PROVIDER: &str = "Microsoft-Windows-Security-Auditing";

fn interesting(id: u32) -> bool {
    INTERESTING.contains(&id)
}

/// Fills one EventData field by its name.
fn set_data(ev: &mut SecEvent, name: &str, value: &str) {
    let v = value.trim().to_string();
    match name {
        "TargetUserName" => ev.target_user = v,
        "TargetDomainName" => ev.target_domain = v,
        "Status" => ev.status = v,
        "SubStatus" => ev.sub_status = v,
        "FailureReason" => ev.failure_reason = v,
        "LogonType" => ev.logon_type = v,
        "WorkstationName" | "Workstation" => ev.workstation = v,
        "IpAddress" => ev.ip = v,
        _ => {}
    }
}

/// The 4776 `Status` is named `Status` too; 4771 `Status` is the Kerberos failure code.

// ----------------------------------------------------------------------------------------
// XML

#[derive(PartialEq)]
enum Field {
    None,
    EventId,
    RecordId,
    Computer,
    Channel,
    Data(String),
}

/// Streams event XML with or without a root element.
pub fn scan_xml(reader: impl BufRead, out: &mut FileResult) {
    let mut xml = quick_xml::Reader::from_reader(reader);
    xml.config_mut().check_end_names = false;
    xml.config_mut().trim_text(false);
    let mut buf = Vec::new();
    let mut current: Option<SecEvent> = None;
    let mut field = Field::None;
    let mut text = String::new();
    let mut consecutive_errors = 0;
    loop {
        let pos = xml.buffer_position();
        let ev = xml.read_event_into(&mut buf);
        match ev {
            Err(e) => {
                out.problem(
                    Place {
                        offset: Some(pos),
                        record: Some(out.records + 1),
                        ..Place::default()
                    },
                    format!("malformed XML: {e}"),
                );
                consecutive_errors += 1;
                if consecutive_errors > 20 {
                    out.problem(
                        Place {
                            offset: Some(xml.buffer_position()),
                            ..Place::default()
                        },
                        "too many consecutive XML errors; rest of the file skipped",
                    );
                    break;
                }
                buf.clear();
                continue;
            }
            Ok(X::Eof) => break,
            Ok(X::DocType(_)) => out.problem(
                Place {
                    offset: Some(pos),
                    ..Place::default()
                },
                "DOCTYPE ignored: entity declarations are never expanded (an export from wevtutil or Event Viewer has none); entity references are kept as written",
            ),
            Ok(X::Start(e)) | Ok(X::Empty(e)) => {
                consecutive_errors = 0;
                let name = e.local_name();
                match name.as_ref() {
                    b"Event" => {
                        current = Some(SecEvent {
                            place: Place {
                                offset: Some(pos),
                                record: Some(out.records + 1),
                                ..Place::default()
                            },
                            time_is_utc: true,
                            ..SecEvent::default()
                        });
                    }
                    b"Provider" => {
                        if let Some(c) = current.as_mut() {
                            if let Some(v) = attr(&e, b"Name") {
                                c.provider = v;
                            }
                        }
                    }
                    b"TimeCreated" => {
                        if let Some(c) = current.as_mut() {
                            c.time = attr(&e, b"SystemTime");
                        }
                    }
                    b"EventID" => field = Field::EventId,
                    b"EventRecordID" => field = Field::RecordId,
                    b"Computer" => field = Field::Computer,
                    b"Channel" => field = Field::Channel,
                    b"Data" => field = Field::Data(attr(&e, b"Name").unwrap_or_default()),
                    _ => field = Field::None,
                }
                text.clear();
            }
            Ok(X::Text(t)) => {
                if field != Field::None {
                    match t.unescape() {
                        Ok(s) => text.push_str(&s),
                        Err(_) => text.push_str(&String::from_utf8_lossy(&t)),
                    }
                }
            }
            Ok(X::CData(t)) => {
                if field != Field::None {
                    text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Ok(X::End(e)) => {
                let name = e.local_name();
                if name.as_ref() == b"Event" {
                    if let Some(ev) = current.take() {
                        out.records += 1;
                        if interesting(ev.event_id) {
                            out.events.push(ev);
                        }
                    }
                } else if let Some(c) = current.as_mut() {
                    let v = text.trim();
                    match std::mem::replace(&mut field, Field::None) {
                        Field::EventId => c.event_id = v.parse().unwrap_or(0),
                        Field::RecordId => c.record_id = v.parse().ok(),
                        Field::Computer => c.computer = v.to_ascii_lowercase(),
                        Field::Channel => c.channel = v.to_string(),
                        Field::Data(n) => set_data(c, &n, v),
                        Field::None => {}
                    }
                }
                text.clear();
            }
            Ok(_) => {}
        }
        buf.clear();
    }
    if current.is_some() {
        out.problem(
            Place {
                offset: Some(xml.buffer_position()),
                record: Some(out.records + 1),
                ..Place::default()
            },
            "file ends inside an <Event> (truncated); that event is skipped",
        );
    }
}

fn attr(e: &quick_xml::events::BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == name).then(|| {
            a.unescape_value()
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned())
        })
    })
}

// ----------------------------------------------------------------------------------------
// CSV

/// Which CSV export this is.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum CsvShape {
    /// Event Viewer: `Keywords|Level, Date and Time, Source, Event ID, Task Category` + message.
    EventViewer,
    /// PowerShell: named columns, Message among them.
    PowerShell,
}

pub fn scan_csv(reader: impl BufRead, out: &mut FileResult) -> std::io::Result<()> {
    let (head, reader) = crate::codebase::peek_head(reader)?;
    let crlf = crate::codebase::is_crlf(&head);
    let first = String::from_utf8_lossy(&head[..head.len().min(4096)])
        .lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with("#TYPE"))
        .unwrap_or("")
        .to_string();
    let delimiter = crate::sniff::sniff_delimiter(&first).unwrap_or(b',');
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(crate::lines::CappedReader::new(
            reader,
            crate::lines::MAX_LINE,
        ));
    let headers: Vec<String> = csv
        .headers()
        .map(|h| h.iter().map(crate::sniff::normalise_header).collect())
        .unwrap_or_default();
    let col = |n: &str| headers.iter().position(|h| h == n);
    let shape = if col("dateandtime").is_some() {
        CsvShape::EventViewer
    } else {
        CsvShape::PowerShell
    };
    if shape == CsvShape::PowerShell {
        out.notes.push(
            "PowerShell Export-Csv: EventData (Properties) is not in this export; fields were read from the English message text. Export XML instead to keep them (ToXml() or wevtutil /f:xml)".into(),
        );
    } else {
        out.notes.push("Event Viewer CSV: no Computer or EventRecordID columns, so events from two exports cannot be de-duplicated; times are local with no zone".into());
    }
    let (c_id, c_time, c_source, c_msg, c_computer, c_record) = match shape {
        CsvShape::EventViewer => (
            col("eventid"),
            col("dateandtime"),
            col("source"),
            Some(5),
            None,
            None,
        ),
        CsvShape::PowerShell => (
            col("id"),
            col("timecreated"),
            col("providername"),
            col("message"),
            col("machinename"),
            col("recordid"),
        ),
    };
    let mut rec = csv::StringRecord::new();
    loop {
        match csv.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let pos = e.position().cloned();
                out.problem(
                    Place {
                        line: pos.as_ref().map(|p| crate::codebase::csv_line(p, crlf)),
                        offset: pos.as_ref().map(|p| p.byte()),
                        record: pos.as_ref().map(|p| p.record()),
                    },
                    format!("unreadable row: {e}"),
                );
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
                continue;
            }
        }
        let line = rec.position().map(|p| crate::codebase::csv_line(p, crlf));
        let get = |c: Option<usize>| c.and_then(|i| rec.get(i)).unwrap_or("").trim();
        let Ok(id) = get(c_id).parse::<u32>() else {
            out.problem(
                Place {
                    line,
                    ..Place::default()
                },
                format!("row has no numeric event id ({:?})", get(c_id)),
            );
            continue;
        };
        out.records += 1;
        if !interesting(id) {
            continue;
        }
        let mut ev = SecEvent {
            event_id: id,
            provider: get(c_source).to_string(),
            channel: "Security".into(),
            computer: get(c_computer).to_ascii_lowercase(),
            record_id: get(c_record).parse().ok(),
            time: Some(get(c_time).to_string()).filter(|t| !t.is_empty()),
            time_is_utc: false,
            place: Place {
                line,
                record: Some(out.records),
                ..Place::default()
            },
            ..SecEvent::default()
        };
        parse_message(&mut ev, get(c_msg));
        out.events.push(ev);
    }
    crate::lines::report_too_long(&csv.get_ref().too_long, out);
    Ok(())
}

/// Reads EventData from the English message text of 4740, 4625, 4771, 4776 and 4767.
pub fn parse_message(ev: &mut SecEvent, msg: &str) {
    let mut section = String::new();
    for raw in msg.lines() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let Some((label, value)) = line.split_once(':') else {
            continue;
        };
        let label = label.trim();
        let value = value.trim();
        if value.is_empty() && !raw.starts_with(['\t', ' ']) {
            section = label.to_string();
            continue;
        }
        let target_section = matches!(
            section.as_str(),
            "Account That Was Locked Out"
                | "Account For Which Logon Failed"
                | "Account Information"
                | "Target Account"
        );
        match label {
            "Account Name" if target_section => ev.target_user = value.to_string(),
            "Account Domain" if target_section && ev.event_id != 4740 => {
                ev.target_domain = value.to_string()
            }
            "Caller Computer Name" => ev.target_domain = value.to_string(),
            "Logon Account" => ev.target_user = value.to_string(),
            "Status" | "Failure Code" | "Error Code" => ev.status = value.to_string(),
            "Sub Status" => ev.sub_status = value.to_string(),
            "Failure Reason" => ev.failure_reason = value.to_string(),
            "Logon Type" => ev.logon_type = value.to_string(),
            "Workstation Name" | "Source Workstation" => ev.workstation = value.to_string(),
            "Source Network Address" | "Client Address" => ev.ip = value.to_string(),
            _ => {}
        }
    }
}

// ----------------------------------------------------------------------------------------
// EVTX

fn settings() -> evtx::ParserSettings {
    evtx::ParserSettings::default()
        .num_threads(0)
        .validate_checksums(false)
}

/// Reads an EVTX buffer (a zip member) with the `evtx` crate on every core.
pub fn scan_evtx_buffer(buf: Vec<u8>, out: &mut FileResult) {
    scan_evtx_parser(evtx::EvtxParser::from_buffer(buf), settings(), out)
}

/// Reads EVTX from a seekable reader (a file on disk, through the intake's hashing reader).
pub fn scan_evtx_reader<T: std::io::Read + std::io::Seek + Send + Sync + 'static>(
    reader: T,
    out: &mut FileResult,
) {
    scan_evtx_parser(evtx::EvtxParser::from_read_seek(reader), settings(), out)
}

fn scan_evtx_parser<T: std::io::Read + std::io::Seek + Send + Sync + 'static>(
    parser: evtx::err::Result<evtx::EvtxParser<T>>,
    settings: evtx::ParserSettings,
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
                format!("not a readable EVTX file: {e}"),
            );
            return;
        }
    };
    // Chunks are read in order on this thread and handled by two workers: a chunk whose
    // records are all framed as expected and none of which can matter (the template
    // prefilter on every record) is only counted; any other chunk is parsed by the crate,
    // and only the records that can matter are rendered (evtx-performance.md).
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
                if to_main.send((seq, chunk_records(chunk, settings))).is_err() {
                    break;
                }
            });
        }
        drop(to_main);
        for job in parser.chunks().enumerate() {
            if to_workers.send(job).is_err() {
                break;
            }
        }
        drop(to_workers);
    });
    let mut chunks: Vec<(usize, ChunkOut)> = results.into_iter().collect();
    chunks.sort_by_key(|(seq, _)| *seq);
    for (_, c) in chunks {
        out.records += c.records;
        out.events.extend(c.events);
        for message in c.problems {
            out.problem(Place::default(), message);
        }
    }
    if out.records == 0 && out.problems.is_empty() {
        out.problem(
            Place {
                offset: Some(4096),
                ..Place::default()
            },
            "no EVTX record could be read: the file header is present but no chunk after it is readable (damaged or truncated file)",
        );
    }
}

/// What one chunk yielded.
#[derive(Default)]
struct ChunkOut {
    records: u64,
    events: Vec<SecEvent>,
    problems: Vec<String>,
}

fn chunk_records(
    chunk: evtx::err::Result<evtx::EvtxChunkData>,
    settings: &std::sync::Arc<evtx::ParserSettings>,
) -> ChunkOut {
    let mut out = ChunkOut::default();
    let mut data = match chunk {
        Ok(d) => d,
        Err(e) => {
            out.problems
                .push(format!("unreadable EVTX record or chunk: {e}"));
            return out;
        }
    };
    if let Some(n) = quiet_chunk(&data.data, &data.header) {
        out.records = n;
        return out;
    }
    let mut chunk = match data.parse(settings.clone()) {
        Ok(c) => c,
        Err(e) => {
            out.problems.push(format!("unreadable EVTX chunk: {e}"));
            return out;
        }
    };
    for r in chunk.iter() {
        let r = match r {
            Ok(r) => r,
            Err(e) => {
                out.problems
                    .push(format!("unreadable EVTX record or chunk: {e}"));
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
            Err(e) => out
                .problems
                .push(format!("unreadable EVTX record or chunk: {e}")),
        }
    }
    out
}

/// The number of records in a chunk when none of them can matter and every one is framed as
/// the format says (signature, size, its copy at the end, inside the live area, EventID
/// readable by the template prefilter); `None` sends the chunk to the crate's full parser.
pub fn quiet_chunk(d: &[u8], h: &evtx::EvtxChunkHeader) -> Option<u64> {
    let u32_at = |p: usize| {
        d.get(p..p + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let end = h.free_space_offset as usize;
    if end > d.len() || end < 512 {
        return None;
    }
    let mut o = 512;
    let mut n = 0;
    while o < end {
        if d.get(o..o + 4)? != [0x2a, 0x2a, 0, 0] {
            return None;
        }
        let size = u32_at(o + 4)? as usize;
        if size < 28 || o + size > end || u32_at(o + size - 4)? as usize != size {
            return None;
        }
        let id = raw_event_id(d, o + 24, size - 28)?;
        if interesting(id) {
            return None;
        }
        n += 1;
        let record_id = u64::from(u32_at(o + 8)?) | (u64::from(u32_at(o + 12)?) << 32);
        o += size;
        if record_id == h.last_event_record_id {
            break;
        }
    }
    Some(n)
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
pub(crate) fn raw_event_id(data: &[u8], off: usize, size: usize) -> Option<u32> {
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
        provider,
        channel: s(sys.get("Channel")),
        computer: s(sys.get("Computer")).to_ascii_lowercase(),
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
mod tests {
    use super::*;

    const WEVTUTIL: &str = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/><EventID>4625</EventID><Version>0</Version><Level>0</Level><Task>12544</Task><Opcode>0</Opcode><Keywords>0x8010000000000000</Keywords><TimeCreated SystemTime='2020-11-12T17:27:33.608596000Z'/><EventRecordID>1598720</EventRecordID><Correlation/><Execution ProcessID='740' ThreadID='948'/><Channel>Security</Channel><Computer>EC2AMAZ-CPMK6J5.cribl.poc</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>S-1-0-0</Data><Data Name='TargetUserName'>ADMINISTRATOR</Data><Data Name='TargetDomainName'></Data><Data Name='Status'>0xc000006d</Data><Data Name='FailureReason'>%%2313</Data><Data Name='SubStatus'>0xc000006a</Data><Data Name='LogonType'>3</Data><Data Name='LogonProcessName'>NtLmSsp </Data><Data Name='WorkstationName'>-</Data><Data Name='IpAddress'>64.203.230.138</Data></EventData></Event>";

    #[test]
    fn wevtutil_xml_without_root() {
        let input = format!("{WEVTUTIL}\r\n{}", WEVTUTIL.replace("1598720", "1598721"));
        let mut out = FileResult::default();
        scan_xml(input.as_bytes(), &mut out);
        assert_eq!((out.records, out.errors), (2, 0));
        let e = &out.events[0];
        assert_eq!(e.event_id, 4625);
        assert_eq!(e.provider, SECURITY_PROVIDER);
        assert_eq!(e.computer, "ec2amaz-cpmk6j5.cribl.poc");
        assert_eq!(e.record_id, Some(1598720));
        assert_eq!(e.target_user, "ADMINISTRATOR");
        assert_eq!(e.sub_status, "0xc000006a");
        assert_eq!(e.ip, "64.203.230.138");
        assert_eq!(e.time.as_deref(), Some("2020-11-12T17:27:33.608596000Z"));
    }

    #[test]
    fn event_viewer_xml_with_root_and_rendering_info() {
        let input = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<Events><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing'/><EventID>4740</EventID><TimeCreated SystemTime='2025-02-19T13:25:02.6560439Z'/><EventRecordID>183</EventRecordID><Channel>Security</Channel><Computer>DC01.contoso.local</Computer></System><EventData><Data Name='TargetUserName'>svc_acc </Data><Data Name='TargetDomainName'>PS01</Data></EventData><RenderingInfo Culture='fr-FR'><Message>Un compte d'utilisateur a été verrouillé.</Message></RenderingInfo></Event></Events>";
        let mut out = FileResult::default();
        scan_xml(input.as_bytes(), &mut out);
        assert_eq!(out.records, 1);
        assert_eq!(out.events[0].target_user, "svc_acc");
        assert_eq!(out.events[0].target_domain, "PS01");
    }

    #[test]
    fn truncated_xml_keeps_earlier_events() {
        let input = format!("{WEVTUTIL}{}", &WEVTUTIL[..300]);
        let mut out = FileResult::default();
        scan_xml(input.as_bytes(), &mut out);
        assert_eq!(out.records, 1);
        assert_eq!(out.errors, 1);
        assert!(out.problems[0].message.contains("truncated"));
    }

    #[test]
    fn event_viewer_csv_reads_the_message_labels() {
        let input = "Keywords,Date and Time,Source,Event ID,Task Category\r\n\
Audit Success,7/17/2021 10:31:05 PM,Microsoft-Windows-Security-Auditing,4740,User Account Management,\"A user account was locked out.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-5-18\r\n\tAccount Name:\t\tDC01$\r\n\tAccount Domain:\t\tCONTOSO\r\n\r\nAccount That Was Locked Out:\r\n\tSecurity ID:\t\tS-1-5-21-1\r\n\tAccount Name:\t\tsvc_acc\r\n\r\nAdditional Information:\r\n\tCaller Computer Name:\tPS01\"\r\n\
Audit Failure,7/17/2021 10:30:05 PM,Microsoft-Windows-Security-Auditing,4625,Logon,\"An account failed to log on.\r\n\r\nSubject:\r\n\tAccount Name:\t\t-\r\n\r\nLogon Type:\t\t\t3\r\n\r\nAccount For Which Logon Failed:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\tsvc_acc\r\n\tAccount Domain:\t\tCONTOSO\r\n\r\nFailure Information:\r\n\tFailure Reason:\t\tUnknown user name or bad password.\r\n\tStatus:\t\t\t0xC000006D\r\n\tSub Status:\t\t0xC000006A\r\n\r\nNetwork Information:\r\n\tWorkstation Name:\tPS01\r\n\tSource Network Address:\t10.0.0.5\r\n\tSource Port:\t\t0\"\r\n";
        let mut out = FileResult::default();
        scan_csv(input.as_bytes(), &mut out).unwrap();
        assert_eq!((out.records, out.errors), (2, 0), "{:?}", out.problems);
        let lock = &out.events[0];
        assert_eq!(
            (
                lock.event_id,
                lock.target_user.as_str(),
                lock.target_domain.as_str()
            ),
            (4740, "svc_acc", "PS01")
        );
        assert!(!lock.time_is_utc);
        let fail = &out.events[1];
        assert_eq!(fail.target_user, "svc_acc");
        assert_eq!(fail.sub_status, "0xC000006A");
        assert_eq!(fail.logon_type, "3");
        assert_eq!(fail.ip, "10.0.0.5");
        assert_eq!((lock.place.line, fail.place.line), (Some(2), Some(15)));
    }

    #[test]
    fn powershell_csv_says_eventdata_was_lost() {
        let input = "#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord\r\n\"Message\",\"Id\",\"RecordId\",\"ProviderName\",\"MachineName\",\"TimeCreated\",\"Properties\"\r\n\"A user account was locked out.\r\n\r\nAccount That Was Locked Out:\r\n\tAccount Name:\t\tsvc_acc\r\n\r\nAdditional Information:\r\n\tCaller Computer Name:\tWS042\",\"4740\",\"77\",\"Microsoft-Windows-Security-Auditing\",\"DC01.corp.example\",\"5/31/2026 4:36:21 PM\",\"System.Diagnostics.Eventing.Reader.EventProperty\"\r\n";
        let mut out = FileResult::default();
        scan_csv(input.as_bytes(), &mut out).unwrap();
        assert_eq!(out.records, 1);
        let e = &out.events[0];
        assert_eq!(
            (e.computer.as_str(), e.record_id, e.target_domain.as_str()),
            ("dc01.corp.example", Some(77), "WS042")
        );
        assert!(out.notes[0].contains("EventData"));
    }
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
