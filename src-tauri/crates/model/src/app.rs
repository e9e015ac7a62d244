//! What crosses the app's IPC: the request that starts an assessment, progress, what the app
//! was started with, export formats and typed command errors.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::*;

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

/// The demo's follow-up, ready to analyse: the site collected again after the token rollout,
/// with the first assessment as the baseline and the rollout instant among the answers.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct DemoFollowUp {
    pub evidence: Vec<String>,
    /// The demo's answers with `baseline` and `rollout_at` set.
    pub parameters: Parameters,
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
    /// An answer that cannot be used (a rollout instant, a baseline file); the message says which.
    BadInput,
}

/// A command's error as the UI receives it.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct CommandError {
    pub code: ErrorCode,
    /// What happened and what to do, in the consultant's words.
    pub message: String,
}
