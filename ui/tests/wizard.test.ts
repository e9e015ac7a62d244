import { describe, expect, it } from "vitest";
import type { Report } from "../src/bindings";
import { addEvidence, go, initialState, isComplete, missingFor, next, parametersOf, prev, STEPS, withEvidence } from "../src/wizard";

const fakeReport = { inputs: [] } as unknown as Report;

describe("wizard steps", () => {
  it("has the nine steps in order", () => {
    expect(STEPS).toEqual([
      "engagement", "environment", "evidence", "locations", "logs", "findings", "plan", "validation", "report",
    ]);
  });

  it("moves back and forth and stops at the ends", () => {
    let s = initialState();
    expect(prev(s).step).toBe("engagement");
    s = next(next(s));
    expect(s.step).toBe("evidence");
    s = go(s, "report");
    expect(next(s).step).toBe("report");
    expect(prev(s).step).toBe("validation");
  });

  it("says what is missing, step by step", () => {
    const s = initialState();
    expect(missingFor(s, "engagement")).toEqual(["the customer's name", "the consultant's name", "the date"]);
    expect(missingFor(s, "evidence")).toEqual(["an evidence folder"]);
    expect(isComplete(s, "findings")).toBe(false);
    const done = {
      ...withEvidence(s, ["/evidence"]),
      engagement: { customer: "Contoso", consultant: "Ana", date: "2026-11-24", scope: "" },
      report: fakeReport,
    };
    expect(isComplete(done, "engagement")).toBe(true);
    expect(isComplete(done, "evidence")).toBe(true);
    expect(isComplete(done, "findings")).toBe(true);
  });

  it("validation is complete only when every test has a result", () => {
    const report = { checklist: [{ id: "CHK-01", status: "pending" }, { id: "CHK-03", status: "not-applicable" }] } as unknown as Report;
    let s = { ...initialState(), report };
    expect(missingFor(s, "validation")).toEqual(["results for CHK-01"]);
    s = { ...s, checklist: [{ id: "CHK-01", status: "pass", notes: "", who: "", when: "" }] };
    expect(isComplete(s, "validation")).toBe(true);
  });

  it("drops the analysis when the evidence changes, keeps it when it does not", () => {
    const s = { ...withEvidence(initialState(), ["/a"]), report: fakeReport };
    expect(withEvidence(s, ["/a"]).report).toBe(fakeReport);
    expect(withEvidence(s, ["/b"]).report).toBeNull();
  });

  it("adds dropped or picked paths once each, in order, and keeps the analysis when nothing is new", () => {
    const s = { ...withEvidence(initialState(), ["/a"]), report: fakeReport };
    const t = addEvidence(s, ["/b", "/a", "/b", " ", "/c.zip"]);
    expect(t.evidence).toEqual(["/a", "/b", "/c.zip"]);
    expect(t.report).toBeNull();
    expect(addEvidence(s, ["/a"])).toBe(s);
  });

  it("turns the environment form into engine parameters", () => {
    const s = initialState();
    s.environment = { itmsVersion: " 8.7.3 ", account: "CONTOSO\\svc", fallback: "on", softwareLibrary: "", dsImageStore: "", csvTimeOffset: "+02:00" };
    expect(parametersOf(s)).toEqual({
      itms_version: "8.7.3", account: "CONTOSO\\svc", fallback: "on", software_library: null, ds_image_store: null, csv_time_offset: "+02:00",
    });
  });
});
