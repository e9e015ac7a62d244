// Step 7, Plan: KB 431190's phases with their entry conditions.
import type { Report } from "../bindings";
import { el } from "../dom";
import { t } from "../i18n";
import type { WizardState } from "../wizard";

export function plan(r: Report, lang: WizardState["engagement"]["language"]): HTMLElement {
  return el(
    "div",
    {},
    el("div", { id: "verdict", class: "verdict" }, el("h2", {}, t(lang, "ui-verdict")), el("p", {}, r.verdict.summary)),
    el(
      "ol",
      { id: "phases", class: "phases" },
      ...r.plan.map((p) =>
        el(
          "li",
          { class: p.ready ? "ready" : "blocked", id: `phase-${p.id}` },
          el("strong", {}, t(lang, p.ready ? "ui-phase-ready" : "ui-phase-not-yet", { title: p.title })),
          el("ul", {}, ...p.actions.map((x) => el("li", {}, x))),
          el(
            "ul",
            { class: "conditions" },
            ...p.conditions.map((c) => el("li", { class: c.met ? "met" : "unmet" }, `${c.met ? "✓" : "✗"} ${c.text}`)),
          ),
        ),
      ),
    ),
  );
}
