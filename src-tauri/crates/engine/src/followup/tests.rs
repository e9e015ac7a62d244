//! The follow-up: the split at the rollout (zones, unknown zones, duplicates), the coverage
//! per DC, each evidence-decided checklist row, overrides, and the baseline diff.

use super::checklist::decide;
use super::*;
use crate::intake::Read1;
use tokenready_model::InputKind;
use tokenready_model::{
    Assessment, Basis, CheckStatus, ChecklistEntry, ChecklistItem, InputFile, Parameters,
};

/// A Security event as wevtutil writes it.
fn event(id: u32, record: u64, time: &str, computer: &str, user: &str, caller: &str) -> String {
    format!("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing'/><EventID>{id}</EventID><TimeCreated SystemTime='{time}'/><EventRecordID>{record}</EventRecordID><Channel>Security</Channel><Computer>{computer}</Computer></System><EventData><Data Name='TargetUserName'>{user}</Data><Data Name='TargetDomainName'>{caller}</Data><Data Name='Status'>0xc000006d</Data><Data Name='SubStatus'>0xc000006a</Data><Data Name='WorkstationName'>PS01</Data></EventData></Event>\n")
}

/// An XML export read as the intake reads it.
fn read(path: &str, xml: &str) -> Read1 {
    let mut result = crate::collect::FileResult::default();
    crate::events::scan_xml(xml.as_bytes(), &mut result);
    Read1 {
        input: InputFile {
            path: path.into(),
            kind: InputKind::EventXml,
            sha256: String::new(),
            size: xml.len() as u64,
            records: result.records,
            errors: result.errors,
            problems: vec![],
            note: None,
            language: None,
        },
        result,
    }
}

fn params() -> Parameters {
    Parameters {
        account: Some(r"CONTOSO\svc_acc".into()),
        ..Parameters::default()
    }
}

fn now() -> NaiveDateTime {
    parse_rollout("2026-12-01T00:00:00Z").unwrap().utc
}

/// A checklist with CHK-04 and CHK-05, decided on `reads` for a rollout at `at`.
fn decided(reads: &[Read1], at: &str) -> Vec<ChecklistItem> {
    let (_, kept) = crate::analysis::lockouts(reads, &params(), Default::default());
    let s = split(reads, &kept, &parse_rollout(at).unwrap(), None, now(), true);
    let row = |id: &str| ChecklistItem {
        id: id.into(),
        test: String::new(),
        expected: String::new(),
        status: CheckStatus::Pending,
        notes: String::new(),
        who: String::new(),
        when: String::new(),
        basis: Basis::Manual,
        evidence: vec![],
        decided: None,
    };
    let mut c = vec![row("CHK-01"), row("CHK-04"), row("CHK-05")];
    decide(&mut c, &s);
    c
}

fn status(c: &[ChecklistItem], id: &str) -> CheckStatus {
    c.iter().find(|x| x.id == id).unwrap().status
}

#[test]
fn rollout_instants_are_rfc3339_or_a_date() {
    let r = parse_rollout("2026-11-02T09:00:00+01:00").unwrap();
    assert_eq!(r.text, "2026-11-02T08:00:00Z");
    assert_eq!(r.local.to_string(), "2026-11-02 09:00:00");
    assert_eq!(
        parse_rollout("2026-11-02").unwrap().text,
        "2026-11-02T00:00:00Z"
    );
    let e = parse_rollout("next tuesday").unwrap_err();
    assert!(e.contains("next tuesday") && e.contains("RFC 3339"), "{e}");
}

#[test]
fn events_split_at_the_instant_in_utc_and_duplicates_count_once() {
    let before = event(4740, 1, "2026-11-02T07:59:59Z", "DC01", "svc_acc", "PS01");
    let after = event(4740, 2, "2026-11-02T08:00:00Z", "DC01", "svc_acc", "PS01");
    let other = event(4740, 3, "2026-11-02T09:00:00Z", "DC01", "someone", "WS7");
    // The same record in a second export of the same log counts once.
    let reads = [
        read("a.xml", &format!("{before}{after}{other}")),
        read("b.xml", &after),
    ];
    let (lockouts, kept) = crate::analysis::lockouts(&reads, &params(), Default::default());
    // 09:00+01:00 is 08:00Z: the second event is at the instant, so after it.
    let r = parse_rollout("2026-11-02T09:00:00+01:00").unwrap();
    let s = split(&reads, &kept, &r, None, now(), true);
    let input = CompareInput {
        lockouts: &lockouts,
        locations: &[],
        findings: &[],
        indicators: &[],
        baseline: None,
        csv_offset: None,
        tr: Default::default(),
    };
    let c = compare(&reads, &kept, Some(&s), &input);
    assert_eq!((c.events.before["4740"], c.events.after["4740"]), (1, 1));
    assert_eq!(c.events.after["4625"], 0);
    assert_eq!(c.sources.len(), 1);
    assert_eq!((c.sources[0].before, c.sources[0].after), (1, 1));
    assert_eq!(c.rollout_at.as_deref(), Some("2026-11-02T08:00:00Z"));
}

#[test]
fn zone_unknown_times_are_compared_as_written_and_said_so() {
    let r = parse_rollout("2026-11-02T09:00:00+01:00").unwrap();
    let local = |s: &str| When {
        at: NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap(),
        utc: false,
    };
    // As written: 08:30 local is before 09:00 as written, although it may be after 08:00Z.
    assert!(!r.is_after(local("2026-11-02 08:30:00")));
    assert!(r.is_after(local("2026-11-02 09:00:00")));
    let mut ev = crate::collect::SecEvent {
        event_id: 4740,
        provider: crate::events::SECURITY_PROVIDER.into(),
        time: Some("11/02/2026 10:00:00".into()),
        target_user: "svc_acc".into(),
        ..Default::default()
    };
    ev.time_is_utc = false;
    let reads: [Read1; 0] = [];
    let kept = [("ps01.csv", &ev)];
    let s = split(&reads, &kept, &r, None, now(), true);
    let lockouts = tokenready_model::Lockouts::default();
    let input = CompareInput {
        lockouts: &lockouts,
        locations: &[],
        findings: &[],
        indicators: &[],
        baseline: None,
        csv_offset: None,
        tr: Default::default(),
    };
    let c = compare(&reads, &kept, Some(&s), &input);
    assert_eq!(c.events.after["4740"], 1);
    assert!(
        c.notes
            .iter()
            .any(|n| n.contains("no zone") && n.contains("2026-11-02 09:00:00")),
        "{:?}",
        c.notes
    );
}

#[test]
fn coverage_says_which_dcs_reach_past_the_rollout() {
    let reads = [
        read(
            "dc01.xml",
            &event(
                4625,
                1,
                "2026-11-03T10:00:00Z",
                "DC01.contoso.local",
                "svc_acc",
                "",
            ),
        ),
        read(
            "dc02.xml",
            &event(4625, 7, "2026-11-01T10:00:00Z", "DC02", "svc_acc", ""),
        ),
    ];
    let cov = coverage(&reads, Some(&parse_rollout("2026-11-02").unwrap()), None);
    let got: Vec<(&str, bool)> = cov
        .iter()
        .map(|c| (c.computer.as_str(), c.covers_after))
        .collect();
    assert_eq!(got, [("dc01.contoso.local", true), ("dc02", false)]);
    assert_eq!(cov[0].files, ["dc01.xml"]);
    assert_eq!(cov[0].last.as_deref(), Some("2026-11-03T10:00:00Z"));
    // A record that is not for the account (or not a counted event) still shows the log's reach.
    let quiet = event(4624, 9, "2026-11-05T00:00:00Z", "DC02", "someone", "");
    let reads = [read(
        "dc02.xml",
        &format!(
            "{}{quiet}",
            event(4625, 7, "2026-11-01T10:00:00Z", "DC02", "svc_acc", "")
        ),
    )];
    let cov = coverage(&reads, Some(&parse_rollout("2026-11-02").unwrap()), None);
    assert!(cov[0].covers_after);
    assert_eq!(cov[0].last.as_deref(), Some("2026-11-05T00:00:00Z"));
}

#[test]
fn chk04_passes_fails_and_stays_pending_on_the_evidence() {
    let quiet_after = event(4624, 9, "2026-11-05T00:00:00Z", "DC01", "someone", "");
    let lock_before = event(4740, 1, "2026-11-01T10:00:00Z", "DC01", "svc_acc", "PS01");
    let lock_after = event(4740, 2, "2026-11-03T10:00:00Z", "DC01", "svc_acc", "PS01");
    // Lockouts before the rollout only, and the log reaches past it: pass.
    let c = decided(
        &[read("dc01.xml", &format!("{lock_before}{quiet_after}"))],
        "2026-11-02",
    );
    assert_eq!(status(&c, "CHK-04"), CheckStatus::Pass);
    let row = c.iter().find(|x| x.id == "CHK-04").unwrap();
    assert_eq!(row.basis, Basis::Evidence);
    let d = row.decided.as_ref().unwrap();
    assert_eq!(
        (d.from.as_deref(), d.to.as_deref()),
        (Some("2026-11-02T00:00:00Z"), Some("2026-11-05T00:00:00Z"))
    );
    assert!(d.reason.contains("dc01"), "{}", d.reason);
    // A lockout after it: fail, with the record as evidence.
    let c = decided(
        &[read("dc01.xml", &format!("{lock_before}{lock_after}"))],
        "2026-11-02",
    );
    assert_eq!(status(&c, "CHK-04"), CheckStatus::Fail);
    let row = c.iter().find(|x| x.id == "CHK-04").unwrap();
    assert_eq!(row.evidence.len(), 1);
    assert_eq!(
        (row.evidence[0].file.as_str(), row.evidence[0].record),
        ("dc01.xml", Some(2))
    );
    // No Security event after the rollout: pending, never a pass.
    let c = decided(&[read("dc01.xml", &lock_before)], "2026-11-02");
    assert_eq!(status(&c, "CHK-04"), CheckStatus::Pending);
    assert!(c[1]
        .decided
        .as_ref()
        .unwrap()
        .reason
        .contains("end before it"));
    // A rollout later than the assessment: pending.
    let c = decided(
        &[read("dc01.xml", &format!("{lock_before}{quiet_after}"))],
        "2027-01-01",
    );
    assert_eq!(status(&c, "CHK-04"), CheckStatus::Pending);
    assert!(c[1]
        .decided
        .as_ref()
        .unwrap()
        .reason
        .contains("later than this assessment"));
    // Rows the evidence cannot decide stay manual.
    assert_eq!(
        (c[0].status, c[0].basis),
        (CheckStatus::Pending, Basis::Manual)
    );
}

#[test]
fn chk05_needs_one_full_retry_cycle_without_failures() {
    let fail = |rec, t| event(4625, rec, t, "DC01", "svc_acc", "");
    let quiet = |t| event(4624, 99, t, "DC01", "someone", "");
    // Failures stopped 3 hours before the log ends: pass.
    let c = decided(
        &[read(
            "dc01.xml",
            &format!(
                "{}{}",
                fail(1, "2026-11-02T01:00:00Z"),
                quiet("2026-11-02T04:00:00Z")
            ),
        )],
        "2026-11-02",
    );
    assert_eq!(status(&c, "CHK-05"), CheckStatus::Pass);
    assert_eq!(c[2].evidence.len(), 1);
    // Failures until an hour before the log ends: fail.
    let c = decided(
        &[read(
            "dc01.xml",
            &format!(
                "{}{}",
                fail(1, "2026-11-02T03:00:00Z"),
                quiet("2026-11-02T04:00:00Z")
            ),
        )],
        "2026-11-02",
    );
    assert_eq!(status(&c, "CHK-05"), CheckStatus::Fail);
    // No failure, but only an hour of log after the rollout: pending.
    let c = decided(
        &[read("dc01.xml", &quiet("2026-11-02T01:00:00Z"))],
        "2026-11-02",
    );
    assert_eq!(status(&c, "CHK-05"), CheckStatus::Pending);
    // No failure and more than a cycle: pass.
    let c = decided(
        &[read("dc01.xml", &quiet("2026-11-02T02:00:00Z"))],
        "2026-11-02",
    );
    assert_eq!(status(&c, "CHK-05"), CheckStatus::Pass);
}

#[test]
fn the_consultant_overrides_the_evidence_and_both_are_reported() {
    let reads = [read(
        "dc01.xml",
        &format!(
            "{}{}",
            event(4740, 1, "2026-11-03T00:00:00Z", "DC01", "svc_acc", "PS01"),
            event(4624, 9, "2026-11-05T00:00:00Z", "DC01", "x", "")
        ),
    )];
    let checklist = decided(&reads, "2026-11-02");
    assert_eq!(status(&checklist, "CHK-04"), CheckStatus::Fail);
    let report = {
        let mut r: tokenready_model::Report =
            serde_json::from_str(include_str!("../../tests/golden/demo/report.json")).unwrap();
        r.checklist = checklist;
        r
    };
    let a = Assessment {
        format: 1,
        report: Some(report),
        checklist: vec![ChecklistEntry {
            id: "CHK-04".into(),
            status: CheckStatus::Pass,
            notes: "the lockout was a test account reset by the helpdesk".into(),
            who: "J. Doe".into(),
            when: "2026-11-06".into(),
        }],
        ..Assessment::default()
    };
    let r = crate::assessment::finalize_report(&a).unwrap();
    let row = r.checklist.iter().find(|c| c.id == "CHK-04").unwrap();
    assert_eq!((row.status, row.basis), (CheckStatus::Pass, Basis::Manual));
    assert_eq!(row.decided.as_ref().unwrap().status, CheckStatus::Fail);
    assert!(row.notes.contains("helpdesk"));
}

fn loc(kind: tokenready_model::LocationKind, host: &str, share: Option<&str>) -> Location {
    Location {
        location: String::new(),
        normalized: String::new(),
        kind,
        host: Some(host.into()),
        share: share.map(String::from),
        auth: tokenready_model::Auth::Acc,
        auth_reason: "".into(),
        sources: vec![],
        packages: vec![],
        evidence: vec![],
        sightings: 1,
    }
}

#[test]
fn the_baseline_diff_by_kind_host_share_and_rule() {
    use tokenready_model::LocationKind::{Https, Unc};
    let before = [
        loc(Unc, "ps01", Some("pkg")),
        loc(Unc, "ps01", Some("pkg")),
        loc(Https, "smp01", None),
    ];
    let now = [loc(Https, "smp01", None), loc(Https, "ps02", None)];
    let d = location_diff(&before, &now);
    assert_eq!(d.added.len(), 1);
    assert_eq!(d.added[0].host.as_deref(), Some("ps02"));
    assert_eq!(d.removed.len(), 1);
    assert_eq!(
        (d.removed[0].kind, d.removed[0].share.as_deref()),
        (Unc, Some("pkg"))
    );
    let report: tokenready_model::Report =
        serde_json::from_str(include_str!("../../tests/golden/demo/report.json")).unwrap();
    let mut today = report.findings.clone();
    let gone = today.remove(0);
    let mut new = gone.clone();
    new.id = "TR-NEW-001".into();
    today.push(new);
    let f = finding_diff(&report.findings, &today);
    assert_eq!(f.resolved, [gone.id]);
    assert_eq!(f.new, ["TR-NEW-001"]);
    assert_eq!(f.still_open.len(), report.findings.len() - 1);
}

#[test]
fn baselines_that_are_not_reports_are_refused_with_the_file_named() {
    let golden = include_str!("../../tests/golden/demo/report.json");
    assert!(baseline::parse(golden.as_bytes(), "b.json").is_ok());
    for (bytes, want) in [
        ("not json".to_string(), "is not a TokenReady JSON report"),
        ("{\"hello\": 1}".to_string(), "is neither a TokenReady JSON report"),
        (golden.replace("\"version\": \"golden\"", "\"version\": \"9.0.0\""), "newer TokenReady"),
        (golden[..golden.len() / 2].to_string(), "is not a TokenReady JSON report"),
        ("{\"format\": 1, \"engagement\": {}, \"parameters\": {}, \"evidence\": [], \"report\": null, \"checklist\": [], \"accepted_risks\": []}".to_string(), "without an analysis"),
        ("{\"format\": 7, \"engagement\": {}, \"parameters\": {}, \"evidence\": [], \"report\": null, \"checklist\": [], \"accepted_risks\": []}".to_string(), "newer TokenReady"),
    ] {
        let e = baseline::parse(bytes.as_bytes(), "b.json").err().unwrap_or_else(|| panic!("accepted: {want}"));
        assert!(e.contains("b.json") && e.contains(want), "{e} / {want}");
    }
    let e = load_baseline(std::path::Path::new("/nonexistent/b.json"))
        .err()
        .unwrap();
    assert!(e.contains("/nonexistent/b.json"), "{e}");
}

/// An NS log (a.log) read as the intake reads it.
fn ns_read(path: &str, log: &str) -> Read1 {
    let mut result = crate::collect::FileResult::default();
    crate::nslog::scan(log.as_bytes(), &mut result).unwrap();
    Read1 {
        input: InputFile {
            path: path.into(),
            kind: InputKind::NsLog,
            sha256: String::new(),
            size: log.len() as u64,
            records: result.records,
            errors: result.errors,
            problems: vec![],
            note: None,
            language: None,
        },
        result,
    }
}

fn ns_failure(date: &str) -> String {
    format!("<event date=\"{date}\" severity=\"1\" hostName=\"SMP01\" source=\"AeXNetworkTransport\" module=\"Altiris.NS.dll\" process=\"AeXSvc\" pid=\"4120\" thread=\"57\" tickCount=\"1\"><![CDATA[Failed to access \\\\files01\\Packages$: Logon failure: unknown user name or bad password. (0x8007052E)]]></event>\r\n")
}

#[test]
fn ns_log_signals_split_at_the_rollout_by_the_hour_of_each_record() {
    // 07:30Z before; 08:00Z and 08:30Z after a rollout at 08:00Z (on the hour: exact).
    let log: String = [
        "04/22/2025 03:30:00.0000000 -04:00",
        "04/22/2025 04:00:00.0000000 -04:00",
        "04/22/2025 04:30:00.0000000 -04:00",
    ]
    .iter()
    .map(|d| ns_failure(d))
    .collect();
    let reads = [ns_read("a.log", &log)];
    let (_, kept) = crate::analysis::lockouts(&reads, &params(), Default::default());
    let s = split(
        &reads,
        &kept,
        &parse_rollout("2025-04-22T08:00:00Z").unwrap(),
        None,
        now(),
        true,
    );
    let failure = s
        .signals
        .split
        .iter()
        .find(|x| x.kind == "logon-failure")
        .expect("counted");
    assert_eq!((failure.before, failure.after, failure.undated), (1, 2, 0));
    assert!(!s.signals.shared_hour);
    assert_eq!(s.picture().log_failures, 2);
    // Off the hour: the rollout's own hour counts after it, and the report says so.
    let s = split(
        &reads,
        &kept,
        &parse_rollout("2025-04-22T08:15:00Z").unwrap(),
        None,
        now(),
        true,
    );
    let failure = s
        .signals
        .split
        .iter()
        .find(|x| x.kind == "logon-failure")
        .unwrap();
    assert_eq!((failure.before, failure.after), (1, 2));
    let mut notes = vec![];
    signals::notes(&s.signals, &mut notes);
    assert!(
        notes.iter().any(|n| n.contains("rollout's own hour")),
        "{notes:?}"
    );
    // Before all of them: nothing before.
    let s = split(
        &reads,
        &kept,
        &parse_rollout("2025-04-22T06:00:00+02:00").unwrap(),
        None,
        now(),
        true,
    );
    let failure = s
        .signals
        .split
        .iter()
        .find(|x| x.kind == "logon-failure")
        .unwrap();
    assert_eq!((failure.before, failure.after), (0, 3));
}

/// Each record's hour is its own: the zone (and a day's rollover into UTC) counts, the
/// per-thread cache of the last hour never carries one record's hour to the next.
#[test]
fn signal_hours_follow_each_records_zone() {
    let mut a = crate::collect::SignalAgg::default();
    for k in [
        "2025-04-16T07:10:00.1223067 -04:00",
        "2025-04-16T07:20:00.1223067 +02:00",
        "2025-04-16T07:30:00",
        "2025-04-16T07:40:00.1223067 -04:00",
        "04-16T08:00:00",
        "2025-04-16T23:59:59.0000000 -04:00",
        "2025-04-16T07:50:00Z",
    ] {
        a.count_hour(k);
    }
    let want: Vec<(&str, u64)> = vec![
        ("2025-04-16T05Z", 1),
        ("2025-04-16T07", 1),
        ("2025-04-16T07Z", 1),
        ("2025-04-16T11Z", 2),
        ("2025-04-17T03Z", 1),
    ];
    let got: Vec<(&str, u64)> = a.hours.iter().map(|(h, n)| (h.as_str(), *n)).collect();
    assert_eq!(got, want);
}
