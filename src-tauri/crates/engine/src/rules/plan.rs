//! What to do: the validation checklist, KB 431190's four rollout phases with their entry
//! conditions, the verdict, and what authenticates when a token fails.

use tokenready_model::{
    Auth, Basis, CheckStatus, ChecklistItem, Condition, Fallback, Finding, LocationKind,
    MissingEvidence, Phase, Severity, Verdict,
};

use super::{Facts, Tr, Value, FALLBACK_REPRODUCES_LOCKOUTS, LOCKOUTS_FOUND};
use crate::analysis::{has_unc, token_capable, DS_IMAGE_STORE, SOFTWARE_LIBRARY};

impl Facts<'_> {
    /// The KB's four validation tests, plus those the findings add.
    pub fn checklist(&self, findings: &[Finding]) -> Vec<ChecklistItem> {
        let tr = self.tr;
        let item = |id: &str, test: &str, expected: &str, status| ChecklistItem {
            id: id.into(),
            test: tr.fill(&format!("{id}-test"), test, &[]),
            expected: tr.fill(&format!("{id}-expected"), expected, &[]),
            status,
            notes: String::new(),
            who: String::new(),
            when: String::new(),
            basis: Basis::Manual,
            evidence: Vec::new(),
            decided: None,
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

/// An entry condition; its translation is catalogue message `id`.
fn cond(tr: Tr, id: &str, text: &str, met: bool) -> Condition {
    Condition {
        text: tr.fill(id, text, &[]),
        met,
    }
}

/// A phase; its translations are `phase-<id>-title` and `phase-<id>-<n>` for the actions.
fn phase(tr: Tr, id: &str, title: &str, actions: &[&str], conditions: Vec<Condition>) -> Phase {
    Phase {
        id: id.into(),
        title: tr.fill(&format!("phase-{id}-title"), title, &[]),
        actions: actions
            .iter()
            .enumerate()
            .map(|(i, a)| tr.fill(&format!("phase-{id}-{}", i + 1), a, &[]))
            .collect(),
        ready: conditions.iter().all(|c| c.met),
        conditions,
    }
}

/// KB 431190's four phases, each with its entry conditions evaluated against the evidence.
/// Phase 4 (disabling the ACC) is never ready before validation has passed.
// Kept whole: after the few facts it derives, it is KB 431190's phase table written out as
// data, in the KB's order; cut up, the table would no longer read as one.
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
    let tr = facts.tr;
    let p1 = phase(
        tr,
        "assessment",
        "Phase 1 — Assessment",
        &[
            "Identify all UNC package locations",
            "Confirm whether DS images use UNC",
            "Review the ACC lockout root cause",
        ],
        vec![cond(
            tr,
            "cond-evidence",
            "All needed evidence was analysed",
            verdict.evidence_complete,
        )],
    );
    let p2 = phase(
        tr,
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
                tr,
                "cond-no-lockouts",
                "No unresolved ACC lockouts or logon failures",
                !lockouts_open,
            ),
            cond(
                tr,
                "cond-no-critical",
                "No critical finding open",
                !critical_open,
            ),
        ],
    );
    let p3 = phase(
        tr,
        "token-rollout",
        "Phase 3 — Controlled token rollout",
        &[
            "Enable token-based authentication",
            "Keep \"Keep ACC as fallback mechanism\" selected initially",
            "Monitor NS logs and domain controller lockout events",
            "Validate agent package downloads",
        ],
        vec![
            cond(
                tr,
                "cond-version",
                "ITMS 8.7.3 or later",
                verdict.token_supported,
            ),
            cond(tr, "cond-phase2", "Phase 2 entry conditions met", p2.ready),
        ],
    );
    let p4 = phase(
        tr,
        "hardening",
        "Phase 4 — Optional hardening",
        &[
            "Disable the ACC fallback",
            "Monitor authentication stability",
        ],
        vec![
            cond(
                tr,
                "cond-no-unc",
                "No UNC package location",
                !facts.locations.iter().any(|l| {
                    l.kind == LocationKind::Unc
                        && l.sources
                            .iter()
                            .any(|s| s != SOFTWARE_LIBRARY && s != DS_IMAGE_STORE)
                }),
            ),
            cond(
                tr,
                "cond-library",
                "Software Library not on UNC",
                !unc_sl && facts.params.software_library.is_some(),
            ),
            cond(tr, "cond-no-ds", "No DS images on UNC", !unc_ds),
            cond(
                tr,
                "cond-validated",
                "Validation checklist passed",
                validated,
            ),
        ],
    );

    vec![p1, p2, p3, after_rollout(tr, p4, facts.after)]
}

/// In a follow-up, phase 4 also needs the time after the rollout to be quiet.
fn after_rollout(tr: Tr, mut p4: Phase, after: Option<&crate::followup::AfterRollout>) -> Phase {
    if let Some(a) = after {
        p4.conditions.push(cond(
            tr,
            "cond-quiet-after",
            "No ACC lockout after the rollout and no failed logon for a full retry cycle (KB 181098)",
            a.stopped(),
        ));
        p4.ready = p4.conditions.iter().all(|c| c.met);
    }
    p4
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
    let tr = facts.tr;
    let mut s = String::new();
    let mut say = |id: &str, en: &str, args: &[(&str, Value<'_>)]| {
        s.push_str(&tr.fill(id, en, args));
        s.push(' ');
    };
    match token {
        Some(true) => say("verdict-token", "This site runs a version with token-based authentication (8.7.3 or later).", &[]),
        Some(false) => say("verdict-old", "This site runs a version older than ITMS 8.7.3: token-based authentication is not available until it is upgraded.", &[]),
        None => say("verdict-unknown-version", "The ITMS version is not known, so token support could not be confirmed.", &[]),
    }
    if acc_required {
        say(
            "verdict-unc",
            "{n} UNC package location(s) are in use, so the ACC must remain configured after the switch to tokens.",
            &[("n", unc_n.into())],
        );
    } else if facts.has_locations_evidence() {
        say("verdict-no-unc", "No UNC package location was found: the ACC can be disabled after the token rollout is validated (Phase 4), never before.", &[]);
    }
    let lockouts = facts.lockout_count();
    if lockouts > 0 || facts.log_lockout_signals() > 0 {
        say(
            "verdict-lockouts",
            "ACC lockouts were found ({n} lockout event(s)); their root cause must be fixed first, or the ACC fallback will reproduce them.",
            &[("n", lockouts.into())],
        );
    }
    if !evidence_complete {
        let what: Vec<&str> = missing.iter().map(|m| m.what.as_str()).collect();
        say(
            "verdict-incomplete",
            "The verdict is incomplete: missing {what}.",
            &[("what", what.join(", ").into())],
        );
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

#[cfg(test)]
mod tests {
    use crate::rules::tests::*;

    /// KB 431190 "Therefore" table: scenario → authentication used.
    #[test]
    fn kb_scenario_table_row_by_row() {
        let ctx = Context::default();
        let rows: [(&str, Option<Auth>); 4] = [
            ("http://ps01/Altiris/PS/Share/pkg", Some(Auth::Token)),
            ("https://ps01/Altiris/PS/Share/pkg", Some(Auth::Token)),
            (r"\\Server\Share\Package", Some(Auth::Acc)),
            ("file://server/share/pkg", Some(Auth::Acc)),
        ];
        for (location, auth) in rows {
            assert_eq!(Some(classify(location, &ctx).auth), auth, "{location}");
        }
        // "Token failure + Fallback enabled → ACC"
        assert_eq!(auth_on_token_failure(Some(Fallback::On)), Some(Auth::Acc));
        assert_eq!(auth_on_token_failure(Some(Fallback::Off)), None);
    }

    /// KB 431190 "When to keep ACC enabled" table, row by row.
    #[test]
    fn kb_when_to_keep_acc_table_row_by_row() {
        // Using UNC package locations → ACC must remain enabled.
        let mut f = Fixture::clean();
        f.locations.push(loc(r"\\files01\pkgs", "codebases.csv"));
        assert!(f.verdict().acc_required);
        // Using HTTP/HTTPS package servers only → ACC can be disabled after validation.
        let f = Fixture::clean();
        assert!(!f.verdict().acc_required);
        let facts = f.facts();
        let findings = facts.findings(&facts.missing());
        let v = verdict(&facts, &facts.missing());
        let pending = facts.checklist(&findings);
        let p = plan(&facts, &findings, &v, &pending);
        assert!(!p[3].ready, "never before validation passes");
        let passed: Vec<ChecklistItem> = pending
            .into_iter()
            .map(|mut c| {
                c.status = CheckStatus::Pass;
                c
            })
            .collect();
        assert!(plan(&facts, &findings, &v, &passed)[3].ready);
        // DS images stored on UNC → ACC required.
        let mut f = Fixture::clean();
        f.locations.push(loc(r"\\ps01\Deploy", "ds-image-store"));
        assert!(f.verdict().acc_required);
        // Software Library configured as UNC → ACC required.
        let mut f = Fixture::clean();
        f.locations.push(loc(r"\\smp01\SWL", "software-library"));
        assert!(f.verdict().acc_required);
    }

    #[test]
    fn checklist_has_the_kb_tests_and_those_findings_add() {
        let f = Fixture::clean();
        let facts = f.facts();
        let c = facts.checklist(&[]);
        let ids: Vec<&str> = c.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["CHK-01", "CHK-02", "CHK-03", "CHK-04"]);
        assert_eq!(
            c[2].status,
            CheckStatus::NotApplicable,
            "no UNC: the UNC download test does not apply"
        );
        let l = Fixture::clean().with_lockouts();
        let facts = l.facts();
        let findings = facts.findings(&facts.missing());
        assert_eq!(facts.checklist(&findings).len(), 5);
    }
}
