import { describe, expect, it } from "vitest";
import { ids, SOURCES, t } from "../src/i18n";
import { initialState, STEPS, stepHelp, stepTitle, UI_MESSAGES } from "../src/wizard";

describe("the app's catalogue", () => {
  it("holds exactly the messages the code asks for, in every language", () => {
    for (const [lang, src] of Object.entries(SOURCES)) {
      expect([...ids(src)].sort(), lang).toEqual([...UI_MESSAGES].sort());
    }
  });

  it("changes the steps with the assessment's language, English when none is chosen", () => {
    const s = initialState();
    expect(STEPS.map((st) => stepTitle(s, st))).toEqual([
      "Engagement", "Environment", "Evidence", "Package locations", "Logs & events",
      "Findings", "Plan", "Validation", "Report",
    ]);
    const de = { ...s, engagement: { ...s.engagement, language: "de" as const } };
    expect(stepTitle(de, "findings")).toBe("Befunde");
    expect(stepHelp(de, "evidence")).toContain("exportiert");
    const fr = { ...s, engagement: { ...s.engagement, language: "fr" as const } };
    expect(stepTitle(fr, "report")).toBe("Rapport");
    // French typography: a no-break space before a colon.
    expect(stepHelp(fr, "report")).toContain("\u00a0:");
  });

  it("falls back to English, then to the id", () => {
    expect(t("de", "ui-step-plan")).toBe("Plan");
    expect(t("fr", "no-such-message")).toBe("no-such-message");
  });
});
