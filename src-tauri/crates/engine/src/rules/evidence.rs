//! The evidence itself: what is missing makes the verdict incomplete; what could not be read
//! is said.

use tokenready_model::{Finding, MissingEvidence, Severity};

use super::{finding, Facts, Rule};

pub const EVIDENCE_MISSING: Rule = Rule {
    id: "TR-EVD-001",
    severity: Severity::Medium,
    title: "Evidence is missing: the verdict is incomplete",
    rationale: "The assessment could not check: {what}.",
    remediation:
        "Collect the missing evidence (see \"What was missing\") and re-run the assessment.",
    references: &["KB 431190"],
    needs: &[],
    check: evidence_missing,
};

fn evidence_missing(facts: &Facts<'_>, missing: &[MissingEvidence]) -> Option<Finding> {
    if missing.is_empty() {
        return None;
    }
    let what: Vec<&str> = missing.iter().map(|m| m.what.as_str()).collect();
    Some(finding(
        facts,
        &EVIDENCE_MISSING,
        &[("what", what.join(", ").into())],
        vec![],
    ))
}

pub const EVIDENCE_DAMAGED: Rule = Rule {
    id: "TR-EVD-002",
    severity: Severity::Low,
    title: "Some evidence could not be read",
    rationale: "{files} input file(s) had {errors} unreadable record(s) or region(s); conclusions rest on what could be read.",
    remediation: "See the inputs table for each problem and its place; re-export the damaged files if possible.",
    references: &[],
    needs: &[],
    check: evidence_damaged,
};

fn evidence_damaged(facts: &Facts<'_>, _: &[MissingEvidence]) -> Option<Finding> {
    (facts.damage.1 > 0).then(|| {
        finding(
            facts,
            &EVIDENCE_DAMAGED,
            &[
                ("files", facts.damage.0.into()),
                ("errors", facts.damage.1.into()),
            ],
            vec![],
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::*;

    #[test]
    fn damaged_evidence_and_missing_evidence_are_findings() {
        let mut f = Fixture::clean();
        f.damage = (1, 3);
        assert!(f.ids().contains(&"TR-EVD-002".to_string()));
        f.params.itms_version = None;
        assert!(f.ids().contains(&"TR-EVD-001".to_string()));
        assert!(!Fixture::clean().ids().contains(&"TR-EVD-001".to_string()));
    }
}
