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

use tokenready_model::{LocationKind, Severity};
/// The severity as printed.
fn sev(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "CRITICAL",
        Severity::High => "HIGH",
        Severity::Medium => "MEDIUM",
        Severity::Low => "LOW",
        Severity::Info => "INFO",
    }
}

/// A yes/no answer as printed.
fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
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
