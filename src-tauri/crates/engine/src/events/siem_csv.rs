//! SIEM exports as CSV (issue 22): Microsoft Sentinel's portal `SecurityEvent` export, Splunk
//! search results and Graylog messages, each told by its header names and read by name
//! ([`super::named`]). Sentinel's portal writes UTC times in the browser's locale
//! (`10/18/2024, 9:29:21.125 AM`, siem-exports.md §2.2): the order of day and month is decided
//! from the file's own dates, and said.

use std::borrow::Cow;
use std::collections::HashMap;

use tokenready_model::Place;

use super::csv::next_record;
use super::interesting;
use super::locale::{DateOrder, DateParts};
use super::named::{self, Family, Fields, TimeForm};
use crate::collect::{FileResult, Note};

/// The family of a CSV export, from its header names as written.
pub(super) fn family(headers: &[&str]) -> Option<&'static Family> {
    let has = |n: &str| headers.iter().any(|h| h.trim() == n);
    if has("TimeGenerated [UTC]") || (has("TimeGenerated") && has("EventID") && has("Activity")) {
        return Some(&named::SENTINEL);
    }
    if (has("_time") || has("_raw")) && (has("EventCode") || has("EventID") || has("_raw")) {
        return Some(&named::SPLUNK);
    }
    if headers
        .iter()
        .any(|h| h.trim().starts_with("winlogbeat_winlog_"))
    {
        return Some(&named::GRAYLOG);
    }
    None
}

struct Row<'a> {
    rec: &'a csv::StringRecord,
    cols: &'a HashMap<String, usize>,
}

impl Fields for Row<'_> {
    fn raw(&self, name: &str) -> Option<Cow<'_, str>> {
        let i = self
            .cols
            .get(name)
            .or_else(|| self.cols.get(&crate::sniff::normalise_header(name)))?;
        self.rec.get(*i).map(Cow::Borrowed)
    }
}

/// Portal dates of one file, decided at its end.
#[derive(Default)]
struct Dates {
    /// Event index → the date's numbers.
    events: Vec<(usize, DateParts)>,
    /// Rows whose date says year first / day first / month first.
    evidence: [u64; 3],
    /// Earliest and latest of every row's date, in each order.
    span: [Option<(chrono::NaiveDateTime, chrono::NaiveDateTime)>; 3],
    /// Rows whose time column could not be read: (count, first line).
    unread: (u64, Option<u64>),
}

const ORDERS: [DateOrder; 3] = [
    DateOrder::YearMonthDay,
    DateOrder::DayMonthYear,
    DateOrder::MonthDayYear,
];

pub(super) fn scan<R: std::io::Read>(
    csv: &mut csv::Reader<R>,
    family: &'static Family,
    crlf: bool,
    out: &mut FileResult,
) -> std::io::Result<()> {
    let mut cols = HashMap::new();
    if let Ok(h) = csv.headers() {
        for (i, name) in h.iter().enumerate() {
            cols.entry(name.trim().to_string()).or_insert(i);
            cols.entry(crate::sniff::normalise_header(name))
                .or_insert(i);
        }
    }
    let time_col = family
        .time
        .iter()
        .find(|(n, _)| cols.contains_key(*n))
        .copied();
    named::heading(family, out);
    let mut tally = named::Tally::default();
    let mut dates = Dates::default();
    let first = out.events.len();
    let mut rec = csv::StringRecord::new();
    while next_record(csv, &mut rec, crlf, out) {
        let line = rec.position().map(|p| crate::codebase::csv_line(p, crlf));
        let row = Row {
            rec: &rec,
            cols: &cols,
        };
        let Some(id) = named::event_id(&row, family) else {
            let shown = family
                .id
                .iter()
                .find_map(|n| row.raw(n))
                .unwrap_or_default();
            out.problem(
                Place {
                    line,
                    ..Place::default()
                },
                crate::collect::Note::new(
                    "problem-no-event-id",
                    "row has no numeric event id ({value})",
                )
                .arg("value", format!("{shown:?}")),
            );
            continue;
        };
        out.records += 1;
        let portal = match time_col {
            Some((name, TimeForm::PortalUtc)) => row.value(name).map(|t| DateParts::read(&t)),
            Some((name, form)) => {
                let w = row.value(name).and_then(|t| named::time_of(&t, form));
                match w {
                    Some(w) => out.saw_time(w),
                    None => unread(&mut dates, line),
                }
                None
            }
            None => None,
        };
        match portal {
            Some(Some(p)) => {
                if let Some(o) = p.evidence() {
                    dates.evidence[o as usize] += 1;
                }
                for (i, o) in ORDERS.iter().enumerate() {
                    if let Some(t) = p.at(*o) {
                        let s = dates.span[i].get_or_insert((t, t));
                        s.0 = s.0.min(t);
                        s.1 = s.1.max(t);
                    }
                }
            }
            Some(None) => unread(&mut dates, line),
            None => {}
        }
        if !interesting(id) {
            continue;
        }
        let place = Place {
            line,
            record: Some(out.records),
            ..Place::default()
        };
        let ev = named::read(&row, family, id, place, &mut tally);
        if let Some(Some(p)) = portal {
            dates.events.push((out.events.len(), p));
        }
        out.keep_event(ev);
    }
    if let Some((name, TimeForm::PortalUtc)) = time_col {
        portal_times(name, &dates, out);
    }
    if time_col.is_none() {
        out.note(
            Note::new(
                "note-no-time-column",
                "no time column ({columns}): the timeline and the split at a rollout leave these events out",
            )
            .arg(
                "columns",
                family
                    .time
                    .iter()
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        );
    }
    if dates.unread.0 > 0 {
        out.problem(
            Place {
                line: dates.unread.1,
                ..Place::default()
            },
            crate::collect::Note::new(
                "problem-rows-without-time",
                "{n} row(s) have no readable time",
            )
            .arg("n", dates.unread.0),
        );
    }
    for ev in &out.events[first..] {
        named::gaps(ev, &mut tally);
    }
    named::notes(&tally, out);
    Ok(())
}

fn unread(d: &mut Dates, line: Option<u64>) {
    d.unread.0 += 1;
    d.unread.1 = d.unread.1.or(line);
}

/// Sets the portal times once the order of day and month is known: what the dates show, else
/// month first, the en-US rendering of every real export (§2.2, §2.3). Dates that disagree
/// leave the times unread, said as a problem.
fn portal_times(column: &str, d: &Dates, out: &mut FileResult) {
    let [ymd, dmy, mdy] = d.evidence;
    let shown = || Note::new("portal-shown", "the dates themselves show it");
    let (order, why) = match (ymd > 0, dmy > 0, mdy > 0) {
        (false, true, false) => (DateOrder::DayMonthYear, shown()),
        (true, false, false) => (DateOrder::YearMonthDay, shown()),
        (false, false, _) => (
            DateOrder::MonthDayYear,
            if mdy > 0 {
                shown()
            } else {
                Note::new("portal-month-first", "no date decides it; month first is the portal's en-US rendering, as in every real export")
            },
        ),
        _ => {
            if !d.events.is_empty() {
                out.problem(
                    Place {
                        line: Some(1),
                        ..Place::default()
                    },
                    crate::collect::Note::new("problem-dates-disagree", "the dates in {column} disagree on the order of day and month ({dmy} read only day first, {mdy} only month first): the events are counted without times, so the timeline and the split at a rollout leave them out").arg("column", format!("{column:?}")).arg("dmy", dmy).arg("mdy", mdy),
                );
            }
            return;
        }
    };
    out.note(
        Note::new(
            "note-portal-times",
            "{column}: UTC, read as {order} ({why})",
        )
        .arg("column", column)
        .arg("order", order.note())
        .arg("why", why),
    );
    let mut wrong = (0u64, None);
    for (i, p) in &d.events {
        let ev = &mut out.events[*i];
        match p.at(order) {
            Some(t) => {
                ev.time = Some(t.format("%Y-%m-%dT%H:%M:%SZ").to_string());
                ev.time_is_utc = true;
            }
            None => {
                wrong.0 += 1;
                wrong.1 = wrong.1.or(ev.place.line);
            }
        }
    }
    if let Some((a, b)) = d.span[order as usize] {
        for t in [a, b] {
            out.saw_time(crate::lockout::When { at: t, utc: true });
        }
    }
    if wrong.0 > 0 {
        out.problem(
            Place {
                line: wrong.1,
                ..Place::default()
            },
            crate::collect::Note::new("problem-dates-wrong-order", "{n} event(s) have a date that is not a date in the order {order}: their times were not read")
                .arg("n", wrong.0)
                .arg("order", order.note()),
        );
    }
}
