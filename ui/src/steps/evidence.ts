// Step 3, Evidence: what to read, how to collect it, and the inventory of what was read.
import type { InputFile, Report } from "../bindings";
import { COLLECT } from "../collect";
import { el, table } from "../dom";
import type { WizardState } from "../wizard";
import { fmtBytes, progressText, type Actions, type RunView } from "./shared";

export function evidence(s: WizardState, run: RunView, a: Actions): HTMLElement {
  const pick = el("button", { id: "pick", type: "button", disabled: run.running }, "Add evidence folder…");
  pick.addEventListener("click", () => a.pick());
  const clear = s.evidence.length
    ? el("button", { id: "clear-evidence", type: "button", disabled: run.running }, "Clear")
    : null;
  clear?.addEventListener("click", () => a.clearEvidence());
  const demo = run.demoAvailable
    ? el("button", { id: "use-demo", type: "button", disabled: run.running }, "Use demo evidence")
    : null;
  demo?.addEventListener("click", () => a.useDemo());
  const demoFollowUp = run.demoAvailable
    ? el(
        "button",
        {
          id: "use-demo-followup",
          type: "button",
          disabled: run.running,
          title: "The demo site collected again after the token rollout, with the first assessment as the baseline",
        },
        "Use demo follow-up",
      )
    : null;
  demoFollowUp?.addEventListener("click", () => a.useDemoFollowUp());
  const analyse = el(
    "button",
    { id: "analyse", type: "button", class: "primary", disabled: run.running || s.evidence.length === 0 },
    "Analyse",
  );
  analyse.addEventListener("click", () => a.analyse());
  const cancel = el("button", { id: "cancel", type: "button", disabled: !run.running }, "Cancel");
  cancel.addEventListener("click", () => a.cancel());

  const progress = el("progress", { id: "progress", max: String(Math.max(run.bytesTotal, 1)) });
  progress.value = run.bytesDone;
  const progressLine = el("p", { id: "progress-text", class: "muted" }, run.running ? progressText(run) : "");
  const parts: (HTMLElement | null)[] = [
    el(
      "div",
      { class: "evidence-list" },
      el("h2", {}, "Chosen evidence"),
      s.evidence.length
        ? el("ul", { id: "evidence-paths" }, ...s.evidence.map((p) => el("li", { class: "mono" }, p)))
        : el("p", { class: "empty" }, "Nothing chosen yet."),
      el(
        "p",
        { class: "help", id: "drop-hint" },
        "Or drop files, folders or zips anywhere on this window: each is added to the list.",
      ),
    ),
    el("div", { class: "actions" }, pick, demo, demoFollowUp, clear, analyse, cancel),
    run.running ? el("div", { class: "progress" }, progress, progressLine) : null,
    run.error ? el("p", { id: "error", class: "error", role: "alert" }, run.error) : null,
  ];
  if (s.report) parts.push(inventory(s.report));
  parts.push(howToCollect());
  return el("div", {}, ...parts);
}

/** The commands to run on the customer's servers, each with a copy button. */
function howToCollect(): HTMLElement {
  return el(
    "details",
    { class: "collect", id: "how-to-collect" },
    el("summary", {}, "How to collect this evidence (read-only commands for the customer's servers)"),
    ...COLLECT.map((c) => {
      const code = el("code", { id: `collect-${c.id}`, class: "mono" }, c.command);
      const copy = el("button", { type: "button", id: `copy-${c.id}` }, "Copy");
      copy.addEventListener("click", () => {
        const done = () => (copy.textContent = "Copied");
        navigator.clipboard?.writeText(c.command).then(done, () => {
          // No clipboard access: select the text so Ctrl+C copies it.
          const range = document.createRange();
          range.selectNodeContents(code);
          const sel = window.getSelection();
          sel?.removeAllRanges();
          sel?.addRange(range);
          copy.textContent = "Selected: press Ctrl+C";
        });
      });
      return el("div", { class: "collect-step" }, el("strong", {}, c.what), el("p", { class: "muted" }, c.where), el("pre", {}, code), copy);
    }),
  );
}

function inventory(r: Report): HTMLElement {
  const t = r.totals;
  const kinds = Object.entries(t.by_kind)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  const rows = r.inputs.map((i: InputFile) => [
    el("span", { class: "mono path" }, i.path),
    i.language
      ? el(
          "span",
          { class: `kind kind-${i.kind}`, title: i.language === "structure" ? "another language, read by its structure" : `read in ${i.language}` },
          `${i.kind} · ${i.language}`,
        )
      : el("span", { class: `kind kind-${i.kind}` }, i.kind),
    i.records,
    i.errors ? el("span", { class: "bad" }, String(i.errors)) : "0",
    el("span", { class: "mono", title: i.sha256 }, i.sha256.slice(0, 12)),
    i.note ?? "",
  ]);
  const problems = r.inputs.flatMap((i) =>
    i.problems.map((p) => {
      const where = [
        p.place.line != null ? `line ${p.place.line}` : "",
        p.place.record != null ? `record ${p.place.record}` : "",
        p.place.offset != null ? `offset ${p.place.offset}` : "",
      ]
        .filter(Boolean)
        .join(", ");
      return el("li", {}, el("span", { class: "mono" }, i.path), where ? ` (${where})` : "", `: ${p.message}`);
    }),
  );
  return el(
    "div",
    { id: "inventory-section" },
    el("h2", {}, "What was read"),
    el(
      "p",
      { id: "totals" },
      `${t.files} file(s), ${fmtBytes(t.bytes)}, ${t.records} record(s), ${t.errors} problem(s): ${kinds}.`,
    ),
    table("inventory", ["File", "Kind", "Records", "Problems", "SHA-256", "How it was read"], rows),
    problems.length ? el("div", {}, el("h3", {}, "Problems"), el("ul", { id: "problems" }, ...problems)) : null,
    r.skipped?.length
      ? el(
          "div",
          {},
          el("h3", {}, "Passed over"),
          el("ul", { id: "skipped" }, ...r.skipped.map((x) => el("li", {}, el("span", { class: "mono" }, x.path), `: ${x.reason}`))),
        )
      : null,
    r.missing_evidence.length
      ? el(
          "div",
          { class: "missing" },
          el("h3", {}, "Missing evidence"),
          el(
            "ul",
            { id: "missing" },
            ...r.missing_evidence.map((m) =>
              el("li", {}, el("strong", {}, m.what), ` — ${m.why}. `, el("span", { class: "mono" }, m.how_to_collect)),
            ),
          ),
        )
      : null,
  );
}
