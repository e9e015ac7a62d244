// Step 5, Logs & events: the follow-up's before and after (when there is one), lockouts, their
// sources, causes and timeline, and the log signals.
import type { Report } from "../bindings";
import { timelineChart } from "../chart";
import { el, table } from "../dom";
import { t } from "../i18n";
import type { WizardState } from "../wizard";
import { followUp } from "./followup";

export function logs(r: Report, s: WizardState): HTMLElement {
  const lang = s.engagement.language;
  const tr = (id: string, args?: Record<string, string | number>) => t(lang, id, args);
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
    el("h2", {}, tr("ui-logs-security")),
    el("p", { id: "events-by-id" }, tr("ui-logs-account", { account: r.lockouts.account ?? tr("ui-logs-all-accounts"), ids })),
    a.sources.length
      ? table(
          "lockout-sources",
          [tr("ui-logs-col-source"), tr("ui-logs-col-addresses"), tr("ui-logs-col-lockouts"), tr("ui-logs-col-failures"), tr("ui-logs-col-first"), tr("ui-logs-col-last"), tr("ui-logs-col-retry")],
          a.sources.map((s) => [s.source, s.addresses.join(", "), s.lockouts, s.failures, s.first_seen ?? "", s.last_seen ?? "", s.retry_pattern ?? ""]),
        )
      : el("p", { class: "empty" }, tr("ui-logs-none")),
    a.notes.length ? el("ul", { class: "muted", id: "lockout-notes" }, ...a.notes.map((n) => el("li", {}, n))) : null,
    a.timeline.length ? el("div", { class: "chart" }, el("h3", {}, tr("ui-logs-per-hour")), timelineChart(a.timeline, { lang })) : null,
    a.causes.length
      ? el(
          "div",
          { id: "lockout-causes" },
          el("h3", {}, tr("ui-logs-causes")),
          ...a.causes.map((c) =>
            el(
              "article",
              { class: "finding sev-high" },
              el("h4", {}, tr("ui-logs-cause", { title: c.title, n: c.count })),
              c.sources.length ? el("p", {}, tr("ui-logs-from", { sources: c.sources.join(", ") })) : null,
              el("p", {}, el("strong", {}, tr("ui-logs-fix")), " ", c.fix),
              el("p", {}, el("strong", {}, tr("ui-logs-verify")), " ", c.verification),
              c.evidence.length ? el("details", {}, el("summary", {}, t(lang, "ui-evidence-n", { n: c.evidence.length })), evidenceList(c.evidence)) : null,
            ),
          ),
        )
      : null,
    el("h2", {}, tr("ui-logs-signals")),
    r.log_indicators.length
      ? table(
          "log-indicators",
          [tr("ui-logs-col-signal"), tr("ui-logs-col-count"), tr("ui-logs-col-hosts"), tr("ui-logs-col-first"), tr("ui-logs-col-last"), tr("ui-logs-col-records")],
          r.log_indicators.map((i) => [
            i.kind,
            i.count,
            i.hosts.join(", "),
            i.first_seen ?? "",
            i.last_seen ?? "",
            i.samples.length ? el("details", {}, el("summary", {}, tr("ui-logs-samples", { n: i.samples.length })), evidenceList(i.samples)) : "",
          ]),
        )
      : el("p", { class: "empty" }, tr("ui-logs-no-signal")),
  );
}
