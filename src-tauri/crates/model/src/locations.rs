//! Package locations (UNC, HTTP(S), local, mapped drive), how each authenticates, and the
//! optional reachability probe's results.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::*;

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
