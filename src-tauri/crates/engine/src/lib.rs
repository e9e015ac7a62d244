//! TokenReady's engine: from an evidence set and the consultant's answers to a [`Report`].
//!
//! ```text
//! intake (walk, zip, sniff, hash) ─► parsers (codebase, text, nslog, events) ─► analysis ─► rules
//! ```
//!
//! One bad record or file never aborts a scan: it is counted, placed and reported. Nothing here
//! depends on Tauri; the app, the CLI and the tests call [`assess`].

pub mod analysis;
pub mod assessment;
pub mod codebase;
pub mod collect;
pub mod demo;
pub mod events;
pub mod followup;
pub mod intake;
pub mod lines;
pub mod lockout;
pub mod nslog;
pub mod output;
pub mod probe;
pub mod recent;
pub mod redact;
pub mod rules;
pub mod sniff;
pub mod text;
pub mod unc;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

use tokenready_model::{AssessRequest, EvidenceRef, Progress, Report, ToolInfo, Totals};

pub use tokenready_model as model;

/// Why an assessment did not produce a report.
#[derive(Debug, thiserror::Error)]
pub enum AssessError {
    #[error("no evidence was given")]
    NoEvidence,
    #[error("the assessment was cancelled")]
    Cancelled,
    /// The rollout instant cannot be read.
    #[error("{0}")]
    Rollout(String),
    /// The baseline cannot be read (the message names the file).
    #[error("{0}")]
    Baseline(String),
}

/// The version written into `tool.version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Runs an assessment. `progress` is called from worker threads; `cancel` stops it between
/// reads (within a file, at the next buffer).
pub fn assess(
    req: &AssessRequest,
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Result<Report, AssessError> {
    if req.evidence.is_empty() {
        return Err(AssessError::NoEvidence);
    }
    // The follow-up's inputs are checked before any evidence is read.
    let rollout = req
        .parameters
        .rollout_at
        .as_deref()
        .map(followup::parse_rollout)
        .transpose()
        .map_err(AssessError::Rollout)?;
    let baseline = req
        .parameters
        .baseline
        .as_deref()
        .map(|p| followup::load_baseline(std::path::Path::new(p)))
        .transpose()
        .map_err(AssessError::Baseline)?;
    let roots: Vec<PathBuf> = req.evidence.iter().map(PathBuf::from).collect();
    let intake::Found {
        files,
        problems: root_problems,
        skipped,
    } = intake::discover(&roots);
    let total_bytes: u64 = files.iter().map(|f| f.size).sum();
    progress(Progress::Discovered {
        files: files.len() as u64,
        bytes: total_bytes,
    });

    let mut reads = read_all(&files, progress, cancel).ok_or(AssessError::Cancelled)?;
    progress(Progress::Analysing);
    // Roots that could not be opened are inputs with a problem, so the report shows them.
    reads.extend(
        root_problems
            .into_iter()
            .map(|(path, msg)| unreadable(path, msg)),
    );
    let mut report = build_report(req, reads, rollout.as_ref(), baseline.as_ref());
    let tr = tokenready_i18n::Tr::new(req.engagement.language);
    report.skipped = skipped
        .into_iter()
        .map(|(path, reason)| model::SkippedPath {
            path,
            reason: reason.text(tr),
        })
        .collect();
    Ok(report)
}

/// Reads every discovered file on up to four workers (both cores here), in input order, with
/// progress after each; None when cancelled.
fn read_all(
    files: &[intake::Discovered],
    progress: &(dyn Fn(Progress) + Sync),
    cancel: &AtomicBool,
) -> Option<Vec<intake::Read1>> {
    // Both cores: workers take the next file from a shared counter; results keep input order.
    let next = AtomicU64::new(0);
    let done_files = AtomicU64::new(0);
    let done_bytes = AtomicU64::new(0);
    let results: Mutex<Vec<Option<Vec<intake::Read1>>>> =
        Mutex::new((0..files.len()).map(|_| None).collect());
    let cancelled = AtomicBool::new(false);
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 4)
        .min(files.len().max(1));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                if cancel.load(Ordering::Relaxed) {
                    cancelled.store(true, Ordering::Relaxed);
                    return;
                }
                let i = next.fetch_add(1, Ordering::Relaxed) as usize;
                let Some(f) = files.get(i) else { return };
                match intake::read_file(f, cancel) {
                    Ok(reads) => {
                        let kind = reads.first().map(|r| r.input.kind);
                        results.lock().expect("results lock")[i] = Some(reads);
                        let n = done_files.fetch_add(1, Ordering::Relaxed) + 1;
                        let b = done_bytes.fetch_add(f.size, Ordering::Relaxed) + f.size;
                        progress(Progress::FileDone {
                            path: f.display.clone(),
                            kind: kind.unwrap_or(model::InputKind::Unknown),
                            files_done: n,
                            bytes_done: b,
                        });
                    }
                    Err(intake::Cancelled) => {
                        cancelled.store(true, Ordering::Relaxed);
                        return;
                    }
                }
            });
        }
    });
    if cancelled.load(Ordering::Relaxed) {
        return None;
    }
    let reads: Vec<intake::Read1> = results
        .into_inner()
        .expect("results lock")
        .into_iter()
        .flatten()
        .flatten()
        .collect();
    Some(reads)
}

/// Totals over the inputs, and how many of them are damaged.
fn totals(reads: &[intake::Read1]) -> (Totals, u64) {
    let mut totals = Totals::default();
    let mut damaged_files = 0;
    for r in reads {
        totals.files += 1;
        totals.bytes += r.input.size;
        totals.records += r.input.records;
        totals.errors += r.input.errors;
        damaged_files += u64::from(r.input.errors > 0);
        *totals
            .by_kind
            .entry(r.input.kind.as_str().to_string())
            .or_default() += 1;
    }
    (totals, damaged_files)
}

/// The comparison, when a rollout instant or a baseline is given.
fn follow_up(
    reads: &[intake::Read1],
    kept: &[(&str, &collect::SecEvent)],
    facts: &rules::Facts<'_>,
    findings: &[model::Finding],
    split: Option<&followup::Split<'_>>,
    baseline: Option<&followup::Baseline>,
    csv_offset: Option<chrono::FixedOffset>,
) -> Option<model::Comparison> {
    (split.is_some() || baseline.is_some()).then(|| {
        let input = followup::CompareInput {
            lockouts: facts.lockouts,
            locations: facts.locations,
            findings,
            indicators: facts.indicators,
            baseline,
            csv_offset,
            tr: facts.tr,
        };
        followup::compare(reads, kept, split, &input)
    })
}

/// An evidence root that could not be opened, as an input with its problem.
fn unreadable(path: String, msg: collect::Note) -> intake::Read1 {
    let mut result = collect::FileResult::default();
    result.problem(model::Place::default(), msg);
    result.note(collect::Note::new("note-unreadable", "could not be read"));
    intake::Read1 {
        input: model::InputFile {
            path,
            kind: model::InputKind::Unknown,
            sha256: String::new(),
            size: 0,
            records: 0,
            errors: result.errors,
            problems: result.problem_list(tokenready_i18n::Tr::default()),
            note: collect::notes_text(&result.notes, tokenready_i18n::Tr::default()),
            language: None,
        },
        result,
    }
}

fn build_report(
    req: &AssessRequest,
    reads: Vec<intake::Read1>,
    rollout: Option<&followup::Rollout>,
    baseline: Option<&followup::Baseline>,
) -> Report {
    let params = &req.parameters;
    let tr = tokenready_i18n::Tr::new(req.engagement.language);
    let mut locations = analysis::locations(&reads, params);
    if tr.language() != model::Language::En {
        for l in &mut locations {
            l.auth_reason = unc::reason_in(&l.auth_reason, tr).into();
        }
    }
    let (lockouts, kept) = analysis::lockouts(&reads, params, tr);
    let lockout_evidence: Vec<EvidenceRef> = kept
        .iter()
        .filter(|(_, e)| e.event_id == 4740)
        .take(10)
        .map(|(file, e)| EvidenceRef {
            file: file.to_string(),
            line: e.place.line,
            record: e.record_id.or(e.place.record),
            excerpt: Some(tr.fill(
                "excerpt-4740",
                "4740 {user} locked out, caller {caller}",
                &[
                    ("user", e.target_user.as_str().into()),
                    ("caller", e.target_domain.as_str().into()),
                ],
            )),
        })
        .collect();
    let csv_offset = params
        .csv_time_offset
        .as_deref()
        .and_then(lockout::parse_offset);
    let lockout_analysis = lockout::analyse(&kept, csv_offset, tr);
    let now = chrono::Utc::now();
    let indicators = analysis::log_indicators(&reads);
    let (totals, damaged_files) = totals(&reads);
    // A follow-up: the account's events split at the rollout, read by the rules too.
    let split = rollout.map(|r| {
        let mut s = followup::split(
            &reads,
            &kept,
            r,
            csv_offset,
            now.naive_utc(),
            params.account.is_some(),
        );
        s.tr = tr;
        s
    });
    let after = split.as_ref().map(followup::Split::picture);
    let facts = rules::Facts {
        params,
        // An input that could not be read as its kind (a localized export) is no evidence.
        kinds_present: reads
            .iter()
            .filter(|r| !r.result.unsupported)
            .map(|r| r.input.kind)
            .collect(),
        unread_exports: reads
            .iter()
            .filter(|r| r.result.unsupported)
            .map(|r| r.input.path.clone())
            .collect(),
        locations: &locations,
        lockouts: &lockouts,
        lockout_analysis: &lockout_analysis,
        indicators: &indicators,
        damage: (damaged_files, totals.errors),
        lockout_evidence,
        after: after.as_ref(),
        tr,
    };
    let missing = facts.missing();
    let findings = facts.findings(&missing);
    let mut checklist = facts.checklist(&findings);
    if let Some(s) = &split {
        followup::checklist::decide(&mut checklist, s);
    }
    let comparison = follow_up(
        &reads,
        &kept,
        &facts,
        &findings,
        split.as_ref(),
        baseline,
        csv_offset,
    );
    let verdict = rules::verdict(&facts, &missing);
    let plan = rules::plan(&facts, &findings, &verdict, &checklist);
    Report {
        tool: ToolInfo {
            name: model::TOOL_NAME.to_string(),
            version: VERSION.to_string(),
        },
        generated_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        engagement: req.engagement.clone(),
        parameters: params.clone(),
        evidence_roots: req.evidence.clone(),
        inputs: reads
            .into_iter()
            .map(|r| {
                let mut input = r.input;
                if tr.language() != model::Language::En {
                    input.note = collect::notes_text(&r.result.notes, tr);
                    input.problems = r.result.problem_list(tr);
                }
                input
            })
            .collect(),
        skipped: Vec::new(),
        totals,
        verdict,
        locations,
        lockouts,
        lockout_analysis,
        log_indicators: indicators,
        findings,
        plan,
        checklist,
        missing_evidence: missing,
        reachability: Vec::new(),
        comparison,
        redacted: None,
    }
}
