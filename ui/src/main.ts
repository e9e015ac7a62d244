// Wires the wizard state, the views and the Rust commands together.
import {
  asCommandError,
  assessEvidence,
  autosaveAssessment,
  cancelAssessment,
  demoFollowUp,
  discardRecovery,
  onEvidenceDropped,
  openAssessment,
  openRecent,
  pickBaseline,
  pickEvidence,
  probeHosts,
  recentAssessments,
  recoverAssessment,
  saveAssessment,
  saveReport,
  previewRedaction,
  startupEvidence,
} from "./api";
import type { Assessment, ExportFormat } from "./bindings";
import type { Progress, StartupInfo } from "./bindings";
import { el } from "./dom";
import { errorText, t } from "./i18n";
import { progressText, renderStep, type Actions, type RunView } from "./views";
import {
  addEvidence,
  go,
  initialState,
  engagementOf,
  environmentOf,
  fromAssessment,
  isComplete,
  missingFor,
  next,
  parametersOf,
  prev,
  stepHelp,
  stepTitle,
  STEPS,
  toAssessment,
  withEvidence,
  type WizardState,
} from "./wizard";

let state: WizardState = initialState();
let startup: StartupInfo | null = null;
/** The assessment file being edited (null until saved or opened). */
let filePath: string | null = null;
/** A recovery copy from an earlier session, offered until recovered or discarded. */
let recovery: Assessment | null = null;
let autosaveTimer: ReturnType<typeof setTimeout> | null = null;
let autosaveError: string | null = null;
const run: RunView = {
  running: false,
  filesDone: 0,
  filesTotal: 0,
  bytesDone: 0,
  bytesTotal: 0,
  current: "",
  error: null,
  demoAvailable: false,
  probing: false,
  probeConsent: false,
  exporting: false,
  exported: null,
  redact: false,
  redactionPreview: null,
  recent: [],
};

/** Refreshes the recent-files list (a convenience: failures leave it as it was). */
async function refreshRecent(): Promise<void> {
  try {
    run.recent = await recentAssessments();
  } catch {
    /* keep the list shown */
  }
}

const $ = (id: string) => document.getElementById(id)!;

/** A message of the app's catalogue in the assessment's language. */
const tr = (id: string, args?: Record<string, string>) => t(state.engagement.language, id, args);

/** The window's fixed buttons and their messages. */
const CHROME: [string, string][] = [
  ["file-new", "ui-new"],
  ["file-open", "ui-open"],
  ["file-save", "ui-save"],
  ["file-save-as", "ui-save-as"],
  ["prev", "ui-back"],
  ["next", "ui-next"],
];

function render(): void {
  renderChrome();
  $("step-title").textContent = stepTitle(state, state.step);
  $("step-help").textContent = stepHelp(state, state.step);
  document.documentElement.lang = state.engagement.language || "en";
  $("step-body").replaceChildren(renderStep(state.step, state, run, actions));
}

/** The sidebar, file name, recovery offer and status line. */
function renderChrome(): void {
  const list = $("step-list");
  list.replaceChildren(
    ...STEPS.map((step, i) => {
      const complete = isComplete(state, step);
      const b = el(
        "button",
        {
          type: "button",
          id: `step-${step}`,
          class: `step${step === state.step ? " current" : ""}${complete ? " complete" : ""}`,
          "aria-current": step === state.step ? "step" : undefined,
          title: complete ? tr("ui-complete") : tr("ui-missing", { what: missingFor(state, step).join(", ") }),
        },
        el("span", { class: "num", "aria-hidden": "true" }, complete ? "✓" : String(i + 1)),
        el("span", { class: "label" }, stepTitle(state, step)),
        el("span", { class: "sr-only" }, complete ? " (complete)" : " (incomplete)"),
      );
      b.addEventListener("click", () => update((s) => go(s, step)));
      return el("li", {}, b);
    }),
  );
  $("file-name").textContent = filePath ? tr("ui-file", { path: filePath }) : tr("ui-not-saved");
  for (const [id, msg] of CHROME) $(id).textContent = tr(msg);
  renderRecovery();
  const missing = missingFor(state, state.step);
  $("step-status").textContent =
    autosaveError ?? (missing.length ? tr("ui-missing", { what: missing.join(", ") }) : tr("ui-step-complete"));
  ($("prev") as HTMLButtonElement).disabled = state.step === STEPS[0];
  ($("next") as HTMLButtonElement).disabled = state.step === STEPS[STEPS.length - 1];
}

function renderRecovery(): void {
  const box = $("recovery");
  if (!recovery) {
    box.replaceChildren();
    return;
  }
  const r = recovery;
  const yes = el("button", { id: "recover", type: "button", class: "primary" }, tr("ui-recover"));
  yes.addEventListener("click", () => {
    recovery = null;
    state = fromAssessment(r, state.step);
    render();
  });
  const no = el("button", { id: "discard-recovery", type: "button" }, tr("ui-discard"));
  no.addEventListener("click", () => {
    recovery = null;
    void discardRecovery();
    render();
  });
  box.replaceChildren(
    el(
      "div",
      { class: "recovery", role: "alert" },
      `Unsaved work from an earlier session was found (${r.engagement.customer ?? "no customer"}, ${r.evidence.length} evidence path(s)${r.report ? ", analysed" : ""}).`,
      yes,
      no,
    ),
  );
}

/** Every change is written to the recovery file shortly after it is made. */
function scheduleAutosave(): void {
  if (autosaveTimer) clearTimeout(autosaveTimer);
  autosaveTimer = setTimeout(() => {
    autosaveAssessment(toAssessment(state))
      .then(() => {
        if (autosaveError) {
          autosaveError = null;
          render();
        }
      })
      .catch((e) => {
        autosaveError = asCommandError(e).message;
        render();
      });
  }, 400);
}

async function save(asNew: boolean): Promise<void> {
  try {
    const path = await saveAssessment(toAssessment(state), asNew ? null : filePath);
    if (path) filePath = path;
  } catch (e) {
    run.error = errorText(asCommandError(e), state.engagement.language);
  }
  await refreshRecent();
  render();
}

async function open(recentPath?: string): Promise<void> {
  try {
    const opened = recentPath === undefined ? await openAssessment() : await openRecent(recentPath);
    if (opened) {
      filePath = opened.path;
      state = fromAssessment(opened.assessment);
      scheduleAutosave();
    }
  } catch (e) {
    run.error = errorText(asCommandError(e), state.engagement.language);
  }
  await refreshRecent();
  render();
}

function update(fn: (s: WizardState) => WizardState): void {
  state = fn(state);
  scheduleAutosave();
  render();
}

/** Typing: keep the focused input, refresh only the sidebar and the status line. */
function edit(fn: (s: WizardState) => WizardState): void {
  state = fn(state);
  scheduleAutosave();
  renderChrome();
}

function onProgress(p: Progress): void {
  switch (p.stage) {
    case "discovered":
      run.filesTotal = p.files;
      run.bytesTotal = p.bytes;
      break;
    case "file-done":
      run.filesDone = p.files_done;
      run.bytesDone = p.bytes_done;
      run.current = p.path;
      break;
    case "analysing":
      run.current = "drawing conclusions…";
      break;
    case "probed":
      run.current = `checked ${p.host} (${p.done} of ${p.total})`;
      break;
  }
  if (state.step !== "evidence") return;
  // Update the bar and its text in place: rebuilding the step would replace the Cancel button
  // under the pointer and lose clicks.
  const bar = document.getElementById("progress");
  const text = document.getElementById("progress-text");
  if (bar instanceof HTMLProgressElement && text) {
    bar.max = Math.max(run.bytesTotal, 1);
    bar.value = run.bytesDone;
    text.textContent = progressText(run, state.engagement.language);
  } else {
    render();
  }
}

const actions: Actions = {
  update,
  edit,
  async pick() {
    try {
      const path = await pickEvidence();
      if (path) update((s) => addEvidence(s, [path]));
    } catch (e) {
      run.error = errorText(asCommandError(e), state.engagement.language);
      render();
    }
  },
  async pickBaseline() {
    try {
      const path = await pickBaseline();
      if (path) update((s) => ({ ...s, environment: { ...s.environment, baseline: path } }));
    } catch (e) {
      run.error = errorText(asCommandError(e), state.engagement.language);
      render();
    }
  },
  async useDemoFollowUp() {
    try {
      const f = await demoFollowUp();
      update((s) => ({
        ...withEvidence(s, f.evidence),
        environment: environmentOf(f.parameters),
        engagement: { ...s.engagement, scope: "Demo follow-up after the token rollout" },
      }));
    } catch (e) {
      run.error = errorText(asCommandError(e), state.engagement.language);
      render();
    }
  },
  openRecent(path: string) {
    void open(path);
  },
  clearEvidence() {
    update((s) => withEvidence(s, []));
  },
  useDemo() {
    if (!startup) return;
    const demo = startup;
    update((s) => withEvidence(s, demo.evidence));
  },
  async analyse() {
    Object.assign(run, { running: true, filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, current: "", error: null });
    render();
    try {
      const report = await assessEvidence(
        { evidence: state.evidence, parameters: parametersOf(state), engagement: engagementOf(state) },
        onProgress,
      );
      run.running = false;
      update((s) => ({ ...s, report }));
    } catch (e) {
      run.running = false;
      run.error = errorText(asCommandError(e), state.engagement.language);
      render();
    }
  },
  async cancel() {
    await cancelAssessment();
  },
  async exportReport(format: ExportFormat) {
    if (!state.report) return;
    run.exporting = true;
    run.error = null;
    render();
    try {
      // The engagement as typed now, even if it changed after the analysis.
      const path = await saveReport(toAssessment(state), format, run.redact);
      if (path) run.exported = path;
    } catch (e) {
      run.error = errorText(asCommandError(e), state.engagement.language);
    } finally {
      run.exporting = false;
      render();
    }
  },
  async setRedact(on: boolean) {
    run.redact = on;
    run.error = null;
    run.exported = null;
    if (!on || !state.report) {
      run.redactionPreview = null;
      render();
      return;
    }
    try {
      const preview = await previewRedaction(toAssessment(state));
      run.redactionPreview = preview;
      // The key stays with the assessment: the next redacted export uses the same pseudonyms.
      if (state.redactionKey !== preview.key) update((s) => ({ ...s, redactionKey: preview.key }));
      else render();
    } catch (e) {
      run.redact = false;
      run.error = errorText(asCommandError(e), state.engagement.language);
      render();
    }
  },
  async probe(hosts: string[]) {
    run.probing = true;
    render();
    try {
      const reachability = await probeHosts(hosts, onProgress);
      update((s) => (s.report ? { ...s, report: { ...s.report, reachability } } : s));
    } catch (e) {
      run.error = errorText(asCommandError(e), state.engagement.language);
    } finally {
      run.probing = false;
      render();
    }
  },
};

async function start(): Promise<void> {
  $("prev").addEventListener("click", () => update(prev));
  $("next").addEventListener("click", () => update(next));
  $("file-save").addEventListener("click", () => void save(false));
  $("file-save-as").addEventListener("click", () => void save(true));
  $("file-open").addEventListener("click", () => void open());
  $("file-new").addEventListener("click", () => {
    filePath = null;
    state = initialState();
    scheduleAutosave();
    render();
  });
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
      e.preventDefault();
      void save(e.shiftKey);
    }
  });
  // Files, folders and zips dropped anywhere on the window join the evidence.
  try {
    await onEvidenceDropped((e) => {
      document.body.classList.toggle("dragging", e.kind === "enter");
      if (e.kind === "drop" && !run.running) {
        update((s) => go(addEvidence(s, e.paths), "evidence"));
      }
    });
  } catch {
    /* no drag and drop outside the app window (unit tests) */
  }
  await refreshRecent();
  render();
  try {
    recovery = await recoverAssessment();
  } catch {
    recovery = null;
  }
  try {
    startup = await startupEvidence();
    run.demoAvailable = startup.demo;
    state = withEvidence(
      {
        ...state,
        environment: environmentOf(startup.parameters),
        engagement: startup.demo
          ? { customer: "Contoso Ltd (demo)", consultant: "", date: new Date().toISOString().slice(0, 10), scope: "Demo evidence", language: "" as const }
          : state.engagement,
      },
      startup.evidence,
    );
  } catch (e) {
    run.error = errorText(asCommandError(e), state.engagement.language);
  }
  // An assessment file the app was started with (opened from Explorer): Rust put it first in
  // the recent list, so it opens like a recent file.
  if (startup?.open) await open(startup.open);
  render();
  // Tests (and assistive tools) can tell the start-up data has arrived.
  document.body.dataset.ready = "true";
}

void start();
