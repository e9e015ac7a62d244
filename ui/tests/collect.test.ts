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
    // The SIEM searches: Elastic, Sentinel (KQL) and Splunk (SPL), each for the four IDs.
    for (const id of ["elastic-events", "sentinel-events", "splunk-events"]) {
      const c = COLLECT.find((s) => s.id === id);
      expect(c, id).toBeDefined();
      for (const ev of ["4740", "4625", "4771", "4776"]) expect(c!.command).toContain(ev);
    }
    expect(all).toContain("SecurityEvent | where");
    // No SPL command that writes (| delete, | collect, | outputlookup), no KQL control command.
    expect(all).not.toMatch(/\|\s*(delete|collect|outputlookup|outputcsv)\b/i);
    expect(all).not.toMatch(/^\s*\.(set|drop|append|ingest)/m);
    // Nothing that changes the customer's systems.
    expect(all).not.toMatch(/\b(DELETE|UPDATE|INSERT|DROP|Remove-|Set-|wevtutil cl)\b/i);
  });
});
