import { describe, expect, it } from "vitest";
import type { TimelineBucket } from "../src/bindings";
import { scale, timelineChart } from "../src/chart";

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
});
