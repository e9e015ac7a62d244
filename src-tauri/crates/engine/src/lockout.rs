//! Who locks the ACC out, and why: lockout sources, root causes and a timeline, from the
//! Security events counted for the account (one per Computer + EventRecordID).
//!
//! Sources: the 4740 caller computer (`TargetDomainName`); when it is blank, the 4625
//! (WorkstationName, IpAddress), 4771 (IpAddress) and 4776 (Workstation) sources, said so in the
//! notes. An IP address is shown as a host where another event names both. Causes come from the
//! status codes (itms-domain.md §4.4 and the 4771 Kerberos codes) and from the retry schedule of
//! the agent (KB 181098: 3, 6, 12, 24, 48, 96, 120 minutes, then every 2 hours).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};
use tokenready_model::{EvidenceRef, FailureSource, LockoutAnalysis, LockoutCause, TimelineBucket};

use crate::collect::SecEvent;

/// Evidence items kept per cause.
const MAX_CAUSE_EVIDENCE: usize = 10;

/// A cause's fixed texts (the KB 431190 "Root Cause Fix" table).
struct CauseDef {
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
    let t = ev.time.as_deref()?.trim();
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

fn fmt_when(w: When) -> String {
    if w.utc {
        w.at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    } else {
        w.at.format("%Y-%m-%dT%H:%M:%S (local, zone unknown)")
            .to_string()
    }
}

fn clean_host(s: &str) -> Option<String> {
    let t = s.trim().trim_start_matches('\\').trim();
    if t.is_empty() || t == "-" {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    // Names compare by their first label (PS01 and ps01.contoso.local are one computer).
    if lower.parse::<std::net::IpAddr>().is_ok() {
        return Some(lower);
    }
    Some(lower.split('.').next().unwrap_or(&lower).to_string())
}

fn clean_ip(s: &str) -> Option<String> {
    let t = s.trim();
    let t = t.strip_prefix("::ffff:").unwrap_or(t);
    if t.is_empty() || t == "-" || t == "::1" || t == "127.0.0.1" {
        return None;
    }
    Some(t.to_ascii_lowercase())
}

/// The agent's download retry schedule in minutes (KB 181098).
const RETRY_MINUTES: &[f64] = &[3.0, 6.0, 12.0, 24.0, 48.0, 96.0, 120.0];

/// Describes a retry pattern when most gaps between attempts match the schedule.
pub fn retry_pattern(times: &[When]) -> Option<String> {
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
        format!(
            "{} attempts; gaps of {} minutes match the agent's download retry schedule (KB 181098)",
            t.len(),
            shown.join(", ")
        )
    })
}

/// One cause: its texts, how often, from where, and the first evidence items.
type CauseAgg = (&'static CauseDef, u64, BTreeSet<String>, Vec<EvidenceRef>);

#[derive(Default)]
struct SourceAgg {
    addresses: BTreeSet<String>,
    lockouts: u64,
    failures: u64,
    times: Vec<When>,
}

/// Builds the analysis from the counted events (with the input each came from).
pub fn analyse(events: &[(&str, &SecEvent)], csv_offset: Option<FixedOffset>) -> LockoutAnalysis {
    let mut notes = BTreeSet::new();
    // IP → host where an event names both.
    let mut ip_host: HashMap<String, String> = HashMap::new();
    for (_, ev) in events {
        if let (Some(ip), Some(host)) = (clean_ip(&ev.ip), clean_host(&ev.workstation)) {
            if host.parse::<std::net::IpAddr>().is_err() {
                ip_host.entry(ip).or_insert(host);
            }
        }
    }
    let name_of = |ip: String| ip_host.get(&ip).cloned().unwrap_or(ip);

    let mut sources: BTreeMap<String, SourceAgg> = BTreeMap::new();
    let mut causes: BTreeMap<&'static str, CauseAgg> = BTreeMap::new();
    let mut timeline: BTreeMap<String, TimelineBucket> = BTreeMap::new();
    let any_4740_caller = events
        .iter()
        .any(|(_, e)| e.event_id == 4740 && clean_host(&e.target_domain).is_some());
    for (file, ev) in events {
        let when = event_time(ev, csv_offset);
        if when.is_some_and(|w| !w.utc) {
            notes.insert("Event Viewer CSV times are local with no zone: they are shown as written (give the exporting computer's UTC offset, --csv-time-offset on the command line, to place them in UTC).".to_string());
        }
        let (source, address) = match ev.event_id {
            4740 => {
                let c = clean_host(&ev.target_domain);
                if c.is_none() {
                    notes.insert("A 4740 has a blank caller computer: the 4625, 4771 and 4776 sources stand in for it.".into());
                }
                (c, None)
            }
            4625 => {
                let ip = clean_ip(&ev.ip);
                (
                    clean_host(&ev.workstation).or_else(|| ip.clone().map(&name_of)),
                    ip,
                )
            }
            4771 => {
                let ip = clean_ip(&ev.ip);
                (ip.clone().map(&name_of), ip)
            }
            4776 => (clean_host(&ev.workstation), None),
            _ => (None, None),
        };
        let is_lockout = ev.event_id == 4740;
        let is_failure = matches!(ev.event_id, 4625 | 4771 | 4776);
        if let Some(src) = &source {
            let agg = sources.entry(src.clone()).or_default();
            if let Some(a) = address.filter(|a| a != src) {
                agg.addresses.insert(a);
            }
            if is_lockout {
                agg.lockouts += 1;
            }
            if is_failure {
                agg.failures += 1;
                if let Some(w) = when {
                    agg.times.push(w);
                }
            }
        }
        if let Some(def) = cause_of(ev) {
            let e = causes
                .entry(def.id)
                .or_insert((def, 0, BTreeSet::new(), Vec::new()));
            e.1 += 1;
            if let Some(s) = &source {
                e.2.insert(s.clone());
            }
            if e.3.len() < MAX_CAUSE_EVIDENCE {
                e.3.push(EvidenceRef {
                    file: file.to_string(),
                    line: ev.place.line,
                    record: ev.record_id.or(ev.place.record),
                    excerpt: Some(format!(
                        "{} {} status {}{}",
                        ev.event_id,
                        ev.target_user,
                        ev.status,
                        if ev.sub_status.is_empty() || ev.sub_status == "0x0" {
                            String::new()
                        } else {
                            format!(" / {}", ev.sub_status)
                        }
                    )),
                });
            }
        }
        if let (Some(w), true) = (when, is_lockout || is_failure) {
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
                .entry(source.clone().unwrap_or_else(|| "(unknown)".into()))
                .or_default() += 1;
        }
    }
    if !any_4740_caller && events.iter().any(|(_, e)| e.event_id != 4740) {
        notes.insert(
            "No 4740 names a caller computer: sources come from 4625, 4771 and 4776.".into(),
        );
    }
    if !ip_host.is_empty() {
        notes.insert(format!(
            "{} IP address(es) shown as the host another event names for them.",
            ip_host.len()
        ));
    }

    let mut storm_sources = BTreeSet::new();
    let mut out_sources: Vec<FailureSource> = sources
        .into_iter()
        .map(|(source, a)| {
            let first = a.times.iter().min().copied();
            let last = a.times.iter().max().copied();
            let retry_pattern = retry_pattern(&a.times);
            if retry_pattern.is_some() {
                storm_sources.insert(source.clone());
            }
            FailureSource {
                source,
                addresses: a.addresses.into_iter().collect(),
                lockouts: a.lockouts,
                failures: a.failures,
                first_seen: first.map(fmt_when),
                last_seen: last.map(fmt_when),
                retry_pattern,
            }
        })
        .collect();
    out_sources.sort_by(|a, b| {
        (b.lockouts, b.failures)
            .cmp(&(a.lockouts, a.failures))
            .then(a.source.cmp(&b.source))
    });
    let mut out_causes: Vec<LockoutCause> = causes
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
        let n: u64 = out_sources
            .iter()
            .filter(|s| storm_sources.contains(&s.source))
            .map(|s| s.failures)
            .sum();
        out_causes.push(LockoutCause {
            id: RETRY_STORM.id.into(),
            title: RETRY_STORM.title.into(),
            count: n,
            sources: storm_sources.into_iter().collect(),
            evidence: vec![],
            fix: RETRY_STORM.fix.into(),
            verification: RETRY_STORM.verification.into(),
        });
    }
    out_causes.sort_by(|a, b| b.count.cmp(&a.count).then(a.id.cmp(&b.id)));
    LockoutAnalysis {
        sources: out_sources,
        causes: out_causes,
        timeline: timeline.into_values().collect(),
        notes: notes.into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(id: u32, time: &str, f: impl FnOnce(&mut SecEvent)) -> SecEvent {
        let mut e = SecEvent {
            event_id: id,
            provider: "Microsoft-Windows-Security-Auditing".into(),
            computer: "dc01".into(),
            time: Some(time.into()),
            time_is_utc: true,
            target_user: "svc_acc".into(),
            ..SecEvent::default()
        };
        f(&mut e);
        e
    }

    fn run(events: &[SecEvent]) -> LockoutAnalysis {
        let refs: Vec<(&str, &SecEvent)> = events.iter().map(|e| ("dc01.xml", e)).collect();
        analyse(&refs, None)
    }

    #[test]
    fn causes_from_status_codes() {
        let a = run(&[
            ev(4625, "2025-04-16T10:00:00Z", |e| {
                e.status = "0xc000006d".into();
                e.sub_status = "0xC000006A".into();
                e.workstation = "PS01".into();
            }),
            ev(4771, "2025-04-16T10:01:00Z", |e| e.status = "0x17".into()),
            ev(4776, "2025-04-16T10:02:00Z", |e| {
                e.status = "0xc0000234".into()
            }),
            ev(4625, "2025-04-16T10:03:00Z", |e| {
                e.status = "0xc0000234".into();
                e.sub_status = "0x0".into();
            }),
            ev(4625, "2025-04-16T10:04:00Z", |e| {
                e.status = "0xc0000072".into()
            }),
        ]);
        let ids: Vec<(&str, u64)> = a.causes.iter().map(|c| (c.id.as_str(), c.count)).collect();
        assert_eq!(
            ids,
            vec![
                ("retries-against-locked-account", 2),
                ("account-disabled", 1),
                ("expired-password", 1),
                ("wrong-password", 1)
            ]
        );
        let wrong = a.causes.iter().find(|c| c.id == "wrong-password").unwrap();
        assert_eq!(wrong.sources, ["ps01"]);
        assert_eq!(wrong.evidence[0].file, "dc01.xml");
    }

    #[test]
    fn caller_computers_rank_and_blank_callers_fall_back() {
        let a = run(&[
            ev(4740, "2025-04-16T10:00:00Z", |e| {
                e.target_domain = "PS01".into()
            }),
            ev(4740, "2025-04-16T11:00:00Z", |e| {
                e.target_domain = "ps01".into()
            }),
            ev(4740, "2025-04-16T12:00:00Z", |e| {
                e.target_domain = "".into()
            }),
            ev(4625, "2025-04-16T12:00:00Z", |e| {
                e.workstation = "WS7".into();
                e.ip = "10.0.0.7".into();
            }),
            ev(4771, "2025-04-16T12:01:00Z", |e| {
                e.ip = "::ffff:10.0.0.7".into()
            }),
            ev(4771, "2025-04-16T12:02:00Z", |e| {
                e.ip = "::ffff:10.0.0.9".into()
            }),
        ]);
        let srcs: Vec<(&str, u64, u64)> = a
            .sources
            .iter()
            .map(|s| (s.source.as_str(), s.lockouts, s.failures))
            .collect();
        assert_eq!(
            srcs,
            vec![("ps01", 2, 0), ("ws7", 0, 2), ("10.0.0.9", 0, 1)]
        );
        assert_eq!(a.sources[1].addresses, ["10.0.0.7"]);
        assert!(
            a.notes.iter().any(|n| n.contains("blank caller")),
            "{:?}",
            a.notes
        );
        assert!(a.notes.iter().any(|n| n.contains("IP address")));
    }

    #[test]
    fn retry_schedule_is_recognised_and_regular_noise_is_not() {
        let at = |m: i64| When {
            at: NaiveDateTime::parse_from_str("2025-04-16 08:00:00", "%Y-%m-%d %H:%M:%S").unwrap()
                + chrono::Duration::minutes(m),
            utc: true,
        };
        let storm: Vec<When> = [0, 3, 9, 21, 45].iter().map(|m| at(*m)).collect();
        assert!(retry_pattern(&storm).unwrap().contains("3, 6, 12, 24"));
        let noise: Vec<When> = [0, 1, 2, 50, 51].iter().map(|m| at(*m)).collect();
        assert_eq!(retry_pattern(&noise), None);
        assert_eq!(retry_pattern(&storm[..3]), None);
    }

    #[test]
    fn timeline_by_hour_in_utc_and_zone_unknown_csv_times() {
        let mut csv = ev(4625, "4/16/2025 8:03:10 AM", |e| {
            e.workstation = "WS1".into()
        });
        csv.time_is_utc = false;
        let events = [
            ev(4740, "2025-04-16T10:06:08.5768875Z", |e| {
                e.target_domain = "PS01".into()
            }),
            ev(4771, "2025-04-16T10:00:08Z", |_| {}),
            csv.clone(),
        ];
        let a = run(&events);
        let hours: Vec<(&str, u64, u64)> = a
            .timeline
            .iter()
            .map(|b| (b.hour.as_str(), b.lockouts, b.failures))
            .collect();
        assert_eq!(
            hours,
            vec![("2025-04-16T08:00", 0, 1), ("2025-04-16T10:00Z", 1, 1)]
        );
        assert!(a.notes.iter().any(|n| n.contains("zone")));
        // With the offset given, the CSV time moves to UTC.
        let refs: Vec<(&str, &SecEvent)> = events.iter().map(|e| ("x", e)).collect();
        let a = analyse(&refs, parse_offset("+02:00"));
        assert_eq!(a.timeline[0].hour, "2025-04-16T06:00Z");
    }

    #[test]
    fn offsets() {
        assert_eq!(parse_offset("+02:00").unwrap().local_minus_utc(), 7200);
        assert_eq!(parse_offset("-0430").unwrap().local_minus_utc(), -16200);
        assert_eq!(parse_offset("UTC").unwrap().local_minus_utc(), 0);
        assert_eq!(parse_offset("2"), None);
    }
}
