import { describe, expect, it } from "vitest";
import type { CheckStatus, Report } from "../src/bindings";
import {
  addEvidence, checkStatus, go, initialState, isComplete, missingFor, next, parametersOf, prev, rolloutOf, rolloutParts, setCheck, STEPS, utcOffsets, withEvidence,
} from "../src/wizard";

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
      engagement: { customer: "Contoso", consultant: "Ana", date: "2026-11-24", scope: "", language: "" as const },
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
    s.environment = {
      ...s.environment, itmsVersion: " 8.7.3 ", account: "CONTOSO\\svc", fallback: "on", softwareLibrary: "", dsImageStore: "", csvTimeOffset: "+02:00",
    };
    expect(parametersOf(s)).toEqual({
      itms_version: "8.7.3", account: "CONTOSO\\svc", fallback: "on", software_library: null, ds_image_store: null, csv_time_offset: "+02:00",
    });
  });

  it("turns the rollout fields into an RFC 3339 instant and back", () => {
    const e = { rolloutDate: "2025-04-22", rolloutTime: "08:00", rolloutZone: "Z" };
    expect(rolloutOf(e)).toBe("2025-04-22T08:00:00Z");
    expect(rolloutOf({ ...e, rolloutZone: "+05:45" })).toBe("2025-04-22T08:00:00+05:45");
    expect(rolloutOf({ ...e, rolloutTime: "" })).toBe("2025-04-22T00:00:00Z");
    expect(rolloutOf({ ...e, rolloutDate: " " })).toBeNull();
    expect(rolloutParts("2025-04-22T08:00:00Z")).toEqual(e);
    expect(rolloutParts("2025-04-22T08:00:30.5-03:30")).toEqual({ rolloutDate: "2025-04-22", rolloutTime: "08:00:30", rolloutZone: "-03:30" });
    expect(rolloutParts("2025-04-22")).toEqual({ rolloutDate: "2025-04-22", rolloutTime: "", rolloutZone: "Z" });
    expect(rolloutParts(undefined)).toEqual({ rolloutDate: "", rolloutTime: "", rolloutZone: "Z" });
    for (const at of ["2025-04-22T08:00:00Z", "2025-04-22T23:15:00+14:00", "2025-04-22T00:45:00-12:00"]) {
      expect(rolloutOf(rolloutParts(at))).toBe(at);
    }
    const zones = utcOffsets();
    expect(zones).toHaveLength(105);
    expect(zones[0]).toBe("-12:00");
    expect(zones.at(-1)).toBe("+14:00");
    expect(zones).toContain("+05:45");
    expect(zones.filter((z) => z === "Z")).toHaveLength(1);
  });

  it("a test the evidence decided counts as done; an override needs a note", () => {
    let s = initialState();
    const item = (id: string, decided: boolean) => ({
      id, test: id, expected: "", status: (decided ? "fail" : "pending") as CheckStatus, notes: "", who: "", when: "",
      basis: (decided ? "evidence" : "manual") as "evidence" | "manual", evidence: [],
      ...(decided ? { decided: { status: "fail" as CheckStatus, reason: "2 lockouts", from: null, to: null } } : {}),
    });
    s = { ...s, report: { checklist: [item("CHK-04", true), item("CHK-01", false)] } as unknown as Report };
    expect(missingFor(s, "validation")).toEqual(["results for CHK-01"]);
    s = setCheck(s, "CHK-01", { status: "pass" });
    expect(missingFor(s, "validation")).toEqual([]);
    s = setCheck(s, "CHK-04", { status: "fail" });
    expect(missingFor(s, "validation")).toEqual([]);
    s = setCheck(s, "CHK-04", { status: "pass" });
    expect(missingFor(s, "validation")).toEqual(["a note on why CHK-04 differ(s) from the evidence"]);
    s = setCheck(s, "CHK-04", { notes: "the lockouts were a test account's" });
    expect(missingFor(s, "validation")).toEqual([]);
    s = setCheck(s, "CHK-04", { status: "pending" });
    expect(checkStatus(s, s.report!.checklist[0]!)).toBe("fail");
  });
});
