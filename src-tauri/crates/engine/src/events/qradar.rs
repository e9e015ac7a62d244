//! IBM QRadar WinCollect payloads (issue 22, siem-exports.md §5.1): one Windows event per line,
//! `AgentDevice=WindowsLog` then TAB-separated `key=value` pairs (`Computer`, `EventID`,
//! `RecordNumber`, `TimeGenerated` in epoch seconds, …) and last `Message=` with the rendered
//! message flattened to one line. The message's fields are found by their English labels
//! wherever they stand, since the line breaks and tabs are gone.

use std::borrow::Cow;
use std::io::BufRead;

use tokenready_model::Place;

use super::interesting;
use super::locale::{Line, Shape, TEMPLATES};
use super::named::{self, Family, Fields, TimeForm};
use crate::collect::{FileResult, SecEvent};

const MARK: &str = "AgentDevice=WindowsLog";

static QRADAR: Family = Family {
    name: "QRadar WinCollect payloads",
    id: &["EventID", "EventIDCode"],
    time: &[("TimeGenerated", TimeForm::Iso)],
    computer: &["Computer"],
    record: &["RecordNumber"],
    provider: &["Source"],
    channel: &["AgentLogFile"],
    data: &[],
    extra: message,
};

/// The `key=value` pairs of one payload; `Message` is the rest of the line.
struct Payload<'a> {
    pairs: Vec<(&'a str, &'a str)>,
}

impl<'a> Payload<'a> {
    fn parse(line: &'a str) -> Payload<'a> {
        let (head, message) = match line.find("\tMessage=") {
            Some(i) => (&line[..i], Some(&line[i + "\tMessage=".len()..])),
            None => (line, None),
        };
        let mut pairs: Vec<(&str, &str)> = head
            .split('\t')
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.trim(), v.trim()))
            .collect();
        if let Some(m) = message {
            pairs.push(("Message", m.trim_end_matches(['\r', '\n'])));
        }
        Payload { pairs }
    }
}

impl Fields for Payload<'_> {
    fn raw(&self, name: &str) -> Option<Cow<'_, str>> {
        self.pairs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| Cow::Borrowed(*v))
    }
}

/// Labels of the messages read (the templates', and the 4771/4776 labels TokenReady reads
/// from other exports), longest first so that `Sub Status` is not taken for `Status`.
fn labels() -> Vec<(&'static str, bool)> {
    let mut all: Vec<(&str, bool)> = TEMPLATES
        .iter()
        .flat_map(|(_, t)| t.iter())
        .map(|(shape, l)| (*l, *shape == Shape::Section))
        .chain(
            [
                "Logon Account",
                "Source Workstation",
                "Error Code",
                "Authentication Package",
                "Service Name",
                "Client Address",
                "Failure Code",
            ]
            .map(|l| (l, false)),
        )
        .chain(["Account Information", "Target Account"].map(|l| (l, true)))
        .collect();
    all.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)));
    all.dedup_by(|a, b| a.0 == b.0);
    all
}

/// The `Label: value` pairs of a message flattened to one line (`… Logon Account: ui74821a
/// Source Workstation:  Error Code: 0x0`).
fn flattened(msg: &str) -> Vec<Line<'_>> {
    let mut hits: Vec<(usize, usize, &'static str, bool)> = Vec::new();
    for (label, section) in labels() {
        for (i, _) in msg.match_indices(label) {
            let end = i + label.len();
            let starts_word = msg[..i]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '.');
            if !starts_word || !msg[end..].starts_with(':') {
                continue;
            }
            if hits.iter().any(|(s, e, _, _)| i < *e && end > *s) {
                continue;
            }
            hits.push((i, end + 1, label, section));
        }
    }
    hits.sort();
    let mut out = Vec::with_capacity(hits.len());
    for (k, (_, end, label, section)) in hits.iter().enumerate() {
        let next = hits.get(k + 1).map_or(msg.len(), |h| h.0);
        let value = msg[*end..next].trim();
        let shape = if *section && value.is_empty() {
            Shape::Section
        } else {
            Shape::Field
        };
        out.push(Line {
            label,
            value,
            shape,
        });
    }
    out
}

fn message(f: &dyn Fields, ev: &mut SecEvent, tally: &mut named::Tally) {
    let Some(m) = f.value("Message") else { return };
    let lines = flattened(&m);
    if !lines.is_empty() {
        tally.from_text += 1;
    }
    super::csv::assign(ev, lines.iter().map(|l| (Some(l.label), l)));
}

pub fn scan_payloads(reader: impl BufRead, out: &mut FileResult) -> std::io::Result<()> {
    let mut lines = crate::lines::LineReader::new(reader);
    let mut too_long = Vec::new();
    let mut tally = named::Tally::default();
    let mut other: (u64, Option<u64>) = (0, None);
    named::heading(&QRADAR, out);
    while let Some(line) = lines.next_line()? {
        let bytes = match line.bytes {
            Ok(b) => b,
            Err(len) => {
                too_long.push((line.number, len));
                continue;
            }
        };
        let text = String::from_utf8_lossy(bytes);
        let Some(i) = text.find(MARK) else {
            if !text.trim().is_empty() {
                other.0 += 1;
                other.1 = other.1.or(Some(line.number));
            }
            continue;
        };
        let place = Place {
            line: Some(line.number),
            offset: Some(line.offset),
            ..Place::default()
        };
        let p = Payload::parse(&text[i..]);
        let Some(id) = named::event_id(&p, &QRADAR) else {
            out.problem(
                place,
                crate::collect::Note::new(
                    "problem-wincollect-no-id",
                    "a WinCollect payload without a numeric EventID: skipped",
                ),
            );
            continue;
        };
        out.records += 1;
        let when = p
            .value("TimeGenerated")
            .and_then(|t| named::time_of(&t, TimeForm::Iso));
        if let Some(w) = when {
            out.saw_time(w);
        }
        if !interesting(id) {
            continue;
        }
        let place = Place {
            record: Some(out.records),
            ..place
        };
        let ev = named::read(&p, &QRADAR, id, place, &mut tally);
        named::gaps(&ev, &mut tally);
        out.keep_event(ev);
    }
    crate::lines::report_too_long(&too_long, out);
    named::notes(&tally, out);
    if other.0 > 0 {
        out.problem(
            Place {
                line: other.1,
                ..Place::default()
            },
            crate::collect::Note::new(
                "problem-not-wincollect",
                "{n} line(s) are not WinCollect Windows payloads (no {mark}): skipped",
            )
            .arg("n", other.0)
            .arg("mark", MARK),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The real (anonymised) 4776 payload of siem-exports.md §5.1.
    const REAL_4776: &str = "<13>Feb 13 11:48:24 MCANDC11V AgentDevice=WindowsLog\tAgentLogFile=Security\tPluginVersion=7.2.9.72\tSource=Microsoft-Windows-Security-Auditing\tComputer=MCANDC11V.cliente.su.net\tOriginatingComputer=10.217.62.252\tUser=\tDomain=\tEventID=4776\tEventIDCode=4776\tEventType=8\tEventCategory=14336\tRecordNumber=43390751\tTimeGenerated=1581601701\tTimeWritten=1581601701\tLevel=Log Always\tKeywords=Audit Success\tTask=SE_ADT_ACCOUNTLOGON_CREDENTIALVALIDATION\tOpcode=Info\tMessage=The computer attempted to validate the credentials for an account.  Authentication Package: MICROSOFT_AUTHENTICATION_PACKAGE_V1_0 Logon Account: ui74821a Source Workstation:  Error Code: 0x0";

    #[test]
    fn the_real_4776_payload_is_read_by_its_labels() {
        let mut out = FileResult::default();
        scan_payloads(REAL_4776.as_bytes(), &mut out).unwrap();
        assert_eq!((out.records, out.errors), (1, 0), "{:?}", out.problems);
        let e = &out.events[0];
        assert_eq!(
            (
                e.event_id,
                e.computer.as_str(),
                e.record_id,
                e.target_user.as_str(),
                e.status.as_str(),
                e.workstation.as_str(),
                e.time.as_deref()
            ),
            (
                4776,
                "mcandc11v.cliente.su.net",
                Some(43390751),
                "ui74821a",
                "0x0",
                "",
                Some("2020-02-13T13:48:21Z")
            )
        );
    }

    #[test]
    fn sub_status_is_not_taken_for_status() {
        let l = flattened("Failure Information: Failure Reason: Unknown user name or bad password. Status: 0xC000006D Sub Status: 0xC000006A Process Information:");
        let got: Vec<(&str, &str)> = l.iter().map(|l| (l.label, l.value)).collect();
        assert_eq!(
            got,
            [
                ("Failure Information", ""),
                ("Failure Reason", "Unknown user name or bad password."),
                ("Status", "0xC000006D"),
                ("Sub Status", "0xC000006A"),
                ("Process Information", "")
            ]
        );
    }
}
