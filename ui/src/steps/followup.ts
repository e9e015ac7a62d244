// The follow-up after the rollout (in Logs & events): what happened before and after the
// rollout instant, which domain controllers' logs reach past it, and what changed since the
// baseline.
import type { Comparison, LocationKey, Report } from "../bindings";
import { perDay, rolloutIndex, timelineChart } from "../chart";
import { el, table } from "../dom";
import { parametersOf, type WizardState } from "../wizard";

const locationText = (l: LocationKey) => `${l.kind} ${l.host ?? "(no host)"}${l.share ? `\\${l.share}` : ""}`;

export function followUp(r: Report, s: WizardState): HTMLElement | null {
  const c = r.comparison;
  if (!c) return null;
  const now = parametersOf(s);
  const stale = (now.rollout_at ?? null) !== (r.parameters.rollout_at ?? null) || (now.baseline ?? null) !== (r.parameters.baseline ?? null);
  return el(
    "section",
    { id: "followup", "aria-labelledby": "followup-title" },
    el("h2", { id: "followup-title" }, "Before and after the rollout"),
    el("p", { id: "followup-intro" }, intro(c)),
    stale
      ? el("p", { class: "error", role: "status", id: "followup-stale" }, "The rollout instant or the baseline changed since this analysis: analyse the evidence again (step Evidence).")
      : null,
    el(
      "div",
      { class: "followup-grid" },
      eventsTable(c),
      c.sources.length
        ? table("followup-sources", ["Lockout caller (4740)", "Before", "After"], c.sources.map((x) => [x.computer, x.before, x.after]))
        : el("p", { class: "empty" }, "No 4740 lockout of the account, before or after."),
    ),
    c.signals.length
      ? table("followup-signals", ["NS and agent log signal", c.rollout_at ? "Before" : "Baseline", c.rollout_at ? "After" : "Now"], c.signals.map((x) => [x.kind, x.before, x.after]))
      : null,
    chart(r, c),
    el("h3", {}, "What each domain controller's log covers"),
    c.coverage.length
      ? table(
          "followup-coverage",
          ["Computer", "Evidence", "First record", "Last record", "Reaches past the rollout"],
          c.coverage.map((x) => [
            x.computer,
            x.files.join(", "),
            x.first ?? "",
            x.last ?? "",
            c.rollout_at ? (x.covers_after ? "yes" : "no: nothing after the rollout is known") : "",
          ]),
        )
      : el("p", { class: "empty" }, "No Security events were read."),
    c.baseline ? sinceBaseline(c) : null,
    c.notes.length ? el("ul", { class: "muted", id: "followup-notes" }, ...c.notes.map((n) => el("li", {}, n))) : null,
  );
}

function intro(c: Comparison): string {
  const parts = [
    c.rollout_at ? `Token rollout at ${c.rollout_at}.` : "No rollout instant was given: counts are the baseline's and today's.",
  ];
  if (c.baseline) parts.push(`Compared with the assessment of ${c.baseline.generated_at} (${c.baseline.path}).`);
  return parts.join(" ");
}

function eventsTable(c: Comparison): HTMLElement {
  const ids = [...new Set([...Object.keys(c.events.before), ...Object.keys(c.events.after)])].sort();
  const heads = c.rollout_at ? ["Event ID", "Before", "After"] : ["Event ID", "Baseline", "Now"];
  return el(
    "div",
    {},
    table("followup-events", heads, ids.map((id) => [id, c.events.before[id] ?? 0, c.events.after[id] ?? 0])),
    c.events.undated ? el("p", { class: "muted" }, `${c.events.undated} event(s) without a readable time: neither before nor after.`) : null,
  );
}

function chart(r: Report, c: Comparison): HTMLElement | null {
  const hours = r.lockout_analysis.timeline;
  if (!hours.length) return null;
  const days = new Set(hours.map((b) => b.hour.slice(0, 10))).size;
  const unit = days > 2 ? "day" : "hour";
  const buckets = unit === "day" ? perDay(hours) : hours;
  const mark = c.rollout_at ? rolloutIndex(buckets, c.rollout_at, unit) : null;
  return el(
    "div",
    { class: "chart" },
    el("h3", {}, `Lockouts and failures per ${unit}${c.rollout_at ? ", the rollout marked" : ""}`),
    timelineChart(buckets, { id: "followup-chart", unit, rollout: mark }),
  );
}

function sinceBaseline(c: Comparison): HTMLElement {
  const list = (id: string, title: string, items: string[]) =>
    el("div", {}, el("h4", {}, `${title} (${items.length})`), items.length ? el("ul", { id }, ...items.map((i) => el("li", { class: "mono" }, i))) : el("p", { class: "muted" }, "none"));
  return el(
    "div",
    { id: "followup-baseline" },
    el("h3", {}, "Since the baseline"),
    el(
      "div",
      { class: "followup-grid" },
      list("locations-added", "Locations added", c.locations.added.map(locationText)),
      list("locations-removed", "Locations removed", c.locations.removed.map(locationText)),
      list("findings-resolved", "Findings resolved", c.findings.resolved),
      list("findings-new", "Findings new", c.findings.new),
      list("findings-open", "Findings still open", c.findings.still_open),
    ),
  );
}
