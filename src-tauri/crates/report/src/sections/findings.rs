//! What was found: the findings with their evidence, the scenario table, and the lockouts.

use tokenready_model::{LocationKind, Report};

use super::sev;
use crate::layout::{Doc, Style};

/// The findings, each with its evidence and remediation.
pub(crate) fn findings(d: &mut Doc, report: &Report) {
    d.para("Findings", Style::Heading1);
    for f in &report.findings {
        d.keep(60.0);
        d.para(
            &format!("[{}] {} — {}", sev(f.severity), f.id, f.title),
            Style::Heading2,
        );
        if let Some(a) = &f.accepted {
            d.banner(&format!(
                "Accepted risk: {} — accepted by {}, until {}.",
                a.reason, a.name, a.expiry
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
                        place.push(format!("line {l}"));
                    }
                    if let Some(r) = e.record {
                        place.push(format!("record {r}"));
                    }
                    vec![
                        e.file.clone(),
                        place.join(", "),
                        e.excerpt.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            d.table(
                &["Evidence", "Where", "Excerpt"],
                &[0.38, 0.14, 0.48],
                &rows,
            );
        }
        d.para(&format!("Remediation: {}", f.remediation), Style::Body);
        if !f.references.is_empty() {
            d.para(
                &format!("References: {}", f.references.join(", ")),
                Style::Small,
            );
        }
    }
}

/// The scenario table.
pub(crate) fn scenarios(d: &mut Doc, report: &Report) {
    d.para("How agents will authenticate", Style::Heading1);
    d.para("KB 431190: HTTP/HTTPS package locations use token-based authentication; UNC locations use the ACC; a token failure with the fallback enabled uses the ACC.", Style::Body);
    let groups = [
        (
            "HTTP/HTTPS package locations",
            vec![LocationKind::Http, LocationKind::Https],
            "Token-based authentication",
        ),
        ("UNC package locations", vec![LocationKind::Unc], "ACC"),
        (
            "Local paths on the NS",
            vec![LocationKind::Local],
            "Review (published code bases)",
        ),
        (
            "Mapped drives",
            vec![LocationKind::MappedDrive],
            "Review (may hide a share)",
        ),
        ("Unrecognised values", vec![LocationKind::Unknown], "Review"),
    ];
    let mut rows: Vec<Vec<String>> = groups
        .iter()
        .map(|(name, kinds, auth)| {
            let n = report
                .locations
                .iter()
                .filter(|l| kinds.contains(&l.kind))
                .count();
            vec![name.to_string(), n.to_string(), auth.to_string()]
        })
        .collect();
    rows.push(vec![
        "Token failure with the fallback enabled".into(),
        "—".into(),
        match report.parameters.fallback {
            Some(tokenready_model::Fallback::On) => "ACC (fallback on)".into(),
            Some(tokenready_model::Fallback::Off) => "None: fails (fallback off)".into(),
            None => "ACC if the fallback is enabled".into(),
        },
    ]);
    d.table(
        &["Scenario", "Locations", "Authentication used"],
        &[0.45, 0.15, 0.4],
        &rows,
    );
}

/// Lockouts: sources, causes and the timeline chart.
pub(crate) fn lockouts(d: &mut Doc, report: &Report) {
    let a = &report.lockout_analysis;
    d.para("ACC lockouts", Style::Heading1);
    d.para(
        &format!(
            "Account: {}. Events counted once per computer and record: {}.",
            report.lockouts.account.as_deref().unwrap_or("all accounts"),
            report
                .lockouts
                .events_by_id
                .iter()
                .map(|(k, n)| format!("{k}: {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Style::Body,
    );
    if let Some(m) = &report.lockouts.matched_by_key {
        let first = m
            .evidence
            .first()
            .map(|e| {
                format!(
                    " First: {} ({}).",
                    e.excerpt.as_deref().unwrap_or(""),
                    e.file
                )
            })
            .unwrap_or_default();
        d.para(
            &format!(
                "{} event(s) from exports without record IDs were the same event as one already counted (matched by computer, time to the second in UTC, event ID, account and caller) and were counted once.{first}",
                m.count
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
            &[
                "Source",
                "Addresses",
                "Lockouts",
                "Failures",
                "Retry pattern",
            ],
            &[0.16, 0.16, 0.1, 0.1, 0.48],
            &rows,
        );
    }
    if !a.timeline.is_empty() {
        d.para(
            "Lockouts (dark) and failed logons (light) per hour",
            Style::Heading2,
        );
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
            &format!("Cause: {} ({} event(s))", c.title, c.count),
            Style::Heading2,
        );
        if !c.sources.is_empty() {
            d.para(&format!("From: {}", c.sources.join(", ")), Style::Body);
        }
        d.para(&format!("Fix: {}", c.fix), Style::Body);
        d.para(&format!("Verify: {}", c.verification), Style::Body);
    }
    for n in &a.notes {
        d.para(n, Style::Small);
    }
}
