// Step 9, Report: the exports.
import type { ExportFormat } from "../bindings";
import { el } from "../dom";
import { t } from "../i18n";
import type { WizardState } from "../wizard";
import type { Actions, RunView } from "./shared";

/** The "Export redacted" choice, with a few of the replacements it makes. */
function redaction(run: RunView, a: Actions, lang: WizardState["engagement"]["language"]): HTMLElement {
  const tr = (id: string, args?: Record<string, string | number>) => t(lang, id, args);
  const box = el("input", { id: "redact", type: "checkbox", checked: run.redact, disabled: run.exporting });
  box.addEventListener("change", () => a.setRedact((box as HTMLInputElement).checked));
  const p = run.redactionPreview;
  return el(
    "fieldset",
    { id: "redaction" },
    el("legend", {}, tr("ui-sharing")),
    el(
      "label",
      {},
      box,
      tr("ui-redact-label"),
    ),
    run.redact && p
      ? el(
          "div",
          { id: "redaction-preview" },
          el("p", {}, tr("ui-redact-count", { n: p.replaced })),
          el(
            "table",
            {},
            el("thead", {}, el("tr", {}, el("th", {}, tr("ui-redact-kind")), el("th", {}, tr("ui-redact-original")), el("th", {}, tr("ui-redact-pseudonym")))),
            el(
              "tbody",
              {},
              ...p.samples.map((x) => el("tr", {}, el("td", {}, x.class), el("td", {}, x.original), el("td", {}, x.pseudonym))),
            ),
          ),
          el(
            "p",
            { class: "muted" },
            tr("ui-redact-key"),
          ),
        )
      : null,
  );
}

export function reportStep(s: WizardState, run: RunView, a: Actions): HTMLElement {
  const r = s.report!;
  const lang = s.engagement.language;
  const tr = (id: string, args?: Record<string, string | number>) => t(lang, id, args);
  const button = (id: string, label: string, format: ExportFormat, primary = false) => {
    const b = el("button", { id, type: "button", class: primary ? "primary" : undefined, disabled: run.exporting }, label);
    b.addEventListener("click", () => a.exportReport(format));
    return b;
  };
  return el(
    "div",
    {},
    el(
      "p",
      {},
      tr("ui-report-engagement", {
        customer: s.engagement.customer || "—",
        consultant: s.engagement.consultant || "—",
        date: s.engagement.date || "—",
      }),
    ),
    el(
      "p",
      { id: "report-summary" },
      tr("ui-report-summary", {
        inputs: r.inputs.length,
        locations: r.locations.length,
        findings: r.findings.length,
        tests: r.checklist.length,
        when: r.generated_at,
        tool: `${r.tool.name} ${r.tool.version}`,
      }),
    ),
    r.verdict.evidence_complete ? null : el("p", { class: "error" }, tr("ui-report-incomplete")),
    redaction(run, a, lang),
    el(
      "div",
      { class: "actions" },
      button("export-pdf", tr(run.redact ? "ui-export-pdf-redacted" : "ui-export-pdf"), "pdf-a4", true),
      button("export-pdf-letter", tr("ui-export-pdf-letter"), "pdf-letter"),
      button("export-csv", tr("ui-export-csv"), "csv"),
      button("export-json", tr("ui-export-json"), "json"),
    ),
    run.exported ? el("p", { id: "export-result", role: "status" }, tr("ui-saved", { path: run.exported })) : null,
    run.error ? el("p", { id: "export-error", class: "error", role: "alert" }, run.error) : null,
    el(
      "p",
      { class: "muted" },
      tr("ui-cli-hint", {
        command: `tokenready assess <evidence>${lang ? ` --language ${lang}` : ""} --pdf report.pdf --csv out/ --json report.json`,
      }),
    ),
  );
}
