//! One command per user operation. Each takes a DTO, makes one engine call and returns a typed
//! error ([`CommandError`]) the UI can branch on.

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::ipc::Channel;
use tauri::State;
use tokenready_engine::AssessError;
use tokenready_model::{
    AssessRequest, Assessment, CommandError, DemoFollowUp, ErrorCode, ExportFormat,
    OpenedAssessment, Parameters, Progress, Reachability, RecentFile, RedactionPreview, Report,
    StartupInfo,
};

use crate::AppState;

fn err(code: ErrorCode, message: impl Into<String>) -> CommandError {
    CommandError {
        code,
        message: message.into(),
    }
}

/// The evidence and answers the app was started with (the demo when nothing was given).
#[tauri::command]
pub fn startup_evidence(state: State<'_, AppState>) -> StartupInfo {
    state.startup.clone()
}

/// Shows the native folder picker and returns the chosen folder (None when cancelled).
///
/// Test seam: when `TOKENREADY_E2E_PICK` is set, that path is returned without a dialog, since
/// WebDriver cannot drive native dialogs.
#[tauri::command]
pub async fn pick_evidence(app: tauri::AppHandle) -> Option<String> {
    if let Ok(p) = std::env::var("TOKENREADY_E2E_PICK") {
        return Some(p);
    }
    use tauri_plugin_dialog::DialogExt;
    app.dialog()
        .file()
        .set_title("Choose the evidence folder")
        .blocking_pick_folder()
        .map(|p| p.to_string())
}

/// Shows the native file picker for the baseline of a follow-up (an earlier JSON report or
/// assessment file) and returns its path (None when cancelled). The engine reads it when the
/// analysis runs and names it in any error.
///
/// Test seam: `TOKENREADY_E2E_BASELINE` is returned without a dialog.
#[tauri::command]
pub async fn pick_baseline(app: tauri::AppHandle) -> Option<String> {
    if let Ok(p) = std::env::var("TOKENREADY_E2E_BASELINE") {
        return Some(p);
    }
    use tauri_plugin_dialog::DialogExt;
    app.dialog()
        .file()
        .set_title("Choose the first assessment (report or assessment file)")
        .add_filter("TokenReady report or assessment", &["json", "tokenready"])
        .add_filter("All files", &["*"])
        .blocking_pick_file()
        .map(|p| p.to_string())
}

/// Writes the demo's follow-up (new evidence and the first assessment's report) to the temp
/// folder and returns what to analyse it with.
#[tauri::command]
pub async fn demo_follow_up() -> Result<DemoFollowUp, CommandError> {
    tauri::async_runtime::spawn_blocking(|| {
        use tokenready_engine::demo::followup;
        let f = followup::materialise().map_err(|e| {
            err(
                ErrorCode::Io,
                format!("The demo follow-up could not be written to the temp folder: {e}"),
            )
        })?;
        Ok(DemoFollowUp {
            evidence: vec![f.evidence.display().to_string()],
            parameters: Parameters {
                baseline: Some(f.baseline.display().to_string()),
                ..followup::parameters()
            },
        })
    })
    .await
    .map_err(|e| {
        err(
            ErrorCode::Internal,
            format!("The demo follow-up stopped unexpectedly ({e})."),
        )
    })?
}

/// Runs `work` off the UI thread, one operation at a time, streaming its progress over
/// `on_progress`; `cancel_assessment` stops it.
async fn exclusive<T: Send + 'static>(
    state: &State<'_, AppState>,
    on_progress: Channel<Progress>,
    work: impl FnOnce(&(dyn Fn(Progress) + Sync), &AtomicBool) -> T + Send + 'static,
) -> Result<T, CommandError> {
    if state.busy.swap(true, Ordering::SeqCst) {
        return Err(err(
            ErrorCode::Busy,
            "Another analysis or check is running. Wait for it to finish or cancel it first.",
        ));
    }
    state.cancel.store(false, Ordering::SeqCst);
    let cancel = state.cancel.clone();
    let result = tauri::async_runtime::spawn_blocking(move || {
        let progress = |p: Progress| {
            let _ = on_progress.send(p);
        };
        work(&progress, &cancel)
    })
    .await;
    state.busy.store(false, Ordering::SeqCst);
    result.map_err(|e| {
        err(
            ErrorCode::Internal,
            format!(
                "The work stopped unexpectedly ({e}). Please report this with the evidence list."
            ),
        )
    })
}

/// Runs an assessment off the UI thread, streaming progress over `on_progress`.
#[tauri::command]
pub async fn assess_evidence(
    request: AssessRequest,
    on_progress: Channel<Progress>,
    state: State<'_, AppState>,
) -> Result<Report, CommandError> {
    let result = exclusive(&state, on_progress, move |progress, cancel| {
        tokenready_engine::assess(&request, progress, cancel)
    })
    .await?;
    result.map_err(|e| match e {
        AssessError::NoEvidence => err(
            ErrorCode::NoEvidence,
            "No evidence was chosen. Pick a folder, a zip or files exported from the customer's servers.",
        ),
        AssessError::Cancelled => err(
            ErrorCode::Cancelled,
            "The analysis was cancelled. Nothing was changed; start it again when ready.",
        ),
        AssessError::Rollout(m) | AssessError::Baseline(m) => err(ErrorCode::BadInput, &m),
    })
}

/// Asks the running assessment to stop.
#[tauri::command]
pub fn cancel_assessment(state: State<'_, AppState>) {
    state.cancel.store(true, Ordering::SeqCst);
}

/// The opt-in reachability probe: TCP 445 on each given UNC host, with progress; cancellable
/// with `cancel_assessment`. The UI asks before calling it, since it touches the network.
#[tauri::command]
pub async fn probe_hosts(
    hosts: Vec<String>,
    on_progress: Channel<Progress>,
    state: State<'_, AppState>,
) -> Result<Vec<Reachability>, CommandError> {
    exclusive(&state, on_progress, move |progress, cancel| {
        use tokenready_engine::probe;
        probe::probe_hosts(&hosts, &probe::ProbeOptions::default(), progress, cancel)
    })
    .await
}

/// Prepares a redacted export: the assessment's redaction key (a new one the first time, which
/// the UI keeps in the assessment) and a few of the replacements, for the consultant to check.
#[tauri::command]
pub fn preview_redaction(assessment: Assessment) -> Result<RedactionPreview, CommandError> {
    tokenready_engine::assessment::redaction_preview(&assessment)
        .ok_or_else(|| {
            err(
                ErrorCode::NoEvidence,
                "There is no analysis to redact yet. Analyse the evidence first (step Evidence).",
            )
        })?
        .map_err(|e| err(ErrorCode::Internal, e))
}

/// Asks where to save and writes the report there (atomically: a temporary name, then a
/// rename). Returns the path written, or None when the consultant cancels the dialog.
///
/// Test seam: with `TOKENREADY_E2E_SAVE_DIR` set, the file goes into that folder without a
/// dialog.
#[tauri::command]
pub async fn save_report(
    app: tauri::AppHandle,
    assessment: Assessment,
    format: ExportFormat,
    redact: bool,
) -> Result<Option<String>, CommandError> {
    use tokenready_engine::assessment as a;
    let no_analysis = || {
        err(
            ErrorCode::NoEvidence,
            "There is no analysis to export yet. Analyse the evidence first (step Evidence).",
        )
    };
    // The consultant's checklist entries and accepted risks go into every format.
    let report: Report = if redact {
        a::redacted_report(&assessment)
            .ok_or_else(no_analysis)?
            .map_err(|e| err(ErrorCode::BadInput, e))?
    } else {
        a::finalize_report(&assessment).ok_or_else(no_analysis)?
    };
    let mut name =
        tokenready_engine::output::export_name(assessment.engagement.customer.as_deref(), format);
    if redact {
        name = tokenready_engine::redact::redacted_name(&name);
    }
    let target = match std::env::var("TOKENREADY_E2E_SAVE_DIR") {
        Ok(dir) => Some(std::path::PathBuf::from(dir).join(&name)),
        Err(_) => ask_export_target(&app, &name, format)?,
    };
    let Some(path) = target else {
        return Ok(None);
    };
    if redact {
        // A redacted export never replaces an unredacted one by the same name.
        tokenready_engine::redact::guard_target(&path).map_err(|e| err(ErrorCode::BadInput, e))?;
    }
    let p = path.clone();
    let written = tauri::async_runtime::spawn_blocking(move || write_export(&report, format, &p))
        .await
        .map_err(|e| {
            err(
                ErrorCode::Internal,
                format!("The export stopped unexpectedly ({e})."),
            )
        })?;
    written.map_err(|e| {
        err(
            ErrorCode::Io,
            format!("The report could not be written to {} ({e}). Check that the folder exists and is writable, then try again.", path.display()),
        )
    })?;
    Ok(Some(path.display().to_string()))
}

/// The save dialog for a file export, or the folder picker for the CSV tables (which go into
/// a folder named `name` inside the one picked). None when cancelled.
fn ask_export_target(
    app: &tauri::AppHandle,
    name: &str,
    format: ExportFormat,
) -> Result<Option<std::path::PathBuf>, CommandError> {
    use tauri_plugin_dialog::DialogExt;
    let dialog = app.dialog().file().set_file_name(name);
    let folder = format == ExportFormat::Csv;
    let picked = if folder {
        dialog
            .set_title("Choose a folder for the CSV tables")
            .blocking_pick_folder()
    } else {
        let ext = if format == ExportFormat::Json {
            "json"
        } else {
            "pdf"
        };
        dialog
            .set_title("Save the report")
            .add_filter(ext.to_uppercase(), &[ext])
            .blocking_save_file()
    };
    match picked.map(|p| p.into_path()) {
        Some(Ok(p)) if folder => Ok(Some(p.join(name))),
        Some(Ok(p)) => Ok(Some(p)),
        Some(Err(e)) => Err(err(
            ErrorCode::Io,
            format!("That location cannot be used ({e}). Choose a folder on this computer."),
        )),
        None => Ok(None),
    }
}

/// Writes the report in `format` to `path`, atomically.
fn write_export(
    report: &Report,
    format: ExportFormat,
    path: &std::path::Path,
) -> std::io::Result<()> {
    use tokenready_engine::output;
    match format {
        ExportFormat::PdfA4 => output::atomic_write(path, |w| {
            tokenready_report::write_pdf(report, tokenready_report::Paper::A4, w)
        }),
        ExportFormat::PdfLetter => output::atomic_write(path, |w| {
            tokenready_report::write_pdf(report, tokenready_report::Paper::Letter, w)
        }),
        ExportFormat::Json => output::atomic_write(path, |w| output::write_json(report, w)),
        ExportFormat::Csv => output::write_csv_dir(report, path),
    }
}

fn io_err(e: impl std::fmt::Display) -> CommandError {
    err(ErrorCode::Io, e.to_string())
}

/// Saves the assessment to `path` (the current file), or asks where (Save as) when there is
/// none. Written atomically. Returns the path, or None when the dialog was cancelled.
///
/// Test seam: with `TOKENREADY_E2E_SAVE_DIR` set and no path, the file goes into that folder.
#[tauri::command]
pub async fn save_assessment(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    assessment: Assessment,
    path: Option<String>,
) -> Result<Option<String>, CommandError> {
    use tauri_plugin_dialog::DialogExt;
    let target = match path {
        Some(p) => Some(std::path::PathBuf::from(p)),
        None => match std::env::var("TOKENREADY_E2E_SAVE_DIR") {
            Ok(dir) => Some(std::path::PathBuf::from(dir).join("assessment.tokenready")),
            Err(_) => app
                .dialog()
                .file()
                .set_title("Save the assessment")
                .set_file_name("assessment.tokenready")
                .add_filter("TokenReady assessment", &["tokenready", "json"])
                .blocking_save_file()
                .map(|p| p.into_path().map_err(io_err))
                .transpose()?,
        },
    };
    let Some(path) = target else { return Ok(None) };
    let p = path.clone();
    tauri::async_runtime::spawn_blocking(move || tokenready_engine::assessment::save(&p, &assessment))
        .await
        .map_err(|e| err(ErrorCode::Internal, e.to_string()))?
        .map_err(|e| {
            err(
                ErrorCode::Io,
                format!("The assessment could not be saved to {} ({e}). Choose another folder and try again.", path.display()),
            )
        })?;
    let _ = tokenready_engine::recent::remember(&state.recent, &path);
    Ok(Some(path.display().to_string()))
}

/// Asks for an assessment file and reads it. None when the dialog was cancelled.
///
/// Test seam: `TOKENREADY_E2E_OPEN` names the file to open without a dialog.
#[tauri::command]
pub async fn open_assessment(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<OpenedAssessment>, CommandError> {
    use tauri_plugin_dialog::DialogExt;
    let picked = match std::env::var("TOKENREADY_E2E_OPEN") {
        Ok(p) => Some(std::path::PathBuf::from(p)),
        Err(_) => app
            .dialog()
            .file()
            .set_title("Open an assessment")
            .add_filter("TokenReady assessment", &["tokenready", "json"])
            .blocking_pick_file()
            .map(|p| p.into_path().map_err(io_err))
            .transpose()?,
    };
    let Some(path) = picked else { return Ok(None) };
    load_assessment(&state, path).await.map(Some)
}

/// Reads an assessment file and puts it first in the recent list.
async fn load_assessment(
    state: &AppState,
    path: std::path::PathBuf,
) -> Result<OpenedAssessment, CommandError> {
    let p = path.clone();
    let assessment =
        tauri::async_runtime::spawn_blocking(move || tokenready_engine::assessment::load(&p))
            .await
            .map_err(|e| err(ErrorCode::Internal, e.to_string()))?
            .map_err(|e| {
                err(
                    ErrorCode::Io,
                    format!("{e}. Choose a file saved by TokenReady."),
                )
            })?;
    let _ = tokenready_engine::recent::remember(&state.recent, &path);
    Ok(OpenedAssessment {
        path: path.display().to_string(),
        assessment,
    })
}

/// The assessment files used recently, newest first.
#[tauri::command]
pub fn recent_assessments(state: State<'_, AppState>) -> Vec<RecentFile> {
    tokenready_engine::recent::load(&state.recent)
}

/// Opens a file from the recent list (and only from it: the UI cannot name other paths).
#[tauri::command]
pub async fn open_recent(
    state: State<'_, AppState>,
    path: String,
) -> Result<OpenedAssessment, CommandError> {
    if !tokenready_engine::recent::contains(&state.recent, &path) {
        return Err(err(
            ErrorCode::Io,
            "That file is not in the recent list. Use Open… to choose it.",
        ));
    }
    load_assessment(&state, std::path::PathBuf::from(path)).await
}

/// Writes the recovery copy (atomically) after every change.
#[tauri::command]
pub fn autosave_assessment(
    state: State<'_, AppState>,
    assessment: Assessment,
) -> Result<(), CommandError> {
    if let Some(dir) = state.recovery.parent() {
        std::fs::create_dir_all(dir).map_err(io_err)?;
    }
    tokenready_engine::assessment::save(&state.recovery, &assessment).map_err(|e| {
        err(
            ErrorCode::Io,
            format!("Autosave failed ({e}); save the assessment yourself to keep your work."),
        )
    })
}

/// The recovery copy left by an earlier session, if there is one.
#[tauri::command]
pub fn recover_assessment(state: State<'_, AppState>) -> Option<Assessment> {
    tokenready_engine::assessment::load(&state.recovery).ok()
}

/// Removes the recovery copy (the consultant chose not to recover it).
#[tauri::command]
pub fn discard_recovery(state: State<'_, AppState>) {
    let _ = std::fs::remove_file(&state.recovery);
}
