// Step 8, Validation: the checklist the change board signs off. Rows the evidence decided show
// the decision and why; the consultant's own result overrides it, with a note.
import type { CheckStatus, ChecklistItem, EvidenceRef, Report } from "../bindings";
import { el, table } from "../dom";
import { t } from "../i18n";
import { checkStatus, isOverride, setCheck, type WizardState } from "../wizard";
import type { Actions } from "./shared";

const STATUSES: CheckStatus[] = ["pending", "pass", "fail", "not-applicable"];

const refText = (e: EvidenceRef) =>
  `${e.file}${e.line != null ? `:${e.line}` : ""}${e.record != null ? ` #${e.record}` : ""}${e.excerpt ? ` — ${e.excerpt}` : ""}`;

/** What the evidence decided for a row, and whether the consultant's result overrides it. */
function decision(c: ChecklistItem, s: WizardState): HTMLElement | null {
  const d = c.decided;
  if (!d) return null;
  const lang = s.engagement.language;
  const status = t(lang, `ui-status-${d.status}`);
  const window = d.from || d.to ? t(lang, "ui-window", { from: d.from ?? "…", to: d.to ?? "…" }) : "";
  const override = isOverride(s, c);
  return el(
    "div",
    { class: `decided${override ? " override" : ""}`, id: `check-${c.id}-decided` },
    el("strong", {}, `${t(lang, override ? "ui-overridden" : "ui-decided", { status })} `),
    `${d.reason}${window}`,
    c.evidence.length
      ? el("details", {}, el("summary", {}, t(lang, "ui-records", { n: c.evidence.length })), el("ul", {}, ...c.evidence.map((e) => el("li", { class: "mono" }, refText(e)))))
      : null,
  );
}

export function validation(r: Report, s: WizardState, a: Actions): HTMLElement {
  const lang = s.engagement.language;
  const rows = r.checklist.map((c) => {
    const entry = s.checklist.find((e) => e.id === c.id);
    const status = el("select", { id: `check-${c.id}-status`, "aria-label": `${c.id} status` });
    const shown = entry && entry.status !== "pending" ? entry.status : "pending";
    for (const st of STATUSES) {
      // For a row the evidence decided, "pending" means: no result of my own, the evidence's stands.
      const label =
        st === "pending" && c.decided
          ? t(lang, "ui-as-evidence", { status: t(lang, `ui-status-${c.decided.status}`) })
          : t(lang, `ui-status-${st}`);
      const o = el("option", { value: st }, label);
      o.selected = (c.decided ? shown : checkStatus(s, c)) === st;
      status.append(o);
    }
    status.addEventListener("change", () => a.update((x) => setCheck(x, c.id, { status: status.value as CheckStatus })));
    const text = (key: "notes" | "who" | "when", label: string) => {
      const i = el("input", { id: `check-${c.id}-${key}`, type: "text", "aria-label": `${c.id} ${label}` });
      i.value = entry?.[key] ?? "";
      if (key === "notes" && isOverride(s, c)) i.placeholder = t(lang, "ui-notes-placeholder");
      i.addEventListener("input", () => a.edit((x) => setCheck(x, c.id, { [key]: i.value })));
      return i;
    };
    return [el("div", {}, `${c.id} ${c.test}`, decision(c, s)), c.expected, status, text("notes", "notes"), text("who", "checked by"), text("when", "date")];
  });
  const decided = r.checklist.filter((c) => c.decided).length;
  return el(
    "div",
    {},
    decided
      ? el("p", { id: "checklist-decided" }, t(lang, "ui-checklist-decided", { n: decided, total: r.checklist.length }))
      : null,
    table(
      "checklist",
      ["test", "expected", "status", "notes", "checked-by", "date"].map((k) => t(lang, `ui-col-${k}`)),
      rows,
    ),
    el("p", { class: "muted" }, t(lang, "ui-checklist-help")),
  );
}
