//! The follow-up: before and after the rollout, what each DC's logs cover, and what changed
//! since the baseline. Printed only when the report has a comparison.

use std::collections::BTreeMap;

use tokenready_model::{Comparison, Report};

use super::serde_kind;
use crate::layout::{Doc, Style};

/// "Before and after the rollout".
pub(crate) fn followup(d: &mut Doc, report: &Report) {
    let Some(c) = &report.comparison else {
        return;
    };
    d.para("Before and after the rollout", Style::Heading1);
    let mut intro = match &c.rollout_at {
        Some(r) => format!("Token-based authentication was enabled at {r}. "),
        None => "No rollout instant was given. ".to_string(),
    };
    if let Some(b) = &c.baseline {
        intro.push_str(&format!(
            "Compared with the baseline of {} ({}, SHA-256 {}).",
            b.generated_at,
            b.path,
            &b.sha256[..b.sha256.len().min(16)]
        ));
    }
    d.para(&intro, Style::Body);
    let rows: Vec<Vec<String>> = c
        .events
        .before
        .iter()
        .map(|(id, n)| {
            let after = c.events.after.get(id).copied().unwrap_or(0);
            vec![format!("Event ID {id}"), n.to_string(), after.to_string()]
        })
        .collect();
    d.table(
        &["Security events for the account", "Before", "After"],
        &[0.5, 0.25, 0.25],
        &rows,
    );
    chart(d, report, c.rollout_at.as_deref());
    if !c.sources.is_empty() {
        let rows: Vec<Vec<String>> = c
            .sources
            .iter()
            .map(|s| {
                vec![
                    s.computer.clone(),
                    s.before.to_string(),
                    s.after.to_string(),
                ]
            })
            .collect();
        d.table(
            &["4740 caller computer", "Before", "After"],
            &[0.5, 0.25, 0.25],
            &rows,
        );
    }
    if !c.signals.is_empty() {
        let rows: Vec<Vec<String>> = c
            .signals
            .iter()
            .map(|s| vec![s.kind.clone(), s.before.to_string(), s.after.to_string()])
            .collect();
        d.table(
            &["NS and agent log signal", "Before", "After"],
            &[0.5, 0.25, 0.25],
            &rows,
        );
    }
    coverage(d, c);
    if c.baseline.is_some() {
        since_baseline(d, c);
    }
    for n in &c.notes {
        d.para(n, Style::Small);
    }
}

/// Which computers' Security logs reach past the rollout.
fn coverage(d: &mut Doc, c: &Comparison) {
    if !c.coverage.is_empty() {
        d.para("What the Security logs cover", Style::Heading2);
        let rows: Vec<Vec<String>> = c
            .coverage
            .iter()
            .map(|v| {
                vec![
                    v.computer.clone(),
                    v.first.clone().unwrap_or_default(),
                    v.last.clone().unwrap_or_default(),
                    if v.covers_after {
                        "yes"
                    } else {
                        "no: nothing after the rollout is known"
                    }
                    .into(),
                ]
            })
            .collect();
        d.table(
            &[
                "Computer",
                "First record",
                "Last record",
                "Reaches past the rollout",
            ],
            &[0.28, 0.22, 0.22, 0.28],
            &rows,
        );
    }
}

/// Locations and findings against the baseline.
fn since_baseline(d: &mut Doc, c: &Comparison) {
    d.para("Since the baseline", Style::Heading2);
    let keys = |v: &[tokenready_model::LocationKey]| {
        let k: Vec<String> = v
            .iter()
            .map(|k| {
                let host = k.host.as_deref().unwrap_or("");
                match &k.share {
                    Some(s) => format!("{} {host}\\{s}", serde_kind(k.kind)),
                    None => format!("{} {host}", serde_kind(k.kind)),
                }
            })
            .collect();
        if k.is_empty() {
            "none".to_string()
        } else {
            k.join(", ")
        }
    };
    let ids = |v: &[String]| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join(", ")
        }
    };
    d.para(
        &format!("Locations added: {}.", keys(&c.locations.added)),
        Style::Body,
    );
    d.para(
        &format!("Locations removed: {}.", keys(&c.locations.removed)),
        Style::Body,
    );
    d.para(
        &format!("Findings resolved: {}.", ids(&c.findings.resolved)),
        Style::Body,
    );
    d.para(
        &format!("New findings: {}.", ids(&c.findings.new)),
        Style::Body,
    );
    d.para(
        &format!("Still open: {}.", ids(&c.findings.still_open)),
        Style::Body,
    );
}

/// Lockouts and failures per day (per hour when the events span two days or less), the
/// rollout's bucket marked.
fn chart(d: &mut Doc, report: &Report, rollout: Option<&str>) {
    let timeline = &report.lockout_analysis.timeline;
    let days: std::collections::BTreeSet<&str> =
        timeline.iter().filter_map(|b| b.hour.get(..10)).collect();
    let (len, unit) = if days.len() <= 2 {
        (13, "hour")
    } else {
        (10, "day")
    };
    let mut buckets: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for b in timeline {
        let key = b.hour.get(..len).unwrap_or(&b.hour).to_string();
        let e = buckets.entry(key).or_default();
        e.0 += b.lockouts;
        e.1 += b.failures;
    }
    if buckets.is_empty() {
        return;
    }
    let marked = rollout.and_then(|r| r.get(..len));
    if let Some(r) = marked {
        buckets.entry(r.to_string()).or_default();
    }
    d.para(
        &format!("Lockouts (dark) and failed logons (light) per {unit}; » marks the rollout"),
        Style::Heading2,
    );
    let bars: Vec<(String, u64, u64)> = buckets
        .into_iter()
        .map(|(key, (l, f))| {
            let short = if unit == "hour" {
                key.get(11..)
                    .map(|h| format!("{h}h"))
                    .unwrap_or_else(|| key.clone())
            } else {
                key.get(5..).unwrap_or(&key).to_string()
            };
            let label = if Some(key.as_str()) == marked {
                format!("» {short}")
            } else {
                short
            };
            (label, l, f)
        })
        .collect();
    d.bar_chart(&bars);
}
