// A stacked bar chart of lockouts and failures per hour, as SVG built with DOM calls (no
// markup strings: labels come from evidence and are untrusted).
import type { TimelineBucket } from "./bindings";

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

export function timelineChart(buckets: TimelineBucket[]): SVGSVGElement {
  const left = 70;
  const w = Math.max(480, buckets.length * 28 + left + 20);
  const h = 240;
  const plotH = 150;
  const root = svg("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: "img", id: "timeline-chart" });
  const title = svg("title", {});
  title.textContent = `Lockouts and failed logons per hour, ${buckets.length} hour(s)`;
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
    tip.textContent = `${b.hour}${local ? " (local time, zone unknown)" : " UTC"}: ${b.lockouts} lockout(s), ${b.failures} failure(s)`;
    f.append(tip.cloneNode(true));
    l.append(tip);
    const label = svg("text", { x: x + 10, y: 20 + plotH + 14, "text-anchor": "end", class: "tick", transform: `rotate(-45 ${x + 10} ${20 + plotH + 14})` });
    label.textContent = b.hour.slice(5, 16).replace("T", " ") + (local ? "*" : "");
    root.append(f, l, label);
  });
  const legend = svg("g", { transform: `translate(${w - 200}, 8)` });
  const lr = svg("rect", { x: 0, y: 0, width: 10, height: 10, class: "bar-lockout" });
  const lt = svg("text", { x: 14, y: 9, class: "tick" });
  lt.textContent = "lockouts (4740)";
  const fr = svg("rect", { x: 110, y: 0, width: 10, height: 10, class: "bar-failure" });
  const ft = svg("text", { x: 124, y: 9, class: "tick" });
  ft.textContent = "failures";
  legend.append(lr, lt, fr, ft);
  if (buckets.some((b) => !b.hour.endsWith("Z"))) {
    const note = svg("text", { x: 0, y: 24, class: "tick" });
    note.textContent = "* local time, zone unknown; others UTC";
    legend.append(note);
  }
  root.append(legend);
  return root;
}
