// Step 2, Environment: the site as configured (version, ACC, Software Library, fallback).
import type { Fallback } from "../bindings";
import { el, field } from "../dom";
import { rolloutOf, utcOffsets, type WizardState } from "../wizard";
import { t } from "../i18n";
import type { Actions } from "./shared";

export function environment(s: WizardState, a: Actions): HTMLElement {
  const tr = (id: string) => t(s.engagement.language, id);
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
    field("itms-version", tr("ui-env-version"), s.environment.itmsVersion, set("itmsVersion"), {
      placeholder: "8.7.3",
      help: tr("ui-env-version-help"),
    }),
    field("account", tr("ui-env-account"), s.environment.account, set("account"), {
      placeholder: tr("ui-env-account-placeholder"),
      help: tr("ui-env-account-help"),
    }),
    el(
      "fieldset",
      { class: "field" },
      el("legend", {}, tr("ui-env-fallback")),
      fallback("on", tr("ui-env-fallback-on")),
      fallback("off", tr("ui-env-fallback-off")),
      el(
        "p",
        { class: "help" },
        tr("ui-env-fallback-help"),
      ),
    ),
    field("software-library", tr("ui-env-swl"), s.environment.softwareLibrary, set("softwareLibrary"), {
      placeholder: tr("ui-env-swl-placeholder"),
      help: tr("ui-env-swl-help"),
    }),
    field("ds-image-store", tr("ui-env-ds"), s.environment.dsImageStore, set("dsImageStore"), {
      placeholder: tr("ui-env-ds-placeholder"),
      help: tr("ui-env-ds-help"),
    }),
    rolloutAt(s, a),
    field("csv-time-offset", tr("ui-env-csv-offset"), s.environment.csvTimeOffset, set("csvTimeOffset"), {
      placeholder: "+02:00",
      help: tr("ui-env-csv-offset-help"),
    }),
  );
}

/** "Token rollout at": when token-based authentication was enabled (date, time and zone). */
function rolloutAt(s: WizardState, a: Actions): HTMLElement {
  const e = s.environment;
  const tr = (id: string, args?: Record<string, string>) => t(s.engagement.language, id, args);
  const input = (id: string, type: string, value: string, key: "rolloutDate" | "rolloutTime", label: string) => {
    const i = el("input", { id, type, "aria-label": label, "aria-describedby": "rollout-help" });
    i.value = value;
    // `change`, not `input`: a date or time field is whole only when the consultant leaves it.
    i.addEventListener("change", () => a.update((st) => ({ ...st, environment: { ...st.environment, [key]: i.value } })));
    return i;
  };
  const zone = el("select", { id: "rollout-zone", "aria-label": tr("ui-env-rollout-zone") });
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
    el("legend", {}, tr("ui-env-rollout")),
    el(
      "div",
      { class: "fields-row" },
      input("rollout-date", "date", e.rolloutDate, "rolloutDate", tr("ui-env-rollout-date")),
      input("rollout-time", "time", e.rolloutTime, "rolloutTime", tr("ui-env-rollout-time")),
      zone,
    ),
    el(
      "p",
      { class: "help", id: "rollout-help" },
      at
        ? tr("ui-env-rollout-split", { at })
        : tr("ui-env-rollout-help"),
    ),
  );
}
