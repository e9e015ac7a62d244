//! The decision rules from KB 431190 (and the KBs it leans on), as data with stable IDs next
//! to the logic that fires them. Each rule names the evidence it needs; when that evidence is
//! missing it does not pass silently — the verdict becomes incomplete and says what to collect.

use tokenready_model::{
    EvidenceRef, Finding, InputKind, Location, LockoutAnalysis, Lockouts, LogIndicator,
    MissingEvidence, Parameters, Severity,
};

mod evidence;
mod fallback;
mod locations;
mod lockouts;
mod plan;
mod version;

pub use evidence::{EVIDENCE_DAMAGED, EVIDENCE_MISSING};
pub use fallback::READY_TO_DISABLE_FALLBACK;
pub use locations::{DS_IMAGES_UNC, LOCATIONS_TO_REVIEW, SOFTWARE_LIBRARY_UNC, UNC_KEEPS_ACC};
pub use lockouts::{DOMAIN_ACC, FALLBACK_REPRODUCES_LOCKOUTS, LOCKOUTS_FOUND, LOCKOUTS_STOPPED};
pub use plan::{auth_on_token_failure, plan, verdict};
pub use version::{SITE_SERVERS, VERSION_BELOW_873};

pub use tokenready_i18n::{Tr, Value};

use crate::analysis::token_capable;
use crate::followup::AfterRollout;

/// A rule's fixed texts.
#[derive(Debug)]
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    pub title: &'static str,
    /// Why it matters; `{n}` and similar placeholders are filled from the evidence.
    pub rationale: &'static str,
    pub remediation: &'static str,
    pub references: &'static [&'static str],
    /// The evidence the rule decides on. When any is missing, the rule cannot pass: the
    /// verdict is incomplete and the report says what to collect (`Facts::missing`).
    pub needs: &'static [Need],
    /// Its logic: the finding when the rule fires on these facts (and the evidence found
    /// missing), else None.
    pub check: fn(&Facts<'_>, &[MissingEvidence]) -> Option<Finding>,
}

/// A piece of evidence a rule can need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    ItmsVersion,
    CodebaseExport,
    SoftwareLibrary,
    SecurityEvents,
    Logs,
}

impl Need {
    pub const ALL: [Need; 5] = [
        Need::ItmsVersion,
        Need::CodebaseExport,
        Need::SoftwareLibrary,
        Need::SecurityEvents,
        Need::Logs,
    ];

    /// What it is, why it matters, and how to collect it (in the report's language).
    pub fn describe(self, tr: Tr) -> MissingEvidence {
        let (key, what, why, how) = self.english();
        MissingEvidence {
            what: tr.fill(&format!("{key}-what"), what, &[]),
            why: tr.fill(&format!("{key}-why"), why, &[]),
            how_to_collect: tr.fill(&format!("{key}-how"), how, &[]),
        }
    }

    /// The catalogue key and the English what, why and how.
    fn english(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            Need::ItmsVersion => (
                "need-version",
                "ITMS version",
                "token-based authentication needs ITMS 8.7.3 or later",
                "SMP Console > Help > About, or `--itms-version`",
            ),
            Need::CodebaseExport => (
                "need-codebases",
                "package code base export",
                "UNC package locations decide whether the ACC must remain",
                "On the CMDB: SELECT c.PackageId, c.URL, c.Source, c.Snapshot FROM SWDPackageCodebase c; save the result as CSV",
            ),
            Need::SoftwareLibrary => (
                "need-library",
                "Software Library location",
                "a Software Library on UNC keeps the ACC required",
                "Settings > All Settings > Software > Software Library; pass it with `--software-library`",
            ),
            Need::SecurityEvents => (
                "need-events",
                "Security events (4740, 4625, 4771, 4776)",
                "lockouts and their sources decide whether the ACC fallback is safe",
                "On the PDC emulator and each site server: wevtutil qe Security /q:\"*[System[(EventID=4740 or EventID=4625 or EventID=4771 or EventID=4776)]]\" /f:xml /e:Events > security-events.xml",
            ),
            Need::Logs => (
                "need-logs",
                "Notification Server and agent logs",
                "a.log and agent.log show logon failures and lockouts of the ACC",
                "Copy C:\\ProgramData\\Symantec\\SMP\\Logs (with Archive) from the NS and C:\\ProgramData\\Symantec\\Symantec Agent\\Logs from site servers",
            ),
        }
    }
}

/// Every rule, for the catalogue.
pub const CATALOGUE: &[&Rule] = &[
    &VERSION_BELOW_873,
    &UNC_KEEPS_ACC,
    &SOFTWARE_LIBRARY_UNC,
    &DS_IMAGES_UNC,
    &LOCATIONS_TO_REVIEW,
    &FALLBACK_REPRODUCES_LOCKOUTS,
    &LOCKOUTS_FOUND,
    &LOCKOUTS_STOPPED,
    &READY_TO_DISABLE_FALLBACK,
    &DOMAIN_ACC,
    &SITE_SERVERS,
    &EVIDENCE_MISSING,
    &EVIDENCE_DAMAGED,
];

/// What the rules look at.
pub struct Facts<'a> {
    pub params: &'a Parameters,
    pub kinds_present: Vec<InputKind>,
    pub locations: &'a [Location],
    pub lockouts: &'a Lockouts,
    pub lockout_analysis: &'a LockoutAnalysis,
    pub indicators: &'a [LogIndicator],
    /// (files with errors, total errors)
    pub damage: (u64, u64),
    /// Evidence behind the lockout counts (capped).
    pub lockout_evidence: Vec<EvidenceRef>,
    /// The time after the rollout, when a rollout instant is given (a follow-up).
    pub after: Option<&'a AfterRollout>,
    /// Event exports recognised but not readable (in another language): named where the
    /// Security events are listed as missing.
    pub unread_exports: Vec<String>,
    /// The report's language: every text the rules write goes through it.
    pub tr: Tr,
}

/// The finding of `rule`, its texts in the report's language with `args` filled in (the
/// rationale's and the remediation's placeholders share them). The translations are catalogue
/// messages `<rule id>-title`, `-rationale` and `-remediation`.
fn finding(
    facts: &Facts<'_>,
    rule: &Rule,
    args: &[(&str, Value<'_>)],
    evidence: Vec<EvidenceRef>,
) -> Finding {
    let tr = facts.tr;
    Finding {
        id: rule.id.to_string(),
        severity: rule.severity,
        title: tr.fill(&format!("{}-title", rule.id), rule.title, &[]),
        rationale: tr.fill(&format!("{}-rationale", rule.id), rule.rationale, args),
        evidence,
        remediation: tr.fill(&format!("{}-remediation", rule.id), rule.remediation, args),
        references: rule.references.iter().map(|s| s.to_string()).collect(),
        accepted: None,
    }
}

fn param_ref(name: &str, value: &str) -> EvidenceRef {
    EvidenceRef {
        file: name.to_string(),
        line: None,
        record: None,
        excerpt: Some(value.to_string()),
    }
}

impl Facts<'_> {
    fn has_kind(&self, kinds: &[InputKind]) -> bool {
        self.kinds_present.iter().any(|k| kinds.contains(k))
    }

    pub fn has_locations_evidence(&self) -> bool {
        self.has_kind(&[InputKind::CodebaseList])
    }
    pub fn has_event_evidence(&self) -> bool {
        self.kinds_present.iter().any(|k| k.is_events())
    }
    pub fn has_log_evidence(&self) -> bool {
        self.has_kind(&[InputKind::NsLog, InputKind::AgentLog])
    }

    fn lockout_count(&self) -> u64 {
        self.lockouts.events_by_id.get("4740").copied().unwrap_or(0)
    }
    fn failure_count(&self) -> u64 {
        ["4625", "4771", "4776"]
            .iter()
            .map(|k| self.lockouts.events_by_id.get(*k).copied().unwrap_or(0))
            .sum()
    }
    fn log_lockout_signals(&self) -> u64 {
        self.indicators
            .iter()
            .filter(|i| i.kind == "logon-failure" || i.kind == "account-locked-out")
            .map(|i| i.count)
            .sum()
    }

    /// What is missing, and how to collect it.
    pub fn missing(&self) -> Vec<MissingEvidence> {
        Need::ALL
            .into_iter()
            .filter(|n| CATALOGUE.iter().any(|r| r.needs.contains(n)) && !self.has(*n))
            .map(|n| {
                let mut m = n.describe(self.tr);
                if n == Need::SecurityEvents && !self.unread_exports.is_empty() {
                    m.why.push_str(&self.tr.fill(
                        "need-events-unread",
                        "; found but not readable (Event Viewer CSV in another language): {files}",
                        &[("files", self.unread_exports.join(", ").into())],
                    ));
                    m.how_to_collect = self.tr.fill(
                        "need-events-unread-how",
                        "Export EVTX or XML instead, the same in every language. {how}",
                        &[("how", m.how_to_collect.into())],
                    );
                }
                m
            })
            .collect()
    }

    /// True when the evidence for `need` was given.
    pub fn has(&self, need: Need) -> bool {
        match need {
            Need::ItmsVersion => self
                .params
                .itms_version
                .as_deref()
                .is_some_and(|v| token_capable(v).is_some()),
            Need::CodebaseExport => self.has_locations_evidence(),
            Need::SoftwareLibrary => self
                .params
                .software_library
                .as_deref()
                .is_some_and(|s| !s.trim().is_empty()),
            Need::SecurityEvents => self.has_event_evidence(),
            Need::Logs => self.has_log_evidence(),
        }
    }

    /// The findings, most severe first (the catalogue's order among equals).
    pub fn findings(&self, missing: &[MissingEvidence]) -> Vec<Finding> {
        let mut out: Vec<Finding> = CATALOGUE
            .iter()
            .filter_map(|r| (r.check)(self, missing))
            .collect();
        out.sort_by_key(|f| f.severity);
        out
    }
}

/// The rule catalogue as one Markdown page (committed as `RULES.md`, checked for drift).
pub fn catalogue_markdown() -> String {
    let mut s = String::from("# TokenReady rule catalogue\n\nGenerated from `src-tauri/crates/engine/src/rules.rs` (`catalogue_markdown`); do not edit.\nEach rule names the evidence it needs; when that evidence is missing the verdict is marked incomplete instead of passing.\nWords in braces ({n}, {version}, {causes} …) are filled from the evidence in each report.\n");
    for r in CATALOGUE {
        let sev = match r.severity {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        };
        s.push_str(&format!(
            "\n## {} — {}\n\n- Severity: {sev}\n- Evidence needed: {}\n- Rationale: {}\n- Remediation: {}\n- References: {}\n",
            r.id,
            r.title,
            if r.needs.is_empty() {
                "— (decides on what is there)".to_string()
            } else {
                r.needs.iter().map(|n| n.describe(Tr::default()).what).collect::<Vec<_>>().join(", ")
            },
            r.rationale,
            r.remediation.replace("{fixes}", " (plus the fix and verification of each cause found)"),
            if r.references.is_empty() { "—".to_string() } else { r.references.join(", ") }
        ));
    }
    s
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod translations;
