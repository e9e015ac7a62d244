//! The decision rules from KB 431190 (and the KBs it leans on), as data with stable IDs next
//! to the logic that fires them. Each rule names the evidence it needs; when that evidence is
//! missing it does not pass silently — the verdict becomes incomplete and says what to collect.

use tokenready_model::{
    Auth, CheckStatus, ChecklistItem, Condition, EvidenceRef, Fallback, Finding, InputKind,
    Location, LocationKind, LockoutAnalysis, Lockouts, LogIndicator, MissingEvidence, Parameters,
    Phase, Severity, Verdict,
};

use crate::analysis::{has_unc, token_capable, DS_IMAGE_STORE, SOFTWARE_LIBRARY};

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

    /// What it is, why it matters, and how to collect it.
    pub fn describe(self) -> MissingEvidence {
        let (what, why, how) = match self {
            Need::ItmsVersion => (
                "ITMS version",
                "token-based authentication needs ITMS 8.7.3 or later",
                "SMP Console > Help > About, or `--itms-version`",
            ),
            Need::CodebaseExport => (
                "package code base export",
                "UNC package locations decide whether the ACC must remain",
                "On the CMDB: SELECT c.PackageId, c.URL, c.Source, c.Snapshot FROM SWDPackageCodebase c; save the result as CSV",
            ),
            Need::SoftwareLibrary => (
                "Software Library location",
                "a Software Library on UNC keeps the ACC required",
                "Settings > All Settings > Software > Software Library; pass it with `--software-library`",
            ),
            Need::SecurityEvents => (
                "Security events (4740, 4625, 4771, 4776)",
                "lockouts and their sources decide whether the ACC fallback is safe",
                "On the PDC emulator and each site server: wevtutil qe Security /q:\"*[System[(EventID=4740 or EventID=4625 or EventID=4771 or EventID=4776)]]\" /f:xml /e:Events > security-events.xml",
            ),
            Need::Logs => (
                "Notification Server and agent logs",
                "a.log and agent.log show logon failures and lockouts of the ACC",
                "Copy C:\\ProgramData\\Symantec\\SMP\\Logs (with Archive) from the NS and C:\\ProgramData\\Symantec\\Symantec Agent\\Logs from site servers",
            ),
        };
        MissingEvidence {
            what: what.into(),
            why: why.into(),
            how_to_collect: how.into(),
        }
    }
}

pub const VERSION_BELOW_873: Rule = Rule {
    id: "TR-VER-001",
    severity: Severity::Critical,
    title: "ITMS is older than 8.7.3: token-based authentication is not available",
    rationale: "Token-based authentication was introduced in ITMS 8.7.3; this site runs {version}.",
    remediation: "Upgrade the Notification Server, site servers and agents to ITMS 8.7.3 or later (8.8, 8.8.1) before planning the token rollout.",
    references: &["KB 431190", "ITMS 8.7.3 Release Notes"],
    needs: &[Need::ItmsVersion],
};

pub const UNC_KEEPS_ACC: Rule = Rule {
    id: "TR-UNC-001",
    severity: Severity::High,
    title: "UNC package locations are in use: the ACC must remain configured",
    rationale: "{n} UNC location(s) on {hosts} host(s) were found. Tokens do not support UNC code bases; agents authenticate to these shares with the ACC.",
    remediation: "Keep the ACC configured. To retire it later, move these packages to HTTP/HTTPS code bases (or stop publishing UNC code bases, KB 179608) and re-run the assessment.",
    references: &["KB 431190", "KB 179608", "KB 180568"],
    needs: &[Need::CodebaseExport],
};

pub const SOFTWARE_LIBRARY_UNC: Rule = Rule {
    id: "TR-SWL-001",
    severity: Severity::High,
    title: "The Software Library is on a UNC share: the ACC is required",
    rationale: "The Software Library is configured at {path}. A Software Library on UNC keeps the ACC required.",
    remediation: "Keep the ACC, with READ permission on the Software Library share, or move the library to a local path on the Notification Server.",
    references: &["KB 431190", "KB 194234"],
    needs: &[Need::SoftwareLibrary],
};

pub const DS_IMAGES_UNC: Rule = Rule {
    id: "TR-DSI-001",
    severity: Severity::High,
    title: "Deployment Solution images are stored on UNC: the ACC is required",
    rationale: "DS images are stored at {path}. DS images on UNC keep the ACC required.",
    remediation: "Keep the ACC for imaging, or store images at an HTTP location.",
    references: &["KB 431190", "KB 179677"],
    needs: &[],
};

pub const LOCATIONS_TO_REVIEW: Rule = Rule {
    id: "TR-LOC-001",
    severity: Severity::Medium,
    title: "Package locations need a manual review",
    rationale: "{n} location(s) are mapped drives, local paths on the NS or unrecognised values: each may hide a UNC share.",
    remediation: "For each location, confirm what it resolves to (drive mapping, published code base types) and record the answer in the assessment.",
    references: &["KB 431190", "KB 179608"],
    needs: &[Need::CodebaseExport],
};

pub const FALLBACK_REPRODUCES_LOCKOUTS: Rule = Rule {
    id: "TR-LCK-001",
    severity: Severity::Critical,
    title: "ACC lockouts are not resolved: the ACC fallback will reproduce them",
    rationale: "{lockouts} lockout event(s) (4740) and {failures} failed logon(s) were found{sources}.{causes} With \"Keep ACC as fallback mechanism\", every token failure falls back to the ACC; while the cause is not fixed, the account locks again.",
    remediation: "Fix the root cause before the rollout: validate the ACC password manually (expired password), re-enter the credentials on each site server (password mismatch), restart the Altiris services on the sources named (cached old credentials), and review the agents' retry pattern in the logs (multiple failed retries). Verify that no new 4740 appears for the account.{fixes}",
    references: &["KB 431190", "KB 157377", "KB 181098"],
    needs: &[Need::SecurityEvents, Need::Logs],
};

pub const LOCKOUTS_FOUND: Rule = Rule {
    id: "TR-LCK-002",
    severity: Severity::High,
    title: "ACC lockouts or logon failures were found",
    rationale: "{lockouts} lockout event(s) (4740), {failures} failed logon(s) (4625/4771/4776) and {log} lockout or logon-failure record(s) in NS/agent logs{sources}.{causes}",
    remediation: "Find the root cause with the sources named: an expired password, a password mismatch on a site server, cached old credentials, or agents retrying on their download schedule.{fixes}",
    references: &["KB 431190", "KB 157377", "KB 181098"],
    needs: &[Need::SecurityEvents, Need::Logs],
};

pub const DOMAIN_ACC: Rule = Rule {
    id: "TR-ACC-001",
    severity: Severity::Medium,
    title: "The ACC is a domain account: site servers never unlock it",
    rationale: "The ACC {account} names a domain. Site servers create, refresh and unlock only local ACC accounts; a locked domain ACC stays locked until someone unlocks it.",
    remediation: "Where the design allows, use a local ACC (for example ACC_User) and enable \"Re-enable the created local account if it has been locked out\" in Global Site Server Settings.",
    references: &["KB 150951", "KB 194234"],
    needs: &[],
};

pub const SITE_SERVERS: Rule = Rule {
    id: "TR-SRV-001",
    severity: Severity::Info,
    title: "Site servers need nothing beyond the 8.7.3 prerequisites",
    rationale: "KB 431190: there are no special requirements for site servers beyond supported ITMS 8.7.3 (8.8, 8.8.1) infrastructure, the .NET version 8.7.3 requires and communication with the SMP server.",
    remediation: "Confirm the .NET prerequisite on each site server as part of the upgrade checklist.",
    references: &["KB 431190"],
    needs: &[],
};

pub const EVIDENCE_MISSING: Rule = Rule {
    id: "TR-EVD-001",
    severity: Severity::Medium,
    title: "Evidence is missing: the verdict is incomplete",
    rationale: "The assessment could not check: {what}.",
    remediation:
        "Collect the missing evidence (see \"What was missing\") and re-run the assessment.",
    references: &["KB 431190"],
    needs: &[],
};

pub const EVIDENCE_DAMAGED: Rule = Rule {
    id: "TR-EVD-002",
    severity: Severity::Low,
    title: "Some evidence could not be read",
    rationale: "{files} input file(s) had {errors} unreadable record(s) or region(s); conclusions rest on what could be read.",
    remediation: "See the inputs table for each problem and its place; re-export the damaged files if possible.",
    references: &[],
    needs: &[],
};

/// Every rule, for the catalogue.
pub const CATALOGUE: &[&Rule] = &[
    &VERSION_BELOW_873,
    &UNC_KEEPS_ACC,
    &SOFTWARE_LIBRARY_UNC,
    &DS_IMAGES_UNC,
    &LOCATIONS_TO_REVIEW,
    &FALLBACK_REPRODUCES_LOCKOUTS,
    &LOCKOUTS_FOUND,
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
}

fn finding(rule: &Rule, rationale: String, evidence: Vec<EvidenceRef>) -> Finding {
    Finding {
        id: rule.id.to_string(),
        severity: rule.severity,
        title: rule.title.to_string(),
        rationale,
        evidence,
        remediation: rule.remediation.to_string(),
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
        self.has_kind(&[InputKind::EventXml, InputKind::EventCsv, InputKind::Evtx])
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
            .map(Need::describe)
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

    /// The findings, most severe first.
    pub fn findings(&self, missing: &[MissingEvidence]) -> Vec<Finding> {
        let mut out = vec![];
        if let Some(v) = self.params.itms_version.as_deref() {
            if token_capable(v) == Some(false) {
                out.push(finding(
                    &VERSION_BELOW_873,
                    VERSION_BELOW_873.rationale.replace("{version}", v),
                    vec![param_ref("parameter", &format!("ITMS version {v}"))],
                ));
            }
        }
        let unc: Vec<&Location> = self
            .locations
            .iter()
            .filter(|l| l.kind == LocationKind::Unc)
            .collect();
        let pkg_unc: Vec<&&Location> = unc
            .iter()
            .filter(|l| {
                l.sources
                    .iter()
                    .any(|s| s != SOFTWARE_LIBRARY && s != DS_IMAGE_STORE)
            })
            .collect();
        if !pkg_unc.is_empty() {
            let hosts: std::collections::BTreeSet<_> =
                pkg_unc.iter().filter_map(|l| l.host.as_ref()).collect();
            let evidence = pkg_unc
                .iter()
                .flat_map(|l| l.evidence.iter().take(2).cloned())
                .take(20)
                .collect();
            out.push(finding(
                &UNC_KEEPS_ACC,
                UNC_KEEPS_ACC
                    .rationale
                    .replace("{n}", &pkg_unc.len().to_string())
                    .replace("{hosts}", &hosts.len().to_string()),
                evidence,
            ));
        }
        for (rule, source) in [
            (&SOFTWARE_LIBRARY_UNC, SOFTWARE_LIBRARY),
            (&DS_IMAGES_UNC, DS_IMAGE_STORE),
        ] {
            if let Some(l) = unc.iter().find(|l| l.sources.iter().any(|s| s == source)) {
                out.push(finding(
                    rule,
                    rule.rationale.replace("{path}", &l.location),
                    vec![param_ref(source, &l.location)],
                ));
            }
        }
        // Configured NS paths on a local disk are judged by their own rules (TR-SWL, TR-DSI);
        // the review list is about what agents are pointed at.
        let configured = |l: &&Location| {
            l.kind == LocationKind::Local
                && l.sources
                    .iter()
                    .all(|s| s == SOFTWARE_LIBRARY || s == DS_IMAGE_STORE)
        };
        let review: Vec<&Location> = self
            .locations
            .iter()
            .filter(|l| l.auth == Auth::Review && !configured(l))
            .collect();
        if !review.is_empty() {
            out.push(finding(
                &LOCATIONS_TO_REVIEW,
                LOCATIONS_TO_REVIEW
                    .rationale
                    .replace("{n}", &review.len().to_string()),
                review
                    .iter()
                    .flat_map(|l| l.evidence.first().cloned())
                    .take(20)
                    .collect(),
            ));
        }
        let (lockouts, failures, log) = (
            self.lockout_count(),
            self.failure_count(),
            self.log_lockout_signals(),
        );
        if lockouts + failures + log > 0 {
            let sources = if self.lockouts.sources.is_empty() {
                String::new()
            } else {
                let names: Vec<String> = self
                    .lockouts
                    .sources
                    .iter()
                    .take(5)
                    .map(|s| format!("{} ({})", s.computer, s.count))
                    .collect();
                format!(", called from {}", names.join(", "))
            };
            let causes: String = self
                .lockout_analysis
                .causes
                .iter()
                .map(|c| {
                    format!(
                        " Cause: {} ({} event(s){}).",
                        c.title,
                        c.count,
                        if c.sources.is_empty() {
                            String::new()
                        } else {
                            format!(", from {}", c.sources.join(", "))
                        }
                    )
                })
                .collect();
            let fixes: String = self
                .lockout_analysis
                .causes
                .iter()
                .map(|c| format!(" For \"{}\": {} Verify: {}", c.title, c.fix, c.verification))
                .collect();
            let mut evidence = self.lockout_evidence.clone();
            for c in &self.lockout_analysis.causes {
                evidence.extend(c.evidence.iter().take(3).cloned());
            }
            for i in self
                .indicators
                .iter()
                .filter(|i| i.kind == "logon-failure" || i.kind == "account-locked-out")
            {
                evidence.extend(i.samples.iter().take(3).cloned());
            }
            let fill = |r: &Rule| {
                r.rationale
                    .replace("{lockouts}", &lockouts.to_string())
                    .replace("{failures}", &failures.to_string())
                    .replace("{log}", &log.to_string())
                    .replace("{sources}", &sources)
                    .replace("{causes}", &causes)
            };
            let rule = if self.params.fallback == Some(Fallback::On) {
                &FALLBACK_REPRODUCES_LOCKOUTS
            } else {
                &LOCKOUTS_FOUND
            };
            let mut f = finding(rule, fill(rule), evidence);
            f.remediation = f.remediation.replace("{fixes}", &fixes);
            out.push(f);
        }
        if let Some(acc) = self.params.account.as_deref() {
            if acc.contains('\\') || acc.contains('@') {
                out.push(finding(
                    &DOMAIN_ACC,
                    DOMAIN_ACC.rationale.replace("{account}", acc.trim()),
                    vec![param_ref("parameter", &format!("ACC {}", acc.trim()))],
                ));
            }
        }
        if !missing.is_empty() {
            let what: Vec<&str> = missing.iter().map(|m| m.what.as_str()).collect();
            out.push(finding(
                &EVIDENCE_MISSING,
                EVIDENCE_MISSING
                    .rationale
                    .replace("{what}", &what.join(", ")),
                vec![],
            ));
        }
        if self.damage.1 > 0 {
            out.push(finding(
                &EVIDENCE_DAMAGED,
                EVIDENCE_DAMAGED
                    .rationale
                    .replace("{files}", &self.damage.0.to_string())
                    .replace("{errors}", &self.damage.1.to_string()),
                vec![],
            ));
        }
        if self.params.itms_version.as_deref().and_then(token_capable) == Some(true) {
            out.push(finding(
                &SITE_SERVERS,
                SITE_SERVERS.rationale.to_string(),
                vec![],
            ));
        }
        out.sort_by_key(|f| f.severity);
        out
    }

    /// The KB's four validation tests, plus those the findings add.
    pub fn checklist(&self, findings: &[Finding]) -> Vec<ChecklistItem> {
        let item = |id: &str, test: &str, expected: &str, status| ChecklistItem {
            id: id.into(),
            test: test.into(),
            expected: expected.into(),
            status,
            notes: String::new(),
            who: String::new(),
            when: String::new(),
        };
        let unc = has_unc(self.locations);
        let mut out = vec![
            item(
                "CHK-01",
                "Agent requests policy",
                "No credential prompt",
                CheckStatus::Pending,
            ),
            item(
                "CHK-02",
                "Package download (HTTP)",
                "Successful",
                CheckStatus::Pending,
            ),
            item(
                "CHK-03",
                "UNC download (if applicable)",
                "Uses ACC",
                if unc || !self.has_locations_evidence() {
                    CheckStatus::Pending
                } else {
                    CheckStatus::NotApplicable
                },
            ),
            item(
                "CHK-04",
                "No Event ID 4740 for the ACC after rollout",
                "No account lockout",
                CheckStatus::Pending,
            ),
        ];
        if findings
            .iter()
            .any(|f| f.id == FALLBACK_REPRODUCES_LOCKOUTS.id || f.id == LOCKOUTS_FOUND.id)
        {
            out.push(item(
                "CHK-05",
                "ACC password validated and re-entered on every site server; Altiris services restarted",
                "No 4625/4771/4776 for the ACC for one full retry cycle (2 hours)",
                CheckStatus::Pending,
            ));
        }
        out
    }
}

fn cond(text: &str, met: bool) -> Condition {
    Condition {
        text: text.into(),
        met,
    }
}

fn phase(id: &str, title: &str, actions: &[&str], conditions: Vec<Condition>) -> Phase {
    Phase {
        id: id.into(),
        title: title.into(),
        actions: actions.iter().map(|a| a.to_string()).collect(),
        ready: conditions.iter().all(|c| c.met),
        conditions,
    }
}

/// KB 431190's four phases, each with its entry conditions evaluated against the evidence.
/// Phase 4 (disabling the ACC) is never ready before validation has passed.
pub fn plan(
    facts: &Facts<'_>,
    findings: &[Finding],
    verdict: &Verdict,
    checklist: &[ChecklistItem],
) -> Vec<Phase> {
    let critical_open = findings.iter().any(|f| f.severity == Severity::Critical);
    let lockouts_open = findings
        .iter()
        .any(|f| f.id == FALLBACK_REPRODUCES_LOCKOUTS.id || f.id == LOCKOUTS_FOUND.id);
    let unc_sl = facts
        .locations
        .iter()
        .any(|l| l.kind == LocationKind::Unc && l.sources.iter().any(|s| s == SOFTWARE_LIBRARY));
    let unc_ds = facts
        .locations
        .iter()
        .any(|l| l.kind == LocationKind::Unc && l.sources.iter().any(|s| s == DS_IMAGE_STORE));
    let validated = !checklist.is_empty()
        && checklist
            .iter()
            .all(|c| matches!(c.status, CheckStatus::Pass | CheckStatus::NotApplicable));
    let p1 = phase(
        "assessment",
        "Phase 1 — Assessment",
        &[
            "Identify all UNC package locations",
            "Confirm whether DS images use UNC",
            "Review the ACC lockout root cause",
        ],
        vec![cond(
            "All needed evidence was analysed",
            verdict.evidence_complete,
        )],
    );
    let p2 = phase(
        "root-cause-fix",
        "Phase 2 — Root-cause fix",
        &[
            "Expired ACC password: validate the password manually",
            "Password mismatch on a site server: re-enter the credentials",
            "Cached old credentials: restart the Altiris services",
            "Multiple failed retries: review the logs for the repetition pattern",
        ],
        vec![
            cond(
                "No unresolved ACC lockouts or logon failures",
                !lockouts_open,
            ),
            cond("No critical finding open", !critical_open),
        ],
    );
    let p3 = phase(
        "token-rollout",
        "Phase 3 — Controlled token rollout",
        &[
            "Enable token-based authentication",
            "Keep \"Keep ACC as fallback mechanism\" selected initially",
            "Monitor NS logs and domain controller lockout events",
            "Validate agent package downloads",
        ],
        vec![
            cond("ITMS 8.7.3 or later", verdict.token_supported),
            cond("Phase 2 entry conditions met", p2.ready),
        ],
    );
    let p4 = phase(
        "hardening",
        "Phase 4 — Optional hardening",
        &[
            "Disable the ACC fallback",
            "Monitor authentication stability",
        ],
        vec![
            cond(
                "No UNC package location",
                !facts.locations.iter().any(|l| {
                    l.kind == LocationKind::Unc
                        && l.sources
                            .iter()
                            .any(|s| s != SOFTWARE_LIBRARY && s != DS_IMAGE_STORE)
                }),
            ),
            cond(
                "Software Library not on UNC",
                !unc_sl && facts.params.software_library.is_some(),
            ),
            cond("No DS images on UNC", !unc_ds),
            cond("Validation checklist passed", validated),
        ],
    );
    vec![p1, p2, p3, p4]
}

/// The verdict and its one-paragraph summary.
pub fn verdict(facts: &Facts<'_>, missing: &[MissingEvidence]) -> Verdict {
    let token = facts.params.itms_version.as_deref().and_then(token_capable);
    let acc_required = has_unc(facts.locations);
    let evidence_complete = missing.is_empty();
    let unc_n = facts
        .locations
        .iter()
        .filter(|l| l.kind == LocationKind::Unc)
        .count();
    let mut s = String::new();
    match token {
        Some(true) => s.push_str("This site runs a version with token-based authentication (8.7.3 or later). "),
        Some(false) => s.push_str("This site runs a version older than ITMS 8.7.3: token-based authentication is not available until it is upgraded. "),
        None => s.push_str("The ITMS version is not known, so token support could not be confirmed. "),
    }
    if acc_required {
        s.push_str(&format!(
            "{unc_n} UNC package location(s) are in use, so the ACC must remain configured after the switch to tokens. "
        ));
    } else if facts.has_locations_evidence() {
        s.push_str("No UNC package location was found: the ACC can be disabled after the token rollout is validated (Phase 4), never before. ");
    }
    let lockouts = facts.lockout_count();
    if lockouts > 0 || facts.log_lockout_signals() > 0 {
        s.push_str(&format!(
            "ACC lockouts were found ({lockouts} lockout event(s)); their root cause must be fixed first, or the ACC fallback will reproduce them. "
        ));
    }
    if !evidence_complete {
        let what: Vec<&str> = missing.iter().map(|m| m.what.as_str()).collect();
        s.push_str(&format!(
            "The verdict is incomplete: missing {}.",
            what.join(", ")
        ));
    }
    Verdict {
        token_supported: token == Some(true),
        acc_required,
        evidence_complete,
        summary: s.trim().to_string(),
    }
}

/// KB 431190's third scenario: what authenticates when a token fails.
pub fn auth_on_token_failure(fallback: Option<Fallback>) -> Option<Auth> {
    match fallback {
        Some(Fallback::On) | None => Some(Auth::Acc),
        Some(Fallback::Off) => None,
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
                r.needs.iter().map(|n| n.describe().what).collect::<Vec<_>>().join(", ")
            },
            r.rationale,
            r.remediation.replace("{fixes}", " (plus the fix and verification of each cause found)"),
            if r.references.is_empty() { "—".to_string() } else { r.references.join(", ") }
        ));
    }
    s
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
