//! What to do: the rollout plan, the validation checklist with its sign-off, and the
//! locations appendix with the references.

use tokenready_model::{Basis, CheckStatus, Report};

use super::serde_kind;
use crate::layout::{Doc, Style};

/// The rollout plan, phase by phase.
pub(crate) fn plan(d: &mut Doc, report: &Report) {
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
}

/// The validation checklist, the approval and signature lines, and the accepted risks.
pub(crate) fn checklist(d: &mut Doc, report: &Report) {
    d.para("Validation checklist", Style::Heading1);
    let rows: Vec<Vec<String>> = report
        .checklist
        .iter()
        .map(|c| {
            let st = status_text(c.status);
            let mut test = format!("{} {}", c.id, c.test);
            if let Some(e) = &c.decided {
                let by = match c.basis {
                    Basis::Evidence => "Decided by the evidence",
                    Basis::Manual if c.status == e.status => {
                        "The evidence said (the consultant's result agrees)"
                    }
                    Basis::Manual => "The evidence said (overridden by the consultant's result)",
                };
                test.push_str(&format!("\n{by}: {} — {}", status_text(e.status), e.reason));
            }
            if !c.notes.is_empty() {
                test.push_str(&format!("\nNotes: {}", c.notes));
            }
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
}

/// A checklist status as printed.
fn status_text(s: CheckStatus) -> &'static str {
    match s {
        CheckStatus::Pending => "pending",
        CheckStatus::Pass => "pass",
        CheckStatus::Fail => "fail",
        CheckStatus::NotApplicable => "n/a",
    }
}

/// Appendix: every package location, then the references.
pub(crate) fn locations(d: &mut Doc, report: &Report) {
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
}
