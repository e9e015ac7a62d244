//! The evidence inventory: each input file, its kind, the problems met reading it, and the
//! references from conclusions back to a file and a line or record.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
    /// Windows events as JSON from a SIEM: winlogbeat / Elastic Agent documents (NDJSON,
    /// Kibana search hits, or a JSON array).
    EventJson,
    /// Windows events as syslog payloads from a SIEM collector: QRadar WinCollect
    /// `AgentDevice=WindowsLog` lines with TAB-separated `key=value` pairs.
    EventSyslog,
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
    /// Whether the input holds Windows Security events (of any export format).
    pub fn is_events(self) -> bool {
        matches!(
            self,
            InputKind::Evtx
                | InputKind::EventXml
                | InputKind::EventCsv
                | InputKind::EventJson
                | InputKind::EventSyslog
        )
    }

    /// The contract spelling (`codebase-list`, `ns-log`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::CodebaseList => "codebase-list",
            InputKind::NsLog => "ns-log",
            InputKind::AgentLog => "agent-log",
            InputKind::EventXml => "event-xml",
            InputKind::EventCsv => "event-csv",
            InputKind::EventJson => "event-json",
            InputKind::EventSyslog => "event-syslog",
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

/// Something inside an evidence folder that was passed over, and why (a symbolic link to a
/// folder, a named pipe, a device, a socket, a link whose target is gone).
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct SkippedPath {
    pub path: String,
    pub reason: String,
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
    /// For an export in another language than English: the language it was read in
    /// (`de-DE`, …), or `structure` when no language table matched and it was read by its
    /// structure (absent for English and language-neutral formats).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub language: Option<String>,
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
