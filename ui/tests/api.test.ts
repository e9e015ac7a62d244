import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import { asCommandError, openRecent, pickEvidence, recentAssessments, startupEvidence } from "../src/api";

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

  it("lists recent files and opens one by its path", async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "recent_assessments") return [{ path: "/a.tokenready.json", name: "a.tokenready.json", used_at: "2026-11-24T12:00:00Z", exists: true }];
      if (cmd === "open_recent") throw { code: "io", message: "That file is not in the recent list. Use Open… to choose it." };
      return null;
    });
    expect((await recentAssessments())[0]?.name).toBe("a.tokenready.json");
    await expect(openRecent("/etc/passwd")).rejects.toEqual({ code: "io", message: "That file is not in the recent list. Use Open… to choose it." });
    expect(calls[1]).toEqual(["open_recent", { path: "/etc/passwd" }]);
  });

  it("passes typed errors through and wraps anything else", () => {
    expect(asCommandError({ code: "cancelled", message: "stopped" })).toEqual({ code: "cancelled", message: "stopped" });
    expect(asCommandError("boom")).toEqual({ code: "internal", message: "boom" });
  });
});
