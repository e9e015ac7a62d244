import { describe, expect, it } from "vitest";
import { COLLECT } from "../src/collect";
import { errorText, ids, SOURCES, t } from "../src/i18n";
import { fmtBytes } from "../src/steps/shared";
import { initialState, missingFor, STEPS, stepHelp, stepTitle, UI_MESSAGES } from "../src/wizard";

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

  it("says in the catalogue's English what each collection command beside it says", () => {
    for (const c of COLLECT) {
      expect(t("en", `ui-collect-${c.id}-what`)).toBe(c.what);
      expect(t("en", `ui-collect-${c.id}-where`)).toBe(c.where);
      expect(t("de", `ui-collect-${c.id}-what`), c.id).not.toBe(c.what);
    }
  });

  it("says what a step still needs in the assessment's language", () => {
    const s = initialState();
    expect(missingFor({ ...s, engagement: { ...s.engagement, language: "de" } }, "engagement")).toEqual([
      "der Name des Kunden", "der Name des Beraters", "das Datum",
    ]);
    expect(missingFor({ ...s, engagement: { ...s.engagement, language: "fr" } }, "evidence")).toEqual([
      "un dossier d'éléments de preuve",
    ]);
  });

  it("chooses the plural form the language's rules ask for", () => {
    const args = (files: number) => ({ files, bytes: "1 KiB", records: 1, errors: 0, kinds: "" });
    expect(t("de", "ui-ev-totals", args(1))).toMatch(/^1 Datei, 1 KiB, 1 Datensatz, 0 Probleme/);
    expect(t("de", "ui-ev-totals", args(2))).toMatch(/^2 Dateien,/);
    // French counts 0 and 1 as singular.
    expect(t("fr", "ui-ev-totals", args(0))).toMatch(/^0 fichier, 1 KiB, 1 enregistrement, 0 problème\u00a0:/);
    expect(t("en", "ui-ev-totals", args(1))).toMatch(/^1 file, 1 KiB, 1 record, 0 problems/);
  });

  it("writes sizes as each language writes numbers", () => {
    expect(fmtBytes(1536)).toBe("1.5 KiB");
    expect(fmtBytes(1536, "de")).toBe("1,5 KiB");
    expect(fmtBytes(3 * 1024 ** 3, "fr")).toBe("3,00 GiB");
  });

  it("says a command's error in the assessment's language", () => {
    const cancelled = { code: "cancelled" as const, message: "The analysis was cancelled. Nothing was changed; start it again when ready." };
    expect(errorText(cancelled, "")).toBe(cancelled.message);
    expect(t("en", "ui-err-cancelled")).toBe(cancelled.message);
    expect(errorText(cancelled, "de")).toContain("abgebrochen");
    const io = { code: "io" as const, message: "C:\\x.pdf: access denied" };
    expect(errorText(io, "fr")).toMatch(/^Un fichier .*C:\\x\.pdf: access denied$/);
  });

  it("falls back to English, then to the id", () => {
    expect(t("de", "ui-step-plan")).toBe("Plan");
    expect(t("fr", "no-such-message")).toBe("no-such-message");
  });
});
