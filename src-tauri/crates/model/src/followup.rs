//! The follow-up after the rollout: the evidence split at the rollout instant, the time each
//! domain controller's log covers, and what changed since a baseline assessment.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::*;

/// Before and after the rollout, and against the baseline (`comparison` in the contract).
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// When token-based authentication was enabled (RFC 3339), as given.
    pub rollout_at: Option<String>,
    pub baseline: Option<BaselineInfo>,
    /// Security events for the account, before and after the rollout (without a rollout
    /// instant: the baseline's counts and today's).
    pub events: EventSplit,
    /// 4740 caller computers, lower-case, before and after.
    pub sources: Vec<SourceSplit>,
    /// Per computer that wrote Security events: the time its logs cover.
    #[serde(default)]
    pub coverage: Vec<Coverage>,
    /// NS and agent log signals per kind, before and after the rollout (without a rollout
    /// instant: the baseline's counts and today's).
    #[serde(default)]
    pub signals: Vec<SignalSplit>,
    pub locations: LocationDiff,
    pub findings: FindingDiff,
    /// How the split was made (zone-unknown times, events without a time, a rollout instant
    /// in the future or before all evidence …).
    #[serde(default)]
    pub notes: Vec<String>,
}

/// The baseline assessment compared with.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct BaselineInfo {
    pub generated_at: String,
    /// Of the baseline file as read.
    pub sha256: String,
    /// The file as given.
    #[serde(default)]
    pub path: String,
}

/// Event counts per EventID ("4740", "4625", "4771", "4776" always present).
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct EventSplit {
    pub before: BTreeMap<String, u64>,
    pub after: BTreeMap<String, u64>,
    /// Events counted for the account whose time could not be read (neither before nor after).
    #[serde(default)]
    pub undated: u64,
}

#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceSplit {
    pub computer: String,
    pub before: u64,
    pub after: u64,
}

/// One kind of NS/agent log signal (`logon-failure`, `account-locked-out`, …) before and
/// after the rollout, counted by the hour of each record.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct SignalSplit {
    pub kind: String,
    pub before: u64,
    pub after: u64,
    /// Records whose date has no year (agent logs without a file date): neither.
    #[serde(default)]
    pub undated: u64,
}

/// What one computer's Security logs cover: a DC whose logs end before the rollout cannot
/// show that nothing happened there after it.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Lower-case, as the events name it (`(not named: FILE)` when the file's events name none,
    /// as in Event Viewer CSV exports).
    pub computer: String,
    /// The inputs its events came from.
    pub files: Vec<String>,
    /// Earliest and latest record time in those files (UTC `…Z`, or local with no zone).
    pub first: Option<String>,
    pub last: Option<String>,
    /// True when its logs reach past the rollout instant.
    pub covers_after: bool,
}

/// One location as the comparison keys it.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocationKey {
    pub kind: LocationKind,
    pub host: Option<String>,
    /// Null for http/https.
    pub share: Option<String>,
}

#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct LocationDiff {
    pub added: Vec<LocationKey>,
    pub removed: Vec<LocationKey>,
}

/// Rule IDs, against the baseline.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct FindingDiff {
    pub resolved: Vec<String>,
    pub new: Vec<String>,
    pub still_open: Vec<String>,
}

/// Who decided a checklist row's status.
#[derive(
    Serialize,
    Deserialize,
    JsonSchema,
    TS,
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// The evidence decided it.
    Evidence,
    /// The consultant (or nobody yet).
    #[default]
    Manual,
}

/// What the evidence decided for a checklist row, kept when the consultant overrides it.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, PartialEq, Eq)]
pub struct EvidenceDecision {
    pub status: CheckStatus,
    /// Why, in one or two sentences.
    pub reason: String,
    /// The window the evidence covers (RFC 3339 or local as written).
    pub from: Option<String>,
    pub to: Option<String>,
}
