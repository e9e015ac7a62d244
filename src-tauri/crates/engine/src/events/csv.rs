//! Event CSV: Event Viewer "Save as CSV" and PowerShell `Get-WinEvent | Export-Csv`. Fields
//! come from the rendered message's English labels when nothing else carries them.

use std::io::BufRead;

use tokenready_model::Place;

use super::{interesting, locale};
use crate::collect::{FileResult, SecEvent};

/// Which CSV export this is.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum CsvShape {
    /// Event Viewer: `Keywords|Level, Date and Time, Source, Event ID, Task Category` + message.
    EventViewer,
    /// PowerShell: named columns, Message among them.
    PowerShell,
    /// Event Viewer's layout with its header in another language: read by
    /// [`super::localized`] with the language's table, or by structure.
    Foreign,
}

/// The columns an export's fields are read from.
pub(super) struct Columns {
    pub id: Option<usize>,
    pub time: Option<usize>,
    pub source: Option<usize>,
    pub message: Option<usize>,
    computer: Option<usize>,
    record: Option<usize>,
}

impl Columns {
    /// The export's shape and its columns, from the normalised header row.
    fn of(headers: &[String]) -> (CsvShape, Columns) {
        let col = |n: &str| headers.iter().position(|h| h == n);
        if col("dateandtime").is_none() && col("timecreated").is_none() && headers.len() == 5 {
            let columns = Columns {
                id: Some(3),
                time: Some(1),
                source: Some(2),
                message: Some(5),
                computer: None,
                record: None,
            };
            return (CsvShape::Foreign, columns);
        }
        if col("dateandtime").is_some() {
            let columns = Columns {
                id: col("eventid"),
                time: col("dateandtime"),
                source: col("source"),
                message: Some(5),
                computer: None,
                record: None,
            };
            (CsvShape::EventViewer, columns)
        } else {
            let columns = Columns {
                id: col("id"),
                time: col("timecreated"),
                source: col("providername"),
                message: col("message"),
                computer: col("machinename"),
                record: col("recordid"),
            };
            (CsvShape::PowerShell, columns)
        }
    }
}

/// What an export of this shape cannot carry, for the input's notes.
fn shape_note(shape: CsvShape) -> Option<crate::collect::Note> {
    use crate::collect::Note;
    match shape {
        CsvShape::PowerShell => Some(Note::new("note-powershell-csv", "PowerShell Export-Csv: EventData (Properties) is not in this export; fields were read from the English message text. Export XML instead to keep them (ToXml() or wevtutil /f:xml)")),
        CsvShape::EventViewer => Some(Note::new("note-event-viewer-csv", "Event Viewer CSV: no Computer or EventRecordID columns, so events from two exports cannot be de-duplicated; times are local with no zone")),
        // Its notes come from the reader, which knows the language.
        CsvShape::Foreign => None,
    }
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
    let family = csv
        .headers()
        .ok()
        .and_then(|h| super::siem_csv::family(&h.iter().collect::<Vec<_>>()));
    let headers: Vec<String> = csv
        .headers()
        .map(|h| h.iter().map(crate::sniff::normalise_header).collect())
        .unwrap_or_default();
    let (shape, columns) = Columns::of(&headers);
    if let Some(family) = family {
        super::siem_csv::scan(&mut csv, family, crlf, out)?;
    } else if shape == CsvShape::Foreign {
        super::localized::scan(&mut csv, &headers, &columns, crlf, out)?;
    } else {
        if let Some(note) = shape_note(shape) {
            out.note(note);
        }
        let mut rec = csv::StringRecord::new();
        while next_record(&mut csv, &mut rec, crlf, out) {
            row(&rec, &columns, crlf, out);
        }
    }
    crate::lines::report_too_long(&csv.get_ref().too_long, out);
    Ok(())
}

/// The next record; an unreadable one is a problem and reading goes on (an I/O error ends it).
pub(super) fn next_record<R: std::io::Read>(
    csv: &mut csv::Reader<R>,
    rec: &mut csv::StringRecord,
    crlf: bool,
    out: &mut FileResult,
) -> bool {
    loop {
        match csv.read_record(rec) {
            Ok(more) => return more,
            Err(e) => {
                let pos = e.position().cloned();
                out.problem(
                    Place {
                        line: pos.as_ref().map(|p| crate::codebase::csv_line(p, crlf)),
                        offset: pos.as_ref().map(|p| p.byte()),
                        record: pos.as_ref().map(|p| p.record()),
                    },
                    crate::collect::Note::new("problem-unreadable-row", "unreadable row: {detail}")
                        .arg("detail", e.to_string()),
                );
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    return false;
                }
            }
        }
    }
}

/// A row's line and event ID; a row without a numeric ID is a problem, one with it is counted.
pub(super) fn counted(
    rec: &csv::StringRecord,
    c: &Columns,
    crlf: bool,
    out: &mut FileResult,
) -> Option<(Option<u64>, u32)> {
    let line = rec.position().map(|p| crate::codebase::csv_line(p, crlf));
    let id = c.id.and_then(|i| rec.get(i)).unwrap_or("").trim();
    let Ok(n) = id.parse::<u32>() else {
        out.problem(
            Place {
                line,
                ..Place::default()
            },
            crate::collect::Note::new(
                "problem-no-event-id",
                "row has no numeric event id ({value})",
            )
            .arg("value", format!("{id:?}")),
        );
        return None;
    };
    out.records += 1;
    Some((line, n))
}

/// One row: counted when it has an event id, kept when the event is one the analysis reads.
fn row(rec: &csv::StringRecord, c: &Columns, crlf: bool, out: &mut FileResult) {
    let Some((line, id)) = counted(rec, c, crlf, out) else {
        return;
    };
    let get = |c: Option<usize>| c.and_then(|i| rec.get(i)).unwrap_or("").trim();
    if let Some(w) = crate::lockout::parse_time(get(c.time), None) {
        out.saw_time(w);
    }
    if !interesting(id) {
        return;
    }
    let mut ev = SecEvent {
        event_id: id,
        provider: get(c.source).into(),
        channel: "Security".into(),
        computer: get(c.computer).to_ascii_lowercase().into(),
        record_id: get(c.record).parse().ok(),
        time: Some(get(c.time).to_string()).filter(|t| !t.is_empty()),
        time_is_utc: false,
        place: Place {
            line,
            record: Some(out.records),
            ..Place::default()
        },
        ..SecEvent::default()
    };
    parse_message(&mut ev, get(c.message));
    out.keep_event(ev);
}

/// Reads EventData from the English message text of 4740, 4625, 4771, 4776 and 4767.
pub fn parse_message(ev: &mut SecEvent, msg: &str) {
    let lines = locale::lines(msg);
    assign(ev, lines.iter().map(|l| (Some(l.label), l)));
}

/// Fills the event from message lines named in English (`None`: a line whose name is not
/// known; a heading of that kind ends the section before it).
pub(super) fn assign<'a>(
    ev: &mut SecEvent,
    lines: impl Iterator<Item = (Option<&'a str>, &'a locale::Line<'a>)>,
) {
    let mut section = "";
    for (name, line) in lines {
        let value = line.value;
        if line.shape == locale::Shape::Section {
            section = name.unwrap_or("");
            continue;
        }
        let Some(label) = name else { continue };
        let target_section = matches!(
            section,
            "Account That Was Locked Out"
                | "Account For Which Logon Failed"
                | "Account Information"
                | "Target Account"
        );
        match label {
            "Account Name" if target_section => ev.target_user = value.into(),
            "Account Domain" if target_section && ev.event_id != 4740 => {
                ev.target_domain = value.into()
            }
            "Caller Computer Name" => ev.target_domain = value.into(),
            "Logon Account" => ev.target_user = value.into(),
            "Status" | "Failure Code" | "Error Code" => ev.status = value.into(),
            "Sub Status" => ev.sub_status = value.into(),
            "Failure Reason" => ev.failure_reason = value.into(),
            "Logon Type" => ev.logon_type = value.into(),
            "Workstation Name" | "Source Workstation" => ev.workstation = value.into(),
            "Source Network Address" | "Client Address" => ev.ip = value.into(),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(out.notes[0].english().contains("EventData"));
    }
}
