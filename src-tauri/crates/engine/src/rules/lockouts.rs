//! Lockouts of the ACC: with "Keep ACC as fallback" they come back unless their cause is
//! fixed; a domain ACC is never unlocked by the site servers.

use tokenready_model::{Fallback, Finding, MissingEvidence, Severity};

use super::{finding, param_ref, Facts, Need, Rule};

pub const FALLBACK_REPRODUCES_LOCKOUTS: Rule = Rule {
    id: "TR-LCK-001",
    severity: Severity::Critical,
    title: "ACC lockouts are not resolved: the ACC fallback will reproduce them",
    rationale: "{lockouts} lockout event(s) (4740) and {failures} failed logon(s) were found{sources}.{causes} With \"Keep ACC as fallback mechanism\", every token failure falls back to the ACC; while the cause is not fixed, the account locks again.",
    remediation: "Fix the root cause before the rollout: validate the ACC password manually (expired password), re-enter the credentials on each site server (password mismatch), restart the Altiris services on the sources named (cached old credentials), and review the agents' retry pattern in the logs (multiple failed retries). Verify that no new 4740 appears for the account.{fixes}",
    references: &["KB 431190", "KB 157377", "KB 181098"],
    needs: &[Need::SecurityEvents, Need::Logs],
    check: |f, _| (f.params.fallback == Some(Fallback::On)).then(|| lockout_finding(f, &FALLBACK_REPRODUCES_LOCKOUTS)).flatten(),
};

pub const LOCKOUTS_FOUND: Rule = Rule {
    id: "TR-LCK-002",
    severity: Severity::High,
    title: "ACC lockouts or logon failures were found",
    rationale: "{lockouts} lockout event(s) (4740), {failures} failed logon(s) (4625/4771/4776) and {log} lockout or logon-failure record(s) in NS/agent logs{sources}.{causes}",
    remediation: "Find the root cause with the sources named: an expired password, a password mismatch on a site server, cached old credentials, or agents retrying on their download schedule.{fixes}",
    references: &["KB 431190", "KB 157377", "KB 181098"],
    needs: &[Need::SecurityEvents, Need::Logs],
    check: |f, _| (f.params.fallback != Some(Fallback::On)).then(|| lockout_finding(f, &LOCKOUTS_FOUND)).flatten(),
};

/// The lockout finding under `rule` (which of the two depends on the fallback), when any
/// lockout, failed logon or log record of one was found: with its sources, causes, their
/// fixes and the evidence behind each.
fn lockout_finding(facts: &Facts<'_>, rule: &Rule) -> Option<Finding> {
    let (lockouts, failures, log) = (
        facts.lockout_count(),
        facts.failure_count(),
        facts.log_lockout_signals(),
    );
    if lockouts + failures + log == 0 {
        return None;
    }
    let sources = if facts.lockouts.sources.is_empty() {
        String::new()
    } else {
        let names: Vec<String> = facts
            .lockouts
            .sources
            .iter()
            .take(5)
            .map(|s| format!("{} ({})", s.computer, s.count))
            .collect();
        format!(", called from {}", names.join(", "))
    };
    let causes: String = facts
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
    let fixes: String = facts
        .lockout_analysis
        .causes
        .iter()
        .map(|c| format!(" For \"{}\": {} Verify: {}", c.title, c.fix, c.verification))
        .collect();
    let mut evidence = facts.lockout_evidence.clone();
    for c in &facts.lockout_analysis.causes {
        evidence.extend(c.evidence.iter().take(3).cloned());
    }
    for i in facts
        .indicators
        .iter()
        .filter(|i| i.kind == "logon-failure" || i.kind == "account-locked-out")
    {
        evidence.extend(i.samples.iter().take(3).cloned());
    }
    let rationale = rule
        .rationale
        .replace("{lockouts}", &lockouts.to_string())
        .replace("{failures}", &failures.to_string())
        .replace("{log}", &log.to_string())
        .replace("{sources}", &sources)
        .replace("{causes}", &causes);
    let mut f = finding(rule, rationale, evidence);
    f.remediation = f.remediation.replace("{fixes}", &fixes);
    Some(f)
}

pub const DOMAIN_ACC: Rule = Rule {
    id: "TR-ACC-001",
    severity: Severity::Medium,
    title: "The ACC is a domain account: site servers never unlock it",
    rationale: "The ACC {account} names a domain. Site servers create, refresh and unlock only local ACC accounts; a locked domain ACC stays locked until someone unlocks it.",
    remediation: "Where the design allows, use a local ACC (for example ACC_User) and enable \"Re-enable the created local account if it has been locked out\" in Global Site Server Settings.",
    references: &["KB 150951", "KB 194234"],
    needs: &[],
    check: domain_acc,
};

fn domain_acc(facts: &Facts<'_>, _: &[MissingEvidence]) -> Option<Finding> {
    let acc = facts.params.account.as_deref()?;
    (acc.contains('\\') || acc.contains('@')).then(|| {
        finding(
            &DOMAIN_ACC,
            DOMAIN_ACC.rationale.replace("{account}", acc.trim()),
            vec![param_ref("parameter", &format!("ACC {}", acc.trim()))],
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::*;

    #[test]
    fn fallback_with_unresolved_lockouts_is_blocking() {
        let f = Fixture::clean().with_lockouts();
        let fs = {
            let facts = f.facts();
            facts.findings(&facts.missing())
        };
        let lck = fs
            .iter()
            .find(|x| x.id == "TR-LCK-001")
            .expect("fires with fallback on");
        assert_eq!(lck.severity, Severity::Critical);
        assert!(
            lck.rationale.contains("Wrong password"),
            "{}",
            lck.rationale
        );
        assert!(
            lck.remediation.contains("Re-enter the credentials")
                && lck.remediation.contains("No new 4625")
        );
        let mut off = Fixture::clean().with_lockouts();
        off.params.fallback = Some(Fallback::Off);
        let ids = off.ids();
        assert!(
            ids.contains(&"TR-LCK-002".to_string()) && !ids.contains(&"TR-LCK-001".to_string())
        );
        assert!(!Fixture::clean()
            .ids()
            .iter()
            .any(|i| i.starts_with("TR-LCK")));
        let mut none = Fixture::clean();
        none.kinds = vec![InputKind::CodebaseList];
        assert!(none
            .missing()
            .iter()
            .any(|m| m.starts_with("Security events")));
        assert!(none.missing().iter().any(|m| m.contains("logs")));
    }

    #[test]
    fn domain_acc_is_never_unlocked_by_site_servers() {
        for (acc, fires) in [
            (r"CONTOSO\svc", true),
            ("svc@contoso.local", true),
            ("ACC_User", false),
        ] {
            let mut f = Fixture::clean();
            f.params.account = Some(acc.into());
            assert_eq!(f.ids().contains(&"TR-ACC-001".to_string()), fires, "{acc}");
        }
        let mut f = Fixture::clean();
        f.params.account = None;
        assert!(!f.ids().contains(&"TR-ACC-001".to_string()));
    }
}
