// What every step is given (the actions it may take, the state of the current run) and the
// small pieces several steps use.
import type { ExportFormat, Language, RecentFile, RedactionPreview } from "../bindings";
import { el } from "../dom";
import { t } from "../i18n";
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

/** A size in binary units, its number written as `lang` writes numbers. */
export function fmtBytes(n: number, lang: Language | "" = ""): string {
  const num = (v: number, digits: number) =>
    new Intl.NumberFormat(lang || "en", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
  if (n < 1024) return `${num(n, 0)} B`;
  if (n < 1024 * 1024) return `${num(n / 1024, 1)} KiB`;
  if (n < 1024 ** 3) return `${num(n / 1024 / 1024, 1)} MiB`;
  return `${num(n / 1024 ** 3, 2)} GiB`;
}

export function needsReport(lang: Language | ""): HTMLElement {
  return el("p", { class: "empty" }, t(lang, "ui-ev-no-report"));
}

/** The line under the progress bar. */
export function progressText(run: RunView, lang: Language | ""): string {
  const line = t(lang, "ui-ev-progress", {
    done: run.filesDone,
    total: run.filesTotal,
    bytes: fmtBytes(run.bytesDone, lang),
    bytesTotal: fmtBytes(run.bytesTotal, lang),
  });
  return run.current ? `${line} — ${run.current}` : line;
}
