// Step 9, Report: the exports.
import type { ExportFormat } from "../bindings";
import { el } from "../dom";
import type { WizardState } from "../wizard";
import type { Actions, RunView } from "./shared";

/** The "Export redacted" choice, with a few of the replacements it makes. */
function redaction(run: RunView, a: Actions): HTMLElement {
  const box = el("input", { id: "redact", type: "checkbox", checked: run.redact, disabled: run.exporting });
  box.addEventListener("change", () => a.setRedact((box as HTMLInputElement).checked));
  const p = run.redactionPreview;
  return el(
    "fieldset",
    { id: "redaction" },
    el("legend", {}, "Sharing outside the customer"),
    el(
      "label",
      {},
      box,
      " Export redacted: host, domain, account, share and package names, addresses, evidence paths and the customer's name become stable pseudonyms. Counts, rule IDs, event IDs and status codes stay.",
    ),
    run.redact && p
      ? el(
          "div",
          { id: "redaction-preview" },
          el("p", {}, `${p.replaced} identifier(s) will be replaced, for example:`),
          el(
            "table",
            {},
            el("thead", {}, el("tr", {}, el("th", {}, "Kind"), el("th", {}, "In the evidence"), el("th", {}, "In the redacted report"))),
            el(
              "tbody",
              {},
              ...p.samples.map((x) => el("tr", {}, el("td", {}, x.class), el("td", {}, x.original), el("td", {}, x.pseudonym))),
            ),
          ),
          el(
            "p",
            { class: "muted" },
            "The key behind the pseudonyms is kept in this assessment file only, never in an export: the same names get the same pseudonyms in every redacted export of this assessment. Redacted files are named …-redacted and never replace an unredacted export.",
          ),
        )
      : null,
  );
}

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
    redaction(run, a),
    el(
      "div",
      { class: "actions" },
      button("export-pdf", run.redact ? "Export redacted PDF (A4)" : "Export PDF (A4)", "pdf-a4", true),
      button("export-pdf-letter", "Export PDF (Letter)", "pdf-letter"),
      button("export-csv", "Export CSV tables", "csv"),
      button("export-json", "Export JSON", "json"),
    ),
    run.exported ? el("p", { id: "export-result", role: "status" }, `Saved: ${run.exported}`) : null,
    run.error ? el("p", { id: "export-error", class: "error", role: "alert" }, run.error) : null,
    el("p", { class: "muted" }, "The same report comes from the command line: tokenready assess <evidence> --pdf report.pdf --csv out/ --json report.json"),
  );
}
