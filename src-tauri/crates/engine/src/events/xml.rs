//! Event XML: wevtutil output (no root) and Event Viewer "Save as XML" (`<Events>`, with
//! RenderingInfo), streamed; EventData read by name.

use std::io::BufRead;

use quick_xml::events::Event as X;
use tokenready_model::Place;

use super::{interesting, set_data};
use crate::collect::{FileResult, SecEvent};
use crate::lockout::parse_time;

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
    let mut state = State {
        current: None,
        field: Field::None,
        text: String::new(),
    };
    let mut consecutive_errors = 0;
    loop {
        let pos = xml.buffer_position();
        match xml.read_event_into(&mut buf) {
            Err(e) => {
                out.problem(
                    Place {
                        offset: Some(pos),
                        record: Some(out.records + 1),
                        ..Place::default()
                    },
                    crate::collect::Note::new("problem-malformed-xml", "malformed XML: {detail}").arg("detail", e.to_string()),
                );
                consecutive_errors += 1;
                if consecutive_errors > 20 {
                    out.problem(
                        Place {
                            offset: Some(xml.buffer_position()),
                            ..Place::default()
                        },
                        crate::collect::Note::new("problem-too-many-xml-errors", "too many consecutive XML errors; rest of the file skipped"),
                    );
                    break;
                }
            }
            Ok(X::Eof) => break,
            Ok(X::DocType(_)) => out.problem(
                Place {
                    offset: Some(pos),
                    ..Place::default()
                },
                crate::collect::Note::new("problem-doctype", "DOCTYPE ignored: entity declarations are never expanded (an export from wevtutil or Event Viewer has none); entity references are kept as written"),
            ),
            Ok(X::Start(e)) | Ok(X::Empty(e)) => {
                consecutive_errors = 0;
                state.start(&e, pos, out.records);
            }
            Ok(X::Text(t)) => {
                if state.field != Field::None {
                    match t.unescape() {
                        Ok(s) => state.text.push_str(&s),
                        Err(_) => state.text.push_str(&String::from_utf8_lossy(&t)),
                    }
                }
            }
            Ok(X::CData(t)) => {
                if state.field != Field::None {
                    state.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Ok(X::End(e)) => state.end(e.local_name().as_ref(), out),
            Ok(_) => {}
        }
        buf.clear();
    }
    if state.current.is_some() {
        out.problem(
            Place {
                offset: Some(xml.buffer_position()),
                record: Some(out.records + 1),
                ..Place::default()
            },
            crate::collect::Note::new(
                "problem-xml-truncated",
                "file ends inside an <Event> (truncated); that event is skipped",
            ),
        );
    }
}

/// The event being read, the field whose text is being collected, and that text.
struct State {
    current: Option<SecEvent>,
    field: Field,
    text: String,
}

impl State {
    /// A start (or empty) element at `pos`, after `records` whole events.
    fn start(&mut self, e: &quick_xml::events::BytesStart<'_>, pos: u64, records: u64) {
        match e.local_name().as_ref() {
            b"Event" => {
                self.current = Some(SecEvent {
                    place: Place {
                        offset: Some(pos),
                        record: Some(records + 1),
                        ..Place::default()
                    },
                    time_is_utc: true,
                    ..SecEvent::default()
                });
            }
            b"Provider" => {
                if let (Some(c), Some(v)) = (self.current.as_mut(), attr(e, b"Name")) {
                    c.provider = v.into();
                }
            }
            b"TimeCreated" => {
                if let Some(c) = self.current.as_mut() {
                    c.time = attr(e, b"SystemTime");
                }
            }
            b"EventID" => self.field = Field::EventId,
            b"EventRecordID" => self.field = Field::RecordId,
            b"Computer" => self.field = Field::Computer,
            b"Channel" => self.field = Field::Channel,
            b"Data" => self.field = Field::Data(attr(e, b"Name").unwrap_or_default()),
            _ => self.field = Field::None,
        }
        self.text.clear();
    }

    /// An end element: the event is complete, or the field's text is its value.
    fn end(&mut self, name: &[u8], out: &mut FileResult) {
        if name == b"Event" {
            if let Some(ev) = self.current.take() {
                out.records += 1;
                if let Some(w) = ev.time.as_deref().and_then(|t| parse_time(t, None)) {
                    out.saw_time(w);
                }
                if interesting(ev.event_id) {
                    out.keep_event(ev);
                }
            }
        } else if let Some(c) = self.current.as_mut() {
            let v = self.text.trim();
            match std::mem::replace(&mut self.field, Field::None) {
                Field::EventId => c.event_id = v.parse().unwrap_or(0),
                Field::RecordId => c.record_id = v.parse().ok(),
                Field::Computer => c.computer = v.to_ascii_lowercase().into(),
                Field::Channel => c.channel = v.into(),
                Field::Data(n) => set_data(c, &n, v),
                Field::None => {}
            }
        }
        self.text.clear();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::SECURITY_PROVIDER;

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
        assert!(out.problems[0].1.english().contains("truncated"));
    }
}
