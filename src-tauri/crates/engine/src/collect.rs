//! What reading one input produces, before the evidence set is analysed as a whole.

use std::collections::BTreeMap;

use tokenready_model::{Place, Problem, MAX_PROBLEMS_PER_INPUT};

/// A package location seen in an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sighting {
    pub raw: String,
    pub line: Option<u64>,
    pub record: Option<u64>,
    /// The package (id or name) the row or message names, if any.
    pub package: Option<String>,
}

/// One log signal occurrence, aggregated per kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignalAgg {
    pub count: u64,
    pub hosts: std::collections::BTreeSet<String>,
    /// (sortable key, as written)
    pub first: Option<(String, String)>,
    pub last: Option<(String, String)>,
    /// (line, excerpt)
    pub samples: Vec<(u64, String)>,
}

pub const MAX_SAMPLES: usize = 5;

/// A Windows Security event reduced to what the lockout analysis uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SecEvent {
    pub event_id: u32,
    pub provider: String,
    pub channel: String,
    /// Lower-case computer that logged the event.
    pub computer: String,
    pub record_id: Option<u64>,
    /// RFC 3339 UTC when the source says the zone; otherwise as written.
    pub time: Option<String>,
    /// False when the time has no zone (CSV local times).
    pub time_is_utc: bool,
    pub target_user: String,
    pub target_domain: String,
    pub status: String,
    pub sub_status: String,
    pub failure_reason: String,
    pub logon_type: String,
    pub workstation: String,
    pub ip: String,
    pub place: Place,
}

/// Everything one input yields.
#[derive(Debug, Default)]
pub struct FileResult {
    pub records: u64,
    pub errors: u64,
    pub problems: Vec<Problem>,
    pub sightings: Vec<Sighting>,
    pub signals: BTreeMap<String, SignalAgg>,
    pub events: Vec<SecEvent>,
    pub notes: Vec<String>,
    /// (year, month) the file was last modified: the year of agent-log dates that have none
    /// ("May 16 11:51:05") is inferred from it.
    pub modified: Option<(i32, u32)>,
}

impl FileResult {
    /// Counts one skipped item or region and keeps its description (up to a cap).
    pub fn problem(&mut self, place: Place, message: impl Into<String>) {
        self.errors += 1;
        if self.problems.len() < MAX_PROBLEMS_PER_INPUT {
            self.problems.push(Problem {
                place,
                message: message.into(),
            });
        }
    }
}

pub fn at_line(line: u64) -> Place {
    Place {
        line: Some(line),
        ..Place::default()
    }
}
