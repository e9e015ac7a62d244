//! The ITMS version: token-based authentication needs 8.7.3 or later; site servers need
//! nothing beyond its prerequisites.

use tokenready_model::{Finding, MissingEvidence, Severity};

use super::{finding, param_ref, Facts, Need, Rule};
use crate::analysis::token_capable;

pub const VERSION_BELOW_873: Rule = Rule {
    id: "TR-VER-001",
    severity: Severity::Critical,
    title: "ITMS is older than 8.7.3: token-based authentication is not available",
    rationale: "Token-based authentication was introduced in ITMS 8.7.3; this site runs {version}.",
    remediation: "Upgrade the Notification Server, site servers and agents to ITMS 8.7.3 or later (8.8, 8.8.1) before planning the token rollout.",
    references: &["KB 431190", "ITMS 8.7.3 Release Notes"],
    needs: &[Need::ItmsVersion],
    check: version_below_873,
};

fn version_below_873(facts: &Facts<'_>, _: &[MissingEvidence]) -> Option<Finding> {
    let v = facts.params.itms_version.as_deref()?;
    (token_capable(v) == Some(false)).then(|| {
        finding(
            facts,
            &VERSION_BELOW_873,
            &[("version", v.into())],
            vec![param_ref("parameter", &format!("ITMS version {v}"))],
        )
    })
}

pub const SITE_SERVERS: Rule = Rule {
    id: "TR-SRV-001",
    severity: Severity::Info,
    title: "Site servers need nothing beyond the 8.7.3 prerequisites",
    rationale: "KB 431190: there are no special requirements for site servers beyond supported ITMS 8.7.3 (8.8, 8.8.1) infrastructure, the .NET version 8.7.3 requires and communication with the SMP server.",
    remediation: "Confirm the .NET prerequisite on each site server as part of the upgrade checklist.",
    references: &["KB 431190"],
    needs: &[],
    check: site_servers,
};

fn site_servers(facts: &Facts<'_>, _: &[MissingEvidence]) -> Option<Finding> {
    (facts.params.itms_version.as_deref().and_then(token_capable) == Some(true))
        .then(|| finding(facts, &SITE_SERVERS, &[], vec![]))
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::*;

    #[test]
    fn version_gate() {
        let mut f = Fixture::clean();
        f.params.itms_version = Some("8.7".into());
        assert!(f.ids().contains(&"TR-VER-001".to_string()));
        assert!(!f.verdict().token_supported);
        f.params.itms_version = Some("8.7.3".into());
        assert!(!f.ids().contains(&"TR-VER-001".to_string()));
        f.params.itms_version = None;
        assert!(!f.ids().contains(&"TR-VER-001".to_string()));
        assert!(f.missing().contains(&"ITMS version".to_string()));
        assert!(!f.verdict().token_supported && !f.verdict().evidence_complete);
    }
}
