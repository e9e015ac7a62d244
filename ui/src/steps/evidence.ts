// Step 3, Evidence: what to read, how to collect it, and the inventory of what was read.
import type { InputFile, Language, Report } from "../bindings";
import { COLLECT } from "../collect";
import { el, table } from "../dom";
import { t } from "../i18n";
import type { WizardState } from "../wizard";
import { fmtBytes, progressText, type Actions, type RunView } from "./shared";

export function evidence(s: WizardState, run: RunView, a: Actions): HTMLElement {
  const lang = s.engagement.language;
  const tr = (id: string) => t(lang, id);
  const pick = el("button", { id: "pick", type: "button", disabled: run.running }, tr("ui-ev-add"));
  pick.addEventListener("click", () => a.pick());
  const clear = s.evidence.length
    ? el("button", { id: "clear-evidence", type: "button", disabled: run.running }, tr("ui-ev-clear"))
    : null;
  clear?.addEventListener("click", () => a.clearEvidence());
  const demo = run.demoAvailable
    ? el("button", { id: "use-demo", type: "button", disabled: run.running }, tr("ui-ev-demo"))
    : null;
  demo?.addEventListener("click", () => a.useDemo());
  const demoFollowUp = run.demoAvailable
    ? el(
        "button",
        {
          id: "use-demo-followup",
          type: "button",
          disabled: run.running,
          title: tr("ui-ev-demo-followup-title"),
        },
        tr("ui-ev-demo-followup"),
      )
    : null;
  demoFollowUp?.addEventListener("click", () => a.useDemoFollowUp());
  const analyse = el(
    "button",
    { id: "analyse", type: "button", class: "primary", disabled: run.running || s.evidence.length === 0 },
    tr("ui-ev-analyse"),
  );
  analyse.addEventListener("click", () => a.analyse());
  const cancel = el("button", { id: "cancel", type: "button", disabled: !run.running }, tr("ui-ev-cancel"));
  cancel.addEventListener("click", () => a.cancel());

  const progress = el("progress", { id: "progress", max: String(Math.max(run.bytesTotal, 1)) });
  progress.value = run.bytesDone;
  const progressLine = el("p", { id: "progress-text", class: "muted" }, run.running ? progressText(run, lang) : "");
  const parts: (HTMLElement | null)[] = [
    el(
      "div",
      { class: "evidence-list" },
      el("h2", {}, tr("ui-ev-chosen")),
      s.evidence.length
        ? el("ul", { id: "evidence-paths" }, ...s.evidence.map((p) => el("li", { class: "mono" }, p)))
        : el("p", { class: "empty" }, tr("ui-ev-none")),
      el(
        "p",
        { class: "help", id: "drop-hint" },
        tr("ui-ev-drop"),
      ),
    ),
    el("div", { class: "actions" }, pick, demo, demoFollowUp, clear, analyse, cancel),
    run.running ? el("div", { class: "progress" }, progress, progressLine) : null,
    run.error ? el("p", { id: "error", class: "error", role: "alert" }, run.error) : null,
  ];
  if (s.report) parts.push(inventory(s.report, lang));
  parts.push(howToCollect(lang));
  return el("div", {}, ...parts);
}

/** The commands to run on the customer's servers, each with a copy button. */
function howToCollect(lang: Language | ""): HTMLElement {
  return el(
    "details",
    { class: "collect", id: "how-to-collect" },
    el("summary", {}, t(lang, "ui-collect")),
    ...COLLECT.map((c) => {
      const code = el("code", { id: `collect-${c.id}`, class: "mono" }, c.command);
      const copy = el("button", { type: "button", id: `copy-${c.id}` }, t(lang, "ui-collect-copy"));
      copy.addEventListener("click", () => {
        const done = () => (copy.textContent = t(lang, "ui-collect-copied"));
        navigator.clipboard?.writeText(c.command).then(done, () => {
          // No clipboard access: select the text so Ctrl+C copies it.
          const range = document.createRange();
          range.selectNodeContents(code);
          const sel = window.getSelection();
          sel?.removeAllRanges();
          sel?.addRange(range);
          copy.textContent = t(lang, "ui-collect-selected");
        });
      });
      return el("div", { class: "collect-step" }, el("strong", {}, t(lang, `ui-collect-${c.id}-what`)), el("p", { class: "muted" }, t(lang, `ui-collect-${c.id}-where`)), el("pre", {}, code), copy);
    }),
  );
}

function inventory(r: Report, lang: Language | ""): HTMLElement {
  const tr = (id: string, args?: Record<string, string | number>) => t(lang, id, args);
  const tot = r.totals;
  const kinds = Object.entries(tot.by_kind)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  const rows = r.inputs.map((i: InputFile) => [
    el("span", { class: "mono path" }, i.path),
    i.language
      ? el(
          "span",
          { class: `kind kind-${i.kind}`, title: i.language === "structure" ? tr("ui-ev-read-structure") : tr("ui-ev-read-in", { language: i.language }) },
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
        p.place.line != null ? tr("ui-ev-line", { n: p.place.line }) : "",
        p.place.record != null ? tr("ui-ev-record", { n: p.place.record }) : "",
        p.place.offset != null ? tr("ui-ev-offset", { n: p.place.offset }) : "",
      ]
        .filter(Boolean)
        .join(", ");
      return el("li", {}, el("span", { class: "mono" }, i.path), where ? ` (${where})` : "", `: ${p.message}`);
    }),
  );
  return el(
    "div",
    { id: "inventory-section" },
    el("h2", {}, tr("ui-ev-read")),
    el(
      "p",
      { id: "totals" },
      tr("ui-ev-totals", { files: tot.files, bytes: fmtBytes(tot.bytes, lang), records: tot.records, errors: tot.errors, kinds }),
    ),
    table("inventory", [tr("ui-ev-col-file"), tr("ui-ev-col-kind"), tr("ui-ev-col-records"), tr("ui-ev-col-problems"), "SHA-256", tr("ui-ev-col-how")], rows),
    problems.length ? el("div", {}, el("h3", {}, tr("ui-ev-problems")), el("ul", { id: "problems" }, ...problems)) : null,
    r.skipped?.length
      ? el(
          "div",
          {},
          el("h3", {}, tr("ui-ev-skipped")),
          el("ul", { id: "skipped" }, ...r.skipped.map((x) => el("li", {}, el("span", { class: "mono" }, x.path), `: ${x.reason}`))),
        )
      : null,
    r.missing_evidence.length
      ? el(
          "div",
          { class: "missing" },
          el("h3", {}, tr("ui-ev-missing")),
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
