//! Lockouts of the ACC: with "Keep ACC as fallback" they come back unless their cause is
//! fixed; a domain ACC is never unlocked by the site servers. In a follow-up (a rollout
//! instant given) the lockout findings read the time after the rollout: lockouts that
//! stopped are history (TR-LCK-003), lockouts that go on stay open and say so.

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
    check: |f, _| (f.params.fallback == Some(Fallback::On) && !stopped(f)).then(|| lockout_finding(f, &FALLBACK_REPRODUCES_LOCKOUTS)).flatten(),
};

pub const LOCKOUTS_FOUND: Rule = Rule {
    id: "TR-LCK-002",
    severity: Severity::High,
    title: "ACC lockouts or logon failures were found",
    rationale: "{lockouts} lockout event(s) (4740), {failures} failed logon(s) (4625/4771/4776) and {log} lockout or logon-failure record(s) in NS/agent logs{sources}.{causes}",
    remediation: "Find the root cause with the sources named: an expired password, a password mismatch on a site server, cached old credentials, or agents retrying on their download schedule.{fixes}",
    references: &["KB 431190", "KB 157377", "KB 181098"],
    needs: &[Need::SecurityEvents, Need::Logs],
    check: |f, _| (f.params.fallback != Some(Fallback::On) && !stopped(f)).then(|| lockout_finding(f, &LOCKOUTS_FOUND)).flatten(),
};

pub const LOCKOUTS_STOPPED: Rule = Rule {
    id: "TR-LCK-003",
    severity: Severity::Info,
    title: "The ACC lockouts stopped after the token rollout",
    rationale: "{before} lockout event(s) (4740) and failed logon(s) of the account were found, none of them a lockout after the rollout ({rollout}), and no failed logon during a full retry cycle (KB 181098) before the logs end. Logs read after the rollout: {covered}.{uncovered}",
    remediation: "Keep monitoring the domain controllers for 4740 of the account while the ACC fallback stays on.{collect}",
    references: &["KB 431190", "KB 181098"],
    needs: &[Need::SecurityEvents],
    check: lockouts_stopped,
};

/// The time after the rollout can be judged and shows no lockout and a quiet retry cycle.
fn stopped(f: &Facts<'_>) -> bool {
    f.after.is_some_and(|a| a.stopped())
}

/// " Not covered after the rollout …" for the computers whose logs end before it.
pub(super) fn uncovered_text(facts: &Facts<'_>, uncovered: &[String]) -> String {
    if uncovered.is_empty() {
        String::new()
    } else {
        facts.tr.fill(
            "lockout-uncovered",
            " Not covered: the logs of {computers} end before the rollout, so nothing after it is known there.",
            &[("computers", uncovered.join(", ").into())],
        )
    }
}

/// " Collect the Security logs of …" for those computers.
pub(super) fn collect_text(facts: &Facts<'_>, uncovered: &[String]) -> String {
    if uncovered.is_empty() {
        String::new()
    } else {
        facts.tr.fill(
            "lockout-collect",
            " Collect the Security logs of {computers} from after the rollout to be sure.",
            &[("computers", uncovered.join(", ").into())],
        )
    }
}

fn lockouts_stopped(facts: &Facts<'_>, _: &[MissingEvidence]) -> Option<Finding> {
    let a = facts.after.filter(|a| a.stopped())?;
    let before = facts.lockout_count() + facts.failure_count();
    if before == 0 {
        return None;
    }
    let rule = &LOCKOUTS_STOPPED;
    Some(finding(
        facts,
        rule,
        &[
            ("before", before.into()),
            ("rollout", a.rollout.as_str().into()),
            ("covered", a.covered.join(", ").into()),
            ("uncovered", uncovered_text(facts, &a.uncovered).into()),
            ("collect", collect_text(facts, &a.uncovered).into()),
        ],
        facts.lockout_evidence.clone(),
    ))
}

/// What the time after the rollout shows, for a lockout finding that stays open.
fn after_text(facts: &Facts<'_>) -> String {
    let Some(a) = facts.after else {
        return String::new();
    };
    let tr = facts.tr;
    if !a.decidable {
        return tr.fill(
            "lockout-after-unknown",
            " Nothing after the rollout ({rollout}) was read: whether they go on is not known.{uncovered}",
            &[
                ("rollout", a.rollout.as_str().into()),
                ("uncovered", uncovered_text(facts, &a.uncovered).into()),
            ],
        );
    }
    let last = a
        .last
        .as_deref()
        .map(|l| {
            tr.fill(
                "lockout-after-last",
                ", the last at {when}",
                &[("when", l.into())],
            )
        })
        .unwrap_or_default();
    let logs = if a.log_failures > 0 {
        tr.fill(
            "lockout-after-logs",
            " and {n} ACC failure record(s) in NS/agent logs",
            &[("n", a.log_failures.into())],
        )
    } else {
        String::new()
    };
    tr.fill(
        "lockout-after",
        " After the rollout ({rollout}): {lockouts} lockout(s) and {failures} failed logon(s){logs}{last}; they have not stopped.{uncovered}",
        &[
            ("rollout", a.rollout.as_str().into()),
            ("lockouts", a.lockouts.into()),
            ("failures", a.failures.into()),
            ("logs", logs.into()),
            ("last", last.into()),
            ("uncovered", uncovered_text(facts, &a.uncovered).into()),
        ],
    )
}

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
        facts.tr.fill(
            "lockout-called-from",
            ", called from {sources}",
            &[("sources", names.join(", ").into())],
        )
    };
    let tr = facts.tr;
    let causes: String = facts
        .lockout_analysis
        .causes
        .iter()
        .map(|c| {
            let from = if c.sources.is_empty() {
                String::new()
            } else {
                tr.fill(
                    "lockout-cause-from",
                    ", from {sources}",
                    &[("sources", c.sources.join(", ").into())],
                )
            };
            tr.fill(
                "lockout-cause",
                " Cause: {title} ({n} event(s){from}).",
                &[
                    ("title", c.title.as_str().into()),
                    ("n", c.count.into()),
                    ("from", from.into()),
                ],
            )
        })
        .collect();
    let fixes: String = facts
        .lockout_analysis
        .causes
        .iter()
        .map(|c| {
            tr.fill(
                "lockout-fix",
                " For \"{title}\": {fix} Verify: {verification}",
                &[
                    ("title", c.title.as_str().into()),
                    ("fix", c.fix.as_str().into()),
                    ("verification", c.verification.as_str().into()),
                ],
            )
        })
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
    let mut f = finding(
        facts,
        rule,
        &[
            ("lockouts", lockouts.into()),
            ("failures", failures.into()),
            ("log", log.into()),
            ("sources", sources.into()),
            ("causes", causes.into()),
            ("fixes", fixes.into()),
        ],
        evidence,
    );
    f.rationale.push_str(&after_text(facts));
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
            facts,
            &DOMAIN_ACC,
            &[("account", acc.trim().into())],
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
        let fs = { f.findings() };
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

    /// In a follow-up: lockouts that stopped after the rollout are history (TR-LCK-003);
    /// lockouts that go on keep TR-LCK-001 open and say so; with nothing read after the
    /// rollout, the finding stays open and says that is unknown.
    #[test]
    fn the_time_after_the_rollout_decides_whether_lockouts_are_history() {
        use crate::followup::AfterRollout;
        let quiet = AfterRollout {
            rollout: "2025-04-22T08:00:00Z".into(),
            covered: vec!["dc01".into()],
            uncovered: vec!["dc02".into()],
            decidable: true,
            quiet_cycle: true,
            ..AfterRollout::default()
        };
        let mut f = Fixture::clean().with_lockouts();
        f.after = Some(quiet.clone());
        let found = f.findings();
        let ids: Vec<&str> = found.iter().map(|x| x.id.as_str()).collect();
        assert!(
            ids.contains(&"TR-LCK-003") && !ids.contains(&"TR-LCK-001"),
            "{ids:?}"
        );
        let stopped = found.iter().find(|x| x.id == "TR-LCK-003").unwrap();
        assert!(
            stopped.rationale.contains("15 lockout event(s)"),
            "{}",
            stopped.rationale
        );
        assert!(stopped.rationale.contains("dc02"), "uncovered named");

        let mut go_on = Fixture::clean().with_lockouts();
        go_on.after = Some(AfterRollout {
            lockouts: 2,
            failures: 8,
            quiet_cycle: false,
            last: Some("2025-04-29T08:22:31Z".into()),
            ..quiet.clone()
        });
        let found = go_on.findings();
        let lck = found
            .iter()
            .find(|x| x.id == "TR-LCK-001")
            .expect("still open");
        assert_eq!(lck.severity, Severity::Critical);
        assert!(lck.rationale.contains("2 lockout(s) and 8 failed logon(s), the last at 2025-04-29T08:22:31Z; they have not stopped"), "{}", lck.rationale);
        assert!(!found.iter().any(|x| x.id == "TR-LCK-003"));

        // Quiet Security logs, but the NS log still records ACC logon failures.
        let mut logs = Fixture::clean().with_lockouts();
        logs.after = Some(AfterRollout {
            log_failures: 3,
            ..quiet.clone()
        });
        let found = logs.findings();
        let lck = found
            .iter()
            .find(|x| x.id == "TR-LCK-001")
            .expect("still open");
        assert!(
            lck.rationale
                .contains("3 ACC failure record(s) in NS/agent logs"),
            "{}",
            lck.rationale
        );

        let mut blind = Fixture::clean().with_lockouts();
        blind.after = Some(AfterRollout {
            decidable: false,
            covered: vec![],
            ..quiet.clone()
        });
        let found = blind.findings();
        let lck = found
            .iter()
            .find(|x| x.id == "TR-LCK-001")
            .expect("still open");
        assert!(
            lck.rationale.contains("whether they go on is not known"),
            "{}",
            lck.rationale
        );

        // No lockout ever: nothing to call history.
        let mut clean = Fixture::clean();
        clean.after = Some(quiet);
        assert!(!clean.ids().iter().any(|i| i.starts_with("TR-LCK")));
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
