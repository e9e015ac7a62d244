import { describe, expect, it } from "vitest";
import type { TimelineBucket } from "../src/bindings";
import { perDay, rolloutIndex, scale, timelineChart } from "../src/chart";

const b = (hour: string, lockouts: number, failures: number): TimelineBucket => ({ hour, lockouts, failures, by_source: {} });

describe("timeline chart", () => {
  it("scales stacked bars to the tallest hour", () => {
    expect(scale([b("h1", 1, 3), b("h2", 0, 2)], 100)).toEqual([
      { lockouts: 25, failures: 75 },
      { lockouts: 0, failures: 50 },
    ]);
  });

  it("draws one pair of bars per hour and escapes labels", () => {
    const svg = timelineChart([b("2025-04-16T10:00Z", 1, 4), b("<script>", 0, 1)]);
    expect(svg.querySelectorAll("rect.bar-lockout").length).toBe(2 + 1); // + legend
    expect(svg.querySelector("script")).toBeNull();
    expect(svg.textContent).toContain("<script>");
  });

  it("sums hours per day, keeping UTC only where every hour was UTC", () => {
    const days = perDay([
      { ...b("2025-04-16T10:00Z", 1, 4), by_source: { ps01: 5 } },
      { ...b("2025-04-16T11:00Z", 1, 0), by_source: { ps01: 1 } },
      b("2025-04-17T08:00", 0, 2),
      b("2025-04-17T09:00Z", 0, 1),
    ]);
    expect(days).toEqual([
      { hour: "2025-04-16Z", lockouts: 2, failures: 4, by_source: { ps01: 6 } },
      { hour: "2025-04-17", lockouts: 0, failures: 3, by_source: {} },
    ]);
  });

  it("marks the rollout before the first bucket at or after it", () => {
    const days = [b("2025-04-16Z", 1, 0), b("2025-04-21Z", 1, 0), b("2025-04-23Z", 1, 0)];
    expect(rolloutIndex(days, "2025-04-22T08:00:00Z", "day")).toBe(2);
    expect(rolloutIndex(days, "2025-04-21T08:00:00Z", "day")).toBe(1);
    expect(rolloutIndex(days, "2025-05-01T00:00:00Z", "day")).toBeNull();
    const hours = [b("2025-04-22T07:00Z", 1, 0), b("2025-04-22T08:00Z", 0, 1)];
    expect(rolloutIndex(hours, "2025-04-22T08:00:00Z", "hour")).toBe(1);
    const svg = timelineChart(days, { unit: "day", rollout: 2, id: "x" });
    expect(svg.querySelector("#rollout-mark")).not.toBeNull();
    expect(svg.textContent).toContain("rollout");
    expect(timelineChart(days, { unit: "day" }).querySelector("#rollout-mark")).toBeNull();
  });

  it("titles the chart with the count in the language's plural", () => {
    const title = (n: number, lang: "de" | "fr", unit: "hour" | "day") =>
      timelineChart(Array.from({ length: n }, (_, i) => b(`2025-04-${10 + i}Z`, 1, 0)), { unit, lang }).querySelector("title")?.textContent;
    expect(title(1, "de", "hour")).toContain("1 Stunde");
    expect(title(1, "de", "hour")).not.toContain("Stunden");
    expect(title(3, "de", "hour")).toContain("3 Stunden");
    expect(title(1, "de", "day")).toMatch(/1 Tag$/);
    expect(title(3, "de", "day")).toContain("3 Tage");
    expect(title(1, "fr", "hour")).toMatch(/1 heure$/);
    expect(title(2, "fr", "day")).toContain("2 jours");
  });
});
