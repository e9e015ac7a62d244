// Step 8, Validation: the checklist the change board signs off.
import type { CheckStatus, Report } from "../bindings";
import { el, table } from "../dom";
import { setCheck, type WizardState } from "../wizard";
import type { Actions } from "./shared";

const STATUSES: CheckStatus[] = ["pending", "pass", "fail", "not-applicable"];

export function validation(r: Report, s: WizardState, a: Actions): HTMLElement {
  const rows = r.checklist.map((c) => {
    const entry = s.checklist.find((e) => e.id === c.id);
    const status = el("select", { id: `check-${c.id}-status`, "aria-label": `${c.id} status` });
    for (const st of STATUSES) {
      const o = el("option", { value: st }, st);
      o.selected = (entry?.status ?? c.status) === st;
      status.append(o);
    }
    status.addEventListener("change", () => a.update((x) => setCheck(x, c.id, { status: status.value as CheckStatus })));
    const text = (key: "notes" | "who" | "when", label: string) => {
      const i = el("input", { id: `check-${c.id}-${key}`, type: "text", "aria-label": `${c.id} ${label}` });
      i.value = entry?.[key] ?? "";
      i.addEventListener("input", () => a.edit((x) => setCheck(x, c.id, { [key]: i.value })));
      return i;
    };
    return [`${c.id} ${c.test}`, c.expected, status, text("notes", "notes"), text("who", "checked by"), text("when", "date")];
  });
  return el(
    "div",
    {},
    table("checklist", ["Test", "Expected result", "Status", "Notes", "Checked by", "Date"], rows),
    el("p", { class: "muted" }, "What you record here is saved with the assessment and printed in the report's validation checklist."),
  );
}
