import { describe, expect, it } from "vitest";
import { COLLECT } from "../src/collect";

describe("how to collect", () => {
  it("gives a read-only command for every kind of evidence the engine needs", () => {
    const all = COLLECT.map((c) => c.command).join("\n");
    expect(all).toContain("SWDPackageCodebase");
    for (const id of ["4740", "4625", "4771", "4776"]) expect(all).toContain(`EventID=${id}`);
    expect(all).toContain("/f:xml");
    expect(all).toContain("ToXml()");
    expect(all).toContain("SMP\\Logs");
    // Nothing that changes the customer's systems.
    expect(all).not.toMatch(/\b(DELETE|UPDATE|INSERT|DROP|Remove-|Set-|wevtutil cl)\b/i);
  });
});
