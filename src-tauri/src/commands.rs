//! One command per user operation. Each takes a DTO, makes one engine call and returns a typed
//! error ([`CommandError`]) the UI can branch on.

use std::sync::atomic::Ordering;

use tauri::ipc::Channel;
use tauri::State;
use tokenready_engine::AssessError;
use tokenready_model::{
    AssessRequest, CommandError, ErrorCode, Progress, Reachability, Report, StartupInfo,
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

/// Runs an assessment off the UI thread, streaming progress over `on_progress`.
#[tauri::command]
pub async fn assess_evidence(
    request: AssessRequest,
    on_progress: Channel<Progress>,
    state: State<'_, AppState>,
) -> Result<Report, CommandError> {
    if state.busy.swap(true, Ordering::SeqCst) {
        return Err(err(
            ErrorCode::Busy,
            "An analysis is already running. Wait for it to finish or cancel it first.",
        ));
    }
    state.cancel.store(false, Ordering::SeqCst);
    let cancel = state.cancel.clone();
    let busy = state.busy.clone();
    let result = tauri::async_runtime::spawn_blocking(move || {
        let progress = |p: Progress| {
            let _ = on_progress.send(p);
        };
        tokenready_engine::assess(&request, &progress, &cancel)
    })
    .await;
    busy.store(false, Ordering::SeqCst);
    match result {
        Ok(Ok(report)) => Ok(report),
        Ok(Err(AssessError::NoEvidence)) => Err(err(
            ErrorCode::NoEvidence,
            "No evidence was chosen. Pick a folder, a zip or files exported from the customer's servers.",
        )),
        Ok(Err(AssessError::Cancelled)) => Err(err(
            ErrorCode::Cancelled,
            "The analysis was cancelled. Nothing was changed; start it again when ready.",
        )),
        Err(e) => Err(err(
            ErrorCode::Internal,
            format!("The analysis stopped unexpectedly ({e}). Please report this with the evidence list."),
        )),
    }
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
    if state.busy.swap(true, Ordering::SeqCst) {
        return Err(err(
            ErrorCode::Busy,
            "Another operation is running. Wait for it to finish or cancel it first.",
        ));
    }
    state.cancel.store(false, Ordering::SeqCst);
    let cancel = state.cancel.clone();
    let busy = state.busy.clone();
    let result = tauri::async_runtime::spawn_blocking(move || {
        let progress = |p: Progress| {
            let _ = on_progress.send(p);
        };
        use tokenready_engine::probe;
        probe::probe_hosts(&hosts, &probe::ProbeOptions::default(), &progress, &cancel)
    })
    .await;
    busy.store(false, Ordering::SeqCst);
    result.map_err(|e| {
        err(
            ErrorCode::Internal,
            format!("The probe stopped unexpectedly ({e})."),
        )
    })
}
