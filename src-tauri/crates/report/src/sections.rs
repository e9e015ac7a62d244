//! The report's sections, one function each, in the order `SECTIONS` (lib.rs) prints them.
//! Each takes the document being laid out and the report; the layout engine is `layout.rs`.

mod findings;
mod followup;
mod front;
mod plan;

pub(crate) use findings::{findings, lockouts, scenarios};
pub(crate) use followup::followup;
pub(crate) use front::{analysed, cover, summary};
pub(crate) use plan::{checklist, locations, plan};

use tokenready_i18n::Tr;
use tokenready_model::{LocationKind, Severity};

/// The severity as printed.
fn sev(tr: Tr, s: Severity) -> String {
    tr.t(match s {
        Severity::Critical => "sev-critical",
        Severity::High => "sev-high",
        Severity::Medium => "sev-medium",
        Severity::Low => "sev-low",
        Severity::Info => "sev-info",
    })
}

/// Column headers from their message ids.
fn cols(tr: Tr, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| tr.t(id)).collect()
}

/// A yes/no answer as printed.
fn yes(tr: Tr, b: bool) -> String {
    tr.t(if b { "yes" } else { "no" })
}

/// A location kind as the JSON spells it.
fn serde_kind(k: LocationKind) -> &'static str {
    match k {
        LocationKind::Unc => "unc",
        LocationKind::Http => "http",
        LocationKind::Https => "https",
        LocationKind::Local => "local",
        LocationKind::MappedDrive => "mapped-drive",
        LocationKind::Unknown => "unknown",
    }
}
