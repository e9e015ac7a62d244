//! The follow-up: before and after the rollout, what each DC's logs cover, and what changed
//! since the baseline. Printed only when the report has a comparison.

use std::collections::BTreeMap;

use tokenready_model::{Comparison, Report};

use super::{cols, serde_kind};
use crate::layout::{Doc, Style};

/// "Before and after the rollout".
pub(crate) fn followup(d: &mut Doc, report: &Report) {
    let Some(c) = &report.comparison else {
        return;
    };
    let tr = d.tr;
    d.para(&tr.t("followup-title"), Style::Heading1);
    let mut intro = match &c.rollout_at {
        Some(r) => tr.args("followup-rollout", &[("when", r.as_str().into())]),
        None => tr.t("followup-no-rollout"),
    };
    if let Some(b) = &c.baseline {
        intro.push(' ');
        intro.push_str(&tr.args(
            "followup-baseline",
            &[
                ("when", b.generated_at.as_str().into()),
                ("path", b.path.as_str().into()),
                ("sha", (&b.sha256[..b.sha256.len().min(16)]).into()),
            ],
        ));
    }
    d.para(&intro, Style::Body);
    let rows: Vec<Vec<String>> = c
        .events
        .before
        .iter()
        .map(|(id, n)| {
            let after = c.events.after.get(id).copied().unwrap_or(0);
            vec![
                tr.args("event-id", &[("id", id.to_string().into())]),
                tr.number(*n),
                tr.number(after),
            ]
        })
        .collect();
    d.table(
        &cols(tr, &["col-events-account", "col-before", "col-after"]),
        &[0.5, 0.25, 0.25],
        &rows,
    );
    chart(d, report, c.rollout_at.as_deref());
    if !c.sources.is_empty() {
        let rows: Vec<Vec<String>> = c
            .sources
            .iter()
            .map(|s| vec![s.computer.clone(), tr.number(s.before), tr.number(s.after)])
            .collect();
        d.table(
            &cols(tr, &["col-caller", "col-before", "col-after"]),
            &[0.5, 0.25, 0.25],
            &rows,
        );
    }
    if !c.signals.is_empty() {
        let rows: Vec<Vec<String>> = c
            .signals
            .iter()
            .map(|s| vec![s.kind.clone(), tr.number(s.before), tr.number(s.after)])
            .collect();
        d.table(
            &cols(tr, &["col-signal", "col-before", "col-after"]),
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
    let tr = d.tr;
    if !c.coverage.is_empty() {
        d.para(&tr.t("coverage-title"), Style::Heading2);
        let rows: Vec<Vec<String>> = c
            .coverage
            .iter()
            .map(|v| {
                vec![
                    v.computer.clone(),
                    v.first.clone().unwrap_or_default(),
                    v.last.clone().unwrap_or_default(),
                    if v.covers_after {
                        tr.t("yes")
                    } else {
                        tr.t("coverage-no")
                    },
                ]
            })
            .collect();
        d.table(
            &cols(
                tr,
                &["col-computer", "col-first", "col-last", "col-reaches"],
            ),
            &[0.28, 0.22, 0.22, 0.28],
            &rows,
        );
    }
}

/// Locations and findings against the baseline.
fn since_baseline(d: &mut Doc, c: &Comparison) {
    let tr = d.tr;
    d.para(&tr.t("since-title"), Style::Heading2);
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
            tr.t("none")
        } else {
            k.join(", ")
        }
    };
    let ids = |v: &[String]| {
        if v.is_empty() {
            tr.t("none")
        } else {
            v.join(", ")
        }
    };
    for (id, list) in [
        ("since-added", keys(&c.locations.added)),
        ("since-removed", keys(&c.locations.removed)),
        ("since-resolved", ids(&c.findings.resolved)),
        ("since-new", ids(&c.findings.new)),
        ("since-open", ids(&c.findings.still_open)),
    ] {
        d.para(&tr.args(id, &[("list", list.into())]), Style::Body);
    }
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
    let title = if unit == "hour" {
        "chart-followup-hour"
    } else {
        "chart-followup-day"
    };
    d.keep(crate::layout::CHART_HEIGHT);
    d.para(&d.tr.t(title), Style::Heading2);
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
