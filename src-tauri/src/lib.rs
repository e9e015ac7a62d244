//! The TokenReady desktop app: Tauri glue over `tokenready-engine`.
//!
//! Each user operation is one `#[tauri::command]` in [`commands`] (DTO in, one engine call,
//! typed error out); each is declared in `build.rs` and allowed by name in
//! `capabilities/main.json`. Files are read by Rust after the user picks them with the native
//! dialog: there is no fs plugin.

pub mod commands;

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use tokenready_model::StartupInfo;

/// State shared by the commands.
pub struct AppState {
    pub startup: StartupInfo,
    /// Set by `cancel_assessment`; the running assessment stops at its next read.
    pub cancel: Arc<AtomicBool>,
    /// True while an assessment runs (one at a time).
    pub busy: Arc<AtomicBool>,
    /// Where every change is autosaved (the app's data folder, or `TOKENREADY_DATA_DIR`).
    pub recovery: std::path::PathBuf,
    /// The recently used assessment files (same folder).
    pub recent: std::path::PathBuf,
}

/// Evidence from the command line, or the built-in demo evidence when none is given.
pub fn startup_from_args(args: impl Iterator<Item = String>) -> StartupInfo {
    let evidence: Vec<String> = args.filter(|a| !a.starts_with('-')).collect();
    if !evidence.is_empty() {
        return StartupInfo {
            evidence,
            parameters: Default::default(),
            demo: false,
        };
    }
    match tokenready_engine::demo::materialise() {
        Ok(dir) => StartupInfo {
            evidence: vec![dir.display().to_string()],
            parameters: tokenready_engine::demo::parameters(),
            demo: true,
        },
        Err(_) => StartupInfo::default(),
    }
}

pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            use tauri::Manager;
            let data = match std::env::var_os("TOKENREADY_DATA_DIR") {
                Some(d) => std::path::PathBuf::from(d),
                None => app.path().app_data_dir()?,
            };
            app.manage(AppState {
                startup: startup_from_args(std::env::args().skip(1)),
                cancel: Arc::new(AtomicBool::new(false)),
                busy: Arc::new(AtomicBool::new(false)),
                recovery: data.join("recovery.tokenready.json"),
                recent: data.join("recent.json"),
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::startup_evidence,
            commands::pick_evidence,
            commands::assess_evidence,
            commands::cancel_assessment,
            commands::probe_hosts,
            commands::save_report,
            commands::save_assessment,
            commands::open_assessment,
            commands::autosave_assessment,
            commands::recover_assessment,
            commands::discard_recovery,
            commands::recent_assessments,
            commands::open_recent,
        ])
        .run(tauri::generate_context!())
        .expect("error while running TokenReady");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_on_the_command_line_wins_over_the_demo() {
        let s =
            startup_from_args(["--flag".to_string(), "/evidence/a.zip".to_string()].into_iter());
        assert_eq!(s.evidence, ["/evidence/a.zip"]);
        assert!(!s.demo);
    }

    #[test]
    fn no_arguments_opens_the_demo_with_its_answers() {
        let s = startup_from_args(std::iter::empty());
        assert!(s.demo);
        assert_eq!(s.parameters, tokenready_engine::demo::parameters());
        let dir = std::path::Path::new(&s.evidence[0]);
        assert!(dir.join("cmdb/codebases.csv").is_file());
    }
}
