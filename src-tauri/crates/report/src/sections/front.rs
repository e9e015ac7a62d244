//! The front of the report: the cover, the executive summary, and what was analysed.

use tokenready_model::{LocationKind, Report, Severity};

use super::{cols, yes};
use crate::layout::{Doc, Style};

/// The cover: engagement, the verdict with its key figures (a board member may read only
/// this page), when and by what it was made.
pub(crate) fn cover(d: &mut Doc, report: &Report) {
    let tr = d.tr;
    let e = &report.engagement;
    let v = &report.verdict;
    d.space(110.0);
    d.para(&tr.t("cover-title"), Style::Title);
    d.para(&tr.t("cover-subtitle"), Style::Subtitle);
    d.space(30.0);
    let date = tr.date(e.date.as_deref().unwrap_or(&report.generated_at[..10]));
    for (k, val) in [
        ("cover-customer", e.customer.as_deref().unwrap_or("—")),
        ("cover-consultant", e.consultant.as_deref().unwrap_or("—")),
        ("cover-date", date.as_str()),
        ("cover-scope", e.scope.as_deref().unwrap_or("—")),
    ] {
        d.para(
            &tr.args("field", &[("label", tr.t(k).into()), ("value", val.into())]),
            Style::Body,
        );
    }
    d.space(20.0);
    let one_line = if !v.token_supported {
        "verdict-not-supported"
    } else if report
        .findings
        .iter()
        .any(|f| f.severity == Severity::Critical)
    {
        "verdict-critical"
    } else if v.acc_required {
        "verdict-acc-kept"
    } else {
        "verdict-ready"
    };
    d.para(
        &tr.args("cover-verdict", &[("verdict", tr.t(one_line).into())]),
        Style::Heading2,
    );
    if !v.evidence_complete {
        d.banner(&tr.t("cover-incomplete"));
    }
    d.space(8.0);
    d.para(&tr.t("cover-figures"), Style::Heading2);
    let n = |s| report.findings.iter().filter(|f| f.severity == s).count() as u64;
    let unc = report
        .locations
        .iter()
        .filter(|l| l.kind == LocationKind::Unc)
        .count() as u64;
    let (lockouts, failures) = lockout_counts(report);
    let t = &report.totals;
    d.table(
        &[tr.t("col-question").as_str(), tr.t("col-answer").as_str()],
        &[0.7, 0.3],
        &[
            vec![
                tr.t("cover-fig-findings"),
                format!(
                    "{} / {} / {}",
                    tr.number(n(Severity::Critical)),
                    tr.number(n(Severity::High)),
                    tr.number(report.findings.len() as u64)
                ),
            ],
            vec![
                tr.t("cover-fig-unc"),
                format!(
                    "{} / {}",
                    tr.number(unc),
                    tr.number(report.locations.len() as u64)
                ),
            ],
            vec![
                tr.t("cover-fig-events"),
                format!("{} / {}", tr.number(lockouts), tr.number(failures)),
            ],
            vec![
                tr.t("cover-fig-inputs"),
                format!("{} / {}", tr.number(t.files), tr.number(t.errors)),
            ],
        ],
    );
    d.space(16.0);
    d.para(
        &tr.args(
            "cover-generated",
            &[
                ("when", report.generated_at.as_str().into()),
                ("tool", report.tool.name.as_str().into()),
                ("version", report.tool.version.as_str().into()),
            ],
        ),
        Style::Small,
    );
}

/// Lockouts (4740) and failed logons (4625, 4771, 4776) of the account.
fn lockout_counts(report: &Report) -> (u64, u64) {
    let g = |k: &str| report.lockouts.events_by_id.get(k).copied().unwrap_or(0);
    (g("4740"), g("4625") + g("4771") + g("4776"))
}

/// The executive summary: the verdict's summary and the key answers (new page).
pub(crate) fn summary(d: &mut Doc, report: &Report) {
    let tr = d.tr;
    let v = &report.verdict;
    d.new_page();
    d.para(&tr.t("summary-title"), Style::Heading1);
    d.para(&v.summary, Style::Body);
    let n = |s| report.findings.iter().filter(|f| f.severity == s).count();
    let (lockouts, failures) = lockout_counts(report);
    d.table(
        &[tr.t("col-question").as_str(), tr.t("col-answer").as_str()],
        &[0.6, 0.4],
        &[
            vec![tr.t("summary-token"), yes(tr, v.token_supported)],
            vec![tr.t("summary-acc"), yes(tr, v.acc_required)],
            vec![tr.t("summary-evidence"), yes(tr, v.evidence_complete)],
            vec![
                tr.t("summary-findings"),
                format!(
                    "{} / {} / {} / {} / {}",
                    n(Severity::Critical),
                    n(Severity::High),
                    n(Severity::Medium),
                    n(Severity::Low),
                    n(Severity::Info)
                ),
            ],
            vec![
                tr.t("cover-fig-events"),
                format!("{} / {}", tr.number(lockouts), tr.number(failures)),
            ],
        ],
    );
}

/// What was analysed: totals, every input, what could not be read, what is missing.
pub(crate) fn analysed(d: &mut Doc, report: &Report) {
    // Evidence paths relative to the root they were found under (named in the inputs section).
    let shown = |p: &str| crate::layout::rel(&report.evidence_roots, p);
    let tr = d.tr;
    d.para(&tr.t("analysed-title"), Style::Heading1);
    let t = &report.totals;
    d.para(
        &tr.args(
            "analysed-totals",
            &[
                ("files", t.files.into()),
                ("bytes", tr.number(t.bytes).into()),
                ("records", t.records.into()),
                ("errors", t.errors.into()),
            ],
        ),
        Style::Body,
    );
    for root in &report.evidence_roots {
        d.para(
            &tr.args("inputs-root", &[("root", root.as_str().into())]),
            Style::Small,
        );
    }
    if t.errors > 0 {
        d.banner(&tr.args("analysed-unreadable", &[("errors", t.errors.into())]));
    }
    let rows: Vec<Vec<String>> = report
        .inputs
        .iter()
        .map(|i| {
            vec![
                shown(&i.path),
                i.kind.as_str().into(),
                i.records.to_string(),
                i.errors.to_string(),
                i.sha256.clone(),
            ]
        })
        .collect();
    d.table(
        &cols(
            tr,
            &[
                "col-file",
                "col-kind",
                "col-records",
                "col-errors",
                "col-sha256",
            ],
        ),
        &[0.36, 0.12, 0.09, 0.07, 0.36],
        &rows,
    );
    // Exports in another language: which table read them, or that only their structure did,
    // and how their dates were read (a reader needs this to trust the times).
    let localized: Vec<Vec<String>> = report
        .inputs
        .iter()
        .filter_map(|i| {
            let lang = i.language.as_deref()?;
            let how = match lang {
                "structure" => tr.t("localized-structure"),
                tag => tr.args("localized-table", &[("tag", tag.into())]),
            };
            let dates = i
                .note
                .as_deref()
                .and_then(|n| n.split("; ").find(|p| p.starts_with("dates read as")))
                .map(str::to_string)
                .unwrap_or_else(|| tr.t("localized-no-dates"));
            Some(vec![
                shown(&i.path),
                lang.to_string(),
                format!("{how}; {dates}"),
            ])
        })
        .collect();
    if !localized.is_empty() {
        d.para(&tr.t("localized-title"), Style::Heading2);
        d.table(
            &cols(tr, &["col-file", "col-language", "col-how-read"]),
            &[0.35, 0.12, 0.53],
            &localized,
        );
    }
    let problems: Vec<Vec<String>> = report
        .inputs
        .iter()
        .flat_map(|i| {
            i.problems.iter().map(move |p| {
                let mut place = vec![];
                if let Some(l) = p.place.line {
                    place.push(tr.args("place-line", &[("n", l.into())]));
                }
                if let Some(r) = p.place.record {
                    place.push(tr.args("place-record", &[("n", r.into())]));
                }
                if let Some(o) = p.place.offset {
                    place.push(tr.args("place-offset", &[("n", o.into())]));
                }
                vec![shown(&i.path), place.join(", "), p.message.clone()]
            })
        })
        .collect();
    if !problems.is_empty() {
        d.para(&tr.t("problems-title"), Style::Heading2);
        d.table(
            &cols(tr, &["col-file", "col-where", "col-what"]),
            &[0.35, 0.15, 0.5],
            &problems,
        );
    }
    if !report.skipped.is_empty() {
        d.para(&tr.t("skipped-title"), Style::Heading2);
        let rows: Vec<Vec<String>> = report
            .skipped
            .iter()
            .map(|s| vec![shown(&s.path), s.reason.clone()])
            .collect();
        d.table(
            &cols(tr, &["col-in-folders", "col-why-not-read"]),
            &[0.4, 0.6],
            &rows,
        );
    }
    if !report.missing_evidence.is_empty() {
        d.para(&tr.t("missing-title"), Style::Heading2);
        let rows: Vec<Vec<String>> = report
            .missing_evidence
            .iter()
            .map(|m| vec![m.what.clone(), m.why.clone(), m.how_to_collect.clone()])
            .collect();
        d.table(
            &cols(
                tr,
                &["col-evidence-item", "col-why-matters", "col-how-collect"],
            ),
            &[0.22, 0.3, 0.48],
            &rows,
        );
    }
}
