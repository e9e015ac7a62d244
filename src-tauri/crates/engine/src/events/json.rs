//! Security events exported from Elastic (issue 22, first part): winlogbeat / Elastic Agent
//! documents one per line (NDJSON), Kibana search hits (`_source` and its `fields` block), or
//! the same as one JSON array. Fields are read by name, never by position: the raw winlogbeat
//! names first (`winlog.event_data.*`), the 5.x/6.x flat names (`event_data.*`, `event_id`,
//! `computer_name`, `record_number`), then the ECS fields the security pipeline moves them to
//! (`source.ip`, `source.domain`, `user.target.*` for 4740, `user.*` otherwise). Event and
//! record IDs are numbers or strings (siem-exports.md §0.2, §1). Each document is parsed on its
//! own, so memory holds one line at a time.

use std::io::BufRead;

use serde_json::Value;
use tokenready_model::Place;

use super::named::{self, Family, Fields};
use super::{interesting, set_data};
use crate::collect::{FileResult, Note, SecEvent, Text};

/// What the documents of one export showed, for its notes.
#[derive(Default)]
struct Tally {
    /// JSON documents that are not Windows events (no event ID anywhere).
    other: (u64, Option<u64>),
    /// Elastic documents that are events.
    elastic: u64,
    /// Events whose fields came from the ECS names (the security pipeline had renamed them).
    ecs: u64,
    /// What the Elastic events lack (record IDs, callers, sources).
    gaps: named::Tally,
    /// The other families met (Splunk, PowerShell, Graylog), each with its tally.
    families: Vec<(&'static Family, named::Tally)>,
}

impl Tally {
    fn of(&mut self, family: &'static Family) -> &mut named::Tally {
        let i = match self
            .families
            .iter()
            .position(|(f, _)| std::ptr::eq(*f, family))
        {
            Some(i) => i,
            None => {
                self.families.push((family, named::Tally::default()));
                self.families.len() - 1
            }
        };
        &mut self.families[i].1
    }
}

/// A JSON document's values by name: the key as written, else a dotted path through objects
/// and arrays (`Properties.0.Value`). Arrays (a multivalue field) are joined by `\n`.
struct Doc<'v>(&'v Value);

impl Fields for Doc<'_> {
    fn raw(&self, name: &str) -> Option<std::borrow::Cow<'_, str>> {
        let v = self.0.get(name).or_else(|| {
            name.split('.').try_fold(self.0, |v, k| match v {
                Value::Array(a) => a.get(k.parse::<usize>().ok()?),
                _ => v.get(k),
            })
        })?;
        match v {
            Value::Array(a) => {
                let parts: Vec<String> = a.iter().filter_map(text).collect();
                Some(parts.join("\n").into())
            }
            other => text(other).map(Into::into),
        }
    }
}

/// The family of a document that is not Elastic's (siem-exports.md §3.3, §4.2, §5.2).
fn named_family(v: &Value) -> Option<&'static Family> {
    let has = |k: &str| v.get(k).is_some();
    if has("_raw") || (has("EventCode") && (has("_time") || has("sourcetype"))) {
        Some(&named::SPLUNK)
    } else if has("Id") && has("RecordId") && (has("ProviderName") || has("TimeCreated")) {
        Some(&named::POWERSHELL_JSON)
    } else if has("winlogbeat_winlog_event_id") || has("winlogbeat_event_code") {
        Some(&named::GRAYLOG)
    } else {
        None
    }
}

/// A document of a named family: counted, its time seen, kept when it is an event we read.
fn named_doc(
    v: &Value,
    family: &'static Family,
    place: Place,
    tally: &mut Tally,
    out: &mut FileResult,
) {
    let f = Doc(v);
    let Some(id) = named::event_id(&f, family) else {
        tally.other.0 += 1;
        tally.other.1 = tally.other.1.or(place.line.or(place.record));
        return;
    };
    out.records += 1;
    let when = family
        .time
        .iter()
        .find_map(|(n, form)| f.value(n).map(|t| named::time_of(&t, *form)))
        .flatten();
    if let Some(w) = when {
        out.saw_time(w);
    }
    if !interesting(id) {
        return;
    }
    let place = Place {
        record: place.record.or(Some(out.records)),
        ..place
    };
    let t = tally.of(family);
    let ev = named::read(&f, family, id, place, t);
    named::gaps(&ev, t);
    out.keep_event(ev);
}

pub fn scan_json(mut reader: impl BufRead, out: &mut FileResult) -> std::io::Result<()> {
    let first = loop {
        let buf = reader.fill_buf()?;
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => break Some((buf[i], first_key(&buf[i..]))),
            None if buf.is_empty() => break None,
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    };
    let mut tally = Tally::default();
    match first {
        Some((b'[', _)) => array(reader, &mut tally, out),
        // An Elasticsearch `_search` response: `{"took":…,"hits":{"hits":[…]}}`, on one line
        // or pretty-printed; its hits are read one by one.
        Some((b'{', Some(k))) if RESPONSE_KEYS.contains(&k.as_str()) => {
            response(reader, &mut tally, out)
        }
        _ => lines(reader, &mut tally, out)?,
    }
    notes(&tally, out);
    Ok(())
}

fn lines(reader: impl BufRead, tally: &mut Tally, out: &mut FileResult) -> std::io::Result<()> {
    let mut lines = crate::lines::LineReader::new(reader);
    let mut too_long = Vec::new();
    while let Some(line) = lines.next_line()? {
        let bytes = match line.bytes {
            Ok(b) => b,
            Err(len) => {
                too_long.push((line.number, len));
                continue;
            }
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let place = Place {
            line: Some(line.number),
            offset: Some(line.offset),
            ..Place::default()
        };
        match serde_json::from_slice::<Value>(bytes) {
            Ok(v) => doc(&v, place, tally, out),
            Err(e) if e.is_eof() => out.problem(
                place,
                crate::collect::Note::new(
                    "problem-json-ends-early",
                    "the JSON document ends early (the export was cut here?); skipped",
                ),
            ),
            Err(e) => out.problem(
                place,
                crate::collect::Note::new(
                    "problem-not-json",
                    "not a JSON document: {detail}; skipped",
                )
                .arg("detail", e.to_string()),
            ),
        }
    }
    crate::lines::report_too_long(&too_long, out);
    Ok(())
}

/// The first keys of an Elasticsearch search response.
const RESPONSE_KEYS: &[&str] = &[
    "took",
    "timed_out",
    "_shards",
    "hits",
    "_scroll_id",
    "pit_id",
];

/// The first key of a JSON object at the start of `b` (`{ "took": …` → `took`).
fn first_key(b: &[u8]) -> Option<String> {
    let rest = b.strip_prefix(b"{")?;
    let start = rest.iter().position(|c| !c.is_ascii_whitespace())?;
    let rest = rest[start..].strip_prefix(b"\"")?;
    let end = rest.iter().position(|&c| c == b'"')?;
    std::str::from_utf8(&rest[..end]).ok().map(str::to_string)
}

/// A search response: only `hits.hits` is read, element by element; everything else skipped.
fn response(reader: impl BufRead, tally: &mut Tally, out: &mut FileResult) {
    use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
    struct Outer<'a>(&'a mut Tally, &'a mut FileResult, bool);
    impl<'de> Visitor<'de> for Outer<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a search response")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(k) = map.next_key::<String>()? {
                if k == "hits" {
                    if self.2 {
                        map.next_value_seed(Each(&mut *self.0, &mut *self.1))?;
                    } else {
                        map.next_value_seed(Outer(&mut *self.0, &mut *self.1, true))?;
                    }
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(())
        }
    }
    impl<'de> DeserializeSeed<'de> for Outer<'_> {
        type Value = ();
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_map(self)
        }
    }
    let mut de = serde_json::Deserializer::from_reader(reader);
    if let Err(e) = Outer(tally, out, false).deserialize(&mut de) {
        damaged(e, out);
    }
}

fn damaged(e: serde_json::Error, out: &mut FileResult) {
    let place = Place {
        line: Some(e.line() as u64),
        ..Place::default()
    };
    out.problem(
        place,
        crate::collect::Note::new(
            "problem-json-stops",
            "the JSON could not be read past here ({detail}); the documents before it are kept",
        )
        .arg("detail", e.to_string()),
    );
}

/// The documents of a JSON array, one by one.
struct Each<'a>(&'a mut Tally, &'a mut FileResult);

impl<'de> serde::de::Visitor<'de> for Each<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of event documents")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut n = 0u64;
        while let Some(v) = seq.next_element::<Value>()? {
            n += 1;
            let place = Place {
                record: Some(n),
                ..Place::default()
            };
            doc(&v, place, self.0, self.1);
        }
        Ok(())
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Each<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

/// A JSON array of documents, read element by element (never the whole array at once).
fn array(reader: impl BufRead, tally: &mut Tally, out: &mut FileResult) {
    use serde::de::DeserializeSeed;
    let mut de = serde_json::Deserializer::from_reader(reader);
    if let Err(e) = Each(tally, out).deserialize(&mut de) {
        damaged(e, out);
    }
}

/// A value at a dotted path: nested objects first, then a key with the dots in it (Kibana's
/// `fields` and some exports flatten the names); Kibana puts every `fields` value in an array.
fn at<'v>(v: &'v Value, path: &str) -> Option<&'v Value> {
    let nested = path
        .split('.')
        .try_fold(v, |v, k| v.get(k))
        .filter(|v| !v.is_null());
    let found = nested.or_else(|| v.get(path))?;
    match found {
        Value::Array(a) if a.len() == 1 => a.first(),
        other => Some(other),
    }
}

/// A string or number as text.
fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The EventData fields the analysis uses, each under its winlogbeat ≥ 7 and 5.x/6.x path.
const EVENT_DATA: &[(&str, [&str; 2])] = &[
    (
        "TargetUserName",
        [
            "winlog.event_data.TargetUserName",
            "event_data.TargetUserName",
        ],
    ),
    (
        "TargetDomainName",
        [
            "winlog.event_data.TargetDomainName",
            "event_data.TargetDomainName",
        ],
    ),
    ("Status", ["winlog.event_data.Status", "event_data.Status"]),
    (
        "SubStatus",
        ["winlog.event_data.SubStatus", "event_data.SubStatus"],
    ),
    (
        "FailureReason",
        [
            "winlog.event_data.FailureReason",
            "event_data.FailureReason",
        ],
    ),
    (
        "LogonType",
        ["winlog.event_data.LogonType", "event_data.LogonType"],
    ),
    (
        "WorkstationName",
        [
            "winlog.event_data.WorkstationName",
            "event_data.WorkstationName",
        ],
    ),
    (
        "Workstation",
        ["winlog.event_data.Workstation", "event_data.Workstation"],
    ),
    (
        "IpAddress",
        ["winlog.event_data.IpAddress", "event_data.IpAddress"],
    ),
];

fn doc(v: &Value, place: Place, tally: &mut Tally, out: &mut FileResult) {
    if let Some(family) = named_family(v) {
        return named_doc(v, family, place, tally, out);
    }
    // A search hit: `_source` holds the document, `fields` the same flattened.
    let sources: Vec<&Value> = [v.get("_source"), v.get("fields"), Some(v)]
        .into_iter()
        .flatten()
        .collect();
    let get = |path: &str| sources.iter().find_map(|s| at(s, path)).and_then(text);
    let first = |paths: &[&str]| paths.iter().find_map(|p| get(p));
    let Some(id) = first(&["winlog.event_id", "event.code", "event_id"])
        .and_then(|s| s.trim().parse::<u32>().ok())
    else {
        tally.other.0 += 1;
        tally.other.1 = tally.other.1.or(place.line.or(place.record));
        return;
    };
    out.records += 1;
    tally.elastic += 1;
    let time = first(&["@timestamp", "winlog.time_created", "timestamp"]);
    let when = time
        .as_deref()
        .and_then(|t| crate::lockout::parse_time(t, None));
    if let Some(w) = when {
        out.saw_time(w);
    }
    if !interesting(id) {
        return;
    }
    let mut ev = SecEvent {
        event_id: id,
        provider: first(&["winlog.provider_name", "event.provider", "source_name"])
            .unwrap_or_default()
            .into(),
        channel: first(&["winlog.channel", "log_name"])
            .unwrap_or_default()
            .into(),
        computer: first(&["winlog.computer_name", "computer_name"])
            .unwrap_or_default()
            .to_ascii_lowercase()
            .into(),
        record_id: first(&["winlog.record_id", "record_number"])
            .and_then(|r| r.trim().parse().ok()),
        time: when
            .filter(|w| w.utc)
            .map(crate::lockout::fmt_when)
            .or(time),
        time_is_utc: when.is_some_and(|w| w.utc),
        place: Place {
            record: place.record.or(Some(out.records)),
            ..place
        },
        ..SecEvent::default()
    };
    for (name, paths) in EVENT_DATA {
        if let Some(v) = first(paths) {
            set_data(&mut ev, name, &v);
        }
    }
    // The security pipeline's renames (siem-exports.md §0.3, §0.4, §1.1).
    let mut from_ecs = false;
    let mut fill = |field: &mut Text, paths: &[&str]| {
        if field.is_empty() {
            if let Some(v) = first(paths) {
                *field = v.into();
                from_ecs = true;
            }
        }
    };
    fill(&mut ev.ip, &["source.ip"]);
    fill(&mut ev.workstation, &["source.domain"]);
    if id == 4740 {
        fill(&mut ev.target_user, &["user.target.name"]);
        fill(&mut ev.target_domain, &["user.target.domain"]);
    } else {
        fill(&mut ev.target_user, &["user.name"]);
        fill(&mut ev.target_domain, &["user.domain"]);
    }
    tally.ecs += u64::from(from_ecs);
    tally.gaps.no_record += u64::from(ev.record_id.is_none());
    named::gaps(&ev, &mut tally.gaps);
    out.keep_event(ev);
}

fn notes(t: &Tally, out: &mut FileResult) {
    if t.elastic > 0 || t.families.is_empty() {
        out.note(Note::new("note-elastic", "Elastic (winlogbeat / Elastic Agent) documents: fields read by name, raw winlog.event_data first, ECS names as the fallback; times are UTC"));
        if t.ecs > 0 {
            out.note(
                Note::new("note-ecs", "{n} event(s) had fields only under their ECS names (source.ip, source.domain, user.*): the security pipeline had renamed them")
                    .arg("n", t.ecs),
            );
        }
        named::notes(&t.gaps, out);
    }
    for (family, tally) in &t.families {
        named::heading(family, out);
        named::notes(tally, out);
    }
    if t.other.0 > 0 {
        out.problem(
            Place {
                line: t.other.1,
                ..Place::default()
            },
            crate::collect::Note::new("problem-json-not-events", "{n} JSON document(s) are not Windows events (no event ID under any name TokenReady reads: winlog.event_id, event.code, event_id, EventCode, Id): skipped")
                .arg("n", t.other.0),
        );
    }
}
