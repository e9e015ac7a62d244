//! Classify causes: the cause each status code points to (the KB 431190 "Root Cause Fix"
//! table), counted with its sources and first evidence items; and the retry storm, found from
//! the agent's download schedule in a source's failure times.

use std::collections::{BTreeMap, BTreeSet};

use tokenready_model::{EvidenceRef, FailureSource, LockoutCause};

use tokenready_i18n::Tr;

use super::When;
use crate::collect::SecEvent;

/// Evidence items kept per cause.
const MAX_CAUSE_EVIDENCE: usize = 10;

/// A cause's fixed texts (the KB 431190 "Root Cause Fix" table).
pub(super) struct CauseDef {
    id: &'static str,
    title: &'static str,
    fix: &'static str,
    verification: &'static str,
}

const WRONG_PASSWORD: CauseDef = CauseDef {
    id: "wrong-password",
    title: "Wrong password: a password mismatch on a site server, or cached old credentials",
    fix: "Re-enter the ACC credentials on each source named (Global Settings and the site server), then restart the Altiris services there so no old credential stays cached.",
    verification: "Re-enter credentials; after the restart no new 4625 (0xC000006A), 4776 (0xC000006A) or 4771 (0x18) appears from these sources.",
};
const EXPIRED_PASSWORD: CauseDef = CauseDef {
    id: "expired-password",
    title: "The ACC password has expired",
    fix: "Set a new password for the account (or a non-expiring policy suited to a service account) and enter it in the ACC settings.",
    verification: "Validate the password manually; no 4625/4776 with 0xC0000071 or 4771 with 0x17 follows.",
};
const ACCOUNT_DISABLED: CauseDef = CauseDef {
    id: "account-disabled",
    title: "The ACC account is disabled",
    fix: "Enable the account, or configure an enabled one as the ACC.",
    verification: "No 4625/4776 with 0xC0000072 follows.",
};
const ACCOUNT_EXPIRED: CauseDef = CauseDef {
    id: "account-expired",
    title: "The ACC account has expired",
    fix: "Extend or clear the account's expiry date.",
    verification: "No 4625/4776 with 0xC0000193 follows.",
};
const ACCOUNT_REVOKED: CauseDef = CauseDef {
    id: "account-revoked",
    title: "Kerberos refused the account (0x12): disabled, expired or locked out",
    fix: "Check the account's state in Active Directory; fix the cause of the lockout before unlocking it.",
    verification: "No 4771 with 0x12 follows.",
};
const LOCKED_RETRIES: CauseDef = CauseDef {
    id: "retries-against-locked-account",
    title: "Logons keep trying while the account is locked",
    fix: "Unlock the account only after the cause is fixed: the sources named keep presenting a stored credential.",
    verification: "Review the logs for a repetition pattern; no 0xC0000234 after the unlock.",
};
const UNKNOWN_USER: CauseDef = CauseDef {
    id: "unknown-user",
    title: "The account name is not known to the domain",
    fix: "Correct the ACC account name (domain and user) in the ACC settings.",
    verification: "No 4625/4776 with 0xC0000064 follows.",
};
const MUST_CHANGE: CauseDef = CauseDef {
    id: "password-must-change",
    title: "The ACC password must be changed at next logon",
    fix: "Clear \"User must change password at next logon\" and set a password for the service account.",
    verification: "No 4625/4776 with 0xC0000224 follows.",
};
const RETRY_STORM: CauseDef = CauseDef {
    id: "retry-storm",
    title: "Agents retry on their download schedule with a stale credential",
    fix: "Agents retry downloads at 3, 6, 12, 24, 48, 96 and 120 minutes, then every 2 hours (KB 181098), each time with the stored ACC: fix the credential first, then refresh policies or restart the agent on the sources named.",
    verification: "Review the logs for the repetition pattern: no further attempts from these sources after the fix.",
};

/// Every cause, for the translations.
const ALL: [&CauseDef; 9] = [
    &WRONG_PASSWORD,
    &EXPIRED_PASSWORD,
    &ACCOUNT_DISABLED,
    &ACCOUNT_EXPIRED,
    &ACCOUNT_REVOKED,
    &LOCKED_RETRIES,
    &UNKNOWN_USER,
    &MUST_CHANGE,
    &RETRY_STORM,
];

/// Every cause's English texts as (catalogue id, English): `cause-<id>-title`, `-fix`,
/// `-verification`.
pub fn texts() -> Vec<(String, &'static str)> {
    ALL.iter()
        .flat_map(|c| {
            [
                (format!("cause-{}-title", c.id), c.title),
                (format!("cause-{}-fix", c.id), c.fix),
                (format!("cause-{}-verification", c.id), c.verification),
            ]
        })
        .collect()
}

/// The causes' texts in the report's language.
pub fn translate(causes: &mut [LockoutCause], tr: Tr) {
    for c in causes {
        if let Some(d) = ALL.iter().find(|d| d.id == c.id) {
            c.title = tr.fill(&format!("cause-{}-title", d.id), d.title, &[]);
            c.fix = tr.fill(&format!("cause-{}-fix", d.id), d.fix, &[]);
            c.verification = tr.fill(&format!("cause-{}-verification", d.id), d.verification, &[]);
        }
    }
}

/// The cause a status code points to.
fn cause_of(ev: &SecEvent) -> Option<&'static CauseDef> {
    let code = |s: &str| s.trim().to_ascii_lowercase();
    let (status, sub) = (code(&ev.status), code(&ev.sub_status));
    if ev.event_id == 4771 {
        return match status.as_str() {
            "0x18" => Some(&WRONG_PASSWORD),
            "0x17" => Some(&EXPIRED_PASSWORD),
            "0x12" => Some(&ACCOUNT_REVOKED),
            "0x6" => Some(&UNKNOWN_USER),
            _ => None,
        };
    }
    // 4625 puts the precise reason in SubStatus when Status is the generic 0xC000006D.
    let precise = if sub.is_empty() || sub == "0x0" {
        &status
    } else {
        &sub
    };
    match precise.as_str() {
        "0xc000006a" => Some(&WRONG_PASSWORD),
        "0xc0000071" => Some(&EXPIRED_PASSWORD),
        "0xc0000072" => Some(&ACCOUNT_DISABLED),
        "0xc0000193" => Some(&ACCOUNT_EXPIRED),
        "0xc0000234" => Some(&LOCKED_RETRIES),
        "0xc0000064" => Some(&UNKNOWN_USER),
        "0xc0000224" => Some(&MUST_CHANGE),
        _ => None,
    }
}

/// The agent's download retry schedule in minutes (KB 181098).
const RETRY_MINUTES: &[f64] = &[3.0, 6.0, 12.0, 24.0, 48.0, 96.0, 120.0];

/// Describes a retry pattern when most gaps between attempts match the schedule.
pub fn retry_pattern(times: &[When], tr: Tr) -> Option<String> {
    if times.len() < 4 {
        return None;
    }
    let mut t: Vec<When> = times.to_vec();
    t.sort();
    let gaps: Vec<f64> = t
        .windows(2)
        .map(|w| (w[1].at - w[0].at).num_seconds() as f64 / 60.0)
        .filter(|g| *g > 0.5)
        .collect();
    if gaps.len() < 3 {
        return None;
    }
    let matches = gaps
        .iter()
        .filter(|g| RETRY_MINUTES.iter().any(|m| (*g - m).abs() <= m * 0.2))
        .count();
    (matches * 10 >= gaps.len() * 6).then(|| {
        let shown: Vec<String> = gaps.iter().take(6).map(|g| format!("{g:.0}")).collect();
        tr.fill(
            "retry-pattern",
            "{n} attempts; gaps of {gaps} minutes match the agent's download retry schedule (KB 181098)",
            &[("n", t.len().into()), ("gaps", shown.join(", ").into())],
        )
    })
}

/// One cause: its texts, how often, from where, and the first evidence items.
pub(super) type CauseAgg = (&'static CauseDef, u64, BTreeSet<String>, Vec<EvidenceRef>);

/// Counts `ev` under the cause its status code points to, if any, with its source and (for
/// the first few) the evidence item naming its file and record.
pub(super) fn count(
    causes: &mut BTreeMap<&'static str, CauseAgg>,
    file: &str,
    ev: &SecEvent,
    source: Option<&String>,
    tr: Tr,
) {
    let Some(def) = cause_of(ev) else { return };
    let e = causes
        .entry(def.id)
        .or_insert((def, 0, BTreeSet::new(), Vec::new()));
    e.1 += 1;
    if let Some(s) = source {
        e.2.insert(s.clone());
    }
    if e.3.len() < MAX_CAUSE_EVIDENCE {
        e.3.push(EvidenceRef {
            file: file.to_string(),
            line: ev.place.line,
            record: ev.record_id.or(ev.place.record),
            excerpt: Some(
                tr.fill(
                    "excerpt-status",
                    "{id} {user} status {status}",
                    &[
                        ("id", ev.event_id.to_string().into()),
                        ("user", ev.target_user.as_str().into()),
                        (
                            "status",
                            if ev.sub_status.is_empty() || ev.sub_status == "0x0" {
                                ev.status.to_string()
                            } else {
                                format!("{} / {}", ev.status, ev.sub_status)
                            }
                            .into(),
                        ),
                    ],
                ),
            ),
        });
    }
}

/// The causes, most frequent first; the retry storm joins them when some sources' failures
/// follow the agent's retry schedule (`storm_sources`).
pub(super) fn finish(
    causes: BTreeMap<&'static str, CauseAgg>,
    storm_sources: BTreeSet<String>,
    sources: &[FailureSource],
) -> Vec<LockoutCause> {
    let mut out: Vec<LockoutCause> = causes
        .into_values()
        .map(|(def, count, srcs, evidence)| LockoutCause {
            id: def.id.into(),
            title: def.title.into(),
            count,
            sources: srcs.into_iter().collect(),
            evidence,
            fix: def.fix.into(),
            verification: def.verification.into(),
        })
        .collect();
    if !storm_sources.is_empty() {
        let n: u64 = sources
            .iter()
            .filter(|s| storm_sources.contains(&s.source))
            .map(|s| s.failures)
            .sum();
        out.push(LockoutCause {
            id: RETRY_STORM.id.into(),
            title: RETRY_STORM.title.into(),
            count: n,
            sources: storm_sources.into_iter().collect(),
            evidence: vec![],
            fix: RETRY_STORM.fix.into(),
            verification: RETRY_STORM.verification.into(),
        });
    }
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.id.cmp(&b.id)));
    out
}
