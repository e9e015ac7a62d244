//! What to do: the rollout plan, the validation checklist with its sign-off, and the
//! locations appendix with the references.

use tokenready_model::{Basis, CheckStatus, Report};

use tokenready_i18n::Tr;

use super::{cols, serde_kind};
use crate::layout::{Doc, Style};

/// The rollout plan, phase by phase.
pub(crate) fn plan(d: &mut Doc, report: &Report) {
    let tr = d.tr;
    d.para(&tr.t("plan-title"), Style::Heading1);
    let rows: Vec<Vec<String>> = report
        .plan
        .iter()
        .map(|p| {
            let conditions: Vec<String> = p
                .conditions
                .iter()
                .map(|c| {
                    let mark = tr.t(if c.met { "plan-met" } else { "plan-not-met" });
                    format!("{mark} {}", c.text)
                })
                .collect();
            vec![
                format!(
                    "{} — {}",
                    p.title,
                    tr.t(if p.ready {
                        "plan-ready"
                    } else {
                        "plan-not-yet"
                    })
                ),
                p.actions.join("; "),
                conditions.join("\n"),
            ]
        })
        .collect();
    d.table(
        &cols(tr, &["col-phase", "col-todo", "col-entry"]),
        &[0.22, 0.43, 0.35],
        &rows,
    );
}

/// The validation checklist, the approval and signature lines, and the accepted risks.
pub(crate) fn checklist(d: &mut Doc, report: &Report) {
    let tr = d.tr;
    d.para(&tr.t("checklist-title"), Style::Heading1);
    let rows: Vec<Vec<String>> = report
        .checklist
        .iter()
        .map(|c| {
            let st = status_text(tr, c.status);
            let mut test = format!("{} {}", c.id, c.test);
            if let Some(e) = &c.decided {
                let by = tr.t(match c.basis {
                    Basis::Evidence => "check-by-evidence",
                    Basis::Manual if c.status == e.status => "check-agrees",
                    Basis::Manual => "check-overridden",
                });
                let said = format!("{} — {}", status_text(tr, e.status), e.reason);
                test.push('\n');
                test.push_str(&tr.args("field", &[("label", by.into()), ("value", said.into())]));
            }
            if !c.notes.is_empty() {
                test.push('\n');
                test.push_str(&tr.args("check-notes", &[("notes", c.notes.as_str().into())]));
            }
            vec![test, c.expected.clone(), st, c.who.clone(), c.when.clone()]
        })
        .collect();
    d.table(
        &cols(
            tr,
            &[
                "col-test",
                "col-expected",
                "col-status",
                "col-checked-by",
                "col-date",
            ],
        ),
        &[0.34, 0.3, 0.1, 0.14, 0.12],
        &rows,
    );
    d.space(24.0);
    // The approval line and its signature lines stay on one page.
    d.keep(90.0);
    d.para(&tr.t("approval"), Style::Body);
    d.space(28.0);
    d.signature_lines(&cols(tr, &["sign-name", "sign-signature", "sign-date"]));

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
        d.para(&tr.t("accepted-title"), Style::Heading1);
        d.table(
            &cols(
                tr,
                &["col-finding", "col-reason", "col-accepted-by", "col-until"],
            ),
            &[0.15, 0.5, 0.2, 0.15],
            &accepted,
        );
    }
}

/// A checklist status as printed.
fn status_text(tr: Tr, s: CheckStatus) -> String {
    tr.t(match s {
        CheckStatus::Pending => "status-pending",
        CheckStatus::Pass => "status-pass",
        CheckStatus::Fail => "status-fail",
        CheckStatus::NotApplicable => "status-na",
    })
}

/// Appendix: every package location, then the references.
pub(crate) fn locations(d: &mut Doc, report: &Report) {
    let tr = d.tr;
    d.new_page();
    d.para(&tr.t("appendix-title"), Style::Heading1);
    let rows: Vec<Vec<String>> = report
        .locations
        .iter()
        .map(|l| {
            let kind = serde_kind(l.kind);
            let auth = tr.t(match l.auth {
                tokenready_model::Auth::Acc => "auth-acc",
                tokenready_model::Auth::Token => "auth-token",
                tokenready_model::Auth::Review => "auth-review",
            });
            vec![
                l.location.clone(),
                kind.into(),
                auth,
                tr.number(l.packages.len() as u64),
                l.sources
                    .iter()
                    .map(|p| crate::layout::rel(&report.evidence_roots, p))
                    .collect::<Vec<_>>()
                    .join(", "),
            ]
        })
        .collect();
    d.table(
        &cols(
            tr,
            &[
                "col-location",
                "col-kind",
                "col-auth",
                "col-packages",
                "col-seen-in",
            ],
        ),
        &[0.37, 0.1, 0.08, 0.13, 0.32],
        &rows,
    );
    d.para(&tr.t("references-title"), Style::Heading1);
    d.para(&tr.t("references-list"), Style::Body);
}
