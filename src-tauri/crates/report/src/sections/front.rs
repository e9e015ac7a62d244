//! The front of the report: the cover, the executive summary, and what was analysed.

use tokenready_model::{Report, Severity};

use super::yes;
use crate::layout::{Doc, Style};

/// The cover: engagement, one-line verdict, when and by what it was made.
pub(crate) fn cover(d: &mut Doc, report: &Report) {
    let e = &report.engagement;
    let v = &report.verdict;
    d.space(120.0);
    d.para("ACC to token-based authentication", Style::Title);
    d.para(
        "Readiness assessment for Symantec IT Management Suite (KB 431190)",
        Style::Subtitle,
    );
    d.space(30.0);
    for (k, val) in [
        ("Customer", e.customer.as_deref().unwrap_or("—")),
        ("Consultant", e.consultant.as_deref().unwrap_or("—")),
        (
            "Date",
            e.date.as_deref().unwrap_or(&report.generated_at[..10]),
        ),
        ("Scope", e.scope.as_deref().unwrap_or("—")),
    ] {
        d.para(&format!("{k}: {val}"), Style::Body);
    }
    d.space(20.0);
    let one_line = if !v.token_supported {
        "Not ready: token-based authentication is not available on this version."
    } else if report
        .findings
        .iter()
        .any(|f| f.severity == Severity::Critical)
    {
        "Not ready yet: fix the critical findings before the token rollout."
    } else if v.acc_required {
        "Ready for tokens, with the ACC kept for UNC locations."
    } else {
        "Ready for tokens; the ACC can be retired after validation."
    };
    d.para(&format!("Verdict: {one_line}"), Style::Heading2);
    if !v.evidence_complete {
        d.banner("Evidence is incomplete: see \"What was analysed\". The verdict may change when it is collected.");
    }
    d.space(20.0);
    d.para(
        &format!(
            "Generated {} by {} {}.",
            report.generated_at, report.tool.name, report.tool.version
        ),
        Style::Small,
    );
}

/// The executive summary: the verdict's summary and the key answers (new page).
pub(crate) fn summary(d: &mut Doc, report: &Report) {
    let v = &report.verdict;
    d.new_page();
    d.para("Executive summary", Style::Heading1);
    d.para(&v.summary, Style::Body);
    d.table(
        &["Question", "Answer"],
        &[0.6, 0.4],
        &[
            vec![
                "Token-based authentication available (8.7.3 or later)".into(),
                yes(v.token_supported).into(),
            ],
            vec![
                "ACC must remain (UNC in use)".into(),
                yes(v.acc_required).into(),
            ],
            vec!["Evidence complete".into(), yes(v.evidence_complete).into()],
            vec!["Findings (critical / high / medium / low / info)".into(), {
                let n = |s| report.findings.iter().filter(|f| f.severity == s).count();
                format!(
                    "{} / {} / {} / {} / {}",
                    n(Severity::Critical),
                    n(Severity::High),
                    n(Severity::Medium),
                    n(Severity::Low),
                    n(Severity::Info)
                )
            }],
            vec![
                "ACC lockouts (4740) / failed logons (4625, 4771, 4776)".into(),
                {
                    let g = |k: &str| report.lockouts.events_by_id.get(k).copied().unwrap_or(0);
                    format!("{} / {}", g("4740"), g("4625") + g("4771") + g("4776"))
                },
            ],
        ],
    );
}

/// What was analysed: totals, every input, what could not be read, what is missing.
pub(crate) fn analysed(d: &mut Doc, report: &Report) {
    d.para("What was analysed", Style::Heading1);
    let t = &report.totals;
    d.para(
        &format!(
            "{} file(s), {} bytes, {} record(s) read, {} problem(s).",
            t.files, t.bytes, t.records, t.errors
        ),
        Style::Body,
    );
    if t.errors > 0 {
        d.banner(&format!(
            "{} region(s) or record(s) could not be read; each is listed below with its place.",
            t.errors
        ));
    }
    let rows: Vec<Vec<String>> = report
        .inputs
        .iter()
        .map(|i| {
            vec![
                i.path.clone(),
                i.kind.as_str().into(),
                i.records.to_string(),
                i.errors.to_string(),
                i.sha256.clone(),
            ]
        })
        .collect();
    d.table(
        &["File", "Kind", "Records", "Errors", "SHA-256"],
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
                "structure" => "no language table matched: read by structure (event ID column, English template positions)".to_string(),
                tag => format!("read with TokenReady's {tag} table (header, keywords, message labels)"),
            };
            let dates = i
                .note
                .as_deref()
                .and_then(|n| n.split("; ").find(|p| p.starts_with("dates read as")))
                .unwrap_or("dates not read (see the problems)");
            Some(vec![i.path.clone(), lang.to_string(), format!("{how}; {dates}")])
        })
        .collect();
    if !localized.is_empty() {
        d.para("Exports in another language", Style::Heading2);
        d.table(
            &["File", "Language", "How it was read"],
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
                    place.push(format!("line {l}"));
                }
                if let Some(r) = p.place.record {
                    place.push(format!("record {r}"));
                }
                if let Some(o) = p.place.offset {
                    place.push(format!("offset {o}"));
                }
                vec![i.path.clone(), place.join(", "), p.message.clone()]
            })
        })
        .collect();
    if !problems.is_empty() {
        d.para("Problems", Style::Heading2);
        d.table(&["File", "Where", "What"], &[0.35, 0.15, 0.5], &problems);
    }
    if !report.skipped.is_empty() {
        d.para("Passed over", Style::Heading2);
        let rows: Vec<Vec<String>> = report
            .skipped
            .iter()
            .map(|s| vec![s.path.clone(), s.reason.clone()])
            .collect();
        d.table(
            &["In the evidence folders", "Why it was not read"],
            &[0.4, 0.6],
            &rows,
        );
    }
    if !report.missing_evidence.is_empty() {
        d.para("What was missing", Style::Heading2);
        let rows: Vec<Vec<String>> = report
            .missing_evidence
            .iter()
            .map(|m| vec![m.what.clone(), m.why.clone(), m.how_to_collect.clone()])
            .collect();
        d.table(
            &["Evidence", "Why it matters", "How to collect it"],
            &[0.22, 0.3, 0.48],
            &rows,
        );
    }
}
