//! When events happened (UTC, or local with no zone for CSV exports unless the consultant gave
//! the offset), and the timeline: lockouts and failures per hour and source.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};
use tokenready_model::TimelineBucket;

use crate::collect::SecEvent;

/// When an event happened: UTC when the source says so (or the consultant gave the offset of
/// a CSV's local times), otherwise local with no zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct When {
    pub at: NaiveDateTime,
    pub utc: bool,
}

/// Parses `+02:00`, `-0400`, `UTC`, `Z`.
pub fn parse_offset(s: &str) -> Option<FixedOffset> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("utc") || t == "Z" {
        return FixedOffset::east_opt(0);
    }
    let (sign, rest) = match t.as_bytes().first()? {
        b'+' => (1, &t[1..]),
        b'-' => (-1, &t[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| c.is_ascii_digit()).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        4 => (
            digits[..2].parse::<i32>().ok()?,
            digits[2..].parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

pub fn event_time(ev: &SecEvent, csv_offset: Option<FixedOffset>) -> Option<When> {
    parse_time(ev.time.as_deref()?, csv_offset)
}

/// A record time as the readers keep it: RFC 3339 (UTC), or one of the local forms of the CSV
/// exports, placed in UTC when `csv_offset` is given.
pub fn parse_time(t: &str, csv_offset: Option<FixedOffset>) -> Option<When> {
    let t = t.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(t) {
        return Some(When {
            at: d.with_timezone(&Utc).naive_utc(),
            utc: true,
        });
    }
    let local = [
        "%m/%d/%Y %I:%M:%S %p",
        "%m/%d/%Y %H:%M:%S",
        "%d-%m-%Y %H:%M:%S",
        "%d.%m.%Y %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())?;
    Some(match csv_offset {
        Some(off) => When {
            at: local - off,
            utc: true,
        },
        None => When {
            at: local,
            utc: false,
        },
    })
}

/// A time as the report writes it: `…Z`, or local with no zone said so.
pub fn fmt_when(w: When) -> String {
    if w.utc {
        w.at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    } else {
        w.at.format("%Y-%m-%dT%H:%M:%S (local, zone unknown)")
            .to_string()
    }
}

/// [`fmt_when`] for a reader: a local time with no zone says so in `tr`'s language.
pub fn fmt_when_in(w: When, tr: tokenready_i18n::Tr) -> String {
    if w.utc {
        return fmt_when(w);
    }
    let at = w.at.format("%Y-%m-%dT%H:%M:%S").to_string();
    tr.fill(
        "when-local",
        "{at} (local, zone unknown)",
        &[("at", at.into())],
    )
}

/// Counts one lockout or failure in its hour's bucket, under its source.
pub(super) fn count(
    timeline: &mut BTreeMap<String, TimelineBucket>,
    w: When,
    is_lockout: bool,
    source: Option<&String>,
) {
    let hour = if w.utc {
        w.at.format("%Y-%m-%dT%H:00Z").to_string()
    } else {
        w.at.format("%Y-%m-%dT%H:00").to_string()
    };
    let b = timeline
        .entry(hour.clone())
        .or_insert_with(|| TimelineBucket {
            hour,
            lockouts: 0,
            failures: 0,
            by_source: BTreeMap::new(),
        });
    if is_lockout {
        b.lockouts += 1;
    } else {
        b.failures += 1;
    }
    *b.by_source
        .entry(source.cloned().unwrap_or_else(|| "(unknown)".into()))
        .or_default() += 1;
}
