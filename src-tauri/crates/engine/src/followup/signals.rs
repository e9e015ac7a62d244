//! NS and agent log signals split at the rollout. The scanners count every signal per hour
//! of its record (`SignalAgg::hours`), so the split is exact when the rollout falls on the
//! hour; otherwise the records of the rollout's own hour count as after it, and a note says
//! so. Hours with no zone (agent logs) are compared with the rollout as written, as the
//! Security events of unknown zone are.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use chrono::Timelike;
use tokenready_model::{LogIndicator, SignalSplit};

use super::Rollout;
use crate::intake::Read1;

/// The log signal kinds that are ACC logon failures or lockouts.
pub const FAILURE_KINDS: [&str; 2] = ["logon-failure", "account-locked-out"];

/// The split, and how it was made.
#[derive(Debug, Default)]
pub struct Signals {
    pub split: Vec<SignalSplit>,
    /// Some records fall in the rollout's hour, which does not start at the rollout.
    pub shared_hour: bool,
    /// Some hours have no zone.
    pub zone_unknown: bool,
}

fn order(kind: &str) -> usize {
    crate::nslog::SIGNALS
        .iter()
        .position(|s| s.kind == kind)
        .unwrap_or(usize::MAX)
}

fn sorted(by_kind: BTreeMap<String, SignalSplit>) -> Vec<SignalSplit> {
    let mut v: Vec<SignalSplit> = by_kind.into_values().collect();
    v.sort_by_key(|s| (order(&s.kind), s.kind.clone()));
    v
}

/// Every signal kind of the logs read, before and after the rollout.
pub fn split(reads: &[Read1], rollout: &Rollout) -> Signals {
    let utc = (
        rollout.utc.format("%Y-%m-%dT%HZ").to_string(),
        rollout.utc.minute() == 0 && rollout.utc.second() == 0,
    );
    let local = (
        rollout.local.format("%Y-%m-%dT%H").to_string(),
        rollout.local.minute() == 0 && rollout.local.second() == 0,
    );
    let mut out = Signals::default();
    let mut by_kind: BTreeMap<String, SignalSplit> = BTreeMap::new();
    for r in reads {
        for (kind, agg) in &r.result.signals {
            let e = by_kind.entry(kind.clone()).or_insert_with(|| SignalSplit {
                kind: kind.clone(),
                ..SignalSplit::default()
            });
            let mut dated = 0;
            for (hour, &n) in &agg.hours {
                dated += n;
                let (at, on_the_hour) = if hour.ends_with('Z') {
                    (&utc.0, utc.1)
                } else {
                    out.zone_unknown = true;
                    (&local.0, local.1)
                };
                match hour.as_str().cmp(at.as_str()) {
                    Ordering::Less => e.before += n,
                    Ordering::Greater => e.after += n,
                    Ordering::Equal => {
                        e.after += n;
                        out.shared_hour |= !on_the_hour;
                    }
                }
            }
            e.undated += agg.count.saturating_sub(dated);
        }
    }
    out.split = sorted(by_kind);
    out
}

/// Without a rollout instant: the baseline's signals and today's.
pub fn against_baseline(before: &[LogIndicator], now: &[LogIndicator]) -> Vec<SignalSplit> {
    let mut by_kind: BTreeMap<String, SignalSplit> = BTreeMap::new();
    for (i, after) in before
        .iter()
        .map(|i| (i, false))
        .chain(now.iter().map(|i| (i, true)))
    {
        let e = by_kind
            .entry(i.kind.clone())
            .or_insert_with(|| SignalSplit {
                kind: i.kind.clone(),
                ..SignalSplit::default()
            });
        if after {
            e.after += i.count;
        } else {
            e.before += i.count;
        }
    }
    sorted(by_kind)
}

/// What the report says about how the log signals were split.
pub fn notes(s: &Signals, notes: &mut Vec<String>) {
    if s.shared_hour {
        notes.push("NS and agent log signals are counted per hour: those of the rollout's own hour are counted after it.".into());
    }
    if s.zone_unknown {
        notes.push("Some agent log dates have no zone: their hours were compared with the rollout instant as written.".into());
    }
    let undated: u64 = s.split.iter().map(|x| x.undated).sum();
    if undated > 0 {
        notes.push(format!("{undated} log signal record(s) have a date without a year (agent logs without a file date): counted neither before nor after the rollout."));
    }
}

/// ACC logon failures and lockouts in the logs after the rollout.
pub fn failures_after(s: &[SignalSplit]) -> u64 {
    s.iter()
        .filter(|x| FAILURE_KINDS.contains(&x.kind.as_str()))
        .map(|x| x.after)
        .sum()
}
