//! The assessment file the app saves and opens: the report plus the consultant's checklist
//! entries and accepted risks, and the recent-files list.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::*;

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
    /// The secret redacted exports derive their pseudonyms from (64 hex digits), created the
    /// first time a redacted export is prepared; absent until then. Never in any export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub redaction_key: Option<String>,
}

/// What a redacted export will replace: for the consultant's eyes only, before exporting.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct RedactionPreview {
    /// The assessment's redaction key (new when it had none): keep it in the assessment so
    /// that the next redacted export uses the same pseudonyms.
    pub key: String,
    /// How many identifiers are replaced.
    pub replaced: u64,
    /// A few replacements, one of each kind first.
    pub samples: Vec<RedactionSample>,
}

#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct RedactionSample {
    /// host, domain, account, address, share, path, package, customer or name.
    pub class: String,
    pub original: String,
    pub pseudonym: String,
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
