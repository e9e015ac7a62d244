//! What was found: the findings with their evidence, the scenario table, and the lockouts.

use tokenready_model::{LocationKind, Report};

use super::{cols, sev};
use crate::layout::{Doc, Style, CHART_HEIGHT};

/// The findings, each with its evidence and remediation.
pub(crate) fn findings(d: &mut Doc, report: &Report) {
    // Evidence paths relative to the root they were found under (named in the inputs section).
    let shown = |p: &str| crate::layout::rel(&report.evidence_roots, p);
    let tr = d.tr;
    d.para(&tr.t("findings-title"), Style::Heading1);
    for f in &report.findings {
        d.keep(60.0);
        d.para(
            &tr.args(
                "finding-heading",
                &[
                    ("severity", sev(tr, f.severity).into()),
                    ("id", f.id.as_str().into()),
                    ("title", f.title.as_str().into()),
                ],
            ),
            Style::Heading2,
        );
        if let Some(a) = &f.accepted {
            d.banner(&tr.args(
                "finding-accepted",
                &[
                    ("reason", a.reason.as_str().into()),
                    ("name", a.name.as_str().into()),
                    ("until", a.expiry.as_str().into()),
                ],
            ));
        }
        d.para(&f.rationale, Style::Body);
        if !f.evidence.is_empty() {
            let rows: Vec<Vec<String>> = f
                .evidence
                .iter()
                .map(|e| {
                    let mut place = vec![];
                    if let Some(l) = e.line {
                        place.push(tr.args("place-line", &[("n", l.into())]));
                    }
                    if let Some(r) = e.record {
                        place.push(tr.args("place-record", &[("n", r.into())]));
                    }
                    vec![
                        shown(&e.file),
                        place.join(", "),
                        e.excerpt.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            d.table(
                &cols(tr, &["col-evidence", "col-where", "col-excerpt"]),
                &[0.38, 0.14, 0.48],
                &rows,
            );
        }
        d.para(
            &tr.args(
                "finding-remediation",
                &[("text", f.remediation.as_str().into())],
            ),
            Style::Body,
        );
        if !f.references.is_empty() {
            d.para(
                &tr.args(
                    "finding-references",
                    &[("refs", f.references.join(", ").into())],
                ),
                Style::Small,
            );
        }
    }
}

/// The scenario table.
pub(crate) fn scenarios(d: &mut Doc, report: &Report) {
    let tr = d.tr;
    d.para(&tr.t("scenarios-title"), Style::Heading1);
    d.para(&tr.t("scenarios-intro"), Style::Body);
    let groups = [
        (
            "scenario-http",
            vec![LocationKind::Http, LocationKind::Https],
            "auth-token-based",
        ),
        ("scenario-unc", vec![LocationKind::Unc], "auth-acc"),
        (
            "scenario-local",
            vec![LocationKind::Local],
            "auth-review-published",
        ),
        (
            "scenario-mapped",
            vec![LocationKind::MappedDrive],
            "auth-review-share",
        ),
        (
            "scenario-unknown",
            vec![LocationKind::Unknown],
            "auth-review",
        ),
    ];
    let mut rows: Vec<Vec<String>> = groups
        .iter()
        .map(|(name, kinds, auth)| {
            let n = report
                .locations
                .iter()
                .filter(|l| kinds.contains(&l.kind))
                .count();
            vec![tr.t(name), tr.number(n as u64), tr.t(auth)]
        })
        .collect();
    rows.push(vec![
        tr.t("scenario-token-failure"),
        "—".into(),
        tr.t(match report.parameters.fallback {
            Some(tokenready_model::Fallback::On) => "auth-fallback-on",
            Some(tokenready_model::Fallback::Off) => "auth-fallback-off",
            None => "auth-fallback-unknown",
        }),
    ]);
    d.table(
        &cols(tr, &["col-scenario", "col-locations", "col-auth-used"]),
        &[0.45, 0.15, 0.4],
        &rows,
    );
}

/// Lockouts: sources, causes and the timeline chart.
pub(crate) fn lockouts(d: &mut Doc, report: &Report) {
    // Evidence paths relative to the root they were found under (named in the inputs section).
    let shown = |p: &str| crate::layout::rel(&report.evidence_roots, p);
    let tr = d.tr;
    let a = &report.lockout_analysis;
    d.para(&tr.t("lockouts-title"), Style::Heading1);
    let account = match report.lockouts.account.as_deref() {
        Some(a) => a.to_string(),
        None => tr.t("lockouts-all-accounts"),
    };
    let counts = report
        .lockouts
        .events_by_id
        .iter()
        .map(|(k, n)| format!("{k}: {}", tr.number(*n)))
        .collect::<Vec<_>>()
        .join(", ");
    d.para(
        &tr.args(
            "lockouts-intro",
            &[("account", account.into()), ("counts", counts.into())],
        ),
        Style::Body,
    );
    if let Some(m) = &report.lockouts.matched_by_key {
        let first = m
            .evidence
            .first()
            .map(|e| {
                format!(
                    " {}",
                    tr.args(
                        "lockouts-matched-first",
                        &[
                            ("excerpt", e.excerpt.as_deref().unwrap_or("").into()),
                            ("file", shown(&e.file).into()),
                        ],
                    )
                )
            })
            .unwrap_or_default();
        d.para(
            &format!(
                "{}{first}",
                tr.args("lockouts-matched", &[("count", m.count.into())])
            ),
            Style::Body,
        );
    }
    if !a.sources.is_empty() {
        let rows: Vec<Vec<String>> = a
            .sources
            .iter()
            .map(|s| {
                vec![
                    s.source.clone(),
                    s.addresses.join(", "),
                    s.lockouts.to_string(),
                    s.failures.to_string(),
                    s.retry_pattern.clone().unwrap_or_default(),
                ]
            })
            .collect();
        d.table(
            &cols(
                tr,
                &[
                    "col-source",
                    "col-addresses",
                    "col-lockouts",
                    "col-failures",
                    "col-retry",
                ],
            ),
            &[0.16, 0.16, 0.1, 0.1, 0.48],
            &rows,
        );
    }
    if !a.timeline.is_empty() {
        // The chart's title stays on the chart's page.
        d.keep(CHART_HEIGHT);
        d.para(&tr.t("chart-per-hour"), Style::Heading2);
        let bars: Vec<(String, u64, u64)> = a
            .timeline
            .iter()
            .map(|b| {
                // `2025-04-16T10:00Z` → `04-16 10:00Z`
                let label = b.hour.chars().skip(5).take(11).collect::<String>();
                (label.replace('T', " "), b.lockouts, b.failures)
            })
            .collect();
        d.bar_chart(&bars);
    }
    for c in &a.causes {
        d.keep(50.0);
        d.para(
            &tr.args(
                "cause-heading",
                &[
                    ("title", c.title.as_str().into()),
                    ("count", c.count.into()),
                ],
            ),
            Style::Heading2,
        );
        if !c.sources.is_empty() {
            d.para(
                &tr.args("cause-from", &[("sources", c.sources.join(", ").into())]),
                Style::Body,
            );
        }
        d.para(
            &tr.args("cause-fix", &[("text", c.fix.as_str().into())]),
            Style::Body,
        );
        d.para(
            &tr.args("cause-verify", &[("text", c.verification.as_str().into())]),
            Style::Body,
        );
    }
    for n in &a.notes {
        d.para(n, Style::Small);
    }
}
