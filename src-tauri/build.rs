// Every app command is declared here, so that it must also be allowed explicitly in a
// capability (capabilities/main.json) before the UI can call it.
const COMMANDS: &[&str] = &[
    "startup_evidence",
    "pick_evidence",
    "pick_baseline",
    "demo_follow_up",
    "assess_evidence",
    "cancel_assessment",
    "probe_hosts",
    "save_report",
    "preview_redaction",
    "save_assessment",
    "open_assessment",
    "autosave_assessment",
    "recover_assessment",
    "discard_recovery",
    "recent_assessments",
    "open_recent",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run tauri-build");
}
