//! From what the inputs yielded to the report's conclusions: one entry per normalised location,
//! lockout counts and sources, log indicators.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use tokenready_model::{
    EvidenceRef, KeyMatches, Location, LocationKind, LockoutSource, Lockouts, LogIndicator,
    Parameters,
};

use crate::collect::SignalAgg;
use crate::events::SECURITY_PROVIDER;
use crate::intake::Read1;
use crate::unc::{classify, Context};

/// Evidence items kept per location (the `sightings` count is complete).
pub const MAX_EVIDENCE_PER_LOCATION: usize = 20;
/// Package names kept per location.
pub const MAX_PACKAGES_PER_LOCATION: usize = 200;

pub const SOFTWARE_LIBRARY: &str = "software-library";
pub const DS_IMAGE_STORE: &str = "ds-image-store";

struct Group {
    loc: Location,
    sources: Vec<String>,
    packages: BTreeSet<String>,
}

/// Maps `f` over `items` on every core, keeping the order.
fn parallel_map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    let n = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if n < 2 || items.len() < 4096 {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(n);
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|c| s.spawn(|| c.iter().map(&f).collect::<Vec<U>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("classifier thread"))
            .collect()
    })
}

/// One sighting of a location: where (an input path, or `software-library` /
/// `ds-image-store`), as written, its place, its package, and how many more sightings it
/// stands for.
type Sighting<'a> = (&'a str, &'a str, EvidenceRef, Option<&'a str>, u64);

/// One entry per distinct normalised location, UNC first.
pub fn locations(reads: &[Read1], params: &Parameters) -> Vec<Location> {
    let items = sightings(reads, params);
    let (ctx, on_server) = (Context::default(), Context::on_server());
    let classified = parallel_map(&items, |(source, raw, _, _, _)| {
        let configured = *source == SOFTWARE_LIBRARY || *source == DS_IMAGE_STORE;
        classify(raw, if configured { &on_server } else { &ctx })
    });
    let mut groups: HashMap<String, Group> = HashMap::new();
    for ((source, raw, ev, package, extra), mut c) in items.into_iter().zip(classified) {
        // The key moves into the map; the group's copy is made from it once, when it is new.
        let g = match groups.entry(std::mem::take(&mut c.normalized)) {
            std::collections::hash_map::Entry::Occupied(o) => o.into_mut(),
            std::collections::hash_map::Entry::Vacant(v) => {
                let normalized = v.key().clone();
                v.insert(Group::new(raw, normalized, c))
            }
        };
        g.add(source, raw, ev, package, extra);
    }
    let mut out: Vec<Location> = groups.into_values().map(Group::finish).collect();
    out.sort_by(|a, b| (a.kind, &a.normalized).cmp(&(b.kind, &b.normalized)));
    out
}

/// Every sighting in the inputs, then the configured Software Library and DS image store.
fn sightings<'a>(reads: &'a [Read1], params: &'a Parameters) -> Vec<Sighting<'a>> {
    let mut items: Vec<Sighting<'a>> = Vec::new();
    for r in reads {
        for s in &r.result.sightings {
            items.push((
                &r.input.path,
                &s.raw,
                EvidenceRef {
                    file: String::new(), // filled only for the evidence kept
                    line: s.line,
                    record: s.record,
                    excerpt: None,
                },
                s.package.as_deref(),
                s.extra,
            ));
        }
    }
    for (value, source) in [
        (&params.software_library, SOFTWARE_LIBRARY),
        (&params.ds_image_store, DS_IMAGE_STORE),
    ] {
        if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
            items.push((
                source,
                v,
                EvidenceRef {
                    file: String::new(),
                    line: None,
                    record: None,
                    excerpt: None,
                },
                None,
                0,
            ));
        }
    }
    items
}

impl Group {
    /// A location first seen as `raw`, classified as `c` (whose key is `normalized`).
    fn new(raw: &str, normalized: String, c: crate::unc::Classified) -> Group {
        Group {
            loc: Location {
                location: raw.trim().to_string(),
                normalized,
                kind: c.kind,
                host: c.host,
                share: c.share,
                auth: c.auth,
                auth_reason: std::borrow::Cow::Borrowed(c.auth_reason),
                sources: vec![],
                packages: vec![],
                evidence: vec![],
                sightings: 0,
            },
            sources: Vec::new(),
            packages: BTreeSet::new(),
        }
    }

    /// Counts one more sighting, keeping its source, its package and (for the first few) its
    /// evidence.
    fn add(
        &mut self,
        source: &str,
        raw: &str,
        mut ev: EvidenceRef,
        package: Option<&str>,
        extra: u64,
    ) {
        self.loc.sightings += 1 + extra;
        if !self.sources.iter().any(|s| s == source) {
            self.sources.push(source.to_string());
        }
        if let Some(p) = package {
            if self.packages.len() < MAX_PACKAGES_PER_LOCATION && !self.packages.contains(p) {
                self.packages.insert(p.to_string());
            }
        }
        if self.loc.evidence.len() < MAX_EVIDENCE_PER_LOCATION {
            ev.file = source.to_string();
            ev.excerpt = Some(raw.to_string());
            self.loc.evidence.push(ev);
        }
    }

    fn finish(mut self) -> Location {
        self.sources.sort();
        self.loc.sources = self.sources;
        self.loc.packages = self.packages.into_iter().collect();
        self.loc
    }
}

/// The ACC account as given: user and optional domain, lower-case and trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub user: String,
    pub domain: Option<String>,
}

impl Account {
    pub fn parse(s: &str) -> Option<Account> {
        let s = s.trim();
        if s.is_empty() {
            return None;
        }
        let (user, domain) = if let Some((d, u)) = s.split_once('\\') {
            (u, Some(d))
        } else if let Some((u, d)) = s.split_once('@') {
            (u, Some(d))
        } else {
            (s, None)
        };
        Some(Account {
            user: user.trim().to_lowercase(),
            domain: domain
                .map(|d| d.trim().to_lowercase())
                .filter(|d| !d.is_empty()),
        })
    }

    /// Does an event's account (user, and domain where the event has one) match?
    pub fn matches(&self, user: &str, domain: Option<&str>) -> bool {
        let Some(ev) = Account::parse(user) else {
            return false;
        };
        if ev.user != self.user {
            return false;
        }
        let ev_domain = ev.domain.or_else(|| {
            domain
                .map(|d| d.trim().to_lowercase())
                .filter(|d| !d.is_empty() && d != "-")
        });
        match (&self.domain, ev_domain) {
            (Some(want), Some(have)) => same_domain(want, &have),
            _ => true,
        }
    }
}

/// `CONTOSO` matches `contoso.local`: NetBIOS names compare with the first DNS label.
fn same_domain(a: &str, b: &str) -> bool {
    a == b || a.split('.').next() == b.split('.').next()
}

/// What matches an event with no record ID to the same event in another export: computer,
/// time to the second (UTC), event ID, account and caller (lower-case). The texts are kept once
/// in a [`Names`] table and stand in the key by their number: a key is 28 bytes, not three
/// strings, for each of the millions of events a SIEM export can hold.
type MatchKey = (u32, chrono::NaiveDateTime, u32, u32, u32);

/// Each distinct text once, numbered in order of first use.
#[derive(Default)]
struct Names(HashMap<String, u32>);

impl Names {
    fn id(&mut self, text: &str) -> u32 {
        if let Some(&n) = self.0.get(text) {
            return n;
        }
        let n = u32::try_from(self.0.len()).expect("fewer than 4 billion distinct names");
        self.0.insert(text.to_string(), n);
        n
    }
}

fn match_key(ev: &crate::collect::SecEvent, names: &mut Names) -> Option<MatchKey> {
    use chrono::Timelike;
    if ev.computer.is_empty() || !ev.time_is_utc {
        return None;
    }
    let w = crate::lockout::event_time(ev, None).filter(|w| w.utc)?;
    Some((
        names.id(&ev.computer),
        w.at.with_nanosecond(0)?,
        ev.event_id,
        names.id(&ev.target_user.trim().to_lowercase()),
        names.id(&ev.target_domain.trim().to_lowercase()),
    ))
}

/// Counts per EventID for the account, each event once (Computer + EventRecordID), Security
/// provider only; 4740 caller computers ranked.
/// Also returns the counted events with the input path each came from.
pub fn lockouts<'a>(
    reads: &'a [Read1],
    params: &Parameters,
    tr: tokenready_i18n::Tr,
) -> (Lockouts, Vec<(&'a str, &'a crate::collect::SecEvent)>) {
    let account = params.account.as_deref().and_then(Account::parse);
    // Computer (by its number in `names`) + EventRecordID of every counted event.
    let mut names = Names::default();
    let mut seen: HashSet<(u32, u64)> = HashSet::new();
    // The fallback key with its occurrence in its export → the export that counted it; all
    // counted events, and those without record ID.
    let mut by_key: HashMap<(MatchKey, u32), &str> = HashMap::new();
    let mut by_key_norec: HashMap<(MatchKey, u32), &str> = HashMap::new();
    let mut matched = KeyMatches::default();
    let mut by_id: BTreeMap<String, u64> = ["4740", "4625", "4771", "4776"]
        .iter()
        .map(|k| (k.to_string(), 0))
        .collect();
    let mut callers: BTreeMap<String, u64> = BTreeMap::new();
    let mut kept = Vec::new();
    // Keys match an event without record ID to the same event elsewhere: when every event has
    // one (EVTX, XML, most SIEM exports), no key is ever looked up and none is kept.
    let keyed = reads.iter().any(|r| {
        r.result
            .events
            .iter()
            .any(|e| e.record_id.is_none() || e.computer.is_empty())
    });
    for r in reads {
        let mut nth: HashMap<MatchKey, u32> = HashMap::new();
        for ev in &r.result.events {
            if !ev.provider.trim().eq_ignore_ascii_case(SECURITY_PROVIDER) {
                continue;
            }
            if let Some(acc) = &account {
                // 4740's TargetDomainName is the caller computer, not a domain.
                let domain = (ev.event_id != 4740).then_some(&*ev.target_domain);
                if !acc.matches(&ev.target_user, domain) {
                    continue;
                }
            }
            let key = keyed.then(|| match_key(ev, &mut names)).flatten().map(|k| {
                let n = nth.entry(k).or_default();
                *n += 1;
                (k, *n)
            });
            let with_record = !ev.computer.is_empty() && ev.record_id.is_some();
            if let (true, Some(id)) = (with_record, ev.record_id) {
                if !seen.insert((names.id(&ev.computer), id)) {
                    continue;
                }
            }
            // An event with a record ID matches by key only an event that had none.
            let earlier = key.as_ref().and_then(|k| {
                if with_record {
                    by_key_norec.get(k)
                } else {
                    by_key.get(k)
                }
            });
            if let Some(first) = earlier {
                matched.count += 1;
                if matched.evidence.len() < crate::collect::MAX_SAMPLES * 2 {
                    matched.evidence.push(EvidenceRef {
                        file: r.input.path.clone(),
                        line: ev.place.line,
                        record: ev.record_id.or(ev.place.record),
                        excerpt: Some(tr.fill(
                            "excerpt-matched",
                            "{id} {user} at {time} on {computer}: already counted from {first}",
                            &[
                                ("id", ev.event_id.to_string().into()),
                                ("user", ev.target_user.as_str().into()),
                                ("time", ev.time.as_deref().unwrap_or("").into()),
                                ("computer", ev.computer.as_str().into()),
                                ("first", (*first).into()),
                            ],
                        )),
                    });
                }
                continue;
            }
            if let Some(k) = key {
                if !with_record {
                    by_key_norec.insert(k, r.input.path.as_str());
                }
                by_key.insert(k, r.input.path.as_str());
            }
            *by_id.entry(ev.event_id.to_string()).or_default() += 1;
            if ev.event_id == 4740 {
                let caller = ev.target_domain.trim().to_lowercase();
                if !caller.is_empty() && caller != "-" {
                    *callers.entry(caller).or_default() += 1;
                }
            }
            kept.push((r.input.path.as_str(), &**ev));
        }
    }
    let mut sources: Vec<LockoutSource> = callers
        .into_iter()
        .map(|(computer, count)| LockoutSource { computer, count })
        .collect();
    sources.sort_by(|a, b| b.count.cmp(&a.count).then(a.computer.cmp(&b.computer)));
    (
        Lockouts {
            account: params.account.as_ref().map(|a| a.trim().to_string()),
            events_by_id: by_id,
            sources,
            matched_by_key: (matched.count > 0).then_some(matched),
        },
        kept,
    )
}

/// Log signals per kind across all NS and agent logs.
pub fn log_indicators(reads: &[Read1]) -> Vec<LogIndicator> {
    let mut merged: BTreeMap<String, (SignalAgg, Vec<EvidenceRef>)> = BTreeMap::new();
    for r in reads {
        for (kind, agg) in &r.result.signals {
            let (m, samples) = merged.entry(kind.clone()).or_default();
            m.count += agg.count;
            m.hosts.extend(agg.hosts.iter().cloned());
            if let Some(f) = &agg.first {
                if m.first.as_ref().is_none_or(|(k, _)| &f.0 < k) {
                    m.first = Some(f.clone());
                }
            }
            if let Some(l) = &agg.last {
                if m.last.as_ref().is_none_or(|(k, _)| &l.0 > k) {
                    m.last = Some(l.clone());
                }
            }
            for (line, excerpt) in &agg.samples {
                if samples.len() < crate::collect::MAX_SAMPLES {
                    samples.push(EvidenceRef {
                        file: r.input.path.clone(),
                        line: Some(*line),
                        record: None,
                        excerpt: Some(excerpt.clone()),
                    });
                }
            }
        }
    }
    let order = |k: &str| {
        crate::nslog::SIGNALS
            .iter()
            .position(|s| s.kind == k)
            .unwrap_or(usize::MAX)
    };
    let mut out: Vec<LogIndicator> = merged
        .into_iter()
        .map(|(kind, (agg, samples))| LogIndicator {
            kind,
            count: agg.count,
            hosts: agg.hosts.into_iter().collect(),
            first_seen: agg.first.map(|f| f.1),
            last_seen: agg.last.map(|l| l.1),
            samples,
        })
        .collect();
    out.sort_by_key(|i| (order(&i.kind), i.kind.clone()));
    out
}

/// Is this version 8.7.3 or later? `None` when it cannot be read.
pub fn token_capable(version: &str) -> Option<bool> {
    let parts: Vec<u32> = version
        .trim()
        .split(['.', ' '])
        .take(3)
        .map(|p| p.parse().ok())
        .collect::<Option<Vec<u32>>>()?;
    let v = (
        *parts.first()?,
        parts.get(1).copied().unwrap_or(0),
        parts.get(2).copied().unwrap_or(0),
    );
    Some(v >= (8, 7, 3))
}

pub fn has_unc(locations: &[Location]) -> bool {
    locations.iter().any(|l| l.kind == LocationKind::Unc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        for (v, want) in [
            ("8.6", Some(false)),
            ("8.7", Some(false)),
            ("8.7.2", Some(false)),
            ("8.7.3", Some(true)),
            ("8.8", Some(true)),
            ("8.8.1", Some(true)),
            ("9", Some(true)),
            ("8.7.3.1234", Some(true)),
            ("eight", None),
            ("", None),
        ] {
            assert_eq!(token_capable(v), want, "{v}");
        }
    }

    #[test]
    fn account_matching_per_contract() {
        let a = Account::parse(r"CONTOSO\svc_ACC ").unwrap();
        assert!(a.matches("svc_acc", Some("CONTOSO")));
        assert!(a.matches("SVC_ACC ", Some("contoso.local")));
        assert!(a.matches("svc_acc", None));
        assert!(a.matches("svc_acc@contoso.local", None));
        assert!(!a.matches("svc_acc", Some("FABRIKAM")));
        assert!(!a.matches("other", Some("CONTOSO")));
        let bare = Account::parse("svc_acc").unwrap();
        assert!(bare.matches("svc_acc", Some("ANY")));
        let upn = Account::parse("svc_acc@contoso.local").unwrap();
        assert_eq!(upn.domain.as_deref(), Some("contoso.local"));
        assert!(upn.matches("svc_acc", Some("CONTOSO")));
        assert_eq!(Account::parse("  "), None);
    }
}
