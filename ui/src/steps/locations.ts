// Step 4, Package locations: every location, how agents authenticate to it, where it was
// seen, and the opt-in reachability probe.
import type { Location, Report } from "../bindings";
import { el, table } from "../dom";
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

function authLabel(auth: string): string {
  return auth === "acc" ? "ACC" : auth === "token" ? "Token" : "Review";
}

function configured(r: Report, source: string, label: string, value: string | null): HTMLElement {
  const loc = r.locations.find((l) => l.sources.includes(source));
  if (!value) return el("li", {}, `${label}: not given${source === "ds-image-store" ? " (Deployment Solution not used)" : " — the verdict stays incomplete"}.`);
  return el(
    "li",
    {},
    `${label}: `,
    el("span", { class: "mono" }, value),
    " — ",
    el("span", { class: `auth auth-${loc?.auth ?? "review"}` }, loc?.kind === "unc" ? "UNC: the ACC is required" : `${loc?.kind ?? "unknown"}: ${authLabel(loc?.auth ?? "review")}`),
  );
}

export function locations(r: Report, run: RunView, a: Actions): HTMLElement {
  const count = (pred: (l: Location) => boolean) => r.locations.filter(pred).length;
  const summary = el(
    "p",
    { id: "location-counts" },
    `${r.locations.length} location(s): ${count((l) => l.kind === "unc")} UNC, ${count((l) => l.kind === "http" || l.kind === "https")} HTTP(S), ${count((l) => l.kind === "local")} local, ${count((l) => l.kind === "mapped-drive")} mapped drive, ${count((l) => l.kind === "unknown")} unknown. Authentication: ${count((l) => l.auth === "token")} token, ${count((l) => l.auth === "acc")} ACC, ${count((l) => l.auth === "review")} to review.`,
  );
  const settings = el(
    "ul",
    { id: "configured-locations" },
    configured(r, "software-library", "Software Library", r.parameters.software_library),
    configured(r, "ds-image-store", "DS image store", r.parameters.ds_image_store),
  );
  const groups = groupLocations(r.locations);
  const reach = new Map(r.reachability.map((x) => [x.host, x]));
  const hostTable = table(
    "location-hosts",
    ["Host", "Share", "Kind", "Agents authenticate with", "Locations", "Packages", "TCP 445"],
    groups.map((g) => [
      g.host,
      g.share,
      g.kind,
      el("span", { class: `auth auth-${g.auth}` }, authLabel(g.auth)),
      g.count,
      g.packages.size,
      g.kind === "unc" ? (reach.get(g.host)?.status ?? "not checked") : "",
    ]),
  );
  const review = r.locations.filter((l) => l.auth === "review");
  return el(
    "div",
    {},
    summary,
    el("h2", {}, "Configured locations"),
    settings,
    el("h2", {}, "Hosts and shares"),
    hostTable,
    probeControls(r, run, a),
    review.length
      ? el(
          "div",
          {},
          el("h2", {}, `To review (${review.length})`),
          el("ul", { id: "review-list" }, ...review.map((l) => el("li", {}, el("span", { class: "mono" }, l.location), ` — ${l.auth_reason}`))),
        )
      : null,
    el("h2", {}, "All locations"),
    ...locationList(r),
  );
}

/** The opt-in reachability check of the UNC hosts: consent first, then the button. */
function probeControls(r: Report, run: RunView, a: Actions): HTMLElement {
  const uncHosts = [...new Set(r.locations.filter((l) => l.kind === "unc" && l.host).map((l) => l.host!))].sort();
  const consent = el("input", { type: "checkbox", id: "probe-consent" });
  consent.checked = run.probeConsent;
  consent.addEventListener("change", () => a.update((s) => { run.probeConsent = consent.checked; return s; }));
  const probeBtn = el("button", { id: "probe", type: "button", disabled: !run.probeConsent || run.probing || run.running || uncHosts.length === 0 }, run.probing ? "Checking…" : `Check ${uncHosts.length} UNC host(s) on TCP 445`);
  probeBtn.addEventListener("click", () => a.probe(uncHosts));
  return el(
    "div",
    { class: "probe" },
    el("label", { for: "probe-consent", class: "radio" }, consent, "Check whether UNC hosts answer on TCP 445. This connects to the customer's network from this laptop."),
    probeBtn,
  );
}

/** Every location, with a filter by host, share, path or package. */
function locationList(r: Report): HTMLElement[] {
  const filter = el("input", { id: "location-filter", type: "search", placeholder: "Filter by host, share, path or package" });
  const body = el("div", {});
  const draw = () => {
    const q = filter.value.trim().toLowerCase();
    const shown = r.locations.filter(
      (l) => !q || [l.location, l.host ?? "", l.share ?? "", ...l.packages, ...l.sources].some((v) => v.toLowerCase().includes(q)),
    );
    body.replaceChildren(
      el("p", { class: "muted", id: "location-shown" }, `${shown.length} of ${r.locations.length} shown`),
      table(
        "locations",
        ["Location", "Kind", "Host", "Share", "Agents authenticate with", "Packages", "Seen in"],
        shown.map((l) => [
          el("span", { class: "mono path" }, l.location),
          l.kind,
          l.host ?? "",
          l.share ?? "",
          el("span", { class: `auth auth-${l.auth}`, title: l.auth_reason }, authLabel(l.auth)),
          l.packages.length ? `${l.packages.length}` : "",
          `${l.sources.length} file(s)${l.evidence[0] ? `, first ${l.evidence[0].file.split(/[\\/]/).pop()}${l.evidence[0].line != null ? `:${l.evidence[0].line}` : ""}` : ""}`,
        ]),
      ),
    );
  };
  filter.addEventListener("input", draw);
  draw();
  return [el("label", { for: "location-filter", class: "sr-only" }, "Filter locations"), filter, body];
}
