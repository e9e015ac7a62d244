//! The follow-up after the rollout (KB 431190 phases 3 and 4): the Security events counted
//! for the account split at the rollout instant, the time each computer's Security logs cover,
//! the comparison with a baseline assessment, and the checklist rows the evidence decides
//! ([`checklist`]). Where the rules for those rows come from is in `FOLLOWUP.md`.

mod baseline;
pub mod checklist;
pub mod signals;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use tokenready_model::{
    Comparison, Coverage, EventSplit, Finding, FindingDiff, Location, LocationDiff, LocationKey,
    Lockouts, SourceSplit,
};

pub use baseline::{load_baseline, Baseline};

use tokenready_i18n::{Tr, Value};

use crate::collect::SecEvent;
use crate::intake::Read1;
use crate::lockout::{event_time, fmt_when, When};

/// The event IDs the split counts (as `lockouts.events_by_id`).
const COUNTED: [&str; 4] = ["4740", "4625", "4771", "4776"];

/// When token-based authentication was enabled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rollout {
    /// The instant in UTC.
    pub utc: NaiveDateTime,
    /// The wall-clock time as written (in its own offset): what zone-unknown times are
    /// compared with.
    pub local: NaiveDateTime,
    /// RFC 3339, as the report gives it.
    pub text: String,
}

impl Rollout {
    /// Whether a record time is at or after the rollout (zone-unknown times as written).
    pub fn is_after(&self, w: When) -> bool {
        if w.utc {
            w.at >= self.utc
        } else {
            w.at >= self.local
        }
    }
}

/// Reads `--rollout-at`: RFC 3339 (`2026-11-02T08:00:00Z`, `…+01:00`) or a date (midnight UTC).
pub fn parse_rollout(s: &str) -> Result<Rollout, String> {
    let t = s.trim();
    let at: DateTime<FixedOffset> = match DateTime::parse_from_rfc3339(t) {
        Ok(d) => d,
        Err(_) => match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            Ok(d) => d.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc().fixed_offset(),
            Err(_) => {
                return Err(format!(
                    "the rollout instant {t:?} is neither RFC 3339 (2026-11-02T08:00:00Z, 2026-11-02T09:00:00+01:00) nor a date (2026-11-02)"
                ))
            }
        },
    };
    Ok(Rollout {
        utc: at.naive_utc(),
        local: at.naive_local(),
        text: at
            .with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    })
}

/// The account's events placed before or after the rollout, and what the logs cover: what
/// the comparison and the checklist decisions are made from.
pub struct Split<'a> {
    pub rollout: Rollout,
    /// The account's events after the rollout, with their time.
    pub after: Vec<(&'a str, &'a SecEvent, When)>,
    pub coverage: Vec<Coverage>,
    /// The latest record time among the computers whose logs reach past the rollout.
    pub covered_until: Option<When>,
    /// The rollout is later than the assessment.
    pub in_future: bool,
    pub account_given: bool,
    /// NS and agent log signals before and after the rollout.
    pub signals: signals::Signals,
    /// The language its decisions and notes are written in (English from [`split`]; the
    /// assessment sets the report's).
    pub tr: Tr,
}

/// What the rules read of the time after the rollout (from [`Split::picture`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AfterRollout {
    /// The rollout instant, UTC.
    pub rollout: String,
    /// The account's 4740 lockouts after the rollout.
    pub lockouts: u64,
    /// The account's failed logons (4625/4771/4776) after the rollout.
    pub failures: u64,
    /// The computers whose Security logs reach past the rollout, and those whose logs end
    /// before it (nothing is known there after it).
    pub covered: Vec<String>,
    pub uncovered: Vec<String>,
    /// Some log reaches past the rollout and the rollout is not in the future: the time
    /// after it can be judged at all.
    pub decidable: bool,
    /// No failure for the account during one full retry cycle before the logs end (CHK-05
    /// passes).
    pub quiet_cycle: bool,
    /// The last lockout or failure after the rollout, as the report writes times.
    pub last: Option<String>,
    /// ACC logon failures and lockouts in NS and agent logs after the rollout.
    pub log_failures: u64,
}

impl AfterRollout {
    /// The lockouts stopped: the time after the rollout can be judged, no lockout came after
    /// it, no failure during a full retry cycle, and no ACC failure in the logs after it.
    pub fn stopped(&self) -> bool {
        self.decidable && self.lockouts == 0 && self.quiet_cycle && self.log_failures == 0
    }
}

impl Split<'_> {
    /// The after-rollout picture the rules read.
    pub fn picture(&self) -> AfterRollout {
        let (covered, uncovered) = self.covered();
        let count = |want: fn(u32) -> bool| {
            self.after
                .iter()
                .filter(|(_, e, _)| want(e.event_id))
                .count() as u64
        };
        let owned = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
        AfterRollout {
            rollout: self.rollout.text.clone(),
            lockouts: count(|id| id == 4740),
            failures: count(|id| matches!(id, 4625 | 4771 | 4776)),
            decidable: !self.in_future && !covered.is_empty(),
            covered: owned(covered),
            uncovered: owned(uncovered),
            quiet_cycle: checklist::quiet_cycle(self),
            last: self.after.iter().map(|(_, _, w)| *w).max().map(fmt_when),
            log_failures: signals::failures_after(&self.signals.split),
        }
    }

    /// Computers whose logs reach past the rollout, and those whose logs end before it.
    pub fn covered(&self) -> (Vec<&str>, Vec<&str>) {
        let names = |after: bool| {
            self.coverage
                .iter()
                .filter(|c| c.covers_after == after)
                .map(|c| c.computer.as_str())
                .collect()
        };
        (names(true), names(false))
    }
}

/// Places the account's events (`kept`, as counted for `lockouts`) around the rollout and
/// works out what each computer's Security logs cover.
pub fn split<'a>(
    reads: &[Read1],
    kept: &[(&'a str, &'a SecEvent)],
    rollout: &Rollout,
    csv_offset: Option<FixedOffset>,
    now: NaiveDateTime,
    account_given: bool,
) -> Split<'a> {
    let coverage = coverage(reads, Some(rollout), csv_offset);
    let covered_until = coverage
        .iter()
        .filter(|c| c.covers_after)
        .filter_map(|c| {
            c.last
                .as_deref()
                .and_then(|t| crate::lockout::parse_time(t, None))
        })
        .max();
    let after = kept
        .iter()
        .filter_map(|&(f, e)| {
            let w = event_time(e, csv_offset)?;
            rollout.is_after(w).then_some((f, e, w))
        })
        .collect();
    Split {
        rollout: rollout.clone(),
        after,
        coverage,
        covered_until,
        in_future: rollout.utc > now,
        account_given,
        signals: signals::split(reads, rollout),
        tr: Tr::default(),
    }
}

/// What each computer's Security logs cover, from every event record read (not only the
/// account's), grouped by the computer the file's events name.
pub fn coverage(
    reads: &[Read1],
    rollout: Option<&Rollout>,
    csv_offset: Option<FixedOffset>,
) -> Vec<Coverage> {
    let mut by: BTreeMap<String, (BTreeSet<String>, When, When)> = BTreeMap::new();
    for r in reads {
        let event_kind = r.input.kind.is_events();
        let Some((mut first, mut last)) = r.result.span.filter(|_| event_kind) else {
            continue;
        };
        if let (Some(off), false) = (csv_offset, first.utc) {
            first = When {
                at: first.at - off,
                utc: true,
            };
            last = When {
                at: last.at - off,
                utc: true,
            };
        }
        let mut names: BTreeSet<String> = r
            .result
            .events
            .iter()
            .map(|e| e.computer.trim().to_lowercase())
            .filter(|c| !c.is_empty())
            .collect();
        if names.is_empty() {
            let file = r.input.path.rsplit(['/', '\\', '!']).next().unwrap_or("");
            names.insert(format!("(not named: {file})"));
        }
        for n in names {
            let e = by.entry(n).or_insert((BTreeSet::new(), first, last));
            e.0.insert(r.input.path.clone());
            e.1 = e.1.min(first);
            e.2 = e.2.max(last);
        }
    }
    by.into_iter()
        .map(|(computer, (files, first, last))| Coverage {
            computer,
            files: files.into_iter().collect(),
            first: Some(fmt_time(first)),
            last: Some(fmt_time(last)),
            covers_after: rollout.is_some_and(|r| r.is_after(last)),
        })
        .collect()
}

/// A time as the comparison writes it: RFC 3339 in UTC, or as written when the zone is unknown.
fn fmt_time(w: When) -> String {
    if w.utc {
        w.at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    } else {
        w.at.format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

/// What the comparison is made from besides the evidence.
pub struct CompareInput<'a> {
    pub lockouts: &'a Lockouts,
    pub locations: &'a [Location],
    pub findings: &'a [Finding],
    pub indicators: &'a [tokenready_model::LogIndicator],
    pub baseline: Option<&'a Baseline>,
    pub csv_offset: Option<FixedOffset>,
    /// The language of the notes.
    pub tr: Tr,
}

/// Builds `comparison`: the split at the rollout (or, without one, the baseline's counts
/// against today's), the coverage, and the locations and findings against the baseline.
pub fn compare(
    reads: &[Read1],
    kept: &[(&str, &SecEvent)],
    split: Option<&Split<'_>>,
    c: &CompareInput<'_>,
) -> Comparison {
    let mut notes = Vec::new();
    let zero = || COUNTED.iter().map(|k| (k.to_string(), 0)).collect();
    let mut events = EventSplit {
        before: zero(),
        after: zero(),
        undated: 0,
    };
    let mut callers: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut signal_split = Vec::new();
    match (split, c.baseline) {
        (Some(s), _) => {
            let zone_unknown = count_split(kept, s, c.csv_offset, &mut events, &mut callers);
            split_notes(s, zone_unknown, events.undated, &mut notes);
            signals::notes(&s.signals, &mut notes);
            signal_split = s.signals.split.clone();
        }
        (None, Some(b)) => {
            events.before = b.report.lockouts.events_by_id.clone();
            events.after = c.lockouts.events_by_id.clone();
            for s in &b.report.lockouts.sources {
                callers.entry(s.computer.clone()).or_default().0 += s.count;
            }
            for s in &c.lockouts.sources {
                callers.entry(s.computer.clone()).or_default().1 += s.count;
            }
            signal_split = signals::against_baseline(&b.report.log_indicators, c.indicators);
            notes.push(c.tr.fill("followup-note-no-rollout", "No rollout instant was given: \"before\" is the baseline's counts, \"after\" today's.", &[]));
        }
        (None, None) => {}
    }
    let mut sources: Vec<SourceSplit> = callers
        .into_iter()
        .map(|(computer, (before, after))| SourceSplit {
            computer,
            before,
            after,
        })
        .collect();
    sources.sort_by(|a, b| {
        (b.after + b.before)
            .cmp(&(a.after + a.before))
            .then(a.computer.cmp(&b.computer))
    });
    let coverage = match split {
        Some(s) => s.coverage.clone(),
        None => coverage(reads, None, c.csv_offset),
    };
    let (locations, findings) = match c.baseline {
        Some(b) => (
            location_diff(&b.report.locations, c.locations),
            finding_diff(&b.report.findings, c.findings),
        ),
        None => (LocationDiff::default(), FindingDiff::default()),
    };
    Comparison {
        rollout_at: split.map(|s| s.rollout.text.clone()),
        baseline: c.baseline.map(|b| b.info.clone()),
        events,
        sources,
        coverage,
        signals: signal_split,
        locations,
        findings,
        notes,
    }
}

/// Counts the account's events (and 4740 callers) before and after the rollout; true when a
/// time without zone was compared as written.
fn count_split(
    kept: &[(&str, &SecEvent)],
    s: &Split<'_>,
    csv_offset: Option<FixedOffset>,
    events: &mut EventSplit,
    callers: &mut BTreeMap<String, (u64, u64)>,
) -> bool {
    let mut zone_unknown = false;
    for &(_, e) in kept {
        let Some(w) = event_time(e, csv_offset) else {
            events.undated += 1;
            continue;
        };
        zone_unknown |= !w.utc;
        let after = s.rollout.is_after(w);
        let side = if after {
            &mut events.after
        } else {
            &mut events.before
        };
        *side.entry(e.event_id.to_string()).or_default() += 1;
        if let Some(caller) = caller(e) {
            let n = callers.entry(caller).or_default();
            if after {
                n.1 += 1
            } else {
                n.0 += 1
            }
        }
    }
    zone_unknown
}

/// The 4740 caller computer, as `lockouts.sources` counts it.
fn caller(e: &SecEvent) -> Option<String> {
    let c = e.target_domain.trim().to_lowercase();
    (e.event_id == 4740 && !c.is_empty() && c != "-").then_some(c)
}

/// What the reader of the split must know: zone-unknown times, undated events, a rollout in
/// the future or before all evidence, computers whose logs end before the rollout.
fn split_notes(s: &Split<'_>, zone_unknown: bool, undated: u64, notes: &mut Vec<String>) {
    let tr = s.tr;
    let rollout = || Value::from(s.rollout.text.as_str());
    if zone_unknown {
        let local = s.rollout.local.format("%Y-%m-%d %H:%M:%S").to_string();
        notes.push(tr.fill("followup-note-zone", "Some event times have no zone (Event Viewer CSV without --csv-time-offset): they were compared with the rollout instant as written ({local}).", &[("local", local.into())]));
    }
    if undated > 0 {
        notes.push(tr.fill("followup-note-undated", "{n} event(s) for the account have no readable time: counted neither before nor after the rollout.", &[("n", undated.into())]));
    }
    if s.in_future {
        notes.push(tr.fill("followup-note-future", "The rollout instant {rollout} is later than this assessment: every event is before it, and nothing after the rollout can be judged yet.", &[("rollout", rollout())]));
    }
    let firsts = s.coverage.iter().filter_map(|c| {
        c.first
            .as_deref()
            .and_then(|t| crate::lockout::parse_time(t, None))
    });
    if let Some(first) = firsts.min().filter(|&f| s.rollout.is_after(f)) {
        notes.push(tr.fill("followup-note-early", "The rollout instant {rollout} is before the earliest Security event read ({first}): nothing before the rollout was read to compare with.", &[("rollout", rollout()), ("first", fmt_when(first).into())]));
    }
    let (_, uncovered) = s.covered();
    if !uncovered.is_empty() {
        notes.push(tr.fill(
            "followup-note-uncovered",
            "Security logs that end before the rollout (nothing after it is known there): {computers}.",
            &[("computers", uncovered.join(", ").into())],
        ));
    }
}

fn key(l: &Location) -> LocationKey {
    LocationKey {
        kind: l.kind,
        host: l.host.clone(),
        share: l.share.clone(),
    }
}

/// Locations added and removed, one entry per kind + host + share.
pub fn location_diff(before: &[Location], now: &[Location]) -> LocationDiff {
    let b: BTreeSet<LocationKey> = before.iter().map(key).collect();
    let n: BTreeSet<LocationKey> = now.iter().map(key).collect();
    LocationDiff {
        added: n.difference(&b).cloned().collect(),
        removed: b.difference(&n).cloned().collect(),
    }
}

/// Findings resolved (in the baseline only), new (today only) and still open (both), by rule ID.
pub fn finding_diff(before: &[Finding], now: &[Finding]) -> FindingDiff {
    let b: BTreeSet<&str> = before.iter().map(|f| f.id.as_str()).collect();
    let n: BTreeSet<&str> = now.iter().map(|f| f.id.as_str()).collect();
    let ids = |v: &[Finding], keep: &dyn Fn(&str) -> bool| -> Vec<String> {
        v.iter()
            .map(|f| f.id.clone())
            .filter(|id| keep(id))
            .collect()
    };
    FindingDiff {
        resolved: ids(before, &|id| !n.contains(id)),
        new: ids(now, &|id| !b.contains(id)),
        still_open: ids(now, &|id| b.contains(id)),
    }
}

#[cfg(test)]
mod tests;
