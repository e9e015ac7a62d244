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

use tokenready_i18n::{Tr, Value};

use super::Split;
use crate::lockout::{fmt_when, fmt_when_in, When};

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
    tr: Tr,
) -> Vec<EvidenceRef> {
    events
        .take(MAX_EVIDENCE)
        .map(|(file, e, w)| EvidenceRef {
            file: file.to_string(),
            line: e.place.line,
            record: e.record_id.or(e.place.record),
            excerpt: Some(match e.event_id {
                4740 => tr.fill(
                    "excerpt-4740-at",
                    "{at} 4740 {user} locked out, caller {caller}",
                    &[
                        ("at", fmt_when_in(*w, tr).into()),
                        ("user", e.target_user.as_str().into()),
                        ("caller", e.target_domain.as_str().into()),
                    ],
                ),
                id => tr.fill(
                    "excerpt-failed-at",
                    "{at} {id} {user} failed, from {source}",
                    &[
                        ("at", fmt_when_in(*w, tr).into()),
                        ("id", id.to_string().into()),
                        ("user", e.target_user.as_str().into()),
                        (
                            "source",
                            if e.workstation.is_empty() {
                                e.ip.as_str()
                            } else {
                                e.workstation.as_str()
                            }
                            .into(),
                        ),
                    ],
                ),
            }),
        })
        .collect()
}

/// Why nothing after the rollout can be judged, or `None` when something can.
fn undecidable(s: &Split<'_>) -> Option<EvidenceDecision> {
    let (covered, uncovered) = s.covered();
    let tr = s.tr;
    let rollout = || Value::from(s.rollout.text.as_str());
    let reason = if s.in_future {
        tr.fill("check-future", "The rollout instant {rollout} is later than this assessment: nothing after it can have been read yet.", &[("rollout", rollout())])
    } else if covered.is_empty() {
        if uncovered.is_empty() {
            tr.fill("check-no-events", "No Security events were read: collect the Security logs of the domain controllers after the rollout.", &[])
        } else {
            tr.fill(
                "check-none-after",
                "No Security event after the rollout ({rollout}) was read: the logs of {computers} end before it.",
                &[("rollout", rollout()), ("computers", uncovered.join(", ").into())],
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
    let tr = s.tr;
    let mut t = tr.fill(
        "check-scope",
        " Logs read after the rollout: {computers}.",
        &[("computers", covered.join(", ").into())],
    );
    if !uncovered.is_empty() {
        t.push_str(&tr.fill(
            "check-scope-uncovered",
            " Not covered after the rollout (nothing known there): {computers}.",
            &[("computers", uncovered.join(", ").into())],
        ));
    }
    if !s.account_given {
        t.push_str(&tr.fill(
            "check-scope-any-account",
            " No ACC account was given: every account was counted.",
            &[],
        ));
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
    let tr = s.tr;
    let (status, reason) = match lockouts.last() {
        None => (
            CheckStatus::Pass,
            tr.fill(
                "check-04-pass",
                "No Event ID 4740 for the account in the Security events from the rollout ({rollout}) to {until}.",
                &[("rollout", s.rollout.text.as_str().into()), ("until", until(s).unwrap_or_default().into())],
            ),
        ),
        Some((_, _, last)) => (
            CheckStatus::Fail,
            tr.fill(
                "check-04-fail",
                "{n} Event ID 4740 lockout(s) of the account after the rollout, the last at {last}.",
                &[("n", lockouts.len().into()), ("last", fmt_when(*last).into())],
            ),
        ),
    };
    let evidence = refs(lockouts.iter().rev().copied(), s.tr);
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
    let tr = s.tr;
    let args = |last: Option<When>| {
        vec![
            ("rollout", Value::from(s.rollout.text.as_str())),
            ("end", fmt_when(end).into()),
            ("hours", RETRY_CYCLE_HOURS.into()),
            ("n", failures.len().into()),
            ("last", last.map(fmt_when).unwrap_or_default().into()),
            ("minutes", quiet.num_minutes().max(0).into()),
        ]
    };
    let (status, reason) = match (quiet >= cycle, last_failure) {
        (true, None) => (CheckStatus::Pass, tr.fill("check-05-pass", "No 4625/4771/4776 for the account from the rollout ({rollout}) to {end}: at least one full retry cycle ({hours} hours).", &args(None))),
        (true, Some(last)) => (CheckStatus::Pass, tr.fill("check-05-pass-after", "{n} failure(s) for the account after the rollout, the last at {last}; none in the {minutes} minutes after it (at least one full retry cycle, {hours} hours).", &args(Some(last)))),
        (false, Some(last)) => (CheckStatus::Fail, tr.fill("check-05-fail", "{n} failure(s) for the account after the rollout, the last at {last}, less than one retry cycle ({hours} hours) before the logs end ({end}): the failures have not stopped.", &args(Some(last)))),
        (false, None) => (CheckStatus::Pending, tr.fill("check-05-pending", "No failure for the account after the rollout, but the logs read cover only {minutes} minutes after it; one full retry cycle is {hours} hours.", &args(None))),
    };
    let evidence = refs(failures.iter().rev().copied(), s.tr);
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
