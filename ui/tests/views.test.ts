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
