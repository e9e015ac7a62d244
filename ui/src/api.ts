// The one module that talks to the Rust side. Components call these functions, never `invoke`.
import { Channel, invoke } from "@tauri-apps/api/core";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import type {
  AssessRequest,
  Assessment,
  CommandError,
  DemoFollowUp,
  ExportFormat,
  Language,
  OpenedAssessment,
  Progress,
  Reachability,
  RecentFile,
  RedactionPreview,
  Report,
  StartupInfo,
} from "./bindings";

/** The evidence and answers the app was started with (the built-in demo when none). */
export function startupEvidence(): Promise<StartupInfo> {
  return invoke<StartupInfo>("startup_evidence");
}

/** Opens the native folder picker; null when the consultant cancels. */
export function pickEvidence(): Promise<string | null> {
  return invoke<string | null>("pick_evidence");
}

/** Opens the native file picker for the first assessment's report or assessment file. */
export function pickBaseline(): Promise<string | null> {
  return invoke<string | null>("pick_baseline");
}

/** Writes the demo's follow-up (new evidence, the first assessment as baseline) and returns it. */
export function demoFollowUp(): Promise<DemoFollowUp> {
  return invoke<DemoFollowUp>("demo_follow_up");
}

/** Runs the analysis; `onProgress` receives each progress message as it happens. */
export function assessEvidence(
  request: AssessRequest,
  onProgress: (p: Progress) => void,
): Promise<Report> {
  const channel = new Channel<Progress>();
  channel.onmessage = onProgress;
  return invoke<Report>("assess_evidence", { request, onProgress: channel });
}

/** Checks whether each UNC host answers on TCP 445. Touches the customer's network: ask first. */
export function probeHosts(hosts: string[], onProgress: (p: Progress) => void): Promise<Reachability[]> {
  const channel = new Channel<Progress>();
  channel.onmessage = onProgress;
  return invoke<Reachability[]>("probe_hosts", { hosts, onProgress: channel });
}

/**
 * Asks where to save, then writes the report (with pseudonyms for every customer identifier
 * when `redact`); the path written, or null when cancelled.
 */
export function saveReport(assessment: Assessment, format: ExportFormat, redact = false): Promise<string | null> {
  return invoke<string | null>("save_report", { assessment, format, redact });
}

/** The assessment's redaction key (new the first time) and a few replacements to check. */
export function previewRedaction(assessment: Assessment): Promise<RedactionPreview> {
  return invoke<RedactionPreview>("preview_redaction", { assessment });
}

/** Saves to `path`, or asks where (Save as) when it is null. The path written, or null. */
export function saveAssessment(assessment: Assessment, path: string | null): Promise<string | null> {
  return invoke<string | null>("save_assessment", { assessment, path });
}

/** Asks for an assessment file and reads it; null when the consultant cancels. */
export function openAssessment(): Promise<OpenedAssessment | null> {
  return invoke<OpenedAssessment | null>("open_assessment");
}

/** The assessment files opened or saved recently, newest first. */
export function recentAssessments(): Promise<RecentFile[]> {
  return invoke<RecentFile[]>("recent_assessments");
}

/** Opens a file from the recent list (Rust refuses any other path). */
export function openRecent(path: string): Promise<OpenedAssessment> {
  return invoke<OpenedAssessment>("open_recent", { path });
}

/** What a drag over the window is doing. */
export type DropEvent = { kind: "enter" } | { kind: "leave" } | { kind: "drop"; paths: string[] };

/**
 * Files, folders and zips dropped on the window, with their full paths (the webview gives
 * paths, never contents: Rust reads them, as for the folder picker).
 */
export function onEvidenceDropped(handler: (e: DropEvent) => void): Promise<() => void> {
  return getCurrentWebview().onDragDropEvent((event) => {
    const p = event.payload;
    if (p.type === "drop") handler({ kind: "drop", paths: p.paths });
    else if (p.type === "enter") handler({ kind: "enter" });
    else if (p.type === "leave") handler({ kind: "leave" });
  });
}

/** Writes the recovery copy (every change). */
export function autosaveAssessment(assessment: Assessment): Promise<void> {
  return invoke<void>("autosave_assessment", { assessment });
}

/** The recovery copy an earlier session left, if any. */
export function recoverAssessment(): Promise<Assessment | null> {
  return invoke<Assessment | null>("recover_assessment");
}

export function discardRecovery(): Promise<void> {
  return invoke<void>("discard_recovery");
}

/** Asks the running analysis (or probe) to stop. */
export function cancelAssessment(): Promise<void> {
  return invoke<void>("cancel_assessment");
}

/** A command error as the Rust side sends it, or a plain message for anything else. */
export function asCommandError(e: unknown): CommandError {
  if (typeof e === "object" && e !== null && "code" in e && "message" in e) {
    return e as CommandError;
  }
  return { code: "internal", message: String(e) };
}
