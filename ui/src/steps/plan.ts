// Step 7, Plan: KB 431190's phases with their entry conditions.
import type { Report } from "../bindings";
import { el } from "../dom";

export function plan(r: Report): HTMLElement {
  return el(
    "div",
    {},
    el("div", { id: "verdict", class: "verdict" }, el("h2", {}, "Verdict"), el("p", {}, r.verdict.summary)),
    el(
      "ol",
      { id: "phases", class: "phases" },
      ...r.plan.map((p) =>
        el(
          "li",
          { class: p.ready ? "ready" : "blocked", id: `phase-${p.id}` },
          el("strong", {}, `${p.title}: ${p.ready ? "ready" : "not yet"}`),
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
