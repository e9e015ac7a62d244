// A stacked bar chart of lockouts and failures per hour, as SVG built with DOM calls (no
// markup strings: labels come from evidence and are untrusted).
import type { Language, TimelineBucket } from "./bindings";
import { t } from "./i18n";

const NS = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** Bar heights for each bucket, scaled to `height` (exported for tests). */
export function scale(buckets: TimelineBucket[], height: number): { lockouts: number; failures: number }[] {
  const max = Math.max(1, ...buckets.map((b) => b.lockouts + b.failures));
  return buckets.map((b) => ({ lockouts: (b.lockouts / max) * height, failures: (b.failures / max) * height }));
}

/**
 * Hourly buckets summed per day (`YYYY-MM-DD`, with `Z` kept when every hour of the day was
 * UTC), for spans too long to show hour by hour.
 */
export function perDay(buckets: TimelineBucket[]): TimelineBucket[] {
  const days = new Map<string, { lockouts: number; failures: number; local: boolean; by_source: Record<string, number> }>();
  for (const b of buckets) {
    const day = b.hour.slice(0, 10);
    const d = days.get(day) ?? { lockouts: 0, failures: 0, local: false, by_source: {} };
    d.lockouts += b.lockouts;
    d.failures += b.failures;
    d.local ||= !b.hour.endsWith("Z");
    for (const [src, n] of Object.entries(b.by_source)) d.by_source[src] = (d.by_source[src] ?? 0) + n;
    days.set(day, d);
  }
  return [...days.entries()].map(([day, d]) => ({
    hour: d.local ? day : `${day}Z`,
    lockouts: d.lockouts,
    failures: d.failures,
    by_source: d.by_source,
  }));
}

/**
 * Where the rollout falls among the buckets: the index of the first bucket that starts at or
 * after it (times compared as written, as the engine does for zone-unknown ones), or null.
 */
export function rolloutIndex(buckets: TimelineBucket[], rolloutAt: string, unit: "hour" | "day"): number | null {
  const key = (t: string) => t.replace(/Z$/, "").slice(0, unit === "day" ? 10 : 13);
  const at = key(rolloutAt);
  const i = buckets.findIndex((b) => key(b.hour) >= at);
  return i < 0 ? null : i;
}

export interface ChartOptions {
  id?: string;
  unit?: "hour" | "day";
  /** Draw the rollout before this bucket. */
  rollout?: number | null;
  /** The language of the chart's words ("" = English). */
  lang?: Language | "";
}

export function timelineChart(buckets: TimelineBucket[], opts: ChartOptions = {}): SVGSVGElement {
  const unit = opts.unit ?? "hour";
  const tr = (id: string, args?: Record<string, string | number>) => t(opts.lang ?? "", id, args);
  const left = 70;
  const w = Math.max(480, buckets.length * 28 + left + 20);
  const h = 240;
  const plotH = 150;
  const root = svg("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: "img", id: opts.id ?? "timeline-chart" });
  const title = svg("title", {});
  title.textContent = tr(`ui-chart-title-${unit}`, { n: buckets.length, marked: opts.rollout != null ? "yes" : "no" });
  root.append(title);
  const max = Math.max(1, ...buckets.map((b) => b.lockouts + b.failures));
  const axis = svg("line", { x1: left - 6, y1: 20 + plotH, x2: w - 10, y2: 20 + plotH, class: "axis" });
  const maxLabel = svg("text", { x: left - 10, y: 26, "text-anchor": "end", class: "tick" });
  maxLabel.textContent = String(max);
  root.append(axis, maxLabel);
  scale(buckets, plotH).forEach((s, i) => {
    const b = buckets[i]!;
    const x = left + i * 28;
    const local = !b.hour.endsWith("Z");
    const f = svg("rect", { x, y: 20 + plotH - s.failures - s.lockouts, width: 20, height: s.failures, class: "bar-failure" });
    const l = svg("rect", { x, y: 20 + plotH - s.lockouts, width: 20, height: s.lockouts, class: "bar-lockout" });
    const tip = svg("title", {});
    tip.textContent = tr(local ? "ui-chart-tip-local" : "ui-chart-tip", { at: b.hour.replace(/Z$/, ""), lockouts: b.lockouts, failures: b.failures });
    f.append(tip.cloneNode(true));
    l.append(tip);
    const label = svg("text", { x: x + 10, y: 20 + plotH + 14, "text-anchor": "end", class: "tick", transform: `rotate(-45 ${x + 10} ${20 + plotH + 14})` });
    label.textContent = b.hour.replace(/Z$/, "").slice(5, 16).replace("T", " ") + (local ? "*" : "");
    root.append(f, l, label);
  });
  if (opts.rollout != null) {
    const x = left + opts.rollout * 28 - 4;
    const mark = svg("line", { x1: x, y1: 12, x2: x, y2: 20 + plotH, class: "rollout-mark", id: "rollout-mark" });
    const text = svg("text", { x: x + 3, y: 20, class: "rollout-label" });
    text.textContent = tr("ui-chart-rollout");
    root.append(mark, text);
  }
  const legend = svg("g", { transform: `translate(${w - 200}, 8)` });
  const lr = svg("rect", { x: 0, y: 0, width: 10, height: 10, class: "bar-lockout" });
  const lt = svg("text", { x: 14, y: 9, class: "tick" });
  lt.textContent = tr("ui-chart-lockouts");
  const fr = svg("rect", { x: 110, y: 0, width: 10, height: 10, class: "bar-failure" });
  const ft = svg("text", { x: 124, y: 9, class: "tick" });
  ft.textContent = tr("ui-chart-failures");
  legend.append(lr, lt, fr, ft);
  if (buckets.some((b) => !b.hour.endsWith("Z"))) {
    const note = svg("text", { x: 0, y: 24, class: "tick" });
    note.textContent = tr("ui-chart-local-note");
    legend.append(note);
  }
  root.append(legend);
  return root;
}
