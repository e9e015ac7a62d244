// What every step is given (the actions it may take, the state of the current run) and the
// small pieces several steps use.
import type { ExportFormat, RecentFile, RedactionPreview } from "../bindings";
import { el } from "../dom";
import type { WizardState } from "../wizard";

export interface Actions {
  update(fn: (s: WizardState) => WizardState): void;
  /** Like update, for typing: the state and the sidebar change, the step is not rebuilt. */
  edit(fn: (s: WizardState) => WizardState): void;
  pick(): void;
  pickBaseline(): void;
  useDemo(): void;
  useDemoFollowUp(): void;
  analyse(): void;
  cancel(): void;
  probe(hosts: string[]): void;
  exportReport(format: ExportFormat): void;
  /** Turns redacted exports on (preparing the key and the preview) or off. */
  setRedact(on: boolean): void;
  openRecent(path: string): void;
  clearEvidence(): void;
}

export interface RunView {
  running: boolean;
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  current: string;
  error: string | null;
  demoAvailable: boolean;
  probing: boolean;
  probeConsent: boolean;
  exporting: boolean;
  exported: string | null;
  /** Whether the exports replace customer identifiers by pseudonyms. */
  redact: boolean;
  /** What a redacted export replaces (shown before exporting). */
  redactionPreview: RedactionPreview | null;
  /** Assessment files used recently, newest first. */
  recent: RecentFile[];
}

export const SEVERITY_ORDER = ["critical", "high", "medium", "low", "info"] as const;

export function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

export function needsReport(): HTMLElement {
  return el("p", { class: "empty" }, "No analysis yet. Go to Evidence and analyse the evidence first.");
}

/** The line under the progress bar. */
export function progressText(run: RunView): string {
  return `Reading ${run.filesDone} of ${run.filesTotal} file(s), ${fmtBytes(run.bytesDone)} of ${fmtBytes(run.bytesTotal)}${run.current ? ` — ${run.current}` : ""}`;
}
