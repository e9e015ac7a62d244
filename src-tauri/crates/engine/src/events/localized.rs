//! Reading an Event Viewer CSV whose header is not English: the language is identified from the
//! header, keyword values and message labels ([`locale::identify`]); its table gives the date
//! order and the labels. An export in a language without a table is read by structure: the
//! event ID column, the provider, the message lines by the template's positions, and a date
//! order decided by the dates themselves. What could not be read is said, never dropped.

use tokenready_model::Place;

use super::csv::{assign, counted, next_record, Columns};
use super::interesting;
use super::locale::{self, DateOrder, DateParts, Locale, LOCALES};
use crate::collect::{FileResult, Note, SecEvent};

/// How many rows are looked at before the language is decided.
const SAMPLE: usize = 20;

const ORDERS: [DateOrder; 3] = [
    DateOrder::YearMonthDay,
    DateOrder::DayMonthYear,
    DateOrder::MonthDayYear,
];

/// What one export's rows showed, for the notes and problems at its end.
#[derive(Default)]
struct Tally {
    /// The events of this file, with their dates' numbers (times are set at the end, once the
    /// order of the date parts is known).
    dated: Vec<(usize, DateParts)>,
    /// Rows whose date says year first / day first / month first.
    evidence: [u64; 3],
    /// Earliest and latest time of every row, in each order.
    span: [Option<(chrono::NaiveDateTime, chrono::NaiveDateTime)>; 3],
    /// Rows whose date has no date and time numbers at all: (count, first line, the text).
    undated: (u64, Option<u64>, String),
    /// The first readable date, as written (its separator is a hint to the order).
    first_date: String,
    relevant: u64,
    by_label: u64,
    by_position: u64,
    /// Relevant events none of whose message lines could be named: (count, first line).
    unread: (u64, Option<u64>),
    /// 4740 events left without a caller computer: (count, first line).
    no_caller: (u64, Option<u64>),
}

pub(super) fn scan<R: std::io::Read>(
    csv: &mut csv::Reader<R>,
    headers: &[String],
    c: &Columns,
    crlf: bool,
    out: &mut FileResult,
) -> std::io::Result<()> {
    let mut sample = Vec::new();
    let mut rec = csv::StringRecord::new();
    let mut done = false;
    while sample.len() < SAMPLE {
        if !next_record(csv, &mut rec, crlf, out) {
            done = true;
            break;
        }
        sample.push(rec.clone());
    }
    let found = locale::identify(headers, &sample);
    out.language = Some(found.map_or("structure", |l| l.tag).to_string());
    let mut tally = Tally::default();
    let first = out.events.len();
    for r in &sample {
        row(r, c, crlf, found, &mut tally, out);
    }
    while !done && next_record(csv, &mut rec, crlf, out) {
        row(&rec, c, crlf, found, &mut tally, out);
    }
    finish(csv, headers, found, tally, first, out);
    Ok(())
}

fn row(
    rec: &csv::StringRecord,
    c: &Columns,
    crlf: bool,
    found: Option<&Locale>,
    tally: &mut Tally,
    out: &mut FileResult,
) {
    let Some((line, id)) = counted(rec, c, crlf, out) else {
        return;
    };
    let get = |c: Option<usize>| c.and_then(|i| rec.get(i)).unwrap_or("").trim();
    let when = get(c.time);
    let parts = DateParts::read(when);
    match parts {
        Some(p) => {
            if tally.first_date.is_empty() {
                tally.first_date = when.to_string();
            }
            if let Some(o) = p.evidence() {
                tally.evidence[o as usize] += 1;
            }
            for (i, o) in ORDERS.iter().enumerate() {
                if let Some(t) = p.at(*o) {
                    let s = tally.span[i].get_or_insert((t, t));
                    s.0 = s.0.min(t);
                    s.1 = s.1.max(t);
                }
            }
        }
        None => {
            let u = &mut tally.undated;
            u.0 += 1;
            if u.1.is_none() {
                u.1 = line;
                u.2 = when.chars().take(40).collect();
            }
        }
    }
    if !interesting(id) {
        return;
    }
    tally.relevant += 1;
    let mut ev = SecEvent {
        event_id: id,
        provider: get(c.source).into(),
        channel: "Security".into(),
        place: Place {
            line,
            record: Some(out.records),
            ..Place::default()
        },
        ..SecEvent::default()
    };
    let msg = get(c.message);
    let lines = locale::lines(msg);
    let by_position = locale::by_position(id, &lines);
    let mut labelled = 0;
    let names: Vec<Option<&str>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let by_label = found.and_then(|f| f.english(l.label));
            labelled += usize::from(by_label.is_some());
            by_label.or_else(|| by_position.as_ref().and_then(|p| p.get(i).copied()))
        })
        .collect();
    if labelled > 0 {
        tally.by_label += 1;
    }
    if by_position.is_some() {
        tally.by_position += 1;
    }
    if names.iter().all(Option::is_none) {
        tally.unread.0 += 1;
        tally.unread.1 = tally.unread.1.or(line);
    }
    assign(&mut ev, names.iter().copied().zip(lines.iter()));
    if id == 4740 && ev.target_domain.is_empty() {
        tally.no_caller.0 += 1;
        tally.no_caller.1 = tally.no_caller.1.or(line);
    }
    if let Some(p) = parts {
        tally.dated.push((out.events.len(), p));
    }
    out.keep_event(ev);
}

/// A table's language by name, as a note (`language-de-DE`, …) so the report names it in its
/// own language.
pub(crate) fn language_name(l: &Locale) -> Note {
    Note {
        id: format!("language-{}", l.tag).into(),
        english: l.language.into(),
        args: vec![],
    }
}

/// The order of the date parts: the language's, else what the dates show, else the one order
/// every sourced pattern with the same separator agrees on. With the reason, for the note.
fn decide(found: Option<&Locale>, tally: &Tally) -> Result<(DateOrder, Note), Note> {
    if let Some(l) = found {
        if let Some(o) = l.date_order() {
            let pattern = l.dates.first().map(|d| d.text).unwrap_or("");
            return Ok((
                o,
                Note::new(
                    "dates-as-locale",
                    "{order} as {tag} writes them ({pattern})",
                )
                .arg("order", o.note())
                .arg("tag", l.tag)
                .arg("pattern", pattern),
            ));
        }
    }
    let [ymd, dmy, mdy] = tally.evidence;
    let shown = |o: DateOrder| {
        Note::new("dates-shown", "{order}: the dates themselves show it").arg("order", o.note())
    };
    match (ymd > 0, dmy > 0, mdy > 0) {
        (true, false, false) => return Ok((DateOrder::YearMonthDay, shown(DateOrder::YearMonthDay))),
        (false, true, false) => return Ok((DateOrder::DayMonthYear, shown(DateOrder::DayMonthYear))),
        (false, false, true) => return Ok((DateOrder::MonthDayYear, shown(DateOrder::MonthDayYear))),
        (false, false, false) => {}
        _ => {
            return Err(Note::new(
                "dates-disagree",
                "the dates disagree on the order of day and month ({dmy} read only day first, {mdy} only month first)",
            )
            .arg("dmy", dmy)
            .arg("mdy", mdy))
        }
    }
    let sep = separator(&tally.first_date);
    let agree: Vec<&Locale> = LOCALES
        .iter()
        .copied()
        .filter(|l| l.dates.first().is_some_and(|d| separator(d.text) == sep))
        // The file's dates are not year first (the evidence would have said so).
        .filter(|l| l.date_order() != Some(DateOrder::YearMonthDay))
        .collect();
    let orders: Vec<DateOrder> = agree.iter().filter_map(|l| l.date_order()).collect();
    match (sep, orders.first()) {
        (Some(s), Some(o)) if orders.iter().all(|x| x == o) => Ok((
            *o,
            Note::new(
                "dates-by-separator",
                "{order}: no date in the file decides it; every sourced pattern with '{sep}' that does not start with the year has that order ({tags})",
            )
            .arg("order", o.note())
            .arg("sep", s.to_string())
            .arg("tags", agree.iter().map(|l| l.tag).collect::<Vec<_>>().join(", ")),
        )),
        _ => Err(Note::new(
            "dates-unknown",
            "no date in the file tells day from month, and the language is not known",
        )),
    }
}

/// The character after the first part of a date (`16.04.2025`) or of a pattern (`dd.MM.yyyy`).
fn separator(s: &str) -> Option<char> {
    s.trim_start().chars().find(|c| !c.is_alphanumeric())
}

fn finish<R: std::io::Read>(
    csv: &mut csv::Reader<R>,
    headers: &[String],
    found: Option<&Locale>,
    tally: Tally,
    first: usize,
    out: &mut FileResult,
) {
    let raw: Vec<String> = csv
        .headers()
        .map(|h| h.iter().map(str::to_string).collect())
        .unwrap_or_else(|_| headers.to_vec());
    out.note(match found {
        Some(l) => Note::new(
            "note-localized-table",
            "Event Viewer CSV in {language} ({tag}): header, keywords and message labels from TokenReady's {tag} table",
        )
        .arg("language", language_name(l))
        .arg("tag", l.tag),
        None => Note::new(
            "note-localized-structure",
            "Event Viewer CSV with a header in a language TokenReady has no table for ({header}): read by structure (event ID column, provider, message lines by the English template's positions)",
        )
        .arg("header", raw.join(", ")),
    });
    out.note(Note::new(
        "note-no-record-columns",
        "no Computer or EventRecordID columns, so events from two exports cannot be de-duplicated; times are local with no zone",
    ));
    match decide(found, &tally) {
        Ok((order, why)) => {
            out.note(Note::new("note-dates-read", "dates read as {why}").arg("why", why));
            let mut wrong = (0u64, None);
            for (i, p) in &tally.dated {
                let ev = &mut out.events[*i];
                match p.at(order) {
                    Some(t) => ev.time = Some(t.format("%Y-%m-%dT%H:%M:%S").to_string()),
                    None => {
                        wrong.0 += 1;
                        wrong.1 = wrong.1.or(ev.place.line);
                    }
                }
            }
            if let Some((a, b)) = tally.span[order as usize] {
                for t in [a, b] {
                    out.saw_time(crate::lockout::When { at: t, utc: false });
                }
            }
            if wrong.0 > 0 {
                out.problem(
                    Place { line: wrong.1, ..Place::default() },
                    crate::collect::Note::new("problem-dates-wrong-order", "{n} event(s) have a date that is not a date in the order {order}: their times were not read").arg("n", wrong.0).arg("order", order.note()),
                );
            }
        }
        Err(why) if !tally.dated.is_empty() => out.problem(
            Place { line: Some(1), ..Place::default() },
            crate::collect::Note::new("problem-dates-unread", "the dates of this export could not be read: {why}; its events are counted without times, so the timeline and the split at a rollout leave them out. Export EVTX or XML, whose times are UTC in every language").arg("why", why),
        ),
        Err(_) => {}
    }
    if tally.undated.0 > 0 {
        out.problem(
            Place {
                line: tally.undated.1,
                ..Place::default()
            },
            crate::collect::Note::new(
                "problem-rows-undated",
                "{n} row(s) have no readable date and time (the first: {first})",
            )
            .arg("n", tally.undated.0)
            .arg("first", format!("{:?}", tally.undated.2)),
        );
    }
    if tally.relevant > 0 && tally.unread.0 == tally.relevant {
        // Nothing of any message could be read: the events would count without accounts or
        // sources, so the export is reported and left out, as before.
        out.unsupported = true;
        out.events.truncate(first);
        out.problem(
            Place { line: Some(1), ..Place::default() },
            crate::collect::Note::new("problem-unknown-language", "an Event Viewer CSV export with its header in another language ({header}): none of its {n} 4740/4625/4771/4776 message(s) matched a known language's labels or the English template's layout, so they were not counted. Export the Security log as EVTX (wevtutil epl Security security.evtx) or XML (wevtutil qe Security /f:xml), which are the same in every language")
                .arg("header", raw.join(", "))
                .arg("n", tally.relevant
            ),
        );
        return;
    }
    if tally.unread.0 > 0 {
        out.problem(
            Place { line: tally.unread.1, ..Place::default() },
            crate::collect::Note::new("problem-messages-unread", "{n} event message(s) matched neither a known label nor the template's layout: counted, with no account or source").arg("n", tally.unread.0),
        );
    }
    if tally.no_caller.0 > 0 {
        out.problem(
            Place { line: tally.no_caller.1, ..Place::default() },
            crate::collect::Note::new("problem-lockouts-no-caller", "{n} lockout(s) (4740) without a caller computer: the message's layout is not the template's and the language's label for it is not known, so the lockout source is unknown for them").arg("n", tally.no_caller.0),
        );
    }
    if tally.relevant > 0 {
        out.note(
            Note::new(
                "note-messages-read",
                "{n} event message(s) read: {labels} by the language's labels, {positions} by the template's positions",
            )
            .arg("n", tally.relevant)
            .arg("labels", tally.by_label)
            .arg("positions", tally.by_position),
        );
    }
}
