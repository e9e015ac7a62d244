import { describe, expect, it } from "vitest";
import { fromAssessment, initialState, setAccepted, setCheck, toAssessment } from "../src/wizard";

describe("assessment file", () => {
  it("round-trips everything typed", () => {
    let s = initialState();
    s.engagement = { customer: "Müller AG", consultant: "Ana", date: "2026-11-24", scope: "NS", language: "de" };
    s.environment = {
      itmsVersion: "8.8", account: "ACC_User", fallback: "on", softwareLibrary: "D:\\SWL", dsImageStore: "", csvTimeOffset: "+01:00",
      rolloutDate: "2026-11-02", rolloutTime: "09:30", rolloutZone: "+01:00", baseline: "/first/report.json",
    };
    s.evidence = ["/evidence.zip"];
    s = setCheck(s, "CHK-01", { status: "pass", who: "Ana" });
    s = setAccepted(s, "TR-ACC-001", { reason: "kept until Q2", name: "CAB", expiry: "2027-06-30" });
    const a = toAssessment(s);
    expect(a.format).toBe(1);
    expect(a.engagement.language).toBe("de");
    // Not chosen: no language in the file or the report (as the CLI without --language).
    expect("language" in toAssessment(initialState()).engagement).toBe(false);
    expect(a.parameters.csv_time_offset).toBe("+01:00");
    expect(a.parameters.rollout_at).toBe("2026-11-02T09:30:00+01:00");
    expect(a.parameters.baseline).toBe("/first/report.json");
    const back = fromAssessment(JSON.parse(JSON.stringify(a)));
    expect(back.engagement).toEqual(s.engagement);
    expect(back.environment).toEqual(s.environment);
    expect(back.checklist).toEqual(s.checklist);
    expect(back.acceptedRisks).toEqual(s.acceptedRisks);
    // No redaction key until a redacted export is prepared; then it is kept in the file.
    expect("redaction_key" in a).toBe(false);
    const keyed = toAssessment({ ...s, redactionKey: "ab".repeat(32) });
    expect(keyed.redaction_key).toBe("ab".repeat(32));
    expect(fromAssessment(JSON.parse(JSON.stringify(keyed))).redactionKey).toBe("ab".repeat(32));
  });

  it("records checklist results and accepted risks, and withdraws them", () => {
    let s = setCheck(initialState(), "CHK-02", { notes: "downloaded 3 packages" });
    s = setCheck(s, "CHK-02", { status: "pass" });
    expect(s.checklist).toEqual([{ id: "CHK-02", status: "pass", notes: "downloaded 3 packages", who: "", when: "" }]);
    s = setAccepted(s, "TR-LOC-001", { reason: "r", name: "n", expiry: "e" });
    s = setAccepted(s, "TR-LOC-001", { reason: "r2", name: "n", expiry: "e" });
    expect(s.acceptedRisks).toHaveLength(1);
    expect(s.acceptedRisks[0]!.reason).toBe("r2");
    expect(setAccepted(s, "TR-LOC-001", null).acceptedRisks).toEqual([]);
  });
});
