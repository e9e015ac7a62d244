//! Phase 4 of KB 431190: "Disable ACC fallback", once the rollout is validated. Decided only
//! in a follow-up (a rollout instant given), from the evidence: no UNC package location, no
//! Software Library or DS images on UNC, and no lockout of the ACC after the rollout and no
//! failed logon for a full retry cycle (KB 181098) in every domain controller log that reaches
//! past it.

use tokenready_model::{Fallback, Finding, LocationKind, MissingEvidence, Severity};

use super::lockouts::{collect_text, uncovered_text};
use super::{finding, param_ref, Facts, Need, Rule};
use crate::followup::checklist::RETRY_CYCLE_HOURS;

pub const READY_TO_DISABLE_FALLBACK: Rule = Rule {
    id: "TR-FBK-001",
    severity: Severity::Info,
    title: "Ready to disable the ACC fallback (phase 4)",
    rationale: "Since the token rollout ({rollout}): no lockout (4740) of the ACC and no failed logon for a full retry cycle ({hours} hours, KB 181098) in the Security logs of {covered}. No UNC package location was found, the Software Library is at {library}, and no DS images are stored on UNC.{uncovered}",
    remediation: "Phase 4 of KB 431190: clear \"Keep ACC as fallback mechanism\", then monitor authentication stability (NS logs, 4740 on the domain controllers) for at least one retry cycle. Sign the validation checklist before retiring the ACC.{collect}",
    references: &["KB 431190", "KB 181098"],
    needs: &[Need::CodebaseExport, Need::SoftwareLibrary, Need::SecurityEvents],
    check: ready_to_disable,
};

fn ready_to_disable(facts: &Facts<'_>, missing: &[MissingEvidence]) -> Option<Finding> {
    let a = facts.after.filter(|a| a.stopped())?;
    if facts.params.fallback != Some(Fallback::On) || !missing.is_empty() {
        return None;
    }
    // The Software Library and the DS image store arrive as locations too.
    if facts.locations.iter().any(|l| l.kind == LocationKind::Unc) {
        return None;
    }
    let library = facts.params.software_library.as_deref()?.trim();
    let rule = &READY_TO_DISABLE_FALLBACK;
    Some(finding(
        facts,
        rule,
        &[
            ("rollout", a.rollout.as_str().into()),
            ("hours", RETRY_CYCLE_HOURS.into()),
            ("covered", a.covered.join(", ").into()),
            ("library", library.into()),
            ("uncovered", uncovered_text(facts, &a.uncovered).into()),
            ("collect", collect_text(facts, &a.uncovered).into()),
        ],
        vec![
            param_ref("parameter", &format!("token rollout at {}", a.rollout)),
            param_ref("parameter", &format!("Software Library {library}")),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use crate::followup::AfterRollout;
    use crate::rules::tests::*;

    pub(crate) fn quiet() -> AfterRollout {
        AfterRollout {
            rollout: "2025-04-22T08:00:00Z".into(),
            covered: vec!["dc01.contoso.local".into()],
            decidable: true,
            quiet_cycle: true,
            ..AfterRollout::default()
        }
    }

    #[test]
    fn ready_only_with_a_quiet_follow_up_and_no_unc_anywhere() {
        let mut f = Fixture::clean();
        assert!(
            !f.ids().contains(&"TR-FBK-001".to_string()),
            "no rollout: no follow-up"
        );
        f.after = Some(quiet());
        let ids = f.ids();
        assert!(ids.contains(&"TR-FBK-001".to_string()), "{ids:?}");
        // Each entry condition, broken alone, keeps the fallback.
        let mut lock = Fixture::clean();
        lock.after = Some(AfterRollout {
            lockouts: 1,
            ..quiet()
        });
        let mut noisy = Fixture::clean();
        noisy.after = Some(AfterRollout {
            quiet_cycle: false,
            failures: 3,
            ..quiet()
        });
        let mut blind = Fixture::clean();
        blind.after = Some(AfterRollout {
            decidable: false,
            covered: vec![],
            ..quiet()
        });
        let mut unc = Fixture::clean();
        unc.after = Some(quiet());
        unc.locations.push(loc(r"\\ps01\pkgs", "codebases.csv"));
        let mut swl = Fixture::clean();
        swl.after = Some(quiet());
        swl.locations.push(loc(r"\\smp01\SWL", "software-library"));
        let mut ds = Fixture::clean();
        ds.after = Some(quiet());
        ds.locations.push(loc(r"\\ps01\Deploy", "ds-image-store"));
        let mut off = Fixture::clean();
        off.after = Some(quiet());
        off.params.fallback = Some(Fallback::Off);
        let mut incomplete = Fixture::clean();
        incomplete.after = Some(quiet());
        incomplete.kinds.retain(|k| *k != InputKind::NsLog);
        for (name, f) in [
            ("lockout", lock),
            ("failures", noisy),
            ("no log after", blind),
            ("UNC", unc),
            ("SWL", swl),
            ("DS", ds),
            ("fallback off", off),
            ("evidence missing", incomplete),
        ] {
            assert!(!f.ids().contains(&"TR-FBK-001".to_string()), "{name}");
        }
    }

    #[test]
    fn uncovered_domain_controllers_are_named() {
        let mut f = Fixture::clean();
        f.after = Some(AfterRollout {
            uncovered: vec!["dc02.contoso.local".into()],
            ..quiet()
        });
        let found = f.findings();
        let fbk = found.iter().find(|x| x.id == "TR-FBK-001").unwrap();
        assert!(
            fbk.rationale.contains("dc02.contoso.local"),
            "{}",
            fbk.rationale
        );
        assert!(fbk
            .remediation
            .contains("Collect the Security logs of dc02.contoso.local"));
    }
}
