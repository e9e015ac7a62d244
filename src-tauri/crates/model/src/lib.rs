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

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The name the tool reports in `tool.name`.
pub const TOOL_NAME: &str = "tokenready";

/// What kind of evidence a file is, detected from its content (never from its name).
#[derive(
    Serialize, Deserialize, JsonSchema, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "kebab-case")]
pub enum InputKind {
    /// Package code base / package source export (CSV, TSV, semicolon-separated).
    CodebaseList,
    /// Notification Server log (`a.log`): concatenated `<event>` records.
    NsLog,
    /// Symantec Management Agent log (`agent.log`): the same record format, written by the agent.
    AgentLog,
    /// Windows events as XML (wevtutil output or Event Viewer "Save as XML").
    EventXml,
    /// Windows events as CSV (Event Viewer "Save as CSV" or PowerShell `Export-Csv`).
    EventCsv,
    /// Windows event log file (binary EVTX).
    Evtx,
    /// A zip archive; its members are listed as inputs of their own.
    Zip,
    /// Any other readable text: scanned for UNC paths and URLs.
    Text,
    /// Binary or unreadable content.
    Unknown,
}

impl InputKind {
    /// The contract spelling (`codebase-list`, `ns-log`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::CodebaseList => "codebase-list",
            InputKind::NsLog => "ns-log",
            InputKind::AgentLog => "agent-log",
            InputKind::EventXml => "event-xml",
            InputKind::EventCsv => "event-csv",
            InputKind::Evtx => "evtx",
            InputKind::Zip => "zip",
            InputKind::Text => "text",
            InputKind::Unknown => "unknown",
        }
    }
}

/// Where in a file something was found or went wrong. Every member is optional because
/// formats differ: a line for text, a byte offset for binary, a record number for records.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// 1-based line number.
    pub line: Option<u64>,
    /// Byte offset from the start of the (decoded member) file.
    pub offset: Option<u64>,
    /// 1-based record number, or the EVTX EventRecordID.
    pub record: Option<u64>,
}

/// A part of an input that could not be read, with where and what was attempted.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Place,
    pub message: String,
}

/// One input file (a zip member is an input of its own, `archive.zip!/member`).
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct InputFile {
    /// The path as given, or `archive.zip!/member/path` for zip members.
    pub path: String,
    pub kind: InputKind,
    /// SHA-256 of the file's bytes (lower-case hex).
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
    /// Items read: rows, records, events or lines, depending on the kind.
    pub records: u64,
    /// Items or regions skipped because they could not be parsed.
    pub errors: u64,
    /// The first problems with their places (at most [`MAX_PROBLEMS_PER_INPUT`]; `errors` counts all).
    pub problems: Vec<Problem>,
    /// How the content was decoded or why it was classified this way.
    pub note: Option<String>,
}

/// At most this many problems are kept per input; the count in `errors` is always complete.
pub const MAX_PROBLEMS_PER_INPUT: usize = 50;

/// A pointer from a conclusion back to the evidence: a file and a line or record.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct EvidenceRef {
    /// Input path as in `inputs[].path`, or `software-library` / `ds-image-store` / `parameter`.
    pub file: String,
    pub line: Option<u64>,
    pub record: Option<u64>,
    /// A short excerpt of what is there.
    pub excerpt: Option<String>,
}

/// How a package location is reached.
#[derive(
    Serialize, Deserialize, JsonSchema, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "kebab-case")]
pub enum LocationKind {
    Unc,
    Http,
    Https,
    Local,
    MappedDrive,
    Unknown,
}

/// The authentication an agent uses for a location (KB 431190's scenario table).
#[derive(
    Serialize, Deserialize, JsonSchema, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "kebab-case")]
pub enum Auth {
    Acc,
    Token,
    Review,
}

/// One distinct normalised package location with everything that points at it.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// As found (the first spelling seen).
    pub location: String,
    /// The normalised form that identifies the location.
    pub normalized: String,
    pub kind: LocationKind,
    /// Lower-case host for unc/http/https.
    pub host: Option<String>,
    /// UNC share name.
    pub share: Option<String>,
    pub auth: Auth,
    /// Why this authentication applies (one of a few fixed texts: borrowed, not copied per location).
    pub auth_reason: std::borrow::Cow<'static, str>,
    /// Input paths, or `software-library` / `ds-image-store`.
    pub sources: Vec<String>,
    /// Package ids or names that use this location, where the evidence names them.
    pub packages: Vec<String>,
    /// Where each sighting is (capped; `sightings` counts all).
    pub evidence: Vec<EvidenceRef>,
    pub sightings: u64,
}

/// Account lockout evidence from Security events.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct Lockouts {
    /// The ACC account the counts are for; null when every account is counted.
    pub account: Option<String>,
    /// Counts per EventID ("4740", "4625", "4771", "4776" always present).
    pub events_by_id: BTreeMap<String, u64>,
    /// 4740 caller computers, lower-case, most first.
    pub sources: Vec<LockoutSource>,
}

#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct LockoutSource {
    pub computer: String,
    pub count: u64,
}

/// Where failed logons or lockouts come from, ranked.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct FailureSource {
    /// Lower-case computer name, or an IP address when no name is known for it.
    pub source: String,
    /// IP addresses seen for this source.
    pub addresses: Vec<String>,
    /// 4740 events naming it as the caller computer.
    pub lockouts: u64,
    /// 4625/4771/4776 events from it.
    pub failures: u64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Set when its attempts follow the agent's download retry schedule (KB 181098).
    pub retry_pattern: Option<String>,
}

/// A root cause the events point to, with what fixes it and how to verify the fix.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct LockoutCause {
    /// `wrong-password`, `expired-password`, `account-disabled`, `account-expired`,
    /// `retries-against-locked-account`, `unknown-user`, `password-must-change`, `retry-storm`.
    pub id: String,
    pub title: String,
    pub count: u64,
    pub sources: Vec<String>,
    pub evidence: Vec<EvidenceRef>,
    pub fix: String,
    pub verification: String,
}

/// Lockouts and failures in one hour (UTC, or local where the zone is unknown).
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct TimelineBucket {
    /// `2025-04-16T10:00Z`, or `2025-04-16T10:00` (no zone) for local CSV times.
    pub hour: String,
    pub lockouts: u64,
    pub failures: u64,
    /// Failures and lockouts per source in this hour.
    pub by_source: BTreeMap<String, u64>,
}

/// The lockout analysis behind `lockouts`: sources, causes, timeline.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct LockoutAnalysis {
    pub sources: Vec<FailureSource>,
    pub causes: Vec<LockoutCause>,
    pub timeline: Vec<TimelineBucket>,
    /// How the sources were found (blank callers, IP mapping, zone-less times …).
    pub notes: Vec<String>,
}

/// A kind of ACC-related signal found in NS and agent logs.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct LogIndicator {
    /// `logon-failure`, `account-locked-out`, `access-denied`, …
    pub kind: String,
    pub count: u64,
    /// Lower-case `hostName` of the events.
    pub hosts: Vec<String>,
    /// Earliest and latest record time as written in the log.
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Sample records with file and line.
    pub samples: Vec<EvidenceRef>,
}

#[derive(
    Serialize, Deserialize, JsonSchema, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Critical,
    High,
    Medium,
    Low,
    Info,
}

/// A conclusion with its reasoning, evidence and what to do.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Stable rule id, e.g. `TR-UNC-001`.
    pub id: String,
    /// Set when the change board accepted this finding as a risk.
    pub accepted: Option<AcceptedRisk>,
    pub severity: Severity,
    pub title: String,
    pub rationale: String,
    pub evidence: Vec<EvidenceRef>,
    pub remediation: String,
    /// Knowledge base articles, e.g. `KB 431190`.
    pub references: Vec<String>,
}

#[derive(
    Serialize, Deserialize, JsonSchema, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "kebab-case")]
pub enum CheckStatus {
    Pending,
    Pass,
    Fail,
    NotApplicable,
}

/// A validation test the change board signs off.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct ChecklistItem {
    pub id: String,
    pub test: String,
    pub expected: String,
    pub status: CheckStatus,
    pub notes: String,
    pub who: String,
    pub when: String,
}

/// The go/no-go answer.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// False below ITMS 8.7.3 (or when the version is not known).
    pub token_supported: bool,
    /// True when any UNC location is in use.
    pub acc_required: bool,
    /// False when a needed kind of evidence is missing.
    pub evidence_complete: bool,
    pub summary: String,
}

/// A kind of evidence the assessment needed but did not get, and how to collect it.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct MissingEvidence {
    pub what: String,
    pub why: String,
    pub how_to_collect: String,
}

/// One condition a phase needs, checked against this evidence.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    pub text: String,
    pub met: bool,
}

/// A phase of KB 431190's migration approach, with its entry conditions evaluated.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct Phase {
    /// `assessment`, `root-cause-fix`, `token-rollout`, `hardening`.
    pub id: String,
    pub title: String,
    pub actions: Vec<String>,
    pub conditions: Vec<Condition>,
    /// True when every condition is met.
    pub ready: bool,
}

/// `"Keep ACC as fallback mechanism"`: on or off.
#[derive(
    Serialize, Deserialize, JsonSchema, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "kebab-case")]
pub enum Fallback {
    On,
    Off,
}

/// What the consultant told the assessment (CLI flags or wizard answers).
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct Parameters {
    /// `DOMAIN\user`, `user@domain` or `user`.
    pub account: Option<String>,
    /// e.g. `8.7.3`.
    pub itms_version: Option<String>,
    pub software_library: Option<String>,
    pub ds_image_store: Option<String>,
    pub fallback: Option<Fallback>,
    /// UTC offset of the local times in Event Viewer CSV exports (e.g. `+02:00`); without it
    /// those times are kept as zone-unknown.
    pub csv_time_offset: Option<String>,
}

/// Who the assessment is for and who ran it (the report's cover).
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct Engagement {
    pub customer: Option<String>,
    pub consultant: Option<String>,
    /// The assessment date as the consultant gives it (e.g. `2026-11-24`).
    pub date: Option<String>,
    pub scope: Option<String>,
}

/// Name and version of the tool that wrote a report.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct ToolInfo {
    pub name: String,
    pub version: String,
}

/// Totals over the whole evidence set.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub files: u64,
    pub bytes: u64,
    pub records: u64,
    pub errors: u64,
    /// Files per kind.
    pub by_kind: BTreeMap<String, u64>,
}

/// Whether a UNC host answered on the SMB port (the optional, opt-in reachability probe).
#[derive(
    Serialize, Deserialize, JsonSchema, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "kebab-case")]
pub enum ProbeStatus {
    /// The TCP connection was accepted.
    Open,
    /// The host refused the connection.
    Closed,
    /// No answer within the timeout.
    Timeout,
    /// The name did not resolve.
    Unresolved,
    /// Any other network error.
    Error,
}

/// One probed host. A location is never dropped because its host did not answer.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct Reachability {
    pub host: String,
    pub port: u16,
    pub status: ProbeStatus,
    /// How long the attempt took, in milliseconds.
    pub millis: u64,
    /// The address tried, or the error text.
    pub detail: String,
}

/// The report: the contract's required members plus the rest of the assessment.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub tool: ToolInfo,
    /// RFC 3339 timestamp.
    pub generated_at: String,
    pub engagement: Engagement,
    pub parameters: Parameters,
    /// The evidence roots as given (files, folders, zips).
    pub evidence_roots: Vec<String>,
    pub inputs: Vec<InputFile>,
    pub totals: Totals,
    pub verdict: Verdict,
    pub locations: Vec<Location>,
    pub lockouts: Lockouts,
    pub lockout_analysis: LockoutAnalysis,
    pub log_indicators: Vec<LogIndicator>,
    pub findings: Vec<Finding>,
    pub plan: Vec<Phase>,
    pub checklist: Vec<ChecklistItem>,
    pub missing_evidence: Vec<MissingEvidence>,
    /// Results of the opt-in reachability probe (empty when it was not run).
    pub reachability: Vec<Reachability>,
}

/// A finding the change board accepts as a risk: it stays in the report, marked accepted.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct AcceptedRisk {
    pub finding_id: String,
    pub reason: String,
    /// Who accepted it.
    pub name: String,
    /// Until when (a date as the consultant writes it).
    pub expiry: String,
}

/// What the consultant records for one validation test.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct ChecklistEntry {
    pub id: String,
    pub status: CheckStatus,
    pub notes: String,
    pub who: String,
    pub when: String,
}

/// The assessment as a file: everything typed and the last analysis. Saved as JSON.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct Assessment {
    /// File format version (currently 1).
    pub format: u32,
    pub engagement: Engagement,
    pub parameters: Parameters,
    pub evidence: Vec<String>,
    /// The last analysis, if any.
    pub report: Option<Report>,
    pub checklist: Vec<ChecklistEntry>,
    pub accepted_risks: Vec<AcceptedRisk>,
}

/// An assessment read from a file, with where it came from.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct OpenedAssessment {
    pub path: String,
    pub assessment: Assessment,
}

/// An assessment file used recently (opened or saved), newest first.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct RecentFile {
    pub path: String,
    /// The file name, for display.
    pub name: String,
    /// When it was last opened or saved (RFC 3339, UTC).
    pub used_at: String,
    /// False when the file is no longer there (moved, deleted, on a drive not attached).
    #[serde(default)]
    pub exists: bool,
}

/// The current assessment file format.
pub const ASSESSMENT_FORMAT: u32 = 1;

/// What starts an assessment: the evidence and the consultant's answers.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct AssessRequest {
    /// Files, folders and zip archives.
    pub evidence: Vec<String>,
    pub parameters: Parameters,
    pub engagement: Engagement,
}

/// Progress of a running assessment, streamed to the UI and the CLI.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "stage", rename_all = "kebab-case")]
pub enum Progress {
    /// The evidence was listed: this many files and bytes will be read.
    Discovered { files: u64, bytes: u64 },
    /// One input was read.
    FileDone {
        path: String,
        kind: InputKind,
        files_done: u64,
        bytes_done: u64,
    },
    /// Inputs are read; conclusions are being drawn.
    Analysing,
    /// The reachability probe finished one host.
    Probed { host: String, done: u64, total: u64 },
}

/// What the app was started with: evidence from its command line, or the built-in demo.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct StartupInfo {
    pub evidence: Vec<String>,
    pub parameters: Parameters,
    /// True when this is the built-in demo evidence.
    pub demo: bool,
    /// An assessment file (`*.tokenready`) given on the command line, as when one is opened
    /// from Explorer: the app opens it at start. It is put first in the recent list, the only
    /// paths the UI may ask to open.
    pub open: Option<String>,
}

/// What to export the report as.
#[derive(
    Serialize, Deserialize, JsonSchema, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    PdfA4,
    PdfLetter,
    Json,
    /// One CSV file per table, in a folder.
    Csv,
}

/// What kind of failure a command reports; the UI words its message by this code.
#[derive(
    Serialize, Deserialize, JsonSchema, TS, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    NoEvidence,
    Cancelled,
    Busy,
    Io,
    Internal,
}

/// A command's error as the UI receives it.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct CommandError {
    pub code: ErrorCode,
    /// What happened and what to do, in the consultant's words.
    pub message: String,
}

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
        ToolInfo::decl(&cfg),
        Totals::decl(&cfg),
        Report::decl(&cfg),
        AssessRequest::decl(&cfg),
        Progress::decl(&cfg),
        ProbeStatus::decl(&cfg),
        Reachability::decl(&cfg),
        StartupInfo::decl(&cfg),
        ExportFormat::decl(&cfg),
        AcceptedRisk::decl(&cfg),
        ChecklistEntry::decl(&cfg),
        Assessment::decl(&cfg),
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
