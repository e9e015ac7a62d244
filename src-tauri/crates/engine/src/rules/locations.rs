//! Package locations: UNC code bases, a Software Library or DS images on UNC keep the ACC
//! required; mapped drives, local paths and unrecognised values need a review.

use tokenready_model::{Auth, Finding, Location, LocationKind, MissingEvidence, Severity};

use super::{finding, param_ref, Facts, Need, Rule};
use crate::analysis::{DS_IMAGE_STORE, SOFTWARE_LIBRARY};

fn unc<'a>(facts: &Facts<'a>) -> impl Iterator<Item = &'a Location> {
    facts
        .locations
        .iter()
        .filter(|l| l.kind == LocationKind::Unc)
}

pub const UNC_KEEPS_ACC: Rule = Rule {
    id: "TR-UNC-001",
    severity: Severity::High,
    title: "UNC package locations are in use: the ACC must remain configured",
    rationale: "{n} UNC location(s) on {hosts} host(s) were found. Tokens do not support UNC code bases; agents authenticate to these shares with the ACC.",
    remediation: "Keep the ACC configured. To retire it later, move these packages to HTTP/HTTPS code bases (or stop publishing UNC code bases, KB 179608) and re-run the assessment.",
    references: &["KB 431190", "KB 179608", "KB 180568"],
    needs: &[Need::CodebaseExport],
    check: unc_keeps_acc,
};

fn unc_keeps_acc(facts: &Facts<'_>, _: &[MissingEvidence]) -> Option<Finding> {
    let pkg_unc: Vec<&Location> = unc(facts)
        .filter(|l| {
            l.sources
                .iter()
                .any(|s| s != SOFTWARE_LIBRARY && s != DS_IMAGE_STORE)
        })
        .collect();
    if pkg_unc.is_empty() {
        return None;
    }
    let hosts: std::collections::BTreeSet<_> =
        pkg_unc.iter().filter_map(|l| l.host.as_ref()).collect();
    let evidence = pkg_unc
        .iter()
        .flat_map(|l| l.evidence.iter().take(2).cloned())
        .take(20)
        .collect();
    Some(finding(
        facts,
        &UNC_KEEPS_ACC,
        &[("n", pkg_unc.len().into()), ("hosts", hosts.len().into())],
        evidence,
    ))
}

/// A path the NS is configured with (`source`: the Software Library or the DS image store)
/// found on UNC.
fn configured_on_unc(facts: &Facts<'_>, rule: &Rule, source: &str) -> Option<Finding> {
    let l = unc(facts).find(|l| l.sources.iter().any(|s| s == source))?;
    Some(finding(
        facts,
        rule,
        &[("path", l.location.as_str().into())],
        vec![param_ref(source, &l.location)],
    ))
}

pub const SOFTWARE_LIBRARY_UNC: Rule = Rule {
    id: "TR-SWL-001",
    severity: Severity::High,
    title: "The Software Library is on a UNC share: the ACC is required",
    rationale: "The Software Library is configured at {path}. A Software Library on UNC keeps the ACC required.",
    remediation: "Keep the ACC, with READ permission on the Software Library share, or move the library to a local path on the Notification Server.",
    references: &["KB 431190", "KB 194234"],
    needs: &[Need::SoftwareLibrary],
    check: |f, _| configured_on_unc(f, &SOFTWARE_LIBRARY_UNC, SOFTWARE_LIBRARY),
};

pub const DS_IMAGES_UNC: Rule = Rule {
    id: "TR-DSI-001",
    severity: Severity::High,
    title: "Deployment Solution images are stored on UNC: the ACC is required",
    rationale: "DS images are stored at {path}. DS images on UNC keep the ACC required.",
    remediation: "Keep the ACC for imaging, or store images at an HTTP location.",
    references: &["KB 431190", "KB 179677"],
    needs: &[],
    check: |f, _| configured_on_unc(f, &DS_IMAGES_UNC, DS_IMAGE_STORE),
};

pub const LOCATIONS_TO_REVIEW: Rule = Rule {
    id: "TR-LOC-001",
    severity: Severity::Medium,
    title: "Package locations need a manual review",
    rationale: "{n} location(s) are mapped drives, local paths on the NS or unrecognised values: each may hide a UNC share.",
    remediation: "For each location, confirm what it resolves to (drive mapping, published code base types) and record the answer in the assessment.",
    references: &["KB 431190", "KB 179608"],
    needs: &[Need::CodebaseExport],
    check: locations_to_review,
};

fn locations_to_review(facts: &Facts<'_>, _: &[MissingEvidence]) -> Option<Finding> {
    // Configured NS paths on a local disk are judged by their own rules (TR-SWL, TR-DSI);
    // the review list is about what agents are pointed at.
    let configured = |l: &&Location| {
        l.kind == LocationKind::Local
            && l.sources
                .iter()
                .all(|s| s == SOFTWARE_LIBRARY || s == DS_IMAGE_STORE)
    };
    let review: Vec<&Location> = facts
        .locations
        .iter()
        .filter(|l| l.auth == Auth::Review && !configured(l))
        .collect();
    if review.is_empty() {
        return None;
    }
    Some(finding(
        facts,
        &LOCATIONS_TO_REVIEW,
        &[("n", review.len().into())],
        review
            .iter()
            .flat_map(|l| l.evidence.first().cloned())
            .take(20)
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::*;

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
}
