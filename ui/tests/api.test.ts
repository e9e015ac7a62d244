import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { asCommandError, pickEvidence, startupEvidence } from "../src/api";

afterEach(() => clearMocks());

describe("api", () => {
  it("calls the named commands", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "pick_evidence") return "/evidence";
      if (cmd === "startup_evidence") return { evidence: ["/demo"], parameters: {}, demo: true };
      return null;
    });
    expect(await pickEvidence()).toBe("/evidence");
    expect((await startupEvidence()).demo).toBe(true);
    expect(calls).toEqual(["pick_evidence", "startup_evidence"]);
  });

  it("passes typed errors through and wraps anything else", () => {
    expect(asCommandError({ code: "cancelled", message: "stopped" })).toEqual({ code: "cancelled", message: "stopped" });
    expect(asCommandError("boom")).toEqual({ code: "internal", message: "boom" });
  });
});
