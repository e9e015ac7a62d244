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

export const STEP_HELP: Record<StepId, string> = {
  engagement: "Who the assessment is for and who runs it. This appears on the report's cover.",
  environment:
    "The site as configured. Token-based authentication needs ITMS 8.7.3 or later; a Software Library or Deployment Solution images on UNC keep the ACC required (KB 431190).",
  evidence:
    "Choose the folder (or zip) with what was exported from the customer's servers. Every file's kind is detected from its content.",
  locations: "Every package location found, how agents will authenticate to it, and where it was seen.",
  logs: "ACC lockouts and failed logons from Security events, and the signals found in NS and agent logs. In a follow-up: what happened before and after the rollout.",
  findings: "What the evidence shows, most severe first, each with its evidence and remediation.",
  plan: "The phased migration plan from KB 431190, with each phase's entry conditions checked against this evidence.",
  validation: "The tests the change board signs off after the rollout. Where the evidence decides a test, its result and why are shown; your own result overrides it, with a note.",
  report: "Export the report: PDF for the change board, CSV tables for action lists, JSON for tooling. Files are written completely or not at all.",
};


export function renderStep(step: StepId, s: WizardState, run: RunView, a: Actions): HTMLElement {
  switch (step) {
    case "engagement":
      return el("div", {}, engagement(s, a), recentFiles(run, a));
    case "environment":
      return environment(s, a);
    case "evidence":
      return evidence(s, run, a);
    case "locations":
      return s.report ? locations(s.report, run, a) : needsReport();
    case "logs":
      return s.report ? logs(s.report, s) : needsReport();
    case "findings":
      return s.report ? findings(s.report, s, a) : needsReport();
    case "plan":
      return s.report ? plan(s.report) : needsReport();
    case "validation":
      return s.report ? validation(s.report, s, a) : needsReport();
    case "report":
      return s.report ? reportStep(s, run, a) : needsReport();
  }
}
