//! The assessment file: everything the consultant typed and the last analysis, as JSON,
//! written atomically (temporary name, fsync, rename) so a crash never leaves half a file.
//! The app autosaves it to a recovery file on every change.

use std::path::Path;

use tokenready_model::{Assessment, CheckStatus, Report, ASSESSMENT_FORMAT};

use crate::output::atomic_write;

/// Assessment files larger than this are refused (a report of a million locations is ~1 GB).
pub const MAX_ASSESSMENT_BYTES: u64 = 1 << 30;

#[derive(Debug, thiserror::Error)]
pub enum AssessmentError {
    #[error("{path}: cannot be read ({source})")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: is {size} bytes, more than an assessment file can be ({max} bytes)")]
    TooLarge { path: String, size: u64, max: u64 },
    #[error("{path}: is not a TokenReady assessment (line {line}, column {column}: {message})")]
    NotAnAssessment {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: was written by a newer TokenReady (format {found}, this version reads up to {supported})")]
    TooNew {
        path: String,
        found: u32,
        supported: u32,
    },
}

pub fn save(path: &Path, a: &Assessment) -> std::io::Result<()> {
    atomic_write(path, |w| {
        serde_json::to_writer_pretty(&mut *w, a)?;
        w.write_all(b"\n")
    })
}

pub fn load(path: &Path) -> Result<Assessment, AssessmentError> {
    let p = path.display().to_string();
    let io = |source| AssessmentError::Io {
        path: p.clone(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_ASSESSMENT_BYTES {
        return Err(AssessmentError::TooLarge {
            path: p,
            size,
            max: MAX_ASSESSMENT_BYTES,
        });
    }
    let text = std::fs::read(path).map_err(io)?;
    parse(&text, &p)
}

/// Reads an assessment from bytes; `path` names it in messages.
pub fn parse(text: &[u8], path: &str) -> Result<Assessment, AssessmentError> {
    let a: Assessment =
        serde_json::from_slice(text).map_err(|e| AssessmentError::NotAnAssessment {
            path: path.to_string(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
    if a.format > ASSESSMENT_FORMAT {
        return Err(AssessmentError::TooNew {
            path: path.to_string(),
            found: a.format,
            supported: ASSESSMENT_FORMAT,
        });
    }
    Ok(a)
}

/// The assessment's redaction key, or a new one when it has none (or an unreadable one).
fn key_of(a: &Assessment) -> Result<crate::redact::RedactionKey, String> {
    match a.redaction_key.as_deref() {
        Some(k) => crate::redact::RedactionKey::parse(k),
        None => crate::redact::RedactionKey::generate(),
    }
}

/// What a redacted export of this assessment replaces, with the key to keep in it.
pub fn redaction_preview(
    a: &Assessment,
) -> Option<Result<tokenready_model::RedactionPreview, String>> {
    let report = finalize_report(a)?;
    Some(key_of(a).map(|key| {
        let r = crate::redact::redact(&report, &key);
        // One of each kind first, then more up to eight.
        let mut picked: Vec<&crate::redact::MapEntry> = Vec::new();
        for e in &r.map {
            if !picked.iter().any(|p| p.class == e.class) {
                picked.push(e);
            }
        }
        for e in &r.map {
            if picked.len() < 8 && !picked.iter().any(|p| p.pseudonym == e.pseudonym) {
                picked.push(e);
            }
        }
        picked.truncate(8);
        let samples = picked
            .into_iter()
            .map(|e| tokenready_model::RedactionSample {
                class: e.class.as_str().into(),
                original: e.original.clone(),
                pseudonym: e.pseudonym.clone(),
            })
            .collect();
        tokenready_model::RedactionPreview {
            key: key.to_hex(),
            replaced: r.map.len() as u64,
            samples,
        }
    }))
}

/// The finalized report redacted with the assessment's key (which must be there: it is made
/// by [`redaction_preview`] and kept in the assessment).
pub fn redacted_report(a: &Assessment) -> Option<Result<Report, String>> {
    let report = finalize_report(a)?;
    let Some(k) = a.redaction_key.as_deref() else {
        return Some(Err(
            "this assessment has no redaction key yet: turn on redaction on the Report step first"
                .into(),
        ));
    };
    Some(
        crate::redact::RedactionKey::parse(k)
            .map(|key| crate::redact::redact(&report, &key).report),
    )
}

/// The report as it leaves the room: the consultant's checklist entries and accepted risks
/// applied to the analysis.
pub fn finalize_report(a: &Assessment) -> Option<Report> {
    let mut r = a.report.clone()?;
    r.engagement = a.engagement.clone();
    for item in &mut r.checklist {
        if let Some(e) = a.checklist.iter().find(|e| e.id == item.id) {
            // A result the consultant recorded overrides the evidence's, which stays in
            // `decided` so the report shows both.
            if e.status != CheckStatus::Pending || item.status == CheckStatus::Pending {
                item.status = e.status;
            }
            if e.status != CheckStatus::Pending {
                item.basis = tokenready_model::Basis::Manual;
            }
            item.notes = e.notes.clone();
            item.who = e.who.clone();
            item.when = e.when.clone();
        }
    }
    for f in &mut r.findings {
        f.accepted = a
            .accepted_risks
            .iter()
            .find(|x| x.finding_id == f.id)
            .cloned();
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokenready_model::{AcceptedRisk, ChecklistEntry, Engagement};

    fn sample() -> Assessment {
        Assessment {
            format: ASSESSMENT_FORMAT,
            engagement: Engagement {
                customer: Some("Müller AG".into()),
                ..Engagement::default()
            },
            evidence: vec!["/evidence".into()],
            checklist: vec![ChecklistEntry {
                id: "CHK-01".into(),
                status: CheckStatus::Pass,
                notes: "no prompt on 3 agents".into(),
                who: "Ana".into(),
                when: "2026-11-24".into(),
            }],
            accepted_risks: vec![AcceptedRisk {
                finding_id: "TR-ACC-001".into(),
                reason: "domain ACC kept until Q2".into(),
                name: "CAB".into(),
                expiry: "2027-06-30".into(),
            }],
            ..Assessment::default()
        }
    }

    #[test]
    fn round_trip_and_atomic_write() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.tokenready.json");
        save(&p, &sample()).unwrap();
        assert_eq!(load(&p).unwrap(), sample());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary left behind"
        );
    }

    #[test]
    fn bad_files_are_refused_with_the_place() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.json");
        std::fs::write(&p, "{\n  \"format\": 1,\n  oops").unwrap();
        let e = load(&p).unwrap_err().to_string();
        assert!(e.contains("x.json") && e.contains("line 3"), "{e}");
        std::fs::write(&p, b"\x00\x01binary").unwrap();
        assert!(matches!(
            load(&p),
            Err(AssessmentError::NotAnAssessment { .. })
        ));
        let mut newer = sample();
        newer.format = 99;
        save(&p, &newer).unwrap();
        assert!(load(&p).unwrap_err().to_string().contains("newer"));
        assert!(matches!(
            load(&dir.path().join("missing.json")),
            Err(AssessmentError::Io { .. })
        ));
    }

    #[test]
    fn the_report_carries_the_checklist_and_accepted_risks() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/demo-evidence");
        let req = tokenready_model::AssessRequest {
            evidence: vec![dir.display().to_string()],
            parameters: crate::demo::parameters(),
            engagement: Default::default(),
        };
        let mut a = sample();
        a.report =
            Some(crate::assess(&req, &|_| {}, &std::sync::atomic::AtomicBool::new(false)).unwrap());
        let r = finalize_report(&a).unwrap();
        assert_eq!(r.engagement.customer.as_deref(), Some("Müller AG"));
        let c = r.checklist.iter().find(|c| c.id == "CHK-01").unwrap();
        assert_eq!((c.status, c.who.as_str()), (CheckStatus::Pass, "Ana"));
        let f = r.findings.iter().find(|f| f.id == "TR-ACC-001").unwrap();
        assert_eq!(f.accepted.as_ref().unwrap().expiry, "2027-06-30");
        assert!(r
            .findings
            .iter()
            .filter(|f| f.id != "TR-ACC-001")
            .all(|f| f.accepted.is_none()));
    }
}
