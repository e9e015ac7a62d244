//! Security events exported from Elastic (issue 22, first part). The document shapes follow
//! the real ones collected in `../shared/reference/siem-exports.md` §1 (beats golden files,
//! the integrations pipeline's expected output, Kibana hits), filled with the events of a
//! shared EVTX sample and of the demo's DC log; each shape must give the picture the EVTX or
//! XML gives.

mod common;

use common::*;
use serde_json::{json, Map, Value};
use tokenready_engine::model::InputKind;

/// How a document is written.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    /// winlogbeat, no ingest pipeline, ids as strings (≥ 7.13; §1.2 a).
    Raw,
    /// winlogbeat ≤ 7.12: the same with ids as numbers (§1.2, the older golden file).
    RawNumbers,
    /// After the security pipeline (§1.2 b, §1.3): IpAddress, IpPort, WorkstationName moved
    /// to `source.*`; `user` / `user.target`; record id a string.
    Pipeline,
    /// The pipeline's ECS fields only, `event_data` left out (a search result cut to the ECS
    /// columns): every account and source comes from the fallbacks.
    EcsOnly,
    /// A Kibana search hit: `_index`, `_id`, `_source`, and `fields` with every value an
    /// array (§1.4).
    KibanaHit,
    /// winlogbeat 5.x/6.x flat names (§1.1: `event_id`, `computer_name`, `record_number`,
    /// `log_name`, `source_name`, `event_data`).
    Flat,
}

const SHAPES: &[Shape] = &[
    Shape::Raw,
    Shape::RawNumbers,
    Shape::Pipeline,
    Shape::EcsOnly,
    Shape::KibanaHit,
    Shape::Flat,
];

fn data(ev: &Ev) -> Map<String, Value> {
    ev.data
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect()
}

fn document(ev: &Ev, shape: Shape) -> Value {
    let ts = format!("{}.0856521Z", ev.time);
    let id = ev.id.to_string();
    let get = |k: &str| ev.data.get(k).cloned().unwrap_or_default();
    let raw = |numbers: bool| {
        let idv = if numbers { json!(ev.id) } else { json!(id) };
        json!({
            "@timestamp": ts,
            "event": {"code": idv, "kind": "event", "provider": "Microsoft-Windows-Security-Auditing"},
            "host": {"name": "winlogbeat-collector"},
            "winlog": {
                "api": "wineventlog", "channel": "Security", "computer_name": ev.computer,
                "event_data": data(ev), "event_id": idv, "keywords": ["Audit Failure"],
                "provider_name": "Microsoft-Windows-Security-Auditing", "record_id": ev.record,
            }
        })
    };
    match shape {
        Shape::Raw => raw(false),
        Shape::RawNumbers => raw(true),
        Shape::Pipeline | Shape::EcsOnly => {
            let mut ed = data(ev);
            for k in ["IpAddress", "IpPort", "WorkstationName"] {
                ed.remove(k);
            }
            let user = if ev.id == 4740 {
                json!({"name": get("SubjectUserName"), "domain": get("SubjectDomainName"),
                       "target": {"name": get("TargetUserName"), "domain": get("TargetDomainName")}})
            } else {
                json!({"name": get("TargetUserName"), "domain": get("TargetDomainName")})
            };
            let mut source = Map::new();
            for (k, from) in [("ip", "IpAddress"), ("domain", "WorkstationName")] {
                if let Some(v) = ev.data.get(from).filter(|v| !v.is_empty() && *v != "-") {
                    source.insert(k.into(), json!(v.trim_start_matches("::ffff:")));
                }
            }
            let mut winlog = json!({
                "channel": "Security", "computer_name": ev.computer, "event_id": id,
                "provider_name": "Microsoft-Windows-Security-Auditing",
                "record_id": ev.record.to_string(), "time_created": format!("{}.085Z", ev.time),
            });
            if shape == Shape::Pipeline {
                winlog["event_data"] = Value::Object(ed);
            }
            json!({
                "@timestamp": format!("{}.085Z", ev.time),
                "event": {"code": id, "outcome": "failure", "provider": "Microsoft-Windows-Security-Auditing"},
                "source": source, "user": user, "winlog": winlog,
            })
        }
        Shape::KibanaHit => json!({
            "_index": ".ds-winlogbeat-8.19.14-2026.05.13-000002", "_id": format!("id{}", ev.record),
            "_version": 1, "_source": raw(false),
            "fields": {"winlog.event_id": [id], "winlog.record_id": [ev.record.to_string()],
                       "@timestamp": [format!("{}.085Z", ev.time)]},
        }),
        Shape::Flat => json!({
            "@timestamp": format!("{}.085Z", ev.time), "event_id": ev.id, "computer_name": ev.computer,
            "record_number": ev.record.to_string(), "log_name": "Security",
            "source_name": "Microsoft-Windows-Security-Auditing", "event_data": data(ev),
        }),
    }
}

fn ndjson(events: &[Ev], shape: Shape) -> String {
    events
        .iter()
        .map(|e| document(e, shape).to_string() + "\n")
        .collect()
}

/// The picture of one Elastic export, which must be read as such and without a problem.
fn clean_json(name: &str, body: &str) -> Picture {
    let r = run_files(&[(name, body.as_bytes())]);
    assert_eq!(r.inputs[0].kind, InputKind::EventJson, "{name}");
    assert!(
        r.inputs[0].problems.is_empty(),
        "{name}: {:?}",
        r.inputs[0].problems
    );
    picture(&r)
}

fn from_sample() -> Vec<Ev> {
    from_evtx(&samples().join("mitre-ID4776-4625-AccountRestore_local_bruteforce.evtx"))
}

#[test]
fn every_elastic_shape_gives_the_picture_of_the_evtx_and_the_xml() {
    let sample = from_sample();
    let base = picture(&run_path(
        &samples().join("mitre-ID4776-4625-AccountRestore_local_bruteforce.evtx"),
    ));
    let demo_events = from_xml(&demo_xml());
    let demo = xml_picture(&demo_events);
    assert!(!demo.1.is_empty() && !base.2.is_empty());
    for shape in SHAPES {
        for (what, events, expected) in [
            ("EVTX sample", &sample, &base),
            ("demo DC", &demo_events, &demo),
        ] {
            let r = run_files(&[("export.ndjson", ndjson(events, *shape).as_bytes())]);
            let input = &r.inputs[0];
            assert_eq!(
                input.kind,
                InputKind::EventJson,
                "{shape:?} {what}: {:?}",
                input.note
            );
            assert!(
                input.problems.is_empty(),
                "{shape:?} {what}: {:?}",
                input.problems
            );
            assert_eq!(input.records, events.len() as u64, "{shape:?} {what}");
            assert_eq!(&picture(&r), expected, "{shape:?} {what}");
        }
    }
}

#[test]
fn a_json_array_instead_of_lines_reads_the_same() {
    let events = from_xml(&demo_xml());
    let expected = xml_picture(&events);
    let docs: Vec<Value> = events.iter().map(|e| document(e, Shape::Raw)).collect();
    let pretty = serde_json::to_string_pretty(&docs).unwrap();
    assert_eq!(clean_json("export.json", &pretty), expected);
}

/// An Elasticsearch `_search` response (what the collect step's query returns), on one line
/// and pretty-printed: its hits are the documents.
#[test]
fn a_search_response_reads_its_hits() {
    let events = from_xml(&demo_xml());
    let expected = xml_picture(&events);
    let hits: Vec<Value> = events
        .iter()
        .map(|e| document(e, Shape::KibanaHit))
        .collect();
    let response = json!({
        "took": 12, "timed_out": false, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
        "hits": {"total": {"value": hits.len(), "relation": "eq"}, "max_score": null, "hits": hits},
    });
    for text in [
        response.to_string(),
        serde_json::to_string_pretty(&response).unwrap(),
    ] {
        assert_eq!(clean_json("search.json", &text), expected);
    }
}

/// The same events in an EVTX and in an Elastic export whose record ids are strings count
/// once: Computer + EventRecordID match whatever the type.
#[test]
fn the_same_events_from_evtx_and_elastic_count_once() {
    let evtx = samples().join("mitre-ID4776-4625-AccountRestore_local_bruteforce.evtx");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(&evtx, dir.path().join("dc.evtx")).unwrap();
    std::fs::write(
        dir.path().join("siem.ndjson"),
        ndjson(&from_sample(), Shape::Pipeline),
    )
    .unwrap();
    let r = run_path(dir.path());
    assert_eq!(r.inputs.len(), 2);
    assert_eq!(r.lockouts.events_by_id["4625"], 16);
}

#[test]
fn truncated_mixed_and_damaged_exports_keep_what_they_can() {
    let events = from_xml(&demo_xml());
    let mut text = ndjson(&events, Shape::Raw);
    // A document that is not a Windows event, a damaged line, and a last line cut short.
    text.insert_str(0, "{\"@timestamp\":\"2025-04-16T10:00:00Z\",\"message\":\"a firewall log line\",\"winlog\":null}\n");
    text.push_str("{\"winlog\": [oops\n");
    let last = document(&events[0], Shape::Raw).to_string();
    text.push_str(&last[..last.len() / 2]);
    let r = run_files(&[("export.ndjson", text.as_bytes())]);
    let input = &r.inputs[0];
    assert_eq!(input.kind, InputKind::EventJson);
    assert_eq!(input.records, events.len() as u64);
    let msgs: Vec<(Option<u64>, &str)> = input
        .problems
        .iter()
        .map(|p| (p.place.line, p.message.as_str()))
        .collect();
    let n = events.len() as u64;
    assert!(
        msgs.iter()
            .any(|(l, m)| *l == Some(n + 2) && m.contains("not a JSON document")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|(l, m)| *l == Some(n + 3) && m.contains("ends early")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|(l, m)| *l == Some(1) && m.contains("not Windows events")),
        "{msgs:?}"
    );
    // A truncated array keeps the documents before the damage.
    let docs: Vec<Value> = events.iter().map(|e| document(e, Shape::Raw)).collect();
    let arr = serde_json::to_string(&docs).unwrap();
    let cut = &arr[..arr.len() - 200];
    let r = run_files(&[("export.json", cut.as_bytes())]);
    assert!(
        r.inputs[0].records > 0 && r.inputs[0].records < n,
        "{}",
        r.inputs[0].records
    );
    assert!(r.inputs[0].problems[0]
        .message
        .contains("could not be read past here"));
}

#[test]
fn other_json_is_not_taken_for_events() {
    let r = run_files(&[(
        "package.json",
        br#"{"name":"x","version":"1.0.0","dependencies":{}}"#,
    )]);
    assert_ne!(r.inputs[0].kind, InputKind::EventJson);
}
