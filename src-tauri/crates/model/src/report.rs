//! The report: the contract's top level, with the engagement, the answers given and the totals.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::*;

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
    /// When token-based authentication was enabled (RFC 3339 or a date): events and log
    /// records are split before / after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub rollout_at: Option<String>,
    /// An earlier assessment to compare with: a JSON report or an assessment file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub baseline: Option<String>,
}

/// Who the assessment is for and who ran it (the report's cover).
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct Engagement {
    pub customer: Option<String>,
    pub consultant: Option<String>,
    /// The assessment date as the consultant gives it (e.g. `2026-11-24`).
    pub date: Option<String>,
    pub scope: Option<String>,
    /// The language of the report's human-readable texts (absent: English). IDs, kinds and
    /// enums never change with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub language: Option<Language>,
}

/// A language TokenReady writes its reports in (`CONTRACT.md`, "Languages").
#[derive(
    Serialize, Deserialize, JsonSchema, TS, Clone, Copy, Debug, Default, PartialEq, Eq, Hash,
)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    #[default]
    En,
    De,
    Fr,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::En, Language::De, Language::Fr];

    /// The tag in the JSON and on the command line: `en`, `de`, `fr`.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
        }
    }

    /// The language of a tag (`de`, `DE`, `de-AT`, `fr-CH` …), None when it is not one of ours.
    pub fn parse(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.as_str() == primary)
    }
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
    /// What the folders held that was not read, with the reason (absent when nothing was).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<SkippedPath>>", optional)]
    pub skipped: Vec<SkippedPath>,
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
    /// The follow-up after the rollout: present when a rollout instant or a baseline is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub comparison: Option<Comparison>,
    /// True when customer identifiers were replaced by pseudonyms (`--redact`); absent
    /// otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub redacted: Option<bool>,
}
