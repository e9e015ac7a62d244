import { describe, expect, it } from "vitest";
import type { Location } from "../src/bindings";
import { groupLocations } from "../src/views";

function loc(p: Partial<Location>): Location {
  return {
    location: "", normalized: "", kind: "unc", host: null, share: null, auth: "acc", auth_reason: "",
    sources: [], packages: [], evidence: [], sightings: 1, ...p,
  };
}

describe("package locations view", () => {
  it("groups locations by host and share and counts their packages", () => {
    const groups = groupLocations([
      loc({ host: "ps01", share: "PkgSvrHost", packages: ["a"] }),
      loc({ host: "ps01", share: "PkgSvrHost", packages: ["b", "a"] }),
      loc({ host: "ps01", share: "Other", packages: [] }),
      loc({ kind: "http", auth: "token", host: "ps01", packages: ["a"] }),
      loc({ kind: "mapped-drive", auth: "review" }),
    ]);
    expect(groups.map((g) => [g.kind, g.host, g.share, g.count, g.packages.size])).toEqual([
      ["http", "ps01", "", 1, 1],
      ["unc", "ps01", "Other", 1, 0],
      ["unc", "ps01", "PkgSvrHost", 2, 2],
    ]);
  });
});

describe("engagement step", () => {
  it("offers recent assessments, the missing ones disabled", async () => {
    const { renderStep } = await import("../src/views");
    const { initialState } = await import("../src/wizard");
    const opened: string[] = [];
    const run = {
      running: false, filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, current: "", error: null,
      demoAvailable: false, probing: false, probeConsent: false, exporting: false, exported: null,
      recent: [
        { path: "/w/a.tokenready.json", name: "a.tokenready.json", used_at: "2026-11-24T12:00:00Z", exists: true },
        { path: "/gone/b.tokenready.json", name: "b.tokenready.json", used_at: "2026-11-23T12:00:00Z", exists: false },
      ],
    };
    const noop = () => {};
    const actions = {
      update: noop, edit: noop, pick: noop, useDemo: noop, analyse: noop, cancel: noop, probe: noop,
      exportReport: noop, clearEvidence: noop, openRecent: (p: string) => opened.push(p),
    };
    const body = renderStep("engagement", initialState(), run, actions);
    const buttons = body.querySelectorAll<HTMLButtonElement>("#recent-list button");
    expect([...buttons].map((b) => [b.textContent, b.disabled])).toEqual([
      ["a.tokenready.json", false],
      ["b.tokenready.json", true],
    ]);
    buttons[0]?.click();
    expect(opened).toEqual(["/w/a.tokenready.json"]);
    expect(body.textContent).toContain("(file not found)");
  });
});
