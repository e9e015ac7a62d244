//! Lockouts: the Security event counts, the sources of failed logons and lockouts, their
//! likely causes and timeline, and the indicators counted in NS and agent logs.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::*;

/// Account lockout evidence from Security events.
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct Lockouts {
    /// The ACC account the counts are for; null when every account is counted.
    pub account: Option<String>,
    /// Counts per EventID ("4740", "4625", "4771", "4776" always present).
    pub events_by_id: BTreeMap<String, u64>,
    /// 4740 caller computers, lower-case, most first.
    pub sources: Vec<LockoutSource>,
    /// Events of an export without record IDs (a SIEM export) that were the same event as one
    /// already counted from another export, matched by computer, time to the second (UTC),
    /// event ID, account and caller; absent when none was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub matched_by_key: Option<KeyMatches>,
}

/// Events counted once by the fallback key (no record ID on one side).
#[derive(Serialize, Deserialize, JsonSchema, TS, Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyMatches {
    /// How many events were left out as the same event as one already counted.
    pub count: u64,
    /// The first of them, each naming the export it was found in and, in the excerpt, the
    /// export that had it first.
    pub evidence: Vec<EvidenceRef>,
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
