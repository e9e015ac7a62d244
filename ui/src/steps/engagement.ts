// Step 1, Engagement: who the assessment is for, and the recently used assessments.
import { el, field } from "../dom";
import { t } from "../i18n";
import type { WizardState } from "../wizard";
import type { Actions, RunView } from "./shared";

export function engagement(s: WizardState, a: Actions): HTMLElement {
  const set = (k: keyof WizardState["engagement"]) => (v: string) =>
    a.edit((st) => ({ ...st, engagement: { ...st.engagement, [k]: v } }));
  return el(
    "form",
    { class: "form", id: "engagement-form" },
    field("customer", "Customer", s.engagement.customer, set("customer")),
    field("consultant", "Consultant", s.engagement.consultant, set("consultant")),
    field("date", "Date", s.engagement.date, set("date"), { type: "date" }),
    field("scope", "Scope", s.engagement.scope, set("scope"), {
      placeholder: "e.g. NS smp01 and its 2 package servers",
    }),
    reportLanguage(s, a),
    followUpOf(s, a),
  );
}

/** The language the report (PDF, CSV cells, the JSON's texts) is written in. */
function reportLanguage(s: WizardState, a: Actions): HTMLElement {
  const choices: [WizardState["engagement"]["language"], string][] = [
    ["", "English"],
    ["de", "Deutsch (German)"],
    ["fr", "Français (French)"],
  ];
  const select = el("select", { id: "language", "aria-describedby": "language-help" });
  for (const [value, label] of choices) {
    const o = el("option", { value }, label);
    o.selected = value === s.engagement.language;
    select.append(o);
  }
  // `update`: the whole window changes language, not only the sidebar.
  select.addEventListener("change", () =>
    a.update((st) => ({
      ...st,
      engagement: { ...st.engagement, language: select.value as WizardState["engagement"]["language"] },
    })),
  );
  return el(
    "div",
    { class: "field" },
    el("label", { for: "language" }, t(s.engagement.language, "ui-language")),
    select,
    el("p", { id: "language-help", class: "help" }, t(s.engagement.language, "ui-language-help")),
  );
}

/** "Follow-up of…": the first assessment this one compares with (picked, never typed). */
function followUpOf(s: WizardState, a: Actions): HTMLElement {
  const pick = el("button", { id: "pick-baseline", type: "button" }, s.environment.baseline ? "Choose another…" : "Choose the first assessment…");
  pick.addEventListener("click", () => a.pickBaseline());
  const clear = s.environment.baseline ? el("button", { id: "clear-baseline", type: "button" }, "Not a follow-up") : null;
  clear?.addEventListener("click", () => a.update((st) => ({ ...st, environment: { ...st.environment, baseline: "" } })));
  return el(
    "fieldset",
    { class: "field", id: "followup-of" },
    el("legend", {}, "Follow-up of…"),
    el(
      "p",
      { id: "baseline-path", class: s.environment.baseline ? "mono" : "muted" },
      s.environment.baseline || "Not a follow-up: this is the first assessment of the site.",
    ),
    el("div", { class: "actions" }, pick, clear),
    el(
      "p",
      { class: "help" },
      "After the rollout, pick the first assessment's JSON report or assessment file: the report then shows which locations and findings changed since. Give the rollout instant on Environment.",
    ),
  );
}

/** Reopen a recent assessment in one click (missing files are shown, not offered). */
export function recentFiles(run: RunView, a: Actions): HTMLElement | null {
  if (run.recent.length === 0) return null;
  return el(
    "section",
    { class: "recent", "aria-labelledby": "recent-title" },
    el("h2", { id: "recent-title" }, "Recent assessments"),
    el(
      "ul",
      { id: "recent-list" },
      ...run.recent.map((f, i) => {
        const b = el(
          "button",
          { type: "button", id: `recent-${i}`, disabled: !f.exists, title: f.path },
          f.name,
        );
        b.addEventListener("click", () => a.openRecent(f.path));
        return el(
          "li",
          {},
          b,
          el("span", { class: "muted" }, ` ${f.exists ? f.used_at.replace("T", " ").replace("Z", " UTC") : "(file not found)"} — ${f.path}`),
        );
      }),
    ),
  );
}
