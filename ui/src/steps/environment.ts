// Step 2, Environment: the site as configured (version, ACC, Software Library, fallback).
import type { Fallback } from "../bindings";
import { el, field } from "../dom";
import { rolloutOf, utcOffsets, type WizardState } from "../wizard";
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
    rolloutAt(s, a),
    field("csv-time-offset", "Time zone of Event Viewer CSV exports", s.environment.csvTimeOffset, set("csvTimeOffset"), {
      placeholder: "+02:00",
      help: "CSV exports hold local times with no zone. Give the UTC offset of the computer that exported them to place them on the UTC timeline; without it they are shown as written.",
    }),
  );
}

/** "Token rollout at": when token-based authentication was enabled (date, time and zone). */
function rolloutAt(s: WizardState, a: Actions): HTMLElement {
  const e = s.environment;
  const input = (id: string, type: string, value: string, key: "rolloutDate" | "rolloutTime", label: string) => {
    const i = el("input", { id, type, "aria-label": label, "aria-describedby": "rollout-help" });
    i.value = value;
    // `change`, not `input`: a date or time field is whole only when the consultant leaves it.
    i.addEventListener("change", () => a.update((st) => ({ ...st, environment: { ...st.environment, [key]: i.value } })));
    return i;
  };
  const zone = el("select", { id: "rollout-zone", "aria-label": "Rollout time zone (UTC offset)" });
  for (const z of utcOffsets()) {
    const o = el("option", { value: z }, z === "Z" ? "UTC" : `UTC${z}`);
    o.selected = z === (e.rolloutZone || "Z");
    zone.append(o);
  }
  zone.addEventListener("change", () => a.update((st) => ({ ...st, environment: { ...st.environment, rolloutZone: zone.value } })));
  const at = rolloutOf(e);
  return el(
    "fieldset",
    { class: "field", id: "rollout" },
    el("legend", {}, "Token rollout at"),
    el(
      "div",
      { class: "fields-row" },
      input("rollout-date", "date", e.rolloutDate, "rolloutDate", "Rollout date"),
      input("rollout-time", "time", e.rolloutTime, "rolloutTime", "Rollout time"),
      zone,
    ),
    el(
      "p",
      { class: "help", id: "rollout-help" },
      at
        ? `Events and log records are split at ${at}: before and after the rollout. The zone is the UTC offset in force at the site on that day.`
        : "Leave empty for a first assessment. For a follow-up: when token-based authentication was enabled; events are then split before and after it.",
    ),
  );
}
