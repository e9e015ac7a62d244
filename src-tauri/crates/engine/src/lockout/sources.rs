//! Attribute sources: the computer each event came from (the 4740 caller computer, else the
//! 4625/4771/4776 workstation or address, an address named as the host another event gives
//! it), counted per source with its addresses and failure times.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use tokenready_model::FailureSource;

use super::causes::retry_pattern;
use super::time::{fmt_when_in, When};
use crate::collect::SecEvent;
use tokenready_i18n::Tr;

fn clean_host(s: &str) -> Option<String> {
    let t = s.trim().trim_start_matches('\\').trim();
    if t.is_empty() || t == "-" {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    // Names compare by their first label (PS01 and ps01.contoso.local are one computer).
    if lower.parse::<std::net::IpAddr>().is_ok() {
        return Some(lower);
    }
    Some(lower.split('.').next().unwrap_or(&lower).to_string())
}

fn clean_ip(s: &str) -> Option<String> {
    let t = s.trim();
    let t = t.strip_prefix("::ffff:").unwrap_or(t);
    if t.is_empty() || t == "-" || t == "::1" || t == "127.0.0.1" {
        return None;
    }
    Some(t.to_ascii_lowercase())
}

/// IP → host, where an event names both.
pub(super) fn ip_names(events: &[(&str, &SecEvent)]) -> HashMap<String, String> {
    let mut ip_host: HashMap<String, String> = HashMap::new();
    for (_, ev) in events {
        if let (Some(ip), Some(host)) = (clean_ip(&ev.ip), clean_host(&ev.workstation)) {
            if host.parse::<std::net::IpAddr>().is_err() {
                ip_host.entry(ip).or_insert(host);
            }
        }
    }
    ip_host
}

/// The source an event came from, and the address it named (when that is not the source).
pub(super) fn source_of(
    ev: &SecEvent,
    ip_host: &HashMap<String, String>,
    notes: &mut BTreeSet<String>,
    tr: Tr,
) -> (Option<String>, Option<String>) {
    let name_of = |ip: String| ip_host.get(&ip).cloned().unwrap_or(ip);
    match ev.event_id {
        4740 => {
            let c = clean_host(&ev.target_domain);
            if c.is_none() {
                notes.insert(tr.fill("note-blank-caller", "A 4740 has a blank caller computer: the 4625, 4771 and 4776 sources stand in for it.", &[]));
            }
            (c, None)
        }
        4625 => {
            let ip = clean_ip(&ev.ip);
            (
                clean_host(&ev.workstation).or_else(|| ip.clone().map(name_of)),
                ip,
            )
        }
        4771 => {
            let ip = clean_ip(&ev.ip);
            (ip.clone().map(name_of), ip)
        }
        4776 => (clean_host(&ev.workstation), None),
        _ => (None, None),
    }
}

/// What is counted per source.
#[derive(Default)]
pub(super) struct SourceAgg {
    addresses: BTreeSet<String>,
    lockouts: u64,
    failures: u64,
    times: Vec<When>,
}

/// Counts one event under its source.
pub(super) fn count(
    agg: &mut SourceAgg,
    source: &str,
    address: Option<String>,
    is_lockout: bool,
    is_failure: bool,
    when: Option<When>,
) {
    if let Some(a) = address.filter(|a| a != source) {
        agg.addresses.insert(a);
    }
    if is_lockout {
        agg.lockouts += 1;
    }
    if is_failure {
        agg.failures += 1;
        if let Some(w) = when {
            agg.times.push(w);
        }
    }
}

/// What the notes say about where sources came from.
pub(super) fn notes(
    events: &[(&str, &SecEvent)],
    ip_host: &HashMap<String, String>,
    notes: &mut BTreeSet<String>,
    tr: Tr,
) {
    let any_4740_caller = events
        .iter()
        .any(|(_, e)| e.event_id == 4740 && clean_host(&e.target_domain).is_some());
    if !any_4740_caller && events.iter().any(|(_, e)| e.event_id != 4740) {
        notes.insert(tr.fill(
            "note-no-caller",
            "No 4740 names a caller computer: sources come from 4625, 4771 and 4776.",
            &[],
        ));
    }
    if !ip_host.is_empty() {
        notes.insert(tr.fill(
            "note-ip-names",
            "{n} IP address(es) shown as the host another event names for them.",
            &[("n", ip_host.len().into())],
        ));
    }
}

/// The sources, most lockouts and failures first, and those whose failures follow the agent's
/// retry schedule.
pub(super) fn finish(
    sources: BTreeMap<String, SourceAgg>,
    tr: Tr,
) -> (Vec<FailureSource>, BTreeSet<String>) {
    let mut storm_sources = BTreeSet::new();
    let mut out: Vec<FailureSource> = sources
        .into_iter()
        .map(|(source, a)| {
            let first = a.times.iter().min().copied();
            let last = a.times.iter().max().copied();
            let retry_pattern = retry_pattern(&a.times, tr);
            if retry_pattern.is_some() {
                storm_sources.insert(source.clone());
            }
            FailureSource {
                source,
                addresses: a.addresses.into_iter().collect(),
                lockouts: a.lockouts,
                failures: a.failures,
                first_seen: first.map(|w| fmt_when_in(w, tr)),
                last_seen: last.map(|w| fmt_when_in(w, tr)),
                retry_pattern,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (b.lockouts, b.failures)
            .cmp(&(a.lockouts, a.failures))
            .then(a.source.cmp(&b.source))
    });
    (out, storm_sources)
}
