// Step 6, Findings: most severe first, each with its evidence, remediation and acceptance.
import type { Finding, Report } from "../bindings";
import { el } from "../dom";
import { t } from "../i18n";
import { setAccepted, type WizardState } from "../wizard";
import { SEVERITY_ORDER, type Actions } from "./shared";

function acceptForm(f: Finding, s: WizardState, a: Actions): HTMLElement {
  const tr = (id: string, args?: Record<string, string>) => t(s.engagement.language, id, args);
  const current = s.acceptedRisks.find((r) => r.finding_id === f.id);
  const input = (name: string, label: string, value: string) => {
    const i = el("input", { id: `accept-${f.id}-${name}`, type: "text" });
    i.value = value;
    return { i, node: el("label", { for: `accept-${f.id}-${name}`, class: "inline" }, label, i) };
  };
  const reason = input("reason", tr("ui-accept-reason"), current?.reason ?? "");
  const name = input("name", tr("ui-accept-name"), current?.name ?? "");
  const expiry = input("expiry", tr("ui-accept-until"), current?.expiry ?? "");
  const accept = el("button", { type: "button", id: `accept-${f.id}` }, tr(current ? "ui-accept-update" : "ui-accept"));
  accept.addEventListener("click", () => {
    if (!reason.i.value.trim() || !name.i.value.trim() || !expiry.i.value.trim()) {
      accept.textContent = tr("ui-accept-needs");
      return;
    }
    a.update((st) => setAccepted(st, f.id, { reason: reason.i.value.trim(), name: name.i.value.trim(), expiry: expiry.i.value.trim() }));
  });
  const withdraw = current ? el("button", { type: "button", id: `withdraw-${f.id}` }, tr("ui-withdraw")) : null;
  withdraw?.addEventListener("click", () => a.update((st) => setAccepted(st, f.id, null)));
  return el(
    "details",
    { class: "accept", open: current ? true : undefined },
    el("summary", {}, current
        ? tr("ui-accepted", { reason: current.reason, name: current.name, expiry: current.expiry })
        : tr("ui-accept-summary"),
    ),
    el("div", { class: "accept-form" }, reason.node, name.node, expiry.node, accept, withdraw),
  );
}

function findingCard(f: Finding, lang: WizardState["engagement"]["language"]): HTMLElement {
  return el(
    "article",
    { class: `finding sev-${f.severity}`, id: `finding-${f.id}` },
    el("h3", {}, el("span", { class: `badge sev-${f.severity}` }, t(lang, `ui-sev-${f.severity}`)), ` ${f.id} — ${f.title}`),
    el("p", {}, f.rationale),
    f.evidence.length
      ? el(
          "details",
          {},
          el("summary", {}, t(lang, "ui-evidence-n", { n: f.evidence.length })),
          el(
            "ul",
            {},
            ...f.evidence.map((e) =>
              el(
                "li",
                { class: "mono" },
                `${e.file}${e.line != null ? `:${e.line}` : ""}${e.record != null ? ` #${e.record}` : ""}${e.excerpt ? ` — ${e.excerpt}` : ""}`,
              ),
            ),
          ),
        )
      : null,
    el("p", {}, el("strong", {}, `${t(lang, "ui-remediation")} `), f.remediation),
    f.references.length ? el("p", { class: "muted" }, t(lang, "ui-references", { list: f.references.join(", ") })) : null,
  );
}

export function findings(r: Report, s: WizardState, a: Actions): HTMLElement {
  const lang = s.engagement.language;
  const counts = SEVERITY_ORDER.map((sv) =>
    `${r.findings.filter((f) => f.severity === sv).length} ${t(lang, `ui-sev-${sv}`)}`,
  ).join(", ");
  return el(
    "div",
    { id: "findings" },
    el("p", {}, counts),
    ...r.findings.map((f) => {
      const card = findingCard(f, lang);
      if (f.severity !== "info") card.append(acceptForm(f, s, a));
      return card;
    }),
  );
}
