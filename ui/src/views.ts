// The steps' dispatcher: which step renders what (one file per step under steps/), the help
// line under each step's title, and the progress text. Actions go through `Actions`.
import { el } from "./dom";
import { engagement, recentFiles } from "./steps/engagement";
import { environment } from "./steps/environment";
import { evidence } from "./steps/evidence";
import { findings } from "./steps/findings";
import { locations } from "./steps/locations";
import { logs } from "./steps/logs";
import { plan } from "./steps/plan";
import { reportStep } from "./steps/report";
import { needsReport, type Actions, type RunView } from "./steps/shared";
import { validation } from "./steps/validation";
import type { StepId, WizardState } from "./wizard";

export { progressText, type Actions, type RunView } from "./steps/shared";
export { groupLocations } from "./steps/locations";

export function renderStep(step: StepId, s: WizardState, run: RunView, a: Actions): HTMLElement {
  switch (step) {
    case "engagement":
      return el("div", {}, engagement(s, a), recentFiles(run, a, s.engagement.language));
    case "environment":
      return environment(s, a);
    case "evidence":
      return evidence(s, run, a);
    case "locations":
      return s.report ? locations(s.report, s.engagement.language, run, a) : needsReport(s.engagement.language);
    case "logs":
      return s.report ? logs(s.report, s) : needsReport(s.engagement.language);
    case "findings":
      return s.report ? findings(s.report, s, a) : needsReport(s.engagement.language);
    case "plan":
      return s.report ? plan(s.report, s.engagement.language) : needsReport(s.engagement.language);
    case "validation":
      return s.report ? validation(s.report, s, a) : needsReport(s.engagement.language);
    case "report":
      return s.report ? reportStep(s, run, a) : needsReport(s.engagement.language);
  }
}
