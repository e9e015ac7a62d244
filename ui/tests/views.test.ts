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
      demoAvailable: false, probing: false, probeConsent: false, exporting: false, exported: null, redact: false, redactionPreview: null,
      recent: [
        { path: "/w/a.tokenready.json", name: "a.tokenready.json", used_at: "2026-11-24T12:00:00Z", exists: true },
        { path: "/gone/b.tokenready.json", name: "b.tokenready.json", used_at: "2026-11-23T12:00:00Z", exists: false },
      ],
    };
    const noop = () => {};
    const actions = {
      update: noop, edit: noop, pick: noop, useDemo: noop, analyse: noop, cancel: noop, probe: noop,
      exportReport: noop, setRedact: noop, clearEvidence: noop, openRecent: (p: string) => opened.push(p), pickBaseline: noop, useDemoFollowUp: noop,
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

describe("follow-up", () => {
  const comparison = {
    rollout_at: "2025-04-22T08:00:00Z",
    baseline: { generated_at: "2025-04-16T12:00:00Z", sha256: "ab", path: "/first/baseline.json" },
    events: { before: { "4740": 6, "4771": 26 }, after: { "4740": 2, "4771": 8 }, undated: 0 },
    sources: [{ computer: "ps01", before: 4, after: 0 }, { computer: "ws0142", before: 1, after: 2 }],
    signals: [{ kind: "logon-failure", before: 6, after: 0, undated: 0 }],
    coverage: [
      { computer: "dc01.contoso.local", files: ["dc01.xml"], first: "2025-04-16T10:00:08Z", last: "2025-04-29T09:05:00Z", covers_after: true },
      { computer: "dc02.contoso.local", files: ["dc02.xml"], first: "2025-04-20T09:00:44Z", last: "2025-04-20T09:09:44Z", covers_after: false },
    ],
    locations: { added: [], removed: [{ kind: "unc", host: "files01", share: "Packages$" }] },
    findings: { resolved: ["TR-UNC-002"], new: [], still_open: ["TR-LCK-001"] },
    notes: ["Security logs that end before the rollout (nothing after it is known there): dc02.contoso.local."],
  };
  const report = () => ({
    comparison,
    parameters: { rollout_at: "2025-04-22T08:00:00Z", baseline: "/first/baseline.json" },
    lockouts: { account: "svc", events_by_id: {} },
    lockout_analysis: {
      sources: [], causes: [], notes: [],
      timeline: ["2025-04-16T10:00Z", "2025-04-21T14:00Z", "2025-04-23T10:00Z"].map((hour) => ({ hour, lockouts: 1, failures: 4, by_source: {} })),
    },
    log_indicators: [],
    checklist: [
      {
        id: "CHK-04", test: "No Event ID 4740 for the ACC after rollout", expected: "none", status: "fail", notes: "", who: "", when: "",
        basis: "evidence", decided: { status: "fail", reason: "2 Event ID 4740 lockout(s) of the account after the rollout.", from: "2025-04-22T08:00:00Z", to: "2025-04-29T09:05:00Z" },
        evidence: [{ file: "dc01.xml", line: 40, record: 181010, excerpt: "4740 svc locked out, caller WS0142" }],
      },
    ],
  });
  const run = {
    running: false, filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, current: "", error: null,
    demoAvailable: true, probing: false, probeConsent: false, exporting: false, exported: null, redact: false, redactionPreview: null, recent: [],
  };
  const noop = () => {};
  const actions = {
    update: noop, edit: noop, pick: noop, useDemo: noop, analyse: noop, cancel: noop, probe: noop,
    exportReport: noop, setRedact: noop, clearEvidence: noop, openRecent: noop, pickBaseline: noop, useDemoFollowUp: noop,
  };

  it("shows before and after, the coverage, the chart with the rollout and the changes", async () => {
    const { renderStep } = await import("../src/views");
    const { initialState, environmentOf } = await import("../src/wizard");
    const r = report() as unknown as import("../src/bindings").Report;
    const s = { ...initialState(), report: r, environment: environmentOf(r.parameters) };
    const body = renderStep("logs", s, run, actions);
    const cells = (id: string) => [...body.querySelectorAll(`#${id} tbody tr`)].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(cells("followup-events")).toEqual([["4740", "6", "2"], ["4771", "26", "8"]]);
    expect(cells("followup-sources")).toEqual([["ps01", "4", "0"], ["ws0142", "1", "2"]]);
    expect(cells("followup-signals")).toEqual([["logon-failure", "6", "0"]]);
    expect(cells("followup-coverage").map((r) => r[4])).toEqual(["yes", "no: nothing after the rollout is known"]);
    expect(body.querySelector("#followup-chart #rollout-mark")).not.toBeNull();
    expect(body.querySelector("#locations-removed")?.textContent).toBe("unc files01\\Packages$");
    expect(body.querySelector("#findings-resolved")?.textContent).toBe("TR-UNC-002");
    expect(body.querySelector("#followup-stale")).toBeNull();
    // A rollout changed after the analysis: the view says to analyse again.
    const changed = renderStep("logs", { ...s, environment: { ...s.environment, rolloutTime: "09:00" } }, run, actions);
    expect(changed.querySelector("#followup-stale")).not.toBeNull();
  });

  it("validation shows what the evidence decided and marks an override", async () => {
    const { renderStep } = await import("../src/views");
    const { initialState, setCheck } = await import("../src/wizard");
    const r = report() as unknown as import("../src/bindings").Report;
    const s = { ...initialState(), report: r };
    let body = renderStep("validation", s, run, actions);
    expect(body.querySelector("#check-CHK-04-decided")?.textContent).toContain("Decided by the evidence: fail.");
    const select = body.querySelector<HTMLSelectElement>("#check-CHK-04-status")!;
    expect(select.value).toBe("pending");
    expect(select.selectedOptions[0]?.textContent).toBe("as the evidence: fail");
    body = renderStep("validation", setCheck(s, "CHK-04", { status: "pass" }), run, actions);
    expect(body.querySelector("#check-CHK-04-decided")?.textContent).toContain("Evidence said fail; overridden by the consultant.");
    expect(body.querySelector<HTMLInputElement>("#check-CHK-04-notes")?.placeholder).toContain("differs from the evidence");
  });
});

describe("evidence step", () => {
  it("lists what the folders held that was passed over, with the reason", async () => {
    const { renderStep } = await import("../src/views");
    const { initialState } = await import("../src/wizard");
    const report = {
      inputs: [], totals: { files: 0, bytes: 0, records: 0, errors: 0, by_kind: {} }, missing_evidence: [],
      skipped: [{ path: "/ev/logs-again", reason: "a symbolic link to a folder, not followed (it could loop)" }],
    } as unknown as import("../src/bindings").Report;
    const run = {
      running: false, filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, current: "", error: null,
      demoAvailable: false, probing: false, probeConsent: false, exporting: false, exported: null, redact: false, redactionPreview: null, recent: [],
    };
    const noop = () => {};
    const actions = {
      update: noop, edit: noop, pick: noop, useDemo: noop, analyse: noop, cancel: noop, probe: noop,
      exportReport: noop, setRedact: noop, clearEvidence: noop, openRecent: noop, pickBaseline: noop, useDemoFollowUp: noop,
    };
    const body = renderStep("evidence", { ...initialState(), evidence: ["/ev"], report }, run, actions);
    expect(body.querySelector("#skipped")?.textContent).toBe("/ev/logs-again: a symbolic link to a folder, not followed (it could loop)");
    const none = renderStep("evidence", { ...initialState(), evidence: ["/ev"], report: { ...report, skipped: undefined } }, run, actions);
    expect(none.querySelector("#skipped")).toBeNull();
  });
});

describe("report step", () => {
  it("offers a redacted export and shows what it replaces", async () => {
    const { renderStep } = await import("../src/views");
    const { initialState } = await import("../src/wizard");
    const report = {
      inputs: [], locations: [], findings: [], checklist: [], generated_at: "2026-12-02T00:00:00Z",
      tool: { name: "tokenready", version: "t" }, verdict: { evidence_complete: true },
    } as unknown as import("../src/bindings").Report;
    const run = {
      running: false, filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, current: "", error: null,
      demoAvailable: false, probing: false, probeConsent: false, exporting: false, exported: null, redact: false, redactionPreview: null, recent: [],
    };
    const toggled: boolean[] = [];
    const noop = () => {};
    const actions = {
      update: noop, edit: noop, pick: noop, useDemo: noop, analyse: noop, cancel: noop, probe: noop,
      exportReport: noop, setRedact: (on: boolean) => toggled.push(on), clearEvidence: noop, openRecent: noop, pickBaseline: noop, useDemoFollowUp: noop,
    };
    const s = { ...initialState(), step: "report" as const, report };
    const off = renderStep("report", s, run, actions);
    expect(off.querySelector("#redaction-preview")).toBeNull();
    expect(off.querySelector("#export-pdf")?.textContent).toBe("Export PDF (A4)");
    const box = off.querySelector<HTMLInputElement>("#redact")!;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    expect(toggled).toEqual([true]);
    const preview = { key: "k", replaced: 12, samples: [{ class: "host", original: "PS01", pseudonym: "host-9636" }] };
    const on = renderStep("report", s, { ...run, redact: true, redactionPreview: preview }, actions);
    expect(on.querySelector("#export-pdf")?.textContent).toBe("Export redacted PDF (A4)");
    const cells = [...on.querySelectorAll("#redaction-preview td")].map((c) => c.textContent);
    expect(cells).toEqual(["host", "PS01", "host-9636"]);
    expect(on.querySelector("#redaction-preview")?.textContent).toContain("12 identifier(s)");
  });
});
