// The follow-up after the rollout (in Logs & events): what happened before and after the
// rollout instant, which domain controllers' logs reach past it, and what changed since the
// baseline.
import type { Comparison, Language, LocationKey, Report } from "../bindings";
import { perDay, rolloutIndex, timelineChart } from "../chart";
import { el, table } from "../dom";
import { t } from "../i18n";
import { parametersOf, type WizardState } from "../wizard";

type Tr = (id: string, args?: Record<string, string | number>) => string;

const locationText = (l: LocationKey, tr: Tr) => `${l.kind} ${l.host ?? tr("ui-fu-no-host")}${l.share ? `\\${l.share}` : ""}`;

export function followUp(r: Report, s: WizardState): HTMLElement | null {
  const c = r.comparison;
  if (!c) return null;
  const lang = s.engagement.language;
  const tr: Tr = (id, args) => t(lang, id, args);
  const now = parametersOf(s);
  const stale = (now.rollout_at ?? null) !== (r.parameters.rollout_at ?? null) || (now.baseline ?? null) !== (r.parameters.baseline ?? null);
  return el(
    "section",
    { id: "followup", "aria-labelledby": "followup-title" },
    el("h2", { id: "followup-title" }, tr("ui-fu-title")),
    el("p", { id: "followup-intro" }, intro(c, tr)),
    stale
      ? el("p", { class: "error", role: "status", id: "followup-stale" }, tr("ui-fu-stale"))
      : null,
    el(
      "div",
      { class: "followup-grid" },
      eventsTable(c, tr),
      c.sources.length
        ? table("followup-sources", [tr("ui-fu-caller"), tr("ui-fu-before"), tr("ui-fu-after")], c.sources.map((x) => [x.computer, x.before, x.after]))
        : el("p", { class: "empty" }, tr("ui-fu-no-lockout")),
    ),
    c.signals.length
      ? table("followup-signals", [tr("ui-fu-signal"), tr(c.rollout_at ? "ui-fu-before" : "ui-fu-baseline"), tr(c.rollout_at ? "ui-fu-after" : "ui-fu-now")], c.signals.map((x) => [x.kind, x.before, x.after]))
      : null,
    chart(r, c, lang),
    el("h3", {}, tr("ui-fu-coverage")),
    c.coverage.length
      ? table(
          "followup-coverage",
          [tr("ui-fu-col-computer"), tr("ui-fu-col-evidence"), tr("ui-fu-col-first"), tr("ui-fu-col-last"), tr("ui-fu-col-reaches")],
          c.coverage.map((x) => [
            x.computer,
            x.files.join(", "),
            x.first ?? "",
            x.last ?? "",
            c.rollout_at ? tr(x.covers_after ? "ui-fu-yes" : "ui-fu-no") : "",
          ]),
        )
      : el("p", { class: "empty" }, tr("ui-fu-no-events")),
    c.baseline ? sinceBaseline(c, tr) : null,
    c.notes.length ? el("ul", { class: "muted", id: "followup-notes" }, ...c.notes.map((n) => el("li", {}, n))) : null,
  );
}

function intro(c: Comparison, tr: Tr): string {
  const parts = [c.rollout_at ? tr("ui-fu-rollout", { at: c.rollout_at }) : tr("ui-fu-no-rollout")];
  if (c.baseline) parts.push(tr("ui-fu-compared", { when: c.baseline.generated_at, path: c.baseline.path }));
  return parts.join(" ");
}

function eventsTable(c: Comparison, tr: Tr): HTMLElement {
  const ids = [...new Set([...Object.keys(c.events.before), ...Object.keys(c.events.after)])].sort();
  const heads = [tr("ui-fu-event-id"), ...(c.rollout_at ? [tr("ui-fu-before"), tr("ui-fu-after")] : [tr("ui-fu-baseline"), tr("ui-fu-now")])];
  return el(
    "div",
    {},
    table("followup-events", heads, ids.map((id) => [id, c.events.before[id] ?? 0, c.events.after[id] ?? 0])),
    c.events.undated ? el("p", { class: "muted" }, tr("ui-fu-undated", { n: c.events.undated })) : null,
  );
}

function chart(r: Report, c: Comparison, lang: Language | ""): HTMLElement | null {
  const hours = r.lockout_analysis.timeline;
  if (!hours.length) return null;
  const days = new Set(hours.map((b) => b.hour.slice(0, 10))).size;
  const unit = days > 2 ? "day" : "hour";
  const buckets = unit === "day" ? perDay(hours) : hours;
  const mark = c.rollout_at ? rolloutIndex(buckets, c.rollout_at, unit) : null;
  return el(
    "div",
    { class: "chart" },
    el("h3", {}, t(lang, `ui-fu-chart-${unit}`, { marked: c.rollout_at ? "yes" : "no" })),
    timelineChart(buckets, { id: "followup-chart", unit, rollout: mark, lang }),
  );
}

function sinceBaseline(c: Comparison, tr: Tr): HTMLElement {
  const list = (id: string, title: string, items: string[]) =>
    el("div", {}, el("h4", {}, `${title} (${items.length})`), items.length ? el("ul", { id }, ...items.map((i) => el("li", { class: "mono" }, i))) : el("p", { class: "muted" }, tr("ui-fu-none")));
  return el(
    "div",
    { id: "followup-baseline" },
    el("h3", {}, tr("ui-fu-since")),
    el(
      "div",
      { class: "followup-grid" },
      list("locations-added", tr("ui-fu-added"), c.locations.added.map((l) => locationText(l, tr))),
      list("locations-removed", tr("ui-fu-removed"), c.locations.removed.map((l) => locationText(l, tr))),
      list("findings-resolved", tr("ui-fu-resolved"), c.findings.resolved),
      list("findings-new", tr("ui-fu-new"), c.findings.new),
      list("findings-open", tr("ui-fu-open"), c.findings.still_open),
    ),
  );
}
