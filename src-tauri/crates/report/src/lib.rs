//! The PDF report: what leaves the room. printpdf 0.12 with DejaVu Sans embedded (vendored in
//! `fonts/` with its licence), A4 or Letter, a running header and page numbers, tables that
//! repeat their header across pages, text wrapped by measured glyph widths (long UNC paths
//! broken anywhere).
//!
//! Known limit: DejaVu Sans has no CJK glyphs; such characters show as empty boxes until a CJK
//! fallback font is embedded.

mod layout;
mod sections;

use std::io::{self, Write};

use tokenready_i18n::Tr;
use tokenready_model::Report;

use layout::Doc;

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

/// The sections, in the order they are printed.
const SECTIONS: [fn(&mut Doc, &Report); 10] = [
    sections::cover,
    sections::summary,
    sections::analysed,
    sections::findings,
    sections::scenarios,
    sections::lockouts,
    sections::followup,
    sections::plan,
    sections::checklist,
    sections::locations,
];

/// Renders the report to PDF bytes.
pub fn render(report: &Report, paper: Paper) -> Vec<u8> {
    let tr = Tr::new(report.engagement.language);
    let customer = report
        .engagement
        .customer
        .clone()
        .unwrap_or_else(|| tr.t("doc-no-customer"));
    let mut d = Doc::new(
        paper.size(),
        tr.args("doc-header", &[("customer", customer.into())]),
        tr,
    );
    for section in SECTIONS {
        section(&mut d, report);
    }
    d.finish()
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
                language: None,
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
        assert!(text.contains(&format!("{} files", r.totals.files)));
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
