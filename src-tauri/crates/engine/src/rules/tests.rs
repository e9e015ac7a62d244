//! The rules' test fixture (a site with complete evidence and nothing wrong, and ways to
//! break it), shared by the tests beside each rule family, and the tests across families:
//! the clean site, the catalogue, and every declared need.

pub(crate) use super::*;
pub(crate) use crate::analysis::{DS_IMAGE_STORE, SOFTWARE_LIBRARY};
pub(crate) use crate::unc::{classify, Context};
pub(crate) use std::collections::BTreeMap;
pub(crate) use tokenready_model::{
    Auth, CheckStatus, ChecklistItem, Fallback, LockoutCause, LogIndicator, Verdict,
};

/// Owns everything a `Facts` borrows.
pub(crate) struct Fixture {
    pub(crate) params: Parameters,
    pub(crate) kinds: Vec<InputKind>,
    pub(crate) locations: Vec<Location>,
    pub(crate) lockouts: Lockouts,
    pub(crate) analysis: LockoutAnalysis,
    pub(crate) indicators: Vec<LogIndicator>,
    pub(crate) damage: (u64, u64),
    pub(crate) after: Option<crate::followup::AfterRollout>,
    pub(crate) tr: crate::rules::Tr,
}

pub(crate) fn loc(raw: &str, source: &str) -> Location {
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
    pub(crate) fn clean() -> Fixture {
        Fixture {
            params: Parameters {
                account: Some("ACC_User".into()),
                itms_version: Some("8.8".into()),
                software_library: Some(r"D:\SWL".into()),
                ds_image_store: None,
                fallback: Some(Fallback::On),
                csv_time_offset: None,
                ..Parameters::default()
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
                matched_by_key: None,
            },
            analysis: LockoutAnalysis::default(),
            indicators: vec![],
            damage: (0, 0),
            after: None,
            tr: crate::rules::Tr::default(),
        }
    }

    /// The findings of this fixture's facts, with what they say is missing.
    pub(crate) fn findings(&self) -> Vec<tokenready_model::Finding> {
        let facts = self.facts();
        facts.findings(&facts.missing())
    }

    pub(crate) fn facts(&self) -> Facts<'_> {
        Facts {
            params: &self.params,
            kinds_present: self.kinds.clone(),
            locations: &self.locations,
            lockouts: &self.lockouts,
            lockout_analysis: &self.analysis,
            indicators: &self.indicators,
            damage: self.damage,
            lockout_evidence: vec![],
            after: self.after.as_ref(),
            unread_exports: vec![],
            tr: self.tr,
        }
    }

    pub(crate) fn ids(&self) -> Vec<String> {
        let f = self.facts();
        f.findings(&f.missing()).into_iter().map(|x| x.id).collect()
    }

    pub(crate) fn missing(&self) -> Vec<String> {
        self.facts().missing().into_iter().map(|m| m.what).collect()
    }

    pub(crate) fn verdict(&self) -> Verdict {
        let f = self.facts();
        verdict(&f, &f.missing())
    }

    pub(crate) fn with_lockouts(mut self) -> Fixture {
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
            let what = need.describe(Tr::default()).what;
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
