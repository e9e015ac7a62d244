// The wizard's steps and what makes each complete. Pure: no DOM, no IPC.
import { COLLECT } from "./collect";
import { t } from "./i18n";
import type { AcceptedRisk, Assessment, CheckStatus, ChecklistEntry, ChecklistItem, ErrorCode, Fallback, Language, Parameters, Report } from "./bindings";

export const STEPS = [
  "engagement",
  "environment",
  "evidence",
  "locations",
  "logs",
  "findings",
  "plan",
  "validation",
  "report",
] as const;
export type StepId = (typeof STEPS)[number];

/** A step's title in the assessment's language (catalogue `ui-step-<id>`). */
export function stepTitle(s: Pick<WizardState, "engagement">, step: StepId): string {
  return t(s.engagement.language, `ui-step-${step}`);
}

/** A step's help line (catalogue `ui-help-<id>`). */
export function stepHelp(s: Pick<WizardState, "engagement">, step: StepId): string {
  return t(s.engagement.language, `ui-help-${step}`);
}

/** Every UI message the code asks for (the UI test checks the catalogue holds these and no more). */
/** Every error code of the commands (each has its sentence in the catalogue). */
export const ERROR_CODES: ErrorCode[] = ["no-evidence", "cancelled", "busy", "io", "internal", "bad-input"];

export const UI_MESSAGES: string[] = [
  ...STEPS.map((s) => `ui-step-${s}`),
  ...STEPS.map((s) => `ui-help-${s}`),
  ...ERROR_CODES.map((c) => `ui-err-${c}`),
  ...["customer", "consultant", "date", "version", "account", "fallback", "rollout-date"].map((m) => `ui-need-${m}`),
  ...["evidence", "analysis", "analysis-step", "results", "note"].map((m) => `ui-need-${m}`),
  "ui-language",
  "ui-language-help",
  ...["new", "open", "save", "save-as", "back", "next"].map((b) => `ui-${b}`),
  ...["step-complete", "complete", "missing", "file", "not-saved", "recover", "discard"].map((m) => `ui-${m}`),
  ...["critical", "high", "medium", "low", "info"].map((sv) => `ui-sev-${sv}`),
  ...["evidence-n", "remediation", "references", "accept-summary", "accepted"].map((m) => `ui-${m}`),
  ...["customer", "consultant", "date", "scope", "scope-placeholder", "followup-of"].map((m) => `ui-${m}`),
  ...["baseline-pick", "baseline-other", "baseline-clear", "baseline-none", "baseline-help", "recent", "recent-missing"].map((m) => `ui-${m}`),
  "ui-verdict",
  "ui-phase-ready",
  "ui-phase-not-yet",
  ...["pending", "pass", "fail", "not-applicable"].map((st) => `ui-status-${st}`),
  ...["as-evidence", "decided", "overridden", "window", "records", "notes-placeholder"].map((m) => `ui-${m}`),
  ...["test", "expected", "status", "notes", "checked-by", "date"].map((k) => `ui-col-${k}`),
  ...["sharing", "redact-label", "redact-count", "redact-kind", "redact-original", "redact-pseudonym", "redact-key"].map((m) => `ui-${m}`),
  ...["report-engagement", "report-summary", "report-incomplete", "saved", "cli-hint"].map((m) => `ui-${m}`),
  ...["pdf", "pdf-redacted", "pdf-letter", "csv", "json"].map((m) => `ui-export-${m}`),
  "ui-checklist-decided",
  "ui-checklist-help",
  ...["accept-reason", "accept-name", "accept-until", "accept", "accept-update", "accept-needs", "withdraw"].map((m) => `ui-${m}`),
  ...["version", "version-help", "account", "account-placeholder", "account-help", "fallback", "fallback-on", "fallback-off"].map((m) => `ui-env-${m}`),
  ...["fallback-help", "swl", "swl-placeholder", "swl-help", "ds", "ds-placeholder", "ds-help", "csv-offset", "csv-offset-help"].map((m) => `ui-env-${m}`),
  ...["rollout", "rollout-date", "rollout-time", "rollout-zone", "rollout-split", "rollout-help"].map((m) => `ui-env-${m}`),
  ...["add", "clear", "demo", "demo-followup", "demo-followup-title", "analyse", "cancel", "chosen", "none", "drop"].map((m) => `ui-ev-${m}`),
  ...["progress", "no-report", "read", "totals", "col-file", "col-kind", "col-records", "col-problems", "col-how"].map((m) => `ui-ev-${m}`),
  ...["read-in", "read-structure", "line", "record", "offset", "problems", "skipped", "missing"].map((m) => `ui-ev-${m}`),
  "ui-collect",
  ...["copy", "copied", "selected"].map((m) => `ui-collect-${m}`),
  ...COLLECT.flatMap((c) => [`ui-collect-${c.id}-what`, `ui-collect-${c.id}-where`]),
  ...["review", "not-given", "not-given-ds", "label", "unc-acc", "ds", "counts", "col-host"].map((m) => `ui-loc-${m}`),
  ...["col-share", "col-kind", "col-auth", "col-locations", "col-packages", "col-location", "col-seen", "not-checked"].map((m) => `ui-loc-${m}`),
  ...["configured", "hosts", "to-review", "all", "checking", "check", "consent", "filter"].map((m) => `ui-loc-${m}`),
  ...["filter-label", "shown", "seen", "seen-first"].map((m) => `ui-loc-${m}`),
  ...["security", "account", "all-accounts", "col-source", "col-addresses", "col-lockouts", "col-failures", "col-first"].map((m) => `ui-logs-${m}`),
  ...["col-last", "col-retry", "none", "per-hour", "causes", "cause", "from", "fix"].map((m) => `ui-logs-${m}`),
  ...["verify", "signals", "col-signal", "col-count", "col-hosts", "col-records", "samples", "no-signal"].map((m) => `ui-logs-${m}`),
  ...["title-hour", "title-day", "tip", "tip-local", "rollout", "lockouts", "failures", "local-note"].map((m) => `ui-chart-${m}`),
  ...["title", "rollout", "no-rollout", "compared", "stale", "event-id", "before", "after"].map((m) => `ui-fu-${m}`),
  ...["baseline", "now", "undated", "caller", "no-lockout", "signal", "chart-hour", "chart-day"].map((m) => `ui-fu-${m}`),
  ...["coverage", "col-computer", "col-evidence", "col-first", "col-last", "col-reaches", "yes", "no"].map((m) => `ui-fu-${m}`),
  ...["no-events", "since", "added", "removed", "resolved", "new", "open", "none"].map((m) => `ui-fu-${m}`),
  ...["no-host"].map((m) => `ui-fu-${m}`),
];

export interface Engagement {
  customer: string;
  consultant: string;
  date: string;
  scope: string;
  /** The report's language; "" = not chosen (English, and no `language` in the report). */
  language: Language | "";
}

export interface Environment {
  itmsVersion: string;
  account: string;
  fallback: Fallback | null;
  softwareLibrary: string;
  dsImageStore: string;
  csvTimeOffset: string;
  /** The token rollout: date (YYYY-MM-DD), time (HH:MM) and UTC offset (`Z` or `+02:00`). */
  rolloutDate: string;
  rolloutTime: string;
  rolloutZone: string;
  /** The first assessment this one follows up (a JSON report or an assessment file). */
  baseline: string;
}

export interface WizardState {
  step: StepId;
  engagement: Engagement;
  environment: Environment;
  evidence: string[];
  report: Report | null;
  checklist: ChecklistEntry[];
  acceptedRisks: AcceptedRisk[];
  /** The secret of redacted exports (made the first time one is prepared); never exported. */
  redactionKey: string | null;
}

export function initialState(): WizardState {
  return {
    step: "engagement",
    engagement: { customer: "", consultant: "", date: "", scope: "", language: "" },
    environment: {
      itmsVersion: "",
      account: "",
      fallback: null,
      softwareLibrary: "",
      dsImageStore: "",
      csvTimeOffset: "",
      rolloutDate: "",
      rolloutTime: "",
      rolloutZone: "Z",
      baseline: "",
    },
    evidence: [],
    report: null,
    checklist: [],
    acceptedRisks: [],
    redactionKey: null,
  };
}

/** What is still missing for a step, in the consultant's words; empty when complete. */
export function missingFor(s: WizardState, step: StepId): string[] {
  const m: string[] = [];
  const need = (id: string, args?: Record<string, string>) => m.push(t(s.engagement.language, `ui-need-${id}`, args));
  switch (step) {
    case "engagement":
      if (!s.engagement.customer.trim()) need("customer");
      if (!s.engagement.consultant.trim()) need("consultant");
      if (!s.engagement.date.trim()) need("date");
      break;
    case "environment":
      if (!s.environment.itmsVersion.trim()) need("version");
      if (!s.environment.account.trim()) need("account");
      if (s.environment.fallback === null) need("fallback");
      if (!s.environment.rolloutDate && s.environment.rolloutTime) need("rollout-date");
      break;
    case "evidence":
      if (s.evidence.length === 0) need("evidence");
      else if (!s.report) need("analysis");
      break;
    case "validation": {
      if (!s.report) {
        need("analysis-step");
        break;
      }
      const pending = s.report.checklist.filter((c) => checkStatus(s, c) === "pending").map((c) => c.id);
      if (pending.length) need("results", { ids: pending.join(", ") });
      const unexplained = s.report.checklist.filter((c) => isOverride(s, c) && !s.checklist.find((e) => e.id === c.id)?.notes.trim());
      if (unexplained.length) need("note", { ids: unexplained.map((c) => c.id).join(", ") });
      break;
    }
    default:
      if (!s.report) need("analysis-step");
  }
  return m;
}

export function isComplete(s: WizardState, step: StepId): boolean {
  return missingFor(s, step).length === 0;
}

/** Moves freely: any step can be opened at any time; Back/Next walk the order. */
export function go(s: WizardState, step: StepId): WizardState {
  return { ...s, step };
}

export function next(s: WizardState): WizardState {
  const i = STEPS.indexOf(s.step);
  return go(s, STEPS[Math.min(i + 1, STEPS.length - 1)] ?? s.step);
}

export function prev(s: WizardState): WizardState {
  const i = STEPS.indexOf(s.step);
  return go(s, STEPS[Math.max(i - 1, 0)] ?? s.step);
}

/** A new analysis result replaces the old one; changed evidence invalidates it. */
export function withEvidence(s: WizardState, evidence: string[]): WizardState {
  const same = evidence.length === s.evidence.length && evidence.every((e, i) => e === s.evidence[i]);
  return { ...s, evidence, report: same ? s.report : null };
}

/** Adds dropped or picked paths to the evidence (each once); a changed list clears the report. */
export function addEvidence(s: WizardState, paths: string[]): WizardState {
  const added = paths.filter((p, i) => p.trim() !== "" && !s.evidence.includes(p) && paths.indexOf(p) === i);
  return added.length ? withEvidence(s, [...s.evidence, ...added]) : s;
}

/** The engagement as the report carries it. */
export function engagementOf(s: WizardState) {
  const opt = (v: string) => (v.trim() ? v.trim() : null);
  return {
    customer: opt(s.engagement.customer),
    consultant: opt(s.engagement.consultant),
    date: opt(s.engagement.date),
    scope: opt(s.engagement.scope),
    ...(s.engagement.language ? { language: s.engagement.language } : {}),
  };
}

export function parametersOf(s: WizardState): Parameters {
  const opt = (v: string) => (v.trim() ? v.trim() : null);
  const rollout = rolloutOf(s.environment);
  const baseline = s.environment.baseline.trim();
  return {
    account: opt(s.environment.account),
    itms_version: opt(s.environment.itmsVersion),
    software_library: opt(s.environment.softwareLibrary),
    ds_image_store: opt(s.environment.dsImageStore),
    fallback: s.environment.fallback,
    csv_time_offset: opt(s.environment.csvTimeOffset),
    ...(rollout ? { rollout_at: rollout } : {}),
    ...(baseline ? { baseline } : {}),
  };
}

/** The rollout instant as the engine reads it (RFC 3339), or null when no date is given. */
export function rolloutOf(e: Pick<Environment, "rolloutDate" | "rolloutTime" | "rolloutZone">): string | null {
  const date = e.rolloutDate.trim();
  if (!date) return null;
  const time = e.rolloutTime.trim() || "00:00";
  const zone = e.rolloutZone === "+00:00" || !e.rolloutZone ? "Z" : e.rolloutZone;
  return `${date}T${time.length === 5 ? `${time}:00` : time}${zone}`;
}

/** The form's parts of a rollout instant (RFC 3339 or a date, as the CLI also takes it). */
export function rolloutParts(at: string | undefined): Pick<Environment, "rolloutDate" | "rolloutTime" | "rolloutZone"> {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?\s*([Zz]|[+-]\d{2}:\d{2})?$/.exec(at?.trim() ?? "");
  if (!m) return { rolloutDate: "", rolloutTime: "", rolloutZone: "Z" };
  const time = (m[2] ?? "").replace(/^(\d{2}:\d{2}):00$/, "$1");
  const zone = !m[3] || m[3].toUpperCase() === "Z" || m[3] === "+00:00" || m[3] === "-00:00" ? "Z" : m[3];
  return { rolloutDate: m[1] ?? "", rolloutTime: time, rolloutZone: zone };
}

/** Every UTC offset in 15-minute steps from -12:00 to +14:00 (`Z` for UTC itself). */
export function utcOffsets(): string[] {
  const out: string[] = [];
  for (let q = -48; q <= 56; q++) {
    if (q === 0) {
      out.push("Z");
      continue;
    }
    const m = Math.abs(q) * 15;
    out.push(`${q < 0 ? "-" : "+"}${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`);
  }
  return out;
}

/** A checklist row's status as it stands: the consultant's result, else the evidence's. */
export function checkStatus(s: WizardState, c: ChecklistItem): CheckStatus {
  const own = s.checklist.find((e) => e.id === c.id)?.status;
  return own && own !== "pending" ? own : c.status;
}

/** The consultant's result differs from what the evidence decided. */
export function isOverride(s: WizardState, c: ChecklistItem): boolean {
  const own = s.checklist.find((e) => e.id === c.id)?.status;
  return c.decided !== undefined && own !== undefined && own !== "pending" && own !== c.decided.status;
}

/** The assessment file for this state. */
export function toAssessment(s: WizardState): Assessment {
  return {
    format: 1,
    engagement: engagementOf(s),
    parameters: parametersOf(s),
    evidence: s.evidence,
    report: s.report,
    checklist: s.checklist,
    accepted_risks: s.acceptedRisks,
    ...(s.redactionKey ? { redaction_key: s.redactionKey } : {}),
  };
}

/** The environment form for engine parameters. */
export function environmentOf(p: Parameters): Environment {
  return {
    itmsVersion: p.itms_version ?? "",
    account: p.account ?? "",
    fallback: p.fallback,
    softwareLibrary: p.software_library ?? "",
    dsImageStore: p.ds_image_store ?? "",
    csvTimeOffset: p.csv_time_offset ?? "",
    ...rolloutParts(p.rollout_at),
    baseline: p.baseline ?? "",
  };
}

/** The state for an assessment file (opened or recovered). */
export function fromAssessment(a: Assessment, step: StepId = "engagement"): WizardState {
  const e = a.engagement;
  const p = a.parameters;
  return {
    step,
    engagement: { customer: e.customer ?? "", consultant: e.consultant ?? "", date: e.date ?? "", scope: e.scope ?? "", language: e.language ?? "" },
    environment: environmentOf(p),
    evidence: a.evidence,
    report: a.report,
    checklist: a.checklist,
    acceptedRisks: a.accepted_risks,
    redactionKey: a.redaction_key ?? null,
  };
}

/** Records the consultant's result for one validation test. */
export function setCheck(s: WizardState, id: string, change: Partial<Omit<ChecklistEntry, "id">>): WizardState {
  const current = s.checklist.find((c) => c.id === id) ?? { id, status: "pending" as CheckStatus, notes: "", who: "", when: "" };
  const next = { ...current, ...change };
  return { ...s, checklist: [...s.checklist.filter((c) => c.id !== id), next] };
}

/** Accepts a finding as a risk (or replaces the acceptance), or withdraws it with `null`. */
export function setAccepted(s: WizardState, findingId: string, risk: Omit<AcceptedRisk, "finding_id"> | null): WizardState {
  const others = s.acceptedRisks.filter((r) => r.finding_id !== findingId);
  return { ...s, acceptedRisks: risk ? [...others, { finding_id: findingId, ...risk }] : others };
}
