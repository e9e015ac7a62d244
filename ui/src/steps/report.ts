// Step 9, Report: the exports.
import type { ExportFormat } from "../bindings";
import { el } from "../dom";
import type { WizardState } from "../wizard";
import type { Actions, RunView } from "./shared";

export function reportStep(s: WizardState, run: RunView, a: Actions): HTMLElement {
  const r = s.report!;
  const button = (id: string, label: string, format: ExportFormat, primary = false) => {
    const b = el("button", { id, type: "button", class: primary ? "primary" : undefined, disabled: run.exporting }, label);
    b.addEventListener("click", () => a.exportReport(format));
    return b;
  };
  return el(
    "div",
    {},
    el("p", {}, `Customer: ${s.engagement.customer || "—"} · Consultant: ${s.engagement.consultant || "—"} · Date: ${s.engagement.date || "—"}`),
    el(
      "p",
      { id: "report-summary" },
      `${r.inputs.length} input(s), ${r.locations.length} location(s), ${r.findings.length} finding(s), ${r.checklist.length} validation test(s). Analysed ${r.generated_at} by ${r.tool.name} ${r.tool.version}.`,
    ),
    r.verdict.evidence_complete ? null : el("p", { class: "error" }, "The evidence is incomplete: the report says so on its cover."),
    el(
      "div",
      { class: "actions" },
      button("export-pdf", "Export PDF (A4)", "pdf-a4", true),
      button("export-pdf-letter", "Export PDF (Letter)", "pdf-letter"),
      button("export-csv", "Export CSV tables", "csv"),
      button("export-json", "Export JSON", "json"),
    ),
    run.exported ? el("p", { id: "export-result", role: "status" }, `Saved: ${run.exported}`) : null,
    run.error ? el("p", { id: "export-error", class: "error", role: "alert" }, run.error) : null,
    el("p", { class: "muted" }, "The same report comes from the command line: tokenready assess <evidence> --pdf report.pdf --csv out/ --json report.json"),
  );
}
