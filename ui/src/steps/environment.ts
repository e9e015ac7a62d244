// Step 2, Environment: the site as configured (version, ACC, Software Library, fallback).
import type { Fallback } from "../bindings";
import { el, field } from "../dom";
import type { WizardState } from "../wizard";
import type { Actions } from "./shared";

export function environment(s: WizardState, a: Actions): HTMLElement {
  const set = (k: keyof WizardState["environment"]) => (v: string) =>
    a.edit((st) => ({ ...st, environment: { ...st.environment, [k]: v } }));
  const fallback = (value: Fallback, label: string) => {
    const input = el("input", { type: "radio", name: "fallback", id: `fallback-${value}`, value });
    input.checked = s.environment.fallback === value;
    input.addEventListener("change", () =>
      a.update((st) => ({ ...st, environment: { ...st.environment, fallback: value } })),
    );
    return el("label", { for: `fallback-${value}`, class: "radio" }, input, label);
  };
  return el(
    "form",
    { class: "form", id: "environment-form" },
    field("itms-version", "ITMS version", s.environment.itmsVersion, set("itmsVersion"), {
      placeholder: "8.7.3",
      help: "SMP Console > Help > About. Token-based authentication needs 8.7.3, 8.8 or 8.8.1.",
    }),
    field("account", "ACC account", s.environment.account, set("account"), {
      placeholder: "CONTOSO\\svc_acc or ACC_User",
      help: "The name only; TokenReady never asks for or stores a password. A domain account is never unlocked by site servers (KB 150951).",
    }),
    el(
      "fieldset",
      { class: "field" },
      el("legend", {}, "Keep ACC as fallback mechanism"),
      fallback("on", "On (recommended at first rollout)"),
      fallback("off", "Off"),
      el(
        "p",
        { class: "help" },
        "With the fallback on, a token failure falls back to the ACC; unresolved lockouts come back (KB 431190).",
      ),
    ),
    field("software-library", "Software Library location", s.environment.softwareLibrary, set("softwareLibrary"), {
      placeholder: "\\\\smp01\\SoftwareLibrary or D:\\SWL",
      help: "Settings > All Settings > Software > Software Library. On UNC, the ACC stays required.",
    }),
    field("ds-image-store", "Deployment Solution image store", s.environment.dsImageStore, set("dsImageStore"), {
      placeholder: "leave empty when DS is not used",
      help: "Settings > Deployment > Image Management. On UNC, the ACC stays required.",
    }),
    field("csv-time-offset", "Time zone of Event Viewer CSV exports", s.environment.csvTimeOffset, set("csvTimeOffset"), {
      placeholder: "+02:00",
      help: "CSV exports hold local times with no zone. Give the UTC offset of the computer that exported them to place them on the UTC timeline; without it they are shown as written.",
    }),
  );
}
