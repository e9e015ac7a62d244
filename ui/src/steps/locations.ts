// Step 4, Package locations: every location, how agents authenticate to it, where it was
// seen, and the opt-in reachability probe.
import type { Language, Location, Report } from "../bindings";
import { el, table } from "../dom";
import { t } from "../i18n";
import type { Actions, RunView } from "./shared";

/** Locations grouped by host and share (UNC) or host (HTTP). */
export function groupLocations(locs: Location[]) {
  const groups = new Map<string, { host: string; share: string; kind: string; auth: string; count: number; packages: Set<string> }>();
  for (const l of locs) {
    if (!l.host) continue;
    const key = `${l.kind}|${l.host}|${l.share ?? ""}`;
    const g = groups.get(key) ?? { host: l.host, share: l.share ?? "", kind: l.kind, auth: l.auth, count: 0, packages: new Set<string>() };
    g.count += 1;
    l.packages.forEach((p) => g.packages.add(p));
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => (a.kind + a.host + a.share).localeCompare(b.kind + b.host + b.share));
}

function authLabel(auth: string, lang: Language | ""): string {
  return auth === "acc" ? "ACC" : auth === "token" ? "Token" : t(lang, "ui-loc-review");
}

function configured(r: Report, lang: Language | "", source: string, label: string, value: string | null): HTMLElement {
  const loc = r.locations.find((l) => l.sources.includes(source));
  if (!value) return el("li", {}, t(lang, source === "ds-image-store" ? "ui-loc-not-given-ds" : "ui-loc-not-given", { label }));
  return el(
    "li",
    {},
    t(lang, "ui-loc-label", { label }),
    el("span", { class: "mono" }, value),
    " — ",
    el("span", { class: `auth auth-${loc?.auth ?? "review"}` }, loc?.kind === "unc" ? t(lang, "ui-loc-unc-acc") : `${loc?.kind ?? "unknown"}: ${authLabel(loc?.auth ?? "review", lang)}`),
  );
}

export function locations(r: Report, lang: Language | "", run: RunView, a: Actions): HTMLElement {
  const tr = (id: string, args?: Record<string, string | number>) => t(lang, id, args);
  const count = (pred: (l: Location) => boolean) => r.locations.filter(pred).length;
  const summary = el(
    "p",
    { id: "location-counts" },
    tr("ui-loc-counts", {
      n: r.locations.length,
      unc: count((l) => l.kind === "unc"),
      http: count((l) => l.kind === "http" || l.kind === "https"),
      local: count((l) => l.kind === "local"),
      mapped: count((l) => l.kind === "mapped-drive"),
      unknown: count((l) => l.kind === "unknown"),
      token: count((l) => l.auth === "token"),
      acc: count((l) => l.auth === "acc"),
      review: count((l) => l.auth === "review"),
    }),
  );
  const settings = el(
    "ul",
    { id: "configured-locations" },
    configured(r, lang, "software-library", "Software Library", r.parameters.software_library),
    configured(r, lang, "ds-image-store", tr("ui-loc-ds"), r.parameters.ds_image_store),
  );
  const groups = groupLocations(r.locations);
  const reach = new Map(r.reachability.map((x) => [x.host, x]));
  const hostTable = table(
    "location-hosts",
    [tr("ui-loc-col-host"), tr("ui-loc-col-share"), tr("ui-loc-col-kind"), tr("ui-loc-col-auth"), tr("ui-loc-col-locations"), tr("ui-loc-col-packages"), "TCP 445"],
    groups.map((g) => [
      g.host,
      g.share,
      g.kind,
      el("span", { class: `auth auth-${g.auth}` }, authLabel(g.auth, lang)),
      g.count,
      g.packages.size,
      g.kind === "unc" ? (reach.get(g.host)?.status ?? tr("ui-loc-not-checked")) : "",
    ]),
  );
  const review = r.locations.filter((l) => l.auth === "review");
  return el(
    "div",
    {},
    summary,
    el("h2", {}, tr("ui-loc-configured")),
    settings,
    el("h2", {}, tr("ui-loc-hosts")),
    hostTable,
    probeControls(r, lang, run, a),
    review.length
      ? el(
          "div",
          {},
          el("h2", {}, tr("ui-loc-to-review", { n: review.length })),
          el("ul", { id: "review-list" }, ...review.map((l) => el("li", {}, el("span", { class: "mono" }, l.location), ` — ${l.auth_reason}`))),
        )
      : null,
    el("h2", {}, tr("ui-loc-all")),
    ...locationList(r, lang),
  );
}

/** The opt-in reachability check of the UNC hosts: consent first, then the button. */
function probeControls(r: Report, lang: Language | "", run: RunView, a: Actions): HTMLElement {
  const uncHosts = [...new Set(r.locations.filter((l) => l.kind === "unc" && l.host).map((l) => l.host!))].sort();
  const consent = el("input", { type: "checkbox", id: "probe-consent" });
  consent.checked = run.probeConsent;
  consent.addEventListener("change", () => a.update((s) => { run.probeConsent = consent.checked; return s; }));
  const probeBtn = el("button", { id: "probe", type: "button", disabled: !run.probeConsent || run.probing || run.running || uncHosts.length === 0 }, run.probing ? t(lang, "ui-loc-checking") : t(lang, "ui-loc-check", { n: uncHosts.length }));
  probeBtn.addEventListener("click", () => a.probe(uncHosts));
  return el(
    "div",
    { class: "probe" },
    el("label", { for: "probe-consent", class: "radio" }, consent, t(lang, "ui-loc-consent")),
    probeBtn,
  );
}

/** Every location, with a filter by host, share, path or package. */
function locationList(r: Report, lang: Language | ""): HTMLElement[] {
  const tr = (id: string, args?: Record<string, string | number>) => t(lang, id, args);
  const filter = el("input", { id: "location-filter", type: "search", placeholder: tr("ui-loc-filter") });
  const body = el("div", {});
  const draw = () => {
    const q = filter.value.trim().toLowerCase();
    const shown = r.locations.filter(
      (l) => !q || [l.location, l.host ?? "", l.share ?? "", ...l.packages, ...l.sources].some((v) => v.toLowerCase().includes(q)),
    );
    body.replaceChildren(
      el("p", { class: "muted", id: "location-shown" }, tr("ui-loc-shown", { n: shown.length, total: r.locations.length })),
      table(
        "locations",
        [tr("ui-loc-col-location"), tr("ui-loc-col-kind"), tr("ui-loc-col-host"), tr("ui-loc-col-share"), tr("ui-loc-col-auth"), tr("ui-loc-col-packages"), tr("ui-loc-col-seen")],
        shown.map((l) => [
          el("span", { class: "mono path" }, l.location),
          l.kind,
          l.host ?? "",
          l.share ?? "",
          el("span", { class: `auth auth-${l.auth}`, title: l.auth_reason }, authLabel(l.auth, lang)),
          l.packages.length ? `${l.packages.length}` : "",
          l.evidence[0]
            ? tr("ui-loc-seen-first", {
                n: l.sources.length,
                file: `${l.evidence[0].file.split(/[\\/]/).pop()}${l.evidence[0].line != null ? `:${l.evidence[0].line}` : ""}`,
              })
            : tr("ui-loc-seen", { n: l.sources.length }),
        ]),
      ),
    );
  };
  filter.addEventListener("input", draw);
  draw();
  return [el("label", { for: "location-filter", class: "sr-only" }, tr("ui-loc-filter-label")), filter, body];
}
