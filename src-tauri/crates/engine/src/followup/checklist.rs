//! Checklist rows the evidence decides (see `FOLLOWUP.md` for the sources):
//!
//! * CHK-04, "No Event ID 4740 for the ACC after rollout" (KB 431190's validation table):
//!   `pass` when Security events after the rollout were read and none is a 4740 for the
//!   account, `fail` when one is, `pending` when no Security log reaches past the rollout.
//! * CHK-05, "No 4625/4771/4776 for the ACC for one full retry cycle (2 hours)": the agent
//!   retries downloads every 2 hours once its incremented intervals are used up (KB 181098),
//!   so a cached wrong ACC shows within that time. `pass` when the logs read cover at least
//!   2 hours after the rollout and after the account's last failure, `fail` when failures go
//!   on until less than 2 hours before the logs end, `pending` when the logs after the rollout
//!   are shorter than that and hold no failure.

use chrono::Duration;
use tokenready_model::{Basis, CheckStatus, ChecklistItem, EvidenceDecision, EvidenceRef};

use super::Split;
use crate::lockout::{fmt_when, When};

/// One full retry cycle of the agent once the incremented intervals are used up (KB 181098).
pub const RETRY_CYCLE_HOURS: i64 = 2;
/// Records an evidence decision points to, at most.
const MAX_EVIDENCE: usize = 10;

/// Sets the rows the evidence decides.
pub fn decide(checklist: &mut [ChecklistItem], s: &Split<'_>) {
    for item in checklist.iter_mut() {
        let decision = match item.id.as_str() {
            "CHK-04" => chk04(s),
            "CHK-05" => chk05(s),
            _ => continue,
        };
        let (d, evidence) = decision;
        item.status = d.status;
        item.basis = Basis::Evidence;
        item.evidence = evidence;
        item.decided = Some(d);
    }
}

fn refs<'a>(
    events: impl Iterator<Item = &'a (&'a str, &'a crate::collect::SecEvent, When)>,
) -> Vec<EvidenceRef> {
    events
        .take(MAX_EVIDENCE)
        .map(|(file, e, w)| EvidenceRef {
            file: file.to_string(),
            line: e.place.line,
            record: e.record_id.or(e.place.record),
            excerpt: Some(match e.event_id {
                4740 => format!(
                    "{} 4740 {} locked out, caller {}",
                    fmt_when(*w),
                    e.target_user,
                    e.target_domain
                ),
                id => format!(
                    "{} {id} {} failed, from {}",
                    fmt_when(*w),
                    e.target_user,
                    if e.workstation.is_empty() {
                        &e.ip
                    } else {
                        &e.workstation
                    }
                ),
            }),
        })
        .collect()
}

/// Why nothing after the rollout can be judged, or `None` when something can.
fn undecidable(s: &Split<'_>) -> Option<EvidenceDecision> {
    let (covered, uncovered) = s.covered();
    let reason = if s.in_future {
        format!("The rollout instant {} is later than this assessment: nothing after it can have been read yet.", s.rollout.text)
    } else if covered.is_empty() {
        if uncovered.is_empty() {
            "No Security events were read: collect the Security logs of the domain controllers after the rollout.".to_string()
        } else {
            format!(
                "No Security event after the rollout ({}) was read: the logs of {} end before it.",
                s.rollout.text,
                uncovered.join(", ")
            )
        }
    } else {
        return None;
    };
    Some(EvidenceDecision {
        status: CheckStatus::Pending,
        reason,
        from: Some(s.rollout.text.clone()),
        to: None,
    })
}

/// Which computers the decision rests on, and which it cannot speak for.
fn scope(s: &Split<'_>) -> String {
    let (covered, uncovered) = s.covered();
    let mut t = format!(" Logs read after the rollout: {}.", covered.join(", "));
    if !uncovered.is_empty() {
        t.push_str(&format!(
            " Not covered after the rollout (nothing known there): {}.",
            uncovered.join(", ")
        ));
    }
    if !s.account_given {
        t.push_str(" No ACC account was given: every account was counted.");
    }
    t
}

fn until(s: &Split<'_>) -> Option<String> {
    s.covered_until.map(fmt_when)
}

fn chk04(s: &Split<'_>) -> (EvidenceDecision, Vec<EvidenceRef>) {
    if let Some(d) = undecidable(s) {
        return (d, Vec::new());
    }
    let lockouts: Vec<_> = s
        .after
        .iter()
        .filter(|(_, e, _)| e.event_id == 4740)
        .collect();
    let (status, reason) = match lockouts.last() {
        None => (
            CheckStatus::Pass,
            format!("No Event ID 4740 for the account in the Security events from the rollout ({}) to {}.", s.rollout.text, until(s).unwrap_or_default()),
        ),
        Some((_, _, last)) => (
            CheckStatus::Fail,
            format!("{} Event ID 4740 lockout(s) of the account after the rollout, the last at {}.", lockouts.len(), fmt_when(*last)),
        ),
    };
    let evidence = refs(lockouts.iter().rev().copied());
    (
        EvidenceDecision {
            status,
            reason: reason + &scope(s),
            from: Some(s.rollout.text.clone()),
            to: until(s),
        },
        evidence,
    )
}

/// No failure for the account during a full retry cycle before the logs end (CHK-05 passes).
pub(crate) fn quiet_cycle(s: &Split<'_>) -> bool {
    chk05(s).0.status == CheckStatus::Pass
}

fn chk05(s: &Split<'_>) -> (EvidenceDecision, Vec<EvidenceRef>) {
    if let Some(d) = undecidable(s) {
        return (d, Vec::new());
    }
    let failures: Vec<_> = s
        .after
        .iter()
        .filter(|(_, e, _)| matches!(e.event_id, 4625 | 4771 | 4776))
        .collect();
    let last_failure = failures.iter().map(|(_, _, w)| *w).max();
    let start = match last_failure {
        Some(w) => w.max(When {
            at: s.rollout.utc,
            utc: w.utc,
        }),
        None => When {
            at: s.rollout.utc,
            utc: true,
        },
    };
    let end = s.covered_until.unwrap_or(start);
    let quiet = end.at - start.at;
    let cycle = Duration::hours(RETRY_CYCLE_HOURS);
    let (status, reason) = match (quiet >= cycle, last_failure) {
        (true, None) => (CheckStatus::Pass, format!("No 4625/4771/4776 for the account from the rollout ({}) to {}: at least one full retry cycle ({RETRY_CYCLE_HOURS} hours).", s.rollout.text, fmt_when(end))),
        (true, Some(last)) => (CheckStatus::Pass, format!("{} failure(s) for the account after the rollout, the last at {}; none in the {} minutes after it (at least one full retry cycle, {RETRY_CYCLE_HOURS} hours).", failures.len(), fmt_when(last), quiet.num_minutes())),
        (false, Some(last)) => (CheckStatus::Fail, format!("{} failure(s) for the account after the rollout, the last at {}, less than one retry cycle ({RETRY_CYCLE_HOURS} hours) before the logs end ({}): the failures have not stopped.", failures.len(), fmt_when(last), fmt_when(end))),
        (false, None) => (CheckStatus::Pending, format!("No failure for the account after the rollout, but the logs read cover only {} minutes after it; one full retry cycle is {RETRY_CYCLE_HOURS} hours.", quiet.num_minutes().max(0))),
    };
    let evidence = refs(failures.iter().rev().copied());
    (
        EvidenceDecision {
            status,
            reason: reason + &scope(s),
            from: Some(fmt_when(start)),
            to: Some(fmt_when(end)),
        },
        evidence,
    )
}
