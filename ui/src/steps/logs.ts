// Step 5, Logs & events: the follow-up's before and after (when there is one), lockouts, their
// sources, causes and timeline, and the log signals.
import type { Report } from "../bindings";
import { timelineChart } from "../chart";
import { el, table } from "../dom";
import type { WizardState } from "../wizard";
import { followUp } from "./followup";

export function logs(r: Report, s: WizardState): HTMLElement {
  const ids = Object.entries(r.lockouts.events_by_id)
    .map(([id, n]) => `${id}: ${n}`)
    .join(" · ");
  const a = r.lockout_analysis;
  const evidenceList = (items: { file: string; line: number | null; record: number | null; excerpt: string | null }[]) =>
    el(
      "ul",
      {},
      ...items.map((e) =>
        el("li", { class: "mono" }, `${e.file}${e.line != null ? `:${e.line}` : ""}${e.record != null ? ` #${e.record}` : ""}${e.excerpt ? ` — ${e.excerpt}` : ""}`),
      ),
    );
  return el(
    "div",
    {},
    followUp(r, s),
    el("h2", {}, "Security events"),
    el("p", { id: "events-by-id" }, `Account: ${r.lockouts.account ?? "all accounts"} — ${ids}`),
    a.sources.length
      ? table(
          "lockout-sources",
          ["Source", "Addresses", "Lockouts (4740 caller)", "Failed logons", "First", "Last", "Retry pattern"],
          a.sources.map((s) => [s.source, s.addresses.join(", "), s.lockouts, s.failures, s.first_seen ?? "", s.last_seen ?? "", s.retry_pattern ?? ""]),
        )
      : el("p", { class: "empty" }, "No lockout or failed logon was found for this account."),
    a.notes.length ? el("ul", { class: "muted", id: "lockout-notes" }, ...a.notes.map((n) => el("li", {}, n))) : null,
    a.timeline.length ? el("div", { class: "chart" }, el("h3", {}, "Lockouts and failures per hour"), timelineChart(a.timeline)) : null,
    a.causes.length
      ? el(
          "div",
          { id: "lockout-causes" },
          el("h3", {}, "Root causes"),
          ...a.causes.map((c) =>
            el(
              "article",
              { class: "finding sev-high" },
              el("h4", {}, `${c.title} — ${c.count} event(s)`),
              c.sources.length ? el("p", {}, `From: ${c.sources.join(", ")}`) : null,
              el("p", {}, el("strong", {}, "Fix: "), c.fix),
              el("p", {}, el("strong", {}, "Verify: "), c.verification),
              c.evidence.length ? el("details", {}, el("summary", {}, `Evidence (${c.evidence.length})`), evidenceList(c.evidence)) : null,
            ),
          ),
        )
      : null,
    el("h2", {}, "NS and agent log signals"),
    r.log_indicators.length
      ? table(
          "log-indicators",
          ["Signal", "Count", "Hosts", "First", "Last", "Records"],
          r.log_indicators.map((i) => [
            i.kind,
            i.count,
            i.hosts.join(", "),
            i.first_seen ?? "",
            i.last_seen ?? "",
            i.samples.length ? el("details", {}, el("summary", {}, `${i.samples.length} sample(s)`), evidenceList(i.samples)) : "",
          ]),
        )
      : el("p", { class: "empty" }, "No signal was found in NS or agent logs."),
  );
}
