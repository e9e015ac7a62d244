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

/// Evidence from the command line, or the built-in demo evidence when none is given. The first
/// argument ending in `.tokenready` is an assessment file to open (Explorer passes the file that
/// was double-clicked); with one and no evidence, the demo is not loaded.
pub fn startup_from_args(args: impl Iterator<Item = String>) -> StartupInfo {
    let mut open = None;
    let mut evidence = Vec::new();
    for a in args.filter(|a| !a.starts_with('-')) {
        if open.is_none() && is_assessment_file(&a) {
            open = Some(a);
        } else {
            evidence.push(a);
        }
    }
    if !evidence.is_empty() || open.is_some() {
        return StartupInfo {
            evidence,
            parameters: Default::default(),
            demo: false,
            open,
        };
    }
    match tokenready_engine::demo::materialise() {
        Ok(dir) => StartupInfo {
            evidence: vec![dir.display().to_string()],
            parameters: tokenready_engine::demo::parameters(),
            demo: true,
            open: None,
        },
        Err(_) => StartupInfo::default(),
    }
}

fn is_assessment_file(arg: &str) -> bool {
    std::path::Path::new(arg)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("tokenready"))
}

pub fn run() {
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            use tauri::Manager;
            let data = match std::env::var_os("TOKENREADY_DATA_DIR") {
                Some(d) => std::path::PathBuf::from(d),
                None => app.path().app_data_dir()?,
            };
            let mut startup = startup_from_args(std::env::args().skip(1));
            let recent = data.join("recent.json");
            if let Some(file) = &mut startup.open {
                // Opening it is then the same as opening a recent file (open_recent).
                if let Ok(abs) = std::path::absolute(&*file) {
                    *file = abs.display().to_string();
                }
                let _ = tokenready_engine::recent::remember(&recent, std::path::Path::new(file));
            }
            app.manage(AppState {
                startup,
                cancel: Arc::new(AtomicBool::new(false)),
                busy: Arc::new(AtomicBool::new(false)),
                recovery: data.join("recovery.tokenready.json"),
                recent,
            });
            // The main window is made here, not from the config ("create": false), so that a
            // missing webview runtime (Windows without WebView2, after Tauri's dialog said so)
            // ends the app with one line and status 1 instead of Tauri's panic.
            let window = app.config().app.windows.first().cloned();
            let built = window
                .ok_or(tauri::Error::WindowNotFound)
                .and_then(|w| tauri::WebviewWindowBuilder::from_config(app.handle(), &w)?.build());
            if let Err(e) = built {
                eprintln!("TokenReady could not start: {e}");
                std::process::exit(1);
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::startup_evidence,
            commands::pick_evidence,
            commands::pick_baseline,
            commands::demo_follow_up,
            commands::assess_evidence,
            commands::cancel_assessment,
            commands::probe_hosts,
            commands::save_report,
            commands::preview_redaction,
            commands::save_assessment,
            commands::open_assessment,
            commands::autosave_assessment,
            commands::recover_assessment,
            commands::discard_recovery,
            commands::recent_assessments,
            commands::open_recent,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("TokenReady could not start: {e}");
        std::process::exit(1);
    }
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
    fn an_assessment_file_is_opened_and_the_demo_is_not_loaded() {
        let s = startup_from_args(
            [
                r"C:\Users\ana\Contoso.TokenReady",
                r"D:\more.tokenready",
                "/evidence/a.zip",
            ]
            .map(String::from)
            .into_iter(),
        );
        assert_eq!(s.open.as_deref(), Some(r"C:\Users\ana\Contoso.TokenReady"));
        // Only the first is opened; the rest is evidence, read by content as always.
        assert_eq!(s.evidence, [r"D:\more.tokenready", "/evidence/a.zip"]);
        assert!(!s.demo);
        let alone = startup_from_args(["saved.tokenready".to_string()].into_iter());
        assert_eq!(alone.open.as_deref(), Some("saved.tokenready"));
        assert!(alone.evidence.is_empty() && !alone.demo);
        // The name earlier versions saved under (*.tokenready.json) is not the association's:
        // such a file opens with Open… as before.
        let json = startup_from_args(["a.tokenready.json".to_string()].into_iter());
        assert_eq!(json.open, None);
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
