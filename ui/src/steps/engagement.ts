// Step 1, Engagement: who the assessment is for, and the recently used assessments.
import { el, field } from "../dom";
import { t } from "../i18n";
import type { WizardState } from "../wizard";
import type { Actions, RunView } from "./shared";

export function engagement(s: WizardState, a: Actions): HTMLElement {
  const tr = (id: string) => t(s.engagement.language, id);
  const set = (k: keyof WizardState["engagement"]) => (v: string) =>
    a.edit((st) => ({ ...st, engagement: { ...st.engagement, [k]: v } }));
  return el(
    "form",
    { class: "form", id: "engagement-form" },
    field("customer", tr("ui-customer"), s.engagement.customer, set("customer")),
    field("consultant", tr("ui-consultant"), s.engagement.consultant, set("consultant")),
    field("date", tr("ui-date"), s.engagement.date, set("date"), { type: "date" }),
    field("scope", tr("ui-scope"), s.engagement.scope, set("scope"), {
      placeholder: tr("ui-scope-placeholder"),
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
  const tr = (id: string) => t(s.engagement.language, id);
  const pick = el("button", { id: "pick-baseline", type: "button" }, tr(s.environment.baseline ? "ui-baseline-other" : "ui-baseline-pick"));
  pick.addEventListener("click", () => a.pickBaseline());
  const clear = s.environment.baseline ? el("button", { id: "clear-baseline", type: "button" }, tr("ui-baseline-clear")) : null;
  clear?.addEventListener("click", () => a.update((st) => ({ ...st, environment: { ...st.environment, baseline: "" } })));
  return el(
    "fieldset",
    { class: "field", id: "followup-of" },
    el("legend", {}, tr("ui-followup-of")),
    el(
      "p",
      { id: "baseline-path", class: s.environment.baseline ? "mono" : "muted" },
      s.environment.baseline || tr("ui-baseline-none"),
    ),
    el("div", { class: "actions" }, pick, clear),
    el(
      "p",
      { class: "help" },
      tr("ui-baseline-help"),
    ),
  );
}

/** Reopen a recent assessment in one click (missing files are shown, not offered). */
export function recentFiles(run: RunView, a: Actions, lang: WizardState["engagement"]["language"]): HTMLElement | null {
  if (run.recent.length === 0) return null;
  return el(
    "section",
    { class: "recent", "aria-labelledby": "recent-title" },
    el("h2", { id: "recent-title" }, t(lang, "ui-recent")),
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
          el("span", { class: "muted" }, ` ${f.exists ? f.used_at.replace("T", " ").replace("Z", " UTC") : t(lang, "ui-recent-missing")} — ${f.path}`),
        );
      }),
    ),
  );
}
