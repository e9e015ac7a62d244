//! Who locks the ACC out, and why: lockout sources, root causes and a timeline, from the
//! Security events counted for the account (one per Computer + EventRecordID).
//!
//! Sources: the 4740 caller computer (`TargetDomainName`); when it is blank, the 4625
//! (WorkstationName, IpAddress), 4771 (IpAddress) and 4776 (Workstation) sources, said so in the
//! notes. An IP address is shown as a host where another event names both. Causes come from the
//! status codes (itms-domain.md §4.4 and the 4771 Kerberos codes) and from the retry schedule of
//! the agent (KB 181098: 3, 6, 12, 24, 48, 96, 120 minutes, then every 2 hours).
//!
//! The stages: [`sources`] attributes each event to a computer, [`causes`] classifies it by
//! its status code (and finds retry storms), [`time`] places it in the hourly timeline;
//! [`analyse`] runs them over the events, each counted once by the caller.

mod causes;
mod sources;
mod time;

use std::collections::{BTreeMap, BTreeSet};

use chrono::FixedOffset;
use tokenready_model::LockoutAnalysis;

pub use causes::{retry_pattern, texts as cause_texts};
pub use time::{event_time, fmt_when, fmt_when_in, parse_offset, parse_time, When};
use tokenready_i18n::Tr;

use crate::collect::SecEvent;

/// Builds the analysis from the counted events (with the input each came from).
/// Its texts (causes, notes, retry patterns) are written in `tr`'s language.
pub fn analyse(
    events: &[(&str, &SecEvent)],
    csv_offset: Option<FixedOffset>,
    tr: Tr,
) -> LockoutAnalysis {
    let mut notes = BTreeSet::new();
    let ip_host = sources::ip_names(events);
    let mut by_source: BTreeMap<String, sources::SourceAgg> = BTreeMap::new();
    let mut by_cause: BTreeMap<&'static str, causes::CauseAgg> = BTreeMap::new();
    let mut timeline = BTreeMap::new();
    for (file, ev) in events {
        let when = event_time(ev, csv_offset);
        if when.is_some_and(|w| !w.utc) {
            notes.insert(tr.fill("note-csv-local", "Event Viewer CSV times are local with no zone: they are shown as written (give the exporting computer's UTC offset, --csv-time-offset on the command line, to place them in UTC).", &[]));
        }
        let (source, address) = sources::source_of(ev, &ip_host, &mut notes, tr);
        let is_lockout = ev.event_id == 4740;
        let is_failure = matches!(ev.event_id, 4625 | 4771 | 4776);
        if let Some(src) = &source {
            let agg = by_source.entry(src.clone()).or_default();
            sources::count(agg, src, address, is_lockout, is_failure, when);
        }
        causes::count(&mut by_cause, file, ev, source.as_ref(), tr);
        if let (Some(w), true) = (when, is_lockout || is_failure) {
            time::count(&mut timeline, w, is_lockout, source.as_ref());
        }
    }
    sources::notes(events, &ip_host, &mut notes, tr);
    let (out_sources, storm_sources) = sources::finish(by_source, tr);
    let mut out_causes = causes::finish(by_cause, storm_sources, &out_sources);
    causes::translate(&mut out_causes, tr);
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
    use chrono::NaiveDateTime;

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
        analyse(&refs, None, Tr::default())
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
        assert!(retry_pattern(&storm, Tr::default())
            .unwrap()
            .contains("3, 6, 12, 24"));
        let noise: Vec<When> = [0, 1, 2, 50, 51].iter().map(|m| at(*m)).collect();
        assert_eq!(retry_pattern(&noise, Tr::default()), None);
        assert_eq!(retry_pattern(&storm[..3], Tr::default()), None);
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
        let a = analyse(&refs, parse_offset("+02:00"), Tr::default());
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
