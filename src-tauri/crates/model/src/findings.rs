//! Findings and the plan: rules' findings, the validation checklist, the verdict, the
//! evidence still missing, and the rollout phases with their conditions.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::*;

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
    /// `evidence` when the evidence set the status, `manual` otherwise (also when the
    /// consultant's result overrides the evidence's).
    #[serde(default)]
    pub basis: Basis,
    /// The records the evidence's decision rests on (capped).
    #[serde(default)]
    pub evidence: Vec<EvidenceRef>,
    /// What the evidence decided, and why; kept when the consultant overrides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub decided: Option<EvidenceDecision>,
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
