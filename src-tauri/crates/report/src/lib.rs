//! The PDF report: what leaves the room. printpdf 0.12 with DejaVu Sans embedded (vendored in
//! `fonts/` with its licence), A4 or Letter, a running header and page numbers, tables that
//! repeat their header across pages, text wrapped by measured glyph widths (long UNC paths
//! broken anywhere).
//!
//! Known limit: DejaVu Sans has no CJK glyphs; such characters show as empty boxes until a CJK
//! fallback font is embedded.

mod layout;

use std::io::{self, Write};

use tokenready_model::{CheckStatus, LocationKind, Report, Severity};

use layout::{Doc, Style};

/// Paper sizes, in points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

fn sev(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "CRITICAL",
        Severity::High => "HIGH",
        Severity::Medium => "MEDIUM",
        Severity::Low => "LOW",
        Severity::Info => "INFO",
    }
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// Renders the report to PDF bytes.
pub fn render(report: &Report, paper: Paper) -> Vec<u8> {
    let e = &report.engagement;
    let customer = e
        .customer
        .clone()
        .unwrap_or_else(|| "(customer not given)".into());
    let mut d = Doc::new(
        paper.size(),
        format!("TokenReady — {customer} — ACC to token-based authentication readiness"),
    );
    let v = &report.verdict;

    // Cover.
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

    // Executive summary.
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

    // What was analysed.
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

    // Findings.
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

    // Scenario table.
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

    // Lockouts.
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
            .map(|b| (b.hour.clone(), b.lockouts, b.failures))
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

    // Plan.
    d.para("Phased plan (KB 431190)", Style::Heading1);
    let rows: Vec<Vec<String>> = report
        .plan
        .iter()
        .map(|p| {
            let conditions: Vec<String> = p
                .conditions
                .iter()
                .map(|c| format!("{} {}", if c.met { "[met]" } else { "[not met]" }, c.text))
                .collect();
            vec![
                format!(
                    "{}{}",
                    p.title,
                    if p.ready {
                        " — ready"
                    } else {
                        " — not yet"
                    }
                ),
                p.actions.join("; "),
                conditions.join("\n"),
            ]
        })
        .collect();
    d.table(
        &["Phase", "What", "Entry conditions against this evidence"],
        &[0.22, 0.43, 0.35],
        &rows,
    );

    // Validation checklist with sign-off.
    d.para("Validation checklist", Style::Heading1);
    let rows: Vec<Vec<String>> = report
        .checklist
        .iter()
        .map(|c| {
            let st = match c.status {
                CheckStatus::Pending => "pending",
                CheckStatus::Pass => "pass",
                CheckStatus::Fail => "fail",
                CheckStatus::NotApplicable => "n/a",
            };
            let test = if c.notes.is_empty() {
                format!("{} {}", c.id, c.test)
            } else {
                format!("{} {}\nNotes: {}", c.id, c.test, c.notes)
            };
            vec![
                test,
                c.expected.clone(),
                st.into(),
                c.who.clone(),
                c.when.clone(),
            ]
        })
        .collect();
    d.table(
        &["Test", "Expected result", "Status", "Checked by", "Date"],
        &[0.34, 0.3, 0.1, 0.14, 0.12],
        &rows,
    );
    d.space(24.0);
    // The approval line and its signature lines stay on one page.
    d.keep(90.0);
    d.para("Approved by the change advisory board:", Style::Body);
    d.space(28.0);
    d.signature_lines(&["Name", "Signature", "Date"]);

    let accepted: Vec<Vec<String>> = report
        .findings
        .iter()
        .filter_map(|f| {
            f.accepted.as_ref().map(|a| {
                vec![
                    f.id.clone(),
                    a.reason.clone(),
                    a.name.clone(),
                    a.expiry.clone(),
                ]
            })
        })
        .collect();
    if !accepted.is_empty() {
        d.para("Accepted risks", Style::Heading1);
        d.table(
            &["Finding", "Reason", "Accepted by", "Until"],
            &[0.15, 0.5, 0.2, 0.15],
            &accepted,
        );
    }

    // Locations appendix.
    d.new_page();
    d.para("Appendix: package locations", Style::Heading1);
    let rows: Vec<Vec<String>> = report
        .locations
        .iter()
        .map(|l| {
            let kind = serde_kind(l.kind);
            let auth = match l.auth {
                tokenready_model::Auth::Acc => "ACC",
                tokenready_model::Auth::Token => "Token",
                tokenready_model::Auth::Review => "Review",
            };
            vec![
                l.location.clone(),
                kind.into(),
                auth.into(),
                l.packages.len().to_string(),
                l.sources.join(", "),
            ]
        })
        .collect();
    d.table(
        &["Location", "Kind", "Auth", "Packages", "Seen in"],
        &[0.37, 0.1, 0.08, 0.13, 0.32],
        &rows,
    );
    d.para("References", Style::Heading1);
    d.para("KB 431190 (token-based authentication and ACC fallback), KB 150951 (site servers and local ACC accounts), KB 157377 (application identity lockout), KB 181098 (agent download retry logic), KB 179608 (disabling UNC code bases), KB 180568 (package code bases), KB 194234 (configuring the ACC).", Style::Body);
    d.finish()
}

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

/// Writes the PDF to `w`.
pub fn write_pdf(report: &Report, paper: Paper, w: &mut dyn Write) -> io::Result<()> {
    w.write_all(&render(report, paper))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;
    use tokenready_model::{AssessRequest, Engagement};

    fn demo_report(customer: &str) -> Report {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/demo-evidence");
        let req = AssessRequest {
            evidence: vec![dir.display().to_string()],
            parameters: tokenready_engine::demo::parameters(),
            engagement: Engagement {
                customer: Some(customer.into()),
                consultant: Some("Ana Sørensen".into()),
                date: Some("2026-11-24".into()),
                scope: Some("NS smp01".into()),
            },
        };
        tokenready_engine::assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap()
    }

    fn pdftotext(pdf: &[u8]) -> String {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.pdf");
        std::fs::write(&path, pdf).unwrap();
        let out = std::process::Command::new("pdftotext")
            .args(["-layout", path.to_str().unwrap(), "-"])
            .output()
            .expect(
                "pdftotext (poppler-utils) is needed for this test: apt-get install poppler-utils",
            );
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    }

    fn pdffonts(pdf: &[u8]) -> String {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.pdf");
        std::fs::write(&path, pdf).unwrap();
        let out = std::process::Command::new("pdffonts")
            .arg(&path)
            .output()
            .expect("pdffonts (poppler-utils) is needed for this test");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// How many fonts a PDF embeds (printpdf gives them random names).
    fn font_count(pdf: &[u8]) -> usize {
        pdffonts(pdf).lines().skip(2).count()
    }

    /// A report with only Latin text does not carry the 4 MB fallback font.
    #[test]
    #[cfg_attr(windows, ignore = "pdffonts (poppler) runs on the Linux build")]
    fn the_fallback_font_is_embedded_only_when_used() {
        let pdf = render(&demo_report("Contoso"), Paper::A4);
        assert_eq!(font_count(&pdf), 2, "DejaVu Sans and its bold");
        assert!(pdf.len() < 3 << 19, "{} bytes", pdf.len());
    }

    #[test]
    #[cfg_attr(windows, ignore = "pdftotext (poppler) runs on the Linux build")]
    fn the_pdf_has_every_section_the_counts_and_unicode_names() {
        let r = demo_report("Müller & Ødegård AG, 北京分公司");
        let pdf = render(&r, Paper::A4);
        let text = pdftotext(&pdf);
        for section in [
            "ACC to token-based authentication",
            "Executive summary",
            "What was analysed",
            "Findings",
            "How agents will authenticate",
            "ACC lockouts",
            "Phased plan (KB 431190)",
            "Validation checklist",
            "Appendix: package locations",
            "References",
        ] {
            assert!(text.contains(section), "missing section {section}");
        }
        // Latin from DejaVu, the Chinese from the fallback font, on one line.
        assert!(text.contains("Müller & Ødegård AG, 北京分公司"), "{text}");
        assert_eq!(font_count(&pdf), 3, "the fallback font is added");
        assert!(text.contains("Ana Sørensen"));
        assert!(text.contains(&format!("{} file(s)", r.totals.files)));
        for f in &r.findings {
            assert!(text.contains(&f.id), "finding {} missing", f.id);
        }
        for c in &r.checklist {
            assert!(text.contains(&c.id));
        }
        let pages = text.matches("Page ").filter(|_| true).count();
        assert!(pages >= 5, "{pages}");
        assert!(
            text.contains(&format!("Page 1 of {}", text.matches('\u{c}').count() + 1))
                || text.contains("Page 1 of")
        );
    }

    /// printpdf names embedded fonts from a process-wide counter, so the first PDF a process
    /// writes is byte-for-byte reproducible (the CLI) and later ones differ only in those
    /// internal names: the content is the same.
    #[test]
    #[cfg_attr(windows, ignore = "pdftotext (poppler) runs on the Linux build")]
    fn letter_paper_and_reproducible_content() {
        let r = demo_report("Contoso");
        let a = render(&r, Paper::Letter);
        let b = render(&r, Paper::Letter);
        assert_eq!(pdftotext(&a), pdftotext(&b));
        assert!(a.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&a);
        assert!(
            text.contains("612") && text.contains("792"),
            "Letter media box"
        );
    }
}
