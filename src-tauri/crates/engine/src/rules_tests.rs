//! Every rule: fires, does not fire, and not enough evidence. Then KB 431190's scenario table
//! and its "When to keep ACC enabled" table, row by row.

use super::*;
use crate::unc::{classify, Context};
use std::collections::BTreeMap;
use tokenready_model::{LockoutCause, LogIndicator};

/// Owns everything a `Facts` borrows.
struct Fixture {
    params: Parameters,
    kinds: Vec<InputKind>,
    locations: Vec<Location>,
    lockouts: Lockouts,
    analysis: LockoutAnalysis,
    indicators: Vec<LogIndicator>,
    damage: (u64, u64),
}

fn loc(raw: &str, source: &str) -> Location {
    let ctx = if source == SOFTWARE_LIBRARY || source == DS_IMAGE_STORE {
        Context::on_server()
    } else {
        Context::default()
    };
    let c = classify(raw, &ctx);
    Location {
        location: raw.into(),
        normalized: c.normalized,
        kind: c.kind,
        host: c.host,
        share: c.share,
        auth: c.auth,
        auth_reason: c.auth_reason.into(),
        sources: vec![source.into()],
        packages: vec![],
        evidence: vec![],
        sightings: 1,
    }
}

impl Fixture {
    /// Complete evidence, nothing wrong: an HTTP-only site on 8.8 with a local Software Library.
    fn clean() -> Fixture {
        Fixture {
            params: Parameters {
                account: Some("ACC_User".into()),
                itms_version: Some("8.8".into()),
                software_library: Some(r"D:\SWL".into()),
                ds_image_store: None,
                fallback: Some(Fallback::On),
                csv_time_offset: None,
            },
            kinds: vec![
                InputKind::CodebaseList,
                InputKind::EventXml,
                InputKind::NsLog,
            ],
            locations: vec![
                loc("http://ps01/Altiris/PS/Share/x", "codebases.csv"),
                loc(r"D:\SWL", "software-library"),
            ],
            lockouts: Lockouts {
                account: Some("ACC_User".into()),
                events_by_id: [("4740", 0), ("4625", 0), ("4771", 0), ("4776", 0)]
                    .iter()
                    .map(|(k, v)| (k.to_string(), *v))
                    .collect(),
                sources: vec![],
            },
            analysis: LockoutAnalysis::default(),
            indicators: vec![],
            damage: (0, 0),
        }
    }

    fn facts(&self) -> Facts<'_> {
        Facts {
            params: &self.params,
            kinds_present: self.kinds.clone(),
            locations: &self.locations,
            lockouts: &self.lockouts,
            lockout_analysis: &self.analysis,
            indicators: &self.indicators,
            damage: self.damage,
            lockout_evidence: vec![],
        }
    }

    fn ids(&self) -> Vec<String> {
        let f = self.facts();
        f.findings(&f.missing()).into_iter().map(|x| x.id).collect()
    }

    fn missing(&self) -> Vec<String> {
        self.facts().missing().into_iter().map(|m| m.what).collect()
    }

    fn verdict(&self) -> Verdict {
        let f = self.facts();
        verdict(&f, &f.missing())
    }

    fn with_lockouts(mut self) -> Fixture {
        self.lockouts.events_by_id.insert("4740".into(), 3);
        self.lockouts.events_by_id.insert("4625".into(), 12);
        self.analysis.causes.push(LockoutCause {
            id: "wrong-password".into(),
            title: "Wrong password".into(),
            count: 12,
            sources: vec!["ps01".into()],
            evidence: vec![],
            fix: "Re-enter the credentials".into(),
            verification: "No new 4625".into(),
        });
        self
    }
}

#[test]
fn a_clean_site_fires_nothing_but_the_info_rule() {
    let f = Fixture::clean();
    assert_eq!(f.ids(), ["TR-SRV-001"]);
    assert!(f.missing().is_empty());
    let v = f.verdict();
    assert!(v.token_supported && !v.acc_required && v.evidence_complete);
}

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

#[test]
fn unc_locations_keep_the_acc() {
    let mut f = Fixture::clean();
    f.locations
        .push(loc(r"\\files01\pkgs$\office", "codebases.csv"));
    assert!(f.ids().contains(&"TR-UNC-001".to_string()));
    assert!(f.verdict().acc_required);
    // Without a code base export the answer is unknown, not "no UNC".
    let mut g = Fixture::clean();
    g.kinds.retain(|k| *k != InputKind::CodebaseList);
    g.locations.clear();
    assert!(!g.ids().contains(&"TR-UNC-001".to_string()));
    assert!(g
        .missing()
        .contains(&"package code base export".to_string()));
    assert!(!g.verdict().evidence_complete);
}

#[test]
fn software_library_and_ds_images_on_unc() {
    let mut f = Fixture::clean();
    f.locations.push(loc(r"\\smp01\SWL", "software-library"));
    f.locations.push(loc(r"\\ps01\Deploy", "ds-image-store"));
    let ids = f.ids();
    assert!(ids.contains(&"TR-SWL-001".to_string()) && ids.contains(&"TR-DSI-001".to_string()));
    assert!(
        !ids.contains(&"TR-UNC-001".to_string()),
        "configured stores are their own rules"
    );
    assert!(Fixture::clean()
        .ids()
        .iter()
        .all(|i| i != "TR-SWL-001" && i != "TR-DSI-001"));
    let mut g = Fixture::clean();
    g.params.software_library = None;
    assert!(g
        .missing()
        .contains(&"Software Library location".to_string()));
    // DS is optional: not giving it is "DS not used", not missing evidence.
    assert!(!Fixture::clean().missing().iter().any(|m| m.contains("DS")));
}

#[test]
fn mapped_drives_and_local_paths_go_to_review() {
    let mut f = Fixture::clean();
    f.locations.push(loc(r"P:\pkgs", "codebases.csv"));
    assert!(f.ids().contains(&"TR-LOC-001".to_string()));
    let mut g = Fixture::clean();
    g.locations.retain(|l| l.auth != Auth::Review);
    assert!(!g.ids().contains(&"TR-LOC-001".to_string()));
}

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
    assert!(ids.contains(&"TR-LCK-002".to_string()) && !ids.contains(&"TR-LCK-001".to_string()));
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

#[test]
fn damaged_evidence_and_missing_evidence_are_findings() {
    let mut f = Fixture::clean();
    f.damage = (1, 3);
    assert!(f.ids().contains(&"TR-EVD-002".to_string()));
    f.params.itms_version = None;
    assert!(f.ids().contains(&"TR-EVD-001".to_string()));
    assert!(!Fixture::clean().ids().contains(&"TR-EVD-001".to_string()));
}

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

#[test]
fn every_rule_is_in_the_catalogue_once_and_the_page_is_current() {
    let mut seen = BTreeMap::new();
    for r in CATALOGUE {
        assert!(seen.insert(r.id, ()).is_none(), "duplicate {}", r.id);
        assert!(r.id.starts_with("TR-") && !r.title.is_empty() && !r.remediation.is_empty());
    }
    let page = catalogue_markdown();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("RULES.md");
    if std::env::var_os("TOKENREADY_BLESS").is_some() {
        std::fs::write(&path, &page).unwrap();
    }
    assert!(
        std::fs::read_to_string(&path).unwrap_or_default() == page,
        "RULES.md is stale: TOKENREADY_BLESS=1 cargo test -p tokenready-engine"
    );
}

/// Each rule's declared needs, one at a time: without that evidence the rule cannot pass
/// silently (the need is listed as missing, the verdict is incomplete, and TR-EVD-001 says
/// what to collect); with it, nothing is missing.
#[test]
fn every_declared_need_makes_the_verdict_incomplete_when_absent() {
    let without = |need: Need| {
        let mut f = Fixture::clean();
        match need {
            Need::ItmsVersion => f.params.itms_version = None,
            Need::CodebaseExport => f.kinds.retain(|k| *k != InputKind::CodebaseList),
            Need::SoftwareLibrary => f.params.software_library = None,
            Need::SecurityEvents => f.kinds.retain(|k| *k != InputKind::EventXml),
            Need::Logs => f.kinds.retain(|k| *k != InputKind::NsLog),
        }
        f
    };
    for rule in CATALOGUE {
        for need in rule.needs {
            let f = without(*need);
            let what = need.describe().what;
            assert_eq!(f.missing(), vec![what], "{}: {need:?}", rule.id);
            assert!(!f.verdict().evidence_complete, "{}: {need:?}", rule.id);
            assert!(
                f.ids().contains(&EVIDENCE_MISSING.id.to_string()),
                "{}: {need:?}",
                rule.id
            );
        }
    }
    // Every need belongs to some rule, and the clean fixture has them all.
    for need in Need::ALL {
        assert!(
            CATALOGUE.iter().any(|r| r.needs.contains(&need)),
            "{need:?}"
        );
        assert!(Fixture::clean().facts().has(need), "{need:?}");
    }
}
