//! Security events exported from Sentinel, Splunk, QRadar, Graylog and PowerShell (issue 22). The
//! shapes follow the real ones collected in `../shared/reference/siem-exports.md` (§2 Sentinel
//! portal CSVs, §3 Splunk JSON/CSV results with classic and XML names and `_raw`, §4.2
//! ConvertTo-Json, §5.1 QRadar WinCollect payloads, §5.2 Graylog), filled with the events of a shared EVTX sample and of the
//! demo's DC log: each must give the picture the EVTX or XML gives.

mod common;

use chrono::NaiveDateTime;
use common::*;
use serde_json::{json, Value};
use tokenready_engine::model::{InputKind, Report};

fn at(ev: &Ev) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(&ev.time, "%Y-%m-%dT%H:%M:%S").unwrap()
}

fn get<'a>(ev: &'a Ev, k: &str) -> &'a str {
    ev.data.get(k).map(String::as_str).unwrap_or("")
}

/// A Sentinel cell: quoted when it holds a space, `[`, `.`, `-`, `\`, `$`, a comma, a quote
/// or a line break, as the 2023 portal export does (§2.3).
fn cell(v: &str) -> String {
    if v.chars().any(|c| " [.-\\$,\"\n\r:/".contains(c)) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v.to_string()
    }
}

/// The portal's en-US rendering of a UTC time (§2.2): `7/8/2023, 10:21:05.504 PM`.
fn portal(t: NaiveDateTime) -> String {
    t.format("%-m/%-d/%Y, %-I:%M:%S%.3f %p").to_string()
}

fn eventdata_xml(ev: &Ev) -> String {
    let mut s = String::from(
        "<EventData xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n",
    );
    for (k, v) in &ev.data {
        s.push_str(&format!("  <Data Name=\"{k}\">{v}</Data>\n"));
    }
    s + "</EventData>"
}

/// A Sentinel `SecurityEvent` export like export A (2023, §2.3, §2.4): no record id, `Account`
/// = caller\user for 4740, the EventData XML in a multi-line cell; `with_columns` false leaves
/// out the Target* columns so that only `EventData` and `Account` carry the account.
fn sentinel_a(events: &[Ev], with_columns: bool) -> String {
    let header = "TenantId,\"TimeGenerated [UTC]\",SourceSystem,Account,AccountType,Computer,EventSourceName,Channel,Task,Level,EventData,EventID,Activity,SourceComputerId,EventOriginId,MG,\"TimeCollected [UTC]\",ManagementGroupName,IpAddress,LogonType,Status,SubStatus,TargetAccount,TargetDomainName,TargetUserName,WorkstationName,Type,\"_ResourceId\"";
    let mut s = format!("{header}\r\n");
    for ev in events {
        let caller_or_domain = get(ev, "TargetDomainName");
        let account = format!("{caller_or_domain}\\{}", get(ev, "TargetUserName"));
        let activity = if ev.id == 4740 {
            "4740 - A user account was locked out."
        } else {
            "4625 - An account failed to log on."
        };
        let t = at(ev);
        let col = |k: &str| {
            if with_columns {
                get(ev, k).to_string()
            } else {
                String::new()
            }
        };
        let row = [
            "01680ad8-1090-4dec-a395-f77b161a9051".to_string(),
            portal(t),
            "OpsManager".into(),
            account.clone(),
            "User".into(),
            ev.computer.clone(),
            "Microsoft-Windows-Security-Auditing".into(),
            "Security".into(),
            if ev.id == 4740 { "13824" } else { "12544" }.into(),
            "0".into(),
            eventdata_xml(ev),
            ev.id.to_string(),
            activity.into(),
            "dc8aa0d5-8fe2-4bd6-a8e8-a9e7f4c3b3b3".into(),
            "00000000-0000-0000-0000-000000000000".into(),
            "00000000-0000-0000-0000-000000000001".into(),
            portal(t + chrono::Duration::seconds(35)),
            "AOI-01680ad8".into(),
            col("IpAddress"),
            col("LogonType"),
            col("Status"),
            col("SubStatus"),
            if with_columns { account } else { String::new() },
            col("TargetDomainName"),
            col("TargetUserName"),
            col("WorkstationName"),
            "SecurityEvent".into(),
            String::new(),
        ];
        let cells: Vec<String> = row.iter().map(|v| cell(v)).collect();
        s.push_str(&cells.join(","));
        s.push_str("\r\n");
    }
    s
}

/// Export B (2024, re-saved by Excel, §2.3): only date cells quoted, `Account` and
/// `TargetAccount` broken to `#NAME?`, `EventData` empty, a record id at the end.
fn sentinel_b(events: &[Ev]) -> String {
    let mut s = String::from("TenantId,TimeGenerated [UTC],SourceSystem,Account,AccountType,Computer,EventSourceName,Channel,Task,Level,EventData,EventID,Activity,IpAddress,IpPort,LogonType,Status,SubStatus,TargetAccount,TargetDomainName,TargetUserName,WorkstationName,EventLevelName,EventOriginId,MG,TimeCollected [UTC],EventRecordId,Type,_ResourceId\r\n");
    for ev in events {
        let t = at(ev);
        let activity = if ev.id == 4740 {
            "4740 - A user account was locked out."
        } else {
            "4625 - An account failed to log on."
        };
        s.push_str(&format!(
            ",\"{}\",OpsManager,#NAME?,User,{},Microsoft-Windows-Security-Auditing,Security,12544,0,,{},{activity},{},{},{},{},{},#NAME?,{},{},{},LogAlways,64b4cff0-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000001,\"{}\",{},SecurityEvent,\r\n",
            portal(t),
            ev.computer,
            ev.id,
            get(ev, "IpAddress"),
            get(ev, "IpPort"),
            get(ev, "LogonType"),
            get(ev, "Status"),
            get(ev, "SubStatus"),
            get(ev, "TargetDomainName"),
            get(ev, "TargetUserName"),
            get(ev, "WorkstationName"),
            portal(t + chrono::Duration::seconds(45)),
            ev.record,
        ));
    }
    s
}

/// A classic `WinEventLog:Security` `_raw` (§3.2, §3.3): the host's local date line (here
/// eight hours off, as in the real sample: never to be used), header lines ending in `\n`,
/// then the message with `\r\n`.
fn classic_raw(ev: &Ev) -> String {
    let local = at(ev) + chrono::Duration::hours(8);
    format!(
        "{}\nLogName=Security\nSourceName=Microsoft Windows security auditing.\nEventCode={}\nEventType=0\nType=Information\nComputerName={}\nTaskCategory=Logon\nOpCode=Info\nRecordNumber={}\nKeywords=Audit Failure\nMessage={}",
        local.format("%m/%d/%Y %I:%M:%S %p"),
        ev.id,
        ev.computer,
        ev.record,
        english_message(ev)
    )
}

/// An `XmlWinEventLog` `_raw`: the event XML with single-quoted attributes (§3.1).
fn xml_raw(ev: &Ev) -> String {
    xml_of(std::slice::from_ref(ev)).trim_end().to_string()
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Splunk {
    /// `_raw` only, classic (the export of a raw event search).
    ClassicRaw,
    /// `_raw` only, XML.
    XmlRaw,
    /// The TA's classic extracted fields only, multivalue `Account_Name` as an array.
    ClassicFields,
    /// The XML names only (`EventID`, `Computer`, `EventRecordID`, `TargetUserName`, …).
    XmlFields,
}

/// One Splunk JSON result as the real export writes it (§3.3): every value a string, `_time`
/// epoch seconds, multivalue fields as arrays, `host` the forwarder.
fn splunk_doc(ev: &Ev, shape: Splunk) -> Value {
    let mut d = json!({
        "_time": at(ev).and_utc().timestamp().to_string(),
        "_indextime": (at(ev).and_utc().timestamp() + 9).to_string(),
        "host": "forwarder01", "index": "wineventlog", "linecount": "61",
        "splunk_server": "sc.lab.test.com", "_si": ["sc.lab.test.com", "wineventlog"],
    });
    let o = d.as_object_mut().unwrap();
    let mut put = |k: &str, v: Value| {
        o.insert(k.into(), v);
    };
    match shape {
        Splunk::ClassicRaw | Splunk::ClassicFields => {
            put("sourcetype", json!("WinEventLog:Security"));
            put("source", json!("WinEventLog:Security"));
            put("EventCode", json!(ev.id.to_string()));
        }
        Splunk::XmlRaw | Splunk::XmlFields => {
            put("sourcetype", json!("XmlWinEventLog"));
            put("source", json!("XmlWinEventLog:Security"));
        }
    }
    match shape {
        Splunk::ClassicRaw => put("_raw", json!(classic_raw(ev))),
        Splunk::XmlRaw => put("_raw", json!(xml_raw(ev))),
        Splunk::ClassicFields => {
            put("ComputerName", json!(ev.computer));
            put("RecordNumber", json!(ev.record.to_string()));
            put("LogName", json!("Security"));
            put("SourceName", json!("Microsoft Windows security auditing."));
            if ev.id == 4740 {
                put(
                    "Account_Name",
                    json!([get(ev, "SubjectUserName"), get(ev, "TargetUserName")]),
                );
                put("Caller_Computer_Name", json!(get(ev, "TargetDomainName")));
            } else {
                put("Account_Name", json!(["-", get(ev, "TargetUserName")]));
                put("Account_Domain", json!(["-", get(ev, "TargetDomainName")]));
                put("Workstation_Name", json!(get(ev, "WorkstationName")));
                put("Source_Network_Address", json!(get(ev, "IpAddress")));
                put("Status", json!(get(ev, "Status")));
                put("Sub_Status", json!(get(ev, "SubStatus")));
                put("Logon_Type", json!(get(ev, "LogonType")));
                put(
                    "Failure_Reason",
                    json!("Unknown user name or bad password."),
                );
            }
        }
        Splunk::XmlFields => {
            put("EventID", json!(ev.id.to_string()));
            put("EventCode", json!(ev.id.to_string()));
            put("Computer", json!(ev.computer));
            put("EventRecordID", json!(ev.record.to_string()));
            put("Channel", json!("Security"));
            put("Name", json!("Microsoft-Windows-Security-Auditing"));
            put("SystemTime", json!(format!("'{}.085Z'", ev.time)));
            for (k, v) in &ev.data {
                put(k, json!(v));
            }
        }
    }
    d
}

/// A Splunk CSV export of the classic fields (§3.4): `_time` ISO with `+0000`, a multivalue
/// `Account_Name` joined by a newline in one quoted cell.
fn splunk_csv(events: &[Ev]) -> String {
    let mut s = String::from("\"_time\",host,ComputerName,EventCode,RecordNumber,\"Account_Name\",\"Account_Domain\",\"Caller_Computer_Name\",\"Workstation_Name\",\"Source_Network_Address\",Status,\"Sub_Status\",\"Logon_Type\",SourceName\n");
    for ev in events {
        let (acc, dom, caller) = if ev.id == 4740 {
            (
                format!(
                    "{}\n{}",
                    get(ev, "SubjectUserName"),
                    get(ev, "TargetUserName")
                ),
                get(ev, "SubjectDomainName").to_string(),
                get(ev, "TargetDomainName").to_string(),
            )
        } else {
            (
                format!("-\n{}", get(ev, "TargetUserName")),
                format!("-\n{}", get(ev, "TargetDomainName")),
                String::new(),
            )
        };
        s.push_str(&format!(
            "\"{}\",forwarder01,{},{},{},\"{acc}\",\"{dom}\",{caller},{},{},{},{},{},Microsoft Windows security auditing.\n",
            at(ev).format("%Y-%m-%dT%H:%M:%S%.3f+0000"),
            ev.computer,
            ev.id,
            ev.record,
            get(ev, "WorkstationName"),
            get(ev, "IpAddress"),
            get(ev, "Status"),
            get(ev, "SubStatus"),
            get(ev, "LogonType"),
        ));
    }
    s
}

/// `Get-WinEvent -LogName Security | ConvertTo-Json` (§4.2): Windows PowerShell 5.1 with
/// `\/Date(ms)\/`, 4-space indent and two spaces after the colon; pwsh 7 with ISO times and an
/// offset (the local kind). Properties are type names (the default depth).
fn powershell_json(events: &[Ev], pwsh7: bool) -> String {
    let docs: Vec<String> = events
        .iter()
        .map(|ev| {
            let ms = at(ev).and_utc().timestamp_millis();
            let time = if pwsh7 {
                (at(ev) + chrono::Duration::hours(2))
                    .format("\"%Y-%m-%dT%H:%M:%S%.3f+02:00\"")
                    .to_string()
            } else {
                format!("\"\\/Date({ms})\\/\"")
            };
            let msg = serde_json::to_string(&english_message(ev)).unwrap().replace('\'', "\\u0027");
            format!(
                "    {{\n        \"Id\":  {},\n        \"Version\":  0,\n        \"Level\":  0,\n        \"Keywords\":  -9218868437227405312,\n        \"RecordId\":  {},\n        \"ProviderName\":  \"Microsoft-Windows-Security-Auditing\",\n        \"ProviderId\":  \"54849625-5478-4994-a5ba-3e3b0328c30d\",\n        \"LogName\":  \"Security\",\n        \"MachineName\":  \"{}\",\n        \"UserId\":  null,\n        \"TimeCreated\":  {time},\n        \"MatchedQueryIds\":  [\n\n                            ],\n        \"Bookmark\":  {{\n\n                     }},\n        \"Properties\":  [\n                           \"System.Diagnostics.Eventing.Reader.EventProperty\"\n                       ],\n        \"Message\":  {msg}\n    }}",
                ev.id, ev.record, ev.computer
            )
        })
        .collect();
    format!("[\n{}\n]\n", docs.join(",\n"))
}

/// A Graylog message from a Beats input (§5.2): winlogbeat's names flattened and prefixed.
fn graylog_doc(ev: &Ev) -> Value {
    let mut d = json!({
        "_id": format!("a{}", ev.record), "gl2_message_id": format!("01GQ{}", ev.record),
        "timestamp": format!("{}.961Z", ev.time), "source": "collector",
        "winlogbeat_winlog_event_id": ev.id.to_string(), "winlogbeat_event_code": ev.id.to_string(),
        "winlogbeat_winlog_computer_name": ev.computer, "winlogbeat_winlog_record_id": ev.record,
        "winlogbeat_winlog_channel": "Security",
        "winlogbeat_winlog_provider_name": "Microsoft-Windows-Security-Auditing",
        "streams": ["000000000000000000000001"], "beats_type": "winlogbeat",
    });
    for (k, v) in &ev.data {
        d[format!("winlogbeat_winlog_event_data_{k}")] = json!(v);
    }
    d
}

/// QRadar WinCollect payloads (§5.1): one syslog line per event, TAB-separated `key=value`,
/// `TimeGenerated` in epoch seconds, the message flattened to one line.
fn qradar(events: &[Ev]) -> String {
    let mut s = String::new();
    for ev in events {
        let flat: Vec<String> = english_message(ev)
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        let epoch = at(ev).and_utc().timestamp();
        s.push_str(&format!(
            "<13>{} DC01 AgentDevice=WindowsLog\tAgentLogFile=Security\tPluginVersion=7.2.9.72\tSource=Microsoft-Windows-Security-Auditing\tComputer={}\tOriginatingComputer=10.217.62.252\tUser=\tDomain=\tEventID={}\tEventIDCode={}\tEventType=16\tEventCategory=12544\tRecordNumber={}\tTimeGenerated={epoch}\tTimeWritten={epoch}\tLevel=Log Always\tKeywords=Audit Failure\tTask=SE_ADT_LOGON_LOGON\tOpcode=Info\tMessage={}\n",
            at(ev).format("%b %e %H:%M:%S"),
            ev.computer,
            ev.id,
            ev.id,
            ev.record,
            flat.join("  ")
        ));
    }
    s
}

fn ndjson(docs: impl Iterator<Item = Value>) -> String {
    docs.map(|d| d.to_string() + "\n").collect()
}

/// One export of this name and body: read as `kind`, without a problem.
fn clean(name: &str, body: &str, kind: InputKind) -> Report {
    labelled(name, name, body, kind)
}

fn labelled(what: &str, name: &str, body: &str, kind: InputKind) -> Report {
    let r = run_files(&[(name, body.as_bytes())]);
    let input = &r.inputs[0];
    assert_eq!(input.kind, kind, "{what}: {:?}", input.note);
    assert!(input.problems.is_empty(), "{what}: {:?}", input.problems);
    r
}

type Export = (&'static str, &'static str, InputKind, fn(&[Ev]) -> String);

const EXPORTS: &[Export] = &[
    ("Sentinel A", "sentinel.csv", InputKind::EventCsv, |e| {
        sentinel_a(e, true)
    }),
    (
        "Sentinel A, EventData and Account only",
        "sentinel.csv",
        InputKind::EventCsv,
        |e| sentinel_a(e, false),
    ),
    (
        "Sentinel B (Excel)",
        "sentinel-b.csv",
        InputKind::EventCsv,
        sentinel_b,
    ),
    (
        "Splunk classic _raw",
        "splunk.json",
        InputKind::EventJson,
        |e| ndjson(e.iter().map(|e| splunk_doc(e, Splunk::ClassicRaw))),
    ),
    (
        "Splunk XML _raw",
        "splunk.json",
        InputKind::EventJson,
        |e| ndjson(e.iter().map(|e| splunk_doc(e, Splunk::XmlRaw))),
    ),
    (
        "Splunk classic fields",
        "splunk.json",
        InputKind::EventJson,
        |e| ndjson(e.iter().map(|e| splunk_doc(e, Splunk::ClassicFields))),
    ),
    (
        "Splunk XML fields, array",
        "splunk.json",
        InputKind::EventJson,
        |e| {
            let docs: Vec<Value> = e.iter().map(|e| splunk_doc(e, Splunk::XmlFields)).collect();
            serde_json::to_string_pretty(&docs).unwrap()
        },
    ),
    ("Splunk CSV", "splunk.csv", InputKind::EventCsv, splunk_csv),
    (
        "PowerShell 5.1 JSON",
        "events.json",
        InputKind::EventJson,
        |e| powershell_json(e, false),
    ),
    ("pwsh 7 JSON", "events.json", InputKind::EventJson, |e| {
        powershell_json(e, true)
    }),
    (
        "QRadar payloads",
        "qradar.log",
        InputKind::EventSyslog,
        qradar,
    ),
    ("Graylog", "graylog.json", InputKind::EventJson, |e| {
        ndjson(e.iter().map(graylog_doc))
    }),
];

fn sample_path() -> std::path::PathBuf {
    samples().join("mitre-ID4776-4625-AccountRestore_local_bruteforce.evtx")
}

#[test]
fn every_siem_shape_gives_the_picture_of_the_evtx_and_the_xml() {
    let sample = from_evtx(&sample_path());
    let base = picture(&run_path(&sample_path()));
    let demo_events = from_xml(&demo_xml());
    let demo = xml_picture(&demo_events);
    assert!(!demo.1.is_empty() && !base.2.is_empty());
    for (what, name, kind, write) in EXPORTS {
        for (from, events, expected) in [
            ("EVTX sample", &sample, &base),
            ("demo DC", &demo_events, &demo),
        ] {
            let r = labelled(what, name, &write(events), *kind);
            assert_eq!(r.inputs[0].records, events.len() as u64, "{what} {from}");
            assert_eq!(
                &picture(&r),
                expected,
                "{what} {from}: {:?}",
                r.inputs[0].note
            );
        }
    }
}

/// The same events from an EVTX (record ids) and a Sentinel export (none) count once, matched
/// by computer, time, event ID, account and caller, whichever is read first; the report says
/// which events were matched that way.
#[test]
fn events_without_record_ids_are_matched_by_the_documented_key() {
    let sample = from_evtx(&sample_path());
    for (first, second) in [
        ("a-dc.evtx", "b-sentinel.csv"),
        ("b-dc.evtx", "a-sentinel.csv"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(sample_path(), dir.path().join(first)).unwrap();
        std::fs::write(dir.path().join(second), sentinel_a(&sample, true)).unwrap();
        let r = run_path(dir.path());
        assert_eq!(r.inputs.len(), 2);
        assert_eq!(r.lockouts.events_by_id["4625"], 16, "{first} {second}");
        let m = r.lockouts.matched_by_key.as_ref().expect("matched by key");
        assert_eq!(m.count, sample.len() as u64);
        let e = &m.evidence[0];
        assert!(e.file.ends_with(first.max(second)), "{e:?}");
        assert!(
            e.excerpt
                .as_deref()
                .unwrap()
                .contains("already counted from"),
            "{e:?}"
        );
    }
    // Two overlapping Sentinel exports: the second's events are the first's.
    let demo = from_xml(&demo_xml());
    let half = &demo[demo.len() / 2..];
    let r = run_files(&[
        ("week1.csv", sentinel_a(&demo, true).as_bytes()),
        ("week2.csv", sentinel_a(half, true).as_bytes()),
    ]);
    assert_eq!(picture(&r), xml_picture(&demo));
    assert_eq!(r.lockouts.matched_by_key.unwrap().count, half.len() as u64);
    // Events with record ids on both sides are never matched by the key.
    let r = run_files(&[
        ("a.xml", xml_of(&demo).as_bytes()),
        ("b.csv", sentinel_b(&demo).as_bytes()),
    ]);
    assert_eq!(picture(&r), xml_picture(&demo));
    assert!(r.lockouts.matched_by_key.is_none());
}

/// A search cut to a few columns: what is there is read, and the notes say what is missing
/// for which conclusion.
#[test]
fn a_cut_export_says_what_it_cannot_conclude() {
    let demo = from_xml(&demo_xml());
    let mut s = String::from("\"TimeGenerated [UTC]\",Computer,EventID,Activity\r\n");
    for ev in &demo {
        s.push_str(&format!(
            "\"{}\",{},{},\"{} - x\"\r\n",
            portal(at(ev)),
            ev.computer,
            ev.id,
            ev.id
        ));
    }
    let r = clean("cut.csv", &s, InputKind::EventCsv);
    let lockouts = demo.iter().filter(|e| e.id == 4740).count() as u64;
    assert_eq!(r.lockouts.events_by_id["4740"], lockouts);
    assert!(r.lockouts.sources.is_empty());
    let notes = r.inputs[0].note.clone().unwrap_or_default();
    assert!(
        notes.contains(&format!(
            "{lockouts} lockout(s) (4740) have no caller computer"
        )),
        "{notes}"
    );
    assert!(
        notes.contains("neither a workstation name nor an address"),
        "{notes}"
    );
    assert!(notes.contains("no provider field"), "{notes}");
    // With `Account` (caller\user for 4740, §2.4) the callers are known again.
    let mut s = String::from("\"TimeGenerated [UTC]\",Computer,EventID,Account\r\n");
    for ev in &demo {
        s.push_str(&format!(
            "\"{}\",{},{},\"{}\\{}\"\r\n",
            portal(at(ev)),
            ev.computer,
            ev.id,
            get(ev, "TargetDomainName"),
            get(ev, "TargetUserName")
        ));
    }
    let r = clean("account.csv", &s, InputKind::EventCsv);
    assert_eq!(
        picture(&r).1,
        xml_picture(&demo).1,
        "{:?}",
        r.inputs[0].note
    );
    let notes = r.inputs[0].note.clone().unwrap_or_default();
    assert!(notes.contains("from Sentinel's Account"), "{notes}");
    assert!(!notes.contains("no caller computer"), "{notes}");
}

/// The portal writes times in the browser's locale: day first when a date shows it, month
/// first (the en-US rendering of the real exports) when none does; dates that disagree are a
/// problem, never a guess.
#[test]
fn portal_dates_follow_what_the_file_shows() {
    let row = |t: &str| {
        format!("\"{t}\",DC1.kustoworks.com,4740,\"4740 - A user account was locked out.\",\"CL01\\KustoKing\",Microsoft-Windows-Security-Auditing\r\n")
    };
    let head = "\"TimeGenerated [UTC]\",Computer,EventID,Activity,Account,EventSourceName\r\n";
    let times = |r: &Report| -> Vec<String> {
        r.lockout_analysis
            .timeline
            .iter()
            .map(|b| b.hour.clone())
            .collect()
    };
    let us = clean(
        "us.csv",
        &format!("{head}{}", row("7/8/2023, 10:21:05.504 PM")),
        InputKind::EventCsv,
    );
    assert_eq!(times(&us), ["2023-07-08T22:00Z"]);
    let gb = format!(
        "{head}{}{}",
        row("07/08/2023, 22:21:05.504"),
        row("18/10/2024, 09:29:21.125")
    );
    let gb = clean("gb.csv", &gb, InputKind::EventCsv);
    assert_eq!(times(&gb), ["2023-08-07T22:00Z", "2024-10-18T09:00Z"]);
    assert!(gb.inputs[0]
        .note
        .as_deref()
        .unwrap()
        .contains("day, month, year"));
    let iso = clean(
        "iso.csv",
        &format!("{head}{}", row("2020/10/16 0:00:01.403")),
        InputKind::EventCsv,
    );
    assert_eq!(times(&iso), ["2020-10-16T00:00Z"]);
    let mixed = format!(
        "{head}{}{}",
        row("18/10/2024, 09:29:21.125"),
        row("10/18/2024, 9:29:21.125 AM")
    );
    let r = run_files(&[("mixed.csv", mixed.as_bytes())]);
    assert_eq!(r.lockouts.events_by_id["4740"], 2);
    assert!(times(&r).is_empty());
    assert!(r.inputs[0].problems[0].message.contains("disagree"));
}

#[test]
fn other_tables_and_json_are_not_taken_for_siem_exports() {
    for (name, body) in [
        ("hosts.csv", "Name,TimeGenerated,Owner\r\nws01,today,me\r\n"),
        (
            "package.json",
            "{\"name\":\"x\",\"Id\":3,\"version\":\"1\"}",
        ),
        ("notes.txt", "We exported _raw and _time from Splunk.\r\n"),
    ] {
        let r = run_files(&[(name, body.as_bytes())]);
        assert!(
            !matches!(r.inputs[0].kind, InputKind::EventCsv | InputKind::EventJson),
            "{name}: {:?}",
            r.inputs[0].kind
        );
    }
}
