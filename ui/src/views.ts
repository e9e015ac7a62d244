// One render function per step. Each returns the step's body; actions go through `Actions`.
import type { CheckStatus, ExportFormat, Fallback, Finding, InputFile, Location, RecentFile, Report } from "./bindings";
import { timelineChart } from "./chart";
import { COLLECT } from "./collect";
import { el, field, table } from "./dom";
import { setAccepted, setCheck, type StepId, type WizardState } from "./wizard";

export interface Actions {
  update(fn: (s: WizardState) => WizardState): void;
  /** Like update, for typing: the state and the sidebar change, the step is not rebuilt. */
  edit(fn: (s: WizardState) => WizardState): void;
  pick(): void;
  useDemo(): void;
  analyse(): void;
  cancel(): void;
  probe(hosts: string[]): void;
  exportReport(format: ExportFormat): void;
  openRecent(path: string): void;
  clearEvidence(): void;
}

export interface RunView {
  running: boolean;
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  current: string;
  error: string | null;
  demoAvailable: boolean;
  probing: boolean;
  probeConsent: boolean;
  exporting: boolean;
  exported: string | null;
  /** Assessment files used recently, newest first. */
  recent: RecentFile[];
}

export const STEP_HELP: Record<StepId, string> = {
  engagement: "Who the assessment is for and who runs it. This appears on the report's cover.",
  environment:
    "The site as configured. Token-based authentication needs ITMS 8.7.3 or later; a Software Library or Deployment Solution images on UNC keep the ACC required (KB 431190).",
  evidence:
    "Choose the folder (or zip) with what was exported from the customer's servers. Every file's kind is detected from its content.",
  locations: "Every package location found, how agents will authenticate to it, and where it was seen.",
  logs: "ACC lockouts and failed logons from Security events, and the signals found in NS and agent logs.",
  findings: "What the evidence shows, most severe first, each with its evidence and remediation.",
  plan: "The phased migration plan from KB 431190, with each phase's entry conditions checked against this evidence.",
  validation: "The tests the change board signs off after the rollout.",
  report: "Export the report: PDF for the change board, CSV tables for action lists, JSON for tooling. Files are written completely or not at all.",
};

const SEVERITY_ORDER = ["critical", "high", "medium", "low", "info"] as const;

function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

/** The line under the progress bar. */
export function progressText(run: RunView): string {
  return `Reading ${run.filesDone} of ${run.filesTotal} file(s), ${fmtBytes(run.bytesDone)} of ${fmtBytes(run.bytesTotal)}${run.current ? ` — ${run.current}` : ""}`;
}

function needsReport(): HTMLElement {
  return el("p", { class: "empty" }, "No analysis yet. Go to Evidence and analyse the evidence first.");
}

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
      return s.report ? logs(s.report) : needsReport();
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

function engagement(s: WizardState, a: Actions): HTMLElement {
  const set = (k: keyof WizardState["engagement"]) => (v: string) =>
    a.edit((st) => ({ ...st, engagement: { ...st.engagement, [k]: v } }));
  return el(
    "form",
    { class: "form", id: "engagement-form" },
    field("customer", "Customer", s.engagement.customer, set("customer")),
    field("consultant", "Consultant", s.engagement.consultant, set("consultant")),
    field("date", "Date", s.engagement.date, set("date"), { type: "date" }),
    field("scope", "Scope", s.engagement.scope, set("scope"), {
      placeholder: "e.g. NS smp01 and its 2 package servers",
    }),
  );
}

/** Reopen a recent assessment in one click (missing files are shown, not offered). */
function recentFiles(run: RunView, a: Actions): HTMLElement | null {
  if (run.recent.length === 0) return null;
  return el(
    "section",
    { class: "recent", "aria-labelledby": "recent-title" },
    el("h2", { id: "recent-title" }, "Recent assessments"),
    el(
      "ul",
      { id: "recent-list" },
      ...run.recent.map((f, i) => {
        const b = el(
          "button",
          { type: "button", id: `recent-${i}`, disabled: !f.exists, title: f.path },
          f.name,
        );
        b.addEventListener("click", () => a.openRecent(f.path));
        return el(
          "li",
          {},
          b,
          el("span", { class: "muted" }, ` ${f.exists ? f.used_at.replace("T", " ").replace("Z", " UTC") : "(file not found)"} — ${f.path}`),
        );
      }),
    ),
  );
}

function environment(s: WizardState, a: Actions): HTMLElement {
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

function evidence(s: WizardState, run: RunView, a: Actions): HTMLElement {
  const pick = el("button", { id: "pick", type: "button", disabled: run.running }, "Add evidence folder…");
  pick.addEventListener("click", () => a.pick());
  const clear = s.evidence.length
    ? el("button", { id: "clear-evidence", type: "button", disabled: run.running }, "Clear")
    : null;
  clear?.addEventListener("click", () => a.clearEvidence());
  const demo = run.demoAvailable
    ? el("button", { id: "use-demo", type: "button", disabled: run.running }, "Use demo evidence")
    : null;
  demo?.addEventListener("click", () => a.useDemo());
  const analyse = el(
    "button",
    { id: "analyse", type: "button", class: "primary", disabled: run.running || s.evidence.length === 0 },
    "Analyse",
  );
  analyse.addEventListener("click", () => a.analyse());
  const cancel = el("button", { id: "cancel", type: "button", disabled: !run.running }, "Cancel");
  cancel.addEventListener("click", () => a.cancel());

  const progress = el("progress", { id: "progress", max: String(Math.max(run.bytesTotal, 1)) });
  progress.value = run.bytesDone;
  const progressLine = el("p", { id: "progress-text", class: "muted" }, run.running ? progressText(run) : "");
  const parts: (HTMLElement | null)[] = [
    el(
      "div",
      { class: "evidence-list" },
      el("h2", {}, "Chosen evidence"),
      s.evidence.length
        ? el("ul", { id: "evidence-paths" }, ...s.evidence.map((p) => el("li", { class: "mono" }, p)))
        : el("p", { class: "empty" }, "Nothing chosen yet."),
      el(
        "p",
        { class: "help", id: "drop-hint" },
        "Or drop files, folders or zips anywhere on this window: each is added to the list.",
      ),
    ),
    el("div", { class: "actions" }, pick, demo, clear, analyse, cancel),
    run.running ? el("div", { class: "progress" }, progress, progressLine) : null,
    run.error ? el("p", { id: "error", class: "error", role: "alert" }, run.error) : null,
  ];
  if (s.report) parts.push(inventory(s.report));
  parts.push(howToCollect());
  return el("div", {}, ...parts);
}

/** The commands to run on the customer's servers, each with a copy button. */
function howToCollect(): HTMLElement {
  return el(
    "details",
    { class: "collect", id: "how-to-collect" },
    el("summary", {}, "How to collect this evidence (read-only commands for the customer's servers)"),
    ...COLLECT.map((c) => {
      const code = el("code", { id: `collect-${c.id}`, class: "mono" }, c.command);
      const copy = el("button", { type: "button", id: `copy-${c.id}` }, "Copy");
      copy.addEventListener("click", () => {
        const done = () => (copy.textContent = "Copied");
        navigator.clipboard?.writeText(c.command).then(done, () => {
          // No clipboard access: select the text so Ctrl+C copies it.
          const range = document.createRange();
          range.selectNodeContents(code);
          const sel = window.getSelection();
          sel?.removeAllRanges();
          sel?.addRange(range);
          copy.textContent = "Selected: press Ctrl+C";
        });
      });
      return el("div", { class: "collect-step" }, el("strong", {}, c.what), el("p", { class: "muted" }, c.where), el("pre", {}, code), copy);
    }),
  );
}

function inventory(r: Report): HTMLElement {
  const t = r.totals;
  const kinds = Object.entries(t.by_kind)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  const rows = r.inputs.map((i: InputFile) => [
    el("span", { class: "mono path" }, i.path),
    el("span", { class: `kind kind-${i.kind}` }, i.kind),
    i.records,
    i.errors ? el("span", { class: "bad" }, String(i.errors)) : "0",
    el("span", { class: "mono", title: i.sha256 }, i.sha256.slice(0, 12)),
    i.note ?? "",
  ]);
  const problems = r.inputs.flatMap((i) =>
    i.problems.map((p) => {
      const where = [
        p.place.line != null ? `line ${p.place.line}` : "",
        p.place.record != null ? `record ${p.place.record}` : "",
        p.place.offset != null ? `offset ${p.place.offset}` : "",
      ]
        .filter(Boolean)
        .join(", ");
      return el("li", {}, el("span", { class: "mono" }, i.path), where ? ` (${where})` : "", `: ${p.message}`);
    }),
  );
  return el(
    "div",
    { id: "inventory-section" },
    el("h2", {}, "What was read"),
    el(
      "p",
      { id: "totals" },
      `${t.files} file(s), ${fmtBytes(t.bytes)}, ${t.records} record(s), ${t.errors} problem(s): ${kinds}.`,
    ),
    table("inventory", ["File", "Kind", "Records", "Problems", "SHA-256", "How it was read"], rows),
    problems.length ? el("div", {}, el("h3", {}, "Problems"), el("ul", { id: "problems" }, ...problems)) : null,
    r.missing_evidence.length
      ? el(
          "div",
          { class: "missing" },
          el("h3", {}, "Missing evidence"),
          el(
            "ul",
            { id: "missing" },
            ...r.missing_evidence.map((m) =>
              el("li", {}, el("strong", {}, m.what), ` — ${m.why}. `, el("span", { class: "mono" }, m.how_to_collect)),
            ),
          ),
        )
      : null,
  );
}

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

function locations(r: Report, run: RunView, a: Actions): HTMLElement {
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
  const uncHosts = [...new Set(r.locations.filter((l) => l.kind === "unc" && l.host).map((l) => l.host!))].sort();
  const consent = el("input", { type: "checkbox", id: "probe-consent" });
  consent.checked = run.probeConsent;
  consent.addEventListener("change", () => a.update((s) => { run.probeConsent = consent.checked; return s; }));
  const probeBtn = el("button", { id: "probe", type: "button", disabled: !run.probeConsent || run.probing || run.running || uncHosts.length === 0 }, run.probing ? "Checking…" : `Check ${uncHosts.length} UNC host(s) on TCP 445`);
  probeBtn.addEventListener("click", () => a.probe(uncHosts));
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
  return el(
    "div",
    {},
    summary,
    el("h2", {}, "Configured locations"),
    settings,
    el("h2", {}, "Hosts and shares"),
    hostTable,
    el(
      "div",
      { class: "probe" },
      el("label", { for: "probe-consent", class: "radio" }, consent, "Check whether UNC hosts answer on TCP 445. This connects to the customer's network from this laptop."),
      probeBtn,
    ),
    review.length
      ? el(
          "div",
          {},
          el("h2", {}, `To review (${review.length})`),
          el("ul", { id: "review-list" }, ...review.map((l) => el("li", {}, el("span", { class: "mono" }, l.location), ` — ${l.auth_reason}`))),
        )
      : null,
    el("h2", {}, "All locations"),
    el("label", { for: "location-filter", class: "sr-only" }, "Filter locations"),
    filter,
    body,
  );
}

function logs(r: Report): HTMLElement {
  const ids = Object.entries(r.lockouts.events_by_id)
    .map(([id, n]) => `${id}: ${n}`)
    .join(" · ");
  const a = r.lockout_analysis;
  const evidenceList = (items: { file: string; line: number | null; record: number | null; excerpt: string | null }[]) =>
    el(
      "ul",
      {},
      ...items.map((e) =>
        el("li", { class: "mono" }, `${e.file}${e.line != null ? `:${e.line}` : ""}${e.record != null ? ` #${e.record}` : ""}${e.excerpt ? ` — ${e.excerpt}` : ""}`),
      ),
    );
  return el(
    "div",
    {},
    el("h2", {}, "Security events"),
    el("p", { id: "events-by-id" }, `Account: ${r.lockouts.account ?? "all accounts"} — ${ids}`),
    a.sources.length
      ? table(
          "lockout-sources",
          ["Source", "Addresses", "Lockouts (4740 caller)", "Failed logons", "First", "Last", "Retry pattern"],
          a.sources.map((s) => [s.source, s.addresses.join(", "), s.lockouts, s.failures, s.first_seen ?? "", s.last_seen ?? "", s.retry_pattern ?? ""]),
        )
      : el("p", { class: "empty" }, "No lockout or failed logon was found for this account."),
    a.notes.length ? el("ul", { class: "muted", id: "lockout-notes" }, ...a.notes.map((n) => el("li", {}, n))) : null,
    a.timeline.length ? el("div", { class: "chart" }, el("h3", {}, "Lockouts and failures per hour"), timelineChart(a.timeline)) : null,
    a.causes.length
      ? el(
          "div",
          { id: "lockout-causes" },
          el("h3", {}, "Root causes"),
          ...a.causes.map((c) =>
            el(
              "article",
              { class: "finding sev-high" },
              el("h4", {}, `${c.title} — ${c.count} event(s)`),
              c.sources.length ? el("p", {}, `From: ${c.sources.join(", ")}`) : null,
              el("p", {}, el("strong", {}, "Fix: "), c.fix),
              el("p", {}, el("strong", {}, "Verify: "), c.verification),
              c.evidence.length ? el("details", {}, el("summary", {}, `Evidence (${c.evidence.length})`), evidenceList(c.evidence)) : null,
            ),
          ),
        )
      : null,
    el("h2", {}, "NS and agent log signals"),
    r.log_indicators.length
      ? table(
          "log-indicators",
          ["Signal", "Count", "Hosts", "First", "Last", "Records"],
          r.log_indicators.map((i) => [
            i.kind,
            i.count,
            i.hosts.join(", "),
            i.first_seen ?? "",
            i.last_seen ?? "",
            i.samples.length ? el("details", {}, el("summary", {}, `${i.samples.length} sample(s)`), evidenceList(i.samples)) : "",
          ]),
        )
      : el("p", { class: "empty" }, "No signal was found in NS or agent logs."),
  );
}

function acceptForm(f: Finding, s: WizardState, a: Actions): HTMLElement {
  const current = s.acceptedRisks.find((r) => r.finding_id === f.id);
  const input = (name: string, label: string, value: string) => {
    const i = el("input", { id: `accept-${f.id}-${name}`, type: "text" });
    i.value = value;
    return { i, node: el("label", { for: `accept-${f.id}-${name}`, class: "inline" }, label, i) };
  };
  const reason = input("reason", "Reason", current?.reason ?? "");
  const name = input("name", "Accepted by", current?.name ?? "");
  const expiry = input("expiry", "Until", current?.expiry ?? "");
  const accept = el("button", { type: "button", id: `accept-${f.id}` }, current ? "Update" : "Accept risk");
  accept.addEventListener("click", () => {
    if (!reason.i.value.trim() || !name.i.value.trim() || !expiry.i.value.trim()) {
      accept.textContent = "A reason, a name and an expiry are needed";
      return;
    }
    a.update((st) => setAccepted(st, f.id, { reason: reason.i.value.trim(), name: name.i.value.trim(), expiry: expiry.i.value.trim() }));
  });
  const withdraw = current ? el("button", { type: "button", id: `withdraw-${f.id}` }, "Withdraw") : null;
  withdraw?.addEventListener("click", () => a.update((st) => setAccepted(st, f.id, null)));
  return el(
    "details",
    { class: "accept", open: current ? true : undefined },
    el("summary", {}, current ? `Accepted risk: ${current.reason} (by ${current.name}, until ${current.expiry})` : "Accept as a risk…"),
    el("div", { class: "accept-form" }, reason.node, name.node, expiry.node, accept, withdraw),
  );
}

function findingCard(f: Finding): HTMLElement {
  return el(
    "article",
    { class: `finding sev-${f.severity}`, id: `finding-${f.id}` },
    el("h3", {}, el("span", { class: `badge sev-${f.severity}` }, f.severity), ` ${f.id} — ${f.title}`),
    el("p", {}, f.rationale),
    f.evidence.length
      ? el(
          "details",
          {},
          el("summary", {}, `Evidence (${f.evidence.length})`),
          el(
            "ul",
            {},
            ...f.evidence.map((e) =>
              el(
                "li",
                { class: "mono" },
                `${e.file}${e.line != null ? `:${e.line}` : ""}${e.record != null ? ` #${e.record}` : ""}${e.excerpt ? ` — ${e.excerpt}` : ""}`,
              ),
            ),
          ),
        )
      : null,
    el("p", {}, el("strong", {}, "Remediation: "), f.remediation),
    f.references.length ? el("p", { class: "muted" }, `References: ${f.references.join(", ")}`) : null,
  );
}

function findings(r: Report, s: WizardState, a: Actions): HTMLElement {
  const counts = SEVERITY_ORDER.map((sv) => `${r.findings.filter((f) => f.severity === sv).length} ${sv}`).join(", ");
  return el(
    "div",
    { id: "findings" },
    el("p", {}, counts),
    ...r.findings.map((f) => {
      const card = findingCard(f);
      if (f.severity !== "info") card.append(acceptForm(f, s, a));
      return card;
    }),
  );
}

function plan(r: Report): HTMLElement {
  return el(
    "div",
    {},
    el("div", { id: "verdict", class: "verdict" }, el("h2", {}, "Verdict"), el("p", {}, r.verdict.summary)),
    el(
      "ol",
      { id: "phases", class: "phases" },
      ...r.plan.map((p) =>
        el(
          "li",
          { class: p.ready ? "ready" : "blocked", id: `phase-${p.id}` },
          el("strong", {}, `${p.title}: ${p.ready ? "ready" : "not yet"}`),
          el("ul", {}, ...p.actions.map((x) => el("li", {}, x))),
          el(
            "ul",
            { class: "conditions" },
            ...p.conditions.map((c) => el("li", { class: c.met ? "met" : "unmet" }, `${c.met ? "✓" : "✗"} ${c.text}`)),
          ),
        ),
      ),
    ),
  );
}

const STATUSES: CheckStatus[] = ["pending", "pass", "fail", "not-applicable"];

function validation(r: Report, s: WizardState, a: Actions): HTMLElement {
  const rows = r.checklist.map((c) => {
    const entry = s.checklist.find((e) => e.id === c.id);
    const status = el("select", { id: `check-${c.id}-status`, "aria-label": `${c.id} status` });
    for (const st of STATUSES) {
      const o = el("option", { value: st }, st);
      o.selected = (entry?.status ?? c.status) === st;
      status.append(o);
    }
    status.addEventListener("change", () => a.update((x) => setCheck(x, c.id, { status: status.value as CheckStatus })));
    const text = (key: "notes" | "who" | "when", label: string) => {
      const i = el("input", { id: `check-${c.id}-${key}`, type: "text", "aria-label": `${c.id} ${label}` });
      i.value = entry?.[key] ?? "";
      i.addEventListener("input", () => a.edit((x) => setCheck(x, c.id, { [key]: i.value })));
      return i;
    };
    return [`${c.id} ${c.test}`, c.expected, status, text("notes", "notes"), text("who", "checked by"), text("when", "date")];
  });
  return el(
    "div",
    {},
    table("checklist", ["Test", "Expected result", "Status", "Notes", "Checked by", "Date"], rows),
    el("p", { class: "muted" }, "What you record here is saved with the assessment and printed in the report's validation checklist."),
  );
}

function reportStep(s: WizardState, run: RunView, a: Actions): HTMLElement {
  const r = s.report!;
  const button = (id: string, label: string, format: ExportFormat, primary = false) => {
    const b = el("button", { id, type: "button", class: primary ? "primary" : undefined, disabled: run.exporting }, label);
    b.addEventListener("click", () => a.exportReport(format));
    return b;
  };
  return el(
    "div",
    {},
    el("p", {}, `Customer: ${s.engagement.customer || "—"} · Consultant: ${s.engagement.consultant || "—"} · Date: ${s.engagement.date || "—"}`),
    el(
      "p",
      { id: "report-summary" },
      `${r.inputs.length} input(s), ${r.locations.length} location(s), ${r.findings.length} finding(s), ${r.checklist.length} validation test(s). Analysed ${r.generated_at} by ${r.tool.name} ${r.tool.version}.`,
    ),
    r.verdict.evidence_complete ? null : el("p", { class: "error" }, "The evidence is incomplete: the report says so on its cover."),
    el(
      "div",
      { class: "actions" },
      button("export-pdf", "Export PDF (A4)", "pdf-a4", true),
      button("export-pdf-letter", "Export PDF (Letter)", "pdf-letter"),
      button("export-csv", "Export CSV tables", "csv"),
      button("export-json", "Export JSON", "json"),
    ),
    run.exported ? el("p", { id: "export-result", role: "status" }, `Saved: ${run.exported}`) : null,
    run.error ? el("p", { id: "export-error", class: "error", role: "alert" }, run.error) : null,
    el("p", { class: "muted" }, "The same report comes from the command line: tokenready assess <evidence> --pdf report.pdf --csv out/ --json report.json"),
  );
}
