//! TokenReady's data model.
//!
//! Everything that crosses a boundary is defined here once: the evidence inventory, the report
//! (whose required members are the JSON contract in `CONTRACT.md`), the request that starts an
//! assessment and the progress messages sent while it runs. From these types come
//!
//! * the JSON (serde, snake_case members, kebab-case enum values),
//! * the JSON Schema shipped as `schema/report.schema.json` ([`report_schema`]), and
//! * the TypeScript declarations the UI imports (`ui/src/bindings.ts`, [`typescript_bindings`]).
//!
//! Both generated files are committed; tests in this crate fail when they drift from the types
//! (run with `TOKENREADY_BLESS=1` to rewrite them).

use std::collections::BTreeMap;

use ts_rs::TS;

/// The name the tool reports in `tool.name`.
pub const TOOL_NAME: &str = "tokenready";

mod app;
mod assessment;
mod findings;
mod followup;
mod inventory;
mod locations;
mod lockouts;
mod report;

pub use app::*;
pub use assessment::*;
pub use findings::*;
pub use followup::*;
pub use inventory::*;
pub use locations::*;
pub use lockouts::*;
pub use report::*;

/// The JSON Schema of [`Report`], as shipped in `schema/report.schema.json`.
pub fn report_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Report)).expect("a schema is always JSON")
}

/// Objects rebuilt with their keys in sorted order, so the text is the same whether or not
/// serde_json's `preserve_order` feature is on (feature unification switches it on in the
/// workspace build).
fn canonical(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => {
            let sorted: BTreeMap<String, serde_json::Value> =
                m.into_iter().map(|(k, v)| (k, canonical(v))).collect();
            serde_json::Value::Object(sorted.into_iter().collect())
        }
        serde_json::Value::Array(a) => {
            serde_json::Value::Array(a.into_iter().map(canonical).collect())
        }
        other => other,
    }
}

/// The pretty-printed schema file content (keys sorted).
pub fn report_schema_text() -> String {
    let mut s =
        serde_json::to_string_pretty(&canonical(report_schema())).expect("a schema is always JSON");
    s.push('\n');
    s
}

/// The TypeScript declarations of every type the UI uses, as committed in `ui/src/bindings.ts`.
pub fn typescript_bindings() -> String {
    let cfg = ts_rs::Config::new().with_large_int("number");
    let decls = [
        InputKind::decl(&cfg),
        Place::decl(&cfg),
        Problem::decl(&cfg),
        SkippedPath::decl(&cfg),
        InputFile::decl(&cfg),
        EvidenceRef::decl(&cfg),
        LocationKind::decl(&cfg),
        Auth::decl(&cfg),
        Location::decl(&cfg),
        Lockouts::decl(&cfg),
        FailureSource::decl(&cfg),
        LockoutCause::decl(&cfg),
        TimelineBucket::decl(&cfg),
        LockoutAnalysis::decl(&cfg),
        LockoutSource::decl(&cfg),
        KeyMatches::decl(&cfg),
        LogIndicator::decl(&cfg),
        Severity::decl(&cfg),
        Finding::decl(&cfg),
        CheckStatus::decl(&cfg),
        ChecklistItem::decl(&cfg),
        Condition::decl(&cfg),
        Phase::decl(&cfg),
        Verdict::decl(&cfg),
        MissingEvidence::decl(&cfg),
        Fallback::decl(&cfg),
        Parameters::decl(&cfg),
        Engagement::decl(&cfg),
        Language::decl(&cfg),
        ToolInfo::decl(&cfg),
        Totals::decl(&cfg),
        Basis::decl(&cfg),
        EvidenceDecision::decl(&cfg),
        BaselineInfo::decl(&cfg),
        EventSplit::decl(&cfg),
        SourceSplit::decl(&cfg),
        SignalSplit::decl(&cfg),
        Coverage::decl(&cfg),
        LocationKey::decl(&cfg),
        LocationDiff::decl(&cfg),
        FindingDiff::decl(&cfg),
        Comparison::decl(&cfg),
        Report::decl(&cfg),
        AssessRequest::decl(&cfg),
        Progress::decl(&cfg),
        ProbeStatus::decl(&cfg),
        Reachability::decl(&cfg),
        StartupInfo::decl(&cfg),
        DemoFollowUp::decl(&cfg),
        ExportFormat::decl(&cfg),
        AcceptedRisk::decl(&cfg),
        ChecklistEntry::decl(&cfg),
        Assessment::decl(&cfg),
        RedactionPreview::decl(&cfg),
        RedactionSample::decl(&cfg),
        OpenedAssessment::decl(&cfg),
        RecentFile::decl(&cfg),
        ErrorCode::decl(&cfg),
        CommandError::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types in src-tauri/crates/model by `typescript_bindings()`.\n\
         // Do not edit: run `TOKENREADY_BLESS=1 cargo test -p tokenready-model` to regenerate.\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(d.trim());
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn repo_file(rel: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
    }

    /// Compares a generated file with the committed one; rewrites it under TOKENREADY_BLESS=1.
    fn check_generated(rel: &str, generated: &str) {
        let path = repo_file(rel);
        if std::env::var_os("TOKENREADY_BLESS").is_some() {
            std::fs::write(&path, generated).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{} is out of date with the Rust types; run TOKENREADY_BLESS=1 cargo test -p tokenready-model",
            path.display()
        );
    }

    #[test]
    fn typescript_bindings_match_the_committed_file() {
        check_generated("../../../ui/src/bindings.ts", &typescript_bindings());
    }

    #[test]
    fn shipped_schema_matches_the_types() {
        check_generated("schema/report.schema.json", &report_schema_text());
    }

    #[test]
    fn kinds_serialise_as_the_contract_spells_them() {
        for k in [
            InputKind::CodebaseList,
            InputKind::NsLog,
            InputKind::AgentLog,
            InputKind::EventXml,
            InputKind::EventCsv,
            InputKind::EventJson,
            InputKind::EventSyslog,
            InputKind::Evtx,
            InputKind::Zip,
            InputKind::Text,
            InputKind::Unknown,
        ] {
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
        assert_eq!(
            serde_json::to_value(LocationKind::MappedDrive).unwrap(),
            "mapped-drive"
        );
        assert_eq!(
            serde_json::to_value(CheckStatus::NotApplicable).unwrap(),
            "not-applicable"
        );
    }

    #[test]
    fn bindings_use_plain_numbers_for_counts() {
        let ts = typescript_bindings();
        assert!(ts.contains("records: number"), "{ts}");
        assert!(!ts.contains("bigint"));
    }
}
