// Generated from the Rust types in src-tauri/crates/model by `typescript_bindings()`.
// Do not edit: run `TOKENREADY_BLESS=1 cargo test -p tokenready-model` to regenerate.

export type InputKind = "codebase-list" | "ns-log" | "agent-log" | "event-xml" | "event-csv" | "event-json" | "event-syslog" | "evtx" | "zip" | "text" | "unknown";

export type Place = { 
/**
 * 1-based line number.
 */
line: number | null, 
/**
 * Byte offset from the start of the (decoded member) file.
 */
offset: number | null, 
/**
 * 1-based record number, or the EVTX EventRecordID.
 */
record: number | null, };

export type Problem = { place: Place, message: string, };

export type SkippedPath = { path: string, reason: string, };

export type InputFile = { 
/**
 * The path as given, or `archive.zip!/member/path` for zip members.
 */
path: string, kind: InputKind, 
/**
 * SHA-256 of the file's bytes (lower-case hex).
 */
sha256: string, 
/**
 * Size in bytes.
 */
size: number, 
/**
 * Items read: rows, records, events or lines, depending on the kind.
 */
records: number, 
/**
 * Items or regions skipped because they could not be parsed.
 */
errors: number, 
/**
 * The first problems with their places (at most [`MAX_PROBLEMS_PER_INPUT`]; `errors` counts all).
 */
problems: Array<Problem>, 
/**
 * How the content was decoded or why it was classified this way.
 */
note: string | null, 
/**
 * For an export in another language than English: the language it was read in
 * (`de-DE`, …), or `structure` when no language table matched and it was read by its
 * structure (absent for English and language-neutral formats).
 */
language?: string, };

export type EvidenceRef = { 
/**
 * Input path as in `inputs[].path`, or `software-library` / `ds-image-store` / `parameter`.
 */
file: string, line: number | null, record: number | null, 
/**
 * A short excerpt of what is there.
 */
excerpt: string | null, };

export type LocationKind = "unc" | "http" | "https" | "local" | "mapped-drive" | "unknown";

export type Auth = "acc" | "token" | "review";

export type Location = { 
/**
 * As found (the first spelling seen).
 */
location: string, 
/**
 * The normalised form that identifies the location.
 */
normalized: string, kind: LocationKind, 
/**
 * Lower-case host for unc/http/https.
 */
host: string | null, 
/**
 * UNC share name.
 */
share: string | null, auth: Auth, 
/**
 * Why this authentication applies (one of a few fixed texts: borrowed, not copied per location).
 */
auth_reason: string, 
/**
 * Input paths, or `software-library` / `ds-image-store`.
 */
sources: Array<string>, 
/**
 * Package ids or names that use this location, where the evidence names them.
 */
packages: Array<string>, 
/**
 * Where each sighting is (capped; `sightings` counts all).
 */
evidence: Array<EvidenceRef>, sightings: number, };

export type Lockouts = { 
/**
 * The ACC account the counts are for; null when every account is counted.
 */
account: string | null, 
/**
 * Counts per EventID ("4740", "4625", "4771", "4776" always present).
 */
events_by_id: { [key in string]: number }, 
/**
 * 4740 caller computers, lower-case, most first.
 */
sources: Array<LockoutSource>, 
/**
 * Events of an export without record IDs (a SIEM export) that were the same event as one
 * already counted from another export, matched by computer, time to the second (UTC),
 * event ID, account and caller; absent when none was.
 */
matched_by_key?: KeyMatches, };

export type FailureSource = { 
/**
 * Lower-case computer name, or an IP address when no name is known for it.
 */
source: string, 
/**
 * IP addresses seen for this source.
 */
addresses: Array<string>, 
/**
 * 4740 events naming it as the caller computer.
 */
lockouts: number, 
/**
 * 4625/4771/4776 events from it.
 */
failures: number, first_seen: string | null, last_seen: string | null, 
/**
 * Set when its attempts follow the agent's download retry schedule (KB 181098).
 */
retry_pattern: string | null, };

export type LockoutCause = { 
/**
 * `wrong-password`, `expired-password`, `account-disabled`, `account-expired`,
 * `retries-against-locked-account`, `unknown-user`, `password-must-change`, `retry-storm`.
 */
id: string, title: string, count: number, sources: Array<string>, evidence: Array<EvidenceRef>, fix: string, verification: string, };

export type TimelineBucket = { 
/**
 * `2025-04-16T10:00Z`, or `2025-04-16T10:00` (no zone) for local CSV times.
 */
hour: string, lockouts: number, failures: number, 
/**
 * Failures and lockouts per source in this hour.
 */
by_source: { [key in string]: number }, };

export type LockoutAnalysis = { sources: Array<FailureSource>, causes: Array<LockoutCause>, timeline: Array<TimelineBucket>, 
/**
 * How the sources were found (blank callers, IP mapping, zone-less times …).
 */
notes: Array<string>, };

export type LockoutSource = { computer: string, count: number, };

export type KeyMatches = { 
/**
 * How many events were left out as the same event as one already counted.
 */
count: number, 
/**
 * The first of them, each naming the export it was found in and, in the excerpt, the
 * export that had it first.
 */
evidence: Array<EvidenceRef>, };

export type LogIndicator = { 
/**
 * `logon-failure`, `account-locked-out`, `access-denied`, …
 */
kind: string, count: number, 
/**
 * Lower-case `hostName` of the events.
 */
hosts: Array<string>, 
/**
 * Earliest and latest record time as written in the log.
 */
first_seen: string | null, last_seen: string | null, 
/**
 * Sample records with file and line.
 */
samples: Array<EvidenceRef>, };

export type Severity = "critical" | "high" | "medium" | "low" | "info";

export type Finding = { 
/**
 * Stable rule id, e.g. `TR-UNC-001`.
 */
id: string, 
/**
 * Set when the change board accepted this finding as a risk.
 */
accepted: AcceptedRisk | null, severity: Severity, title: string, rationale: string, evidence: Array<EvidenceRef>, remediation: string, 
/**
 * Knowledge base articles, e.g. `KB 431190`.
 */
references: Array<string>, };

export type CheckStatus = "pending" | "pass" | "fail" | "not-applicable";

export type ChecklistItem = { id: string, test: string, expected: string, status: CheckStatus, notes: string, who: string, when: string, 
/**
 * `evidence` when the evidence set the status, `manual` otherwise (also when the
 * consultant's result overrides the evidence's).
 */
basis: Basis, 
/**
 * The records the evidence's decision rests on (capped).
 */
evidence: Array<EvidenceRef>, 
/**
 * What the evidence decided, and why; kept when the consultant overrides it.
 */
decided?: EvidenceDecision, };

export type Condition = { text: string, met: boolean, };

export type Phase = { 
/**
 * `assessment`, `root-cause-fix`, `token-rollout`, `hardening`.
 */
id: string, title: string, actions: Array<string>, conditions: Array<Condition>, 
/**
 * True when every condition is met.
 */
ready: boolean, };

export type Verdict = { 
/**
 * False below ITMS 8.7.3 (or when the version is not known).
 */
token_supported: boolean, 
/**
 * True when any UNC location is in use.
 */
acc_required: boolean, 
/**
 * False when a needed kind of evidence is missing.
 */
evidence_complete: boolean, summary: string, };

export type MissingEvidence = { what: string, why: string, how_to_collect: string, };

export type Fallback = "on" | "off";

export type Parameters = { 
/**
 * `DOMAIN\user`, `user@domain` or `user`.
 */
account: string | null, 
/**
 * e.g. `8.7.3`.
 */
itms_version: string | null, software_library: string | null, ds_image_store: string | null, fallback: Fallback | null, 
/**
 * UTC offset of the local times in Event Viewer CSV exports (e.g. `+02:00`); without it
 * those times are kept as zone-unknown.
 */
csv_time_offset: string | null, 
/**
 * When token-based authentication was enabled (RFC 3339 or a date): events and log
 * records are split before / after it.
 */
rollout_at?: string, 
/**
 * An earlier assessment to compare with: a JSON report or an assessment file.
 */
baseline?: string, };

export type Engagement = { customer: string | null, consultant: string | null, 
/**
 * The assessment date as the consultant gives it (e.g. `2026-11-24`).
 */
date: string | null, scope: string | null, 
/**
 * The language of the report's human-readable texts (absent: English). IDs, kinds and
 * enums never change with it.
 */
language?: Language, };

export type Language = "en" | "de" | "fr";

export type ToolInfo = { name: string, version: string, };

export type Totals = { files: number, bytes: number, records: number, errors: number, 
/**
 * Files per kind.
 */
by_kind: { [key in string]: number }, };

export type Basis = "evidence" | "manual";

export type EvidenceDecision = { status: CheckStatus, 
/**
 * Why, in one or two sentences.
 */
reason: string, 
/**
 * The window the evidence covers (RFC 3339 or local as written).
 */
from: string | null, to: string | null, };

export type BaselineInfo = { generated_at: string, 
/**
 * Of the baseline file as read.
 */
sha256: string, 
/**
 * The file as given.
 */
path: string, };

export type EventSplit = { before: { [key in string]: number }, after: { [key in string]: number }, 
/**
 * Events counted for the account whose time could not be read (neither before nor after).
 */
undated: number, };

export type SourceSplit = { computer: string, before: number, after: number, };

export type SignalSplit = { kind: string, before: number, after: number, 
/**
 * Records whose date has no year (agent logs without a file date): neither.
 */
undated: number, };

export type Coverage = { 
/**
 * Lower-case, as the events name it (`(not named: FILE)` when the file's events name none,
 * as in Event Viewer CSV exports).
 */
computer: string, 
/**
 * The inputs its events came from.
 */
files: Array<string>, 
/**
 * Earliest and latest record time in those files (UTC `…Z`, or local with no zone).
 */
first: string | null, last: string | null, 
/**
 * True when its logs reach past the rollout instant.
 */
covers_after: boolean, };

export type LocationKey = { kind: LocationKind, host: string | null, 
/**
 * Null for http/https.
 */
share: string | null, };

export type LocationDiff = { added: Array<LocationKey>, removed: Array<LocationKey>, };

export type FindingDiff = { resolved: Array<string>, new: Array<string>, still_open: Array<string>, };

export type Comparison = { 
/**
 * When token-based authentication was enabled (RFC 3339), as given.
 */
rollout_at: string | null, baseline: BaselineInfo | null, 
/**
 * Security events for the account, before and after the rollout (without a rollout
 * instant: the baseline's counts and today's).
 */
events: EventSplit, 
/**
 * 4740 caller computers, lower-case, before and after.
 */
sources: Array<SourceSplit>, 
/**
 * Per computer that wrote Security events: the time its logs cover.
 */
coverage: Array<Coverage>, 
/**
 * NS and agent log signals per kind, before and after the rollout (without a rollout
 * instant: the baseline's counts and today's).
 */
signals: Array<SignalSplit>, locations: LocationDiff, findings: FindingDiff, 
/**
 * How the split was made (zone-unknown times, events without a time, a rollout instant
 * in the future or before all evidence …).
 */
notes: Array<string>, };

export type Report = { tool: ToolInfo, 
/**
 * RFC 3339 timestamp.
 */
generated_at: string, engagement: Engagement, parameters: Parameters, 
/**
 * The evidence roots as given (files, folders, zips).
 */
evidence_roots: Array<string>, inputs: Array<InputFile>, 
/**
 * What the folders held that was not read, with the reason (absent when nothing was).
 */
skipped?: Array<SkippedPath>, totals: Totals, verdict: Verdict, locations: Array<Location>, lockouts: Lockouts, lockout_analysis: LockoutAnalysis, log_indicators: Array<LogIndicator>, findings: Array<Finding>, plan: Array<Phase>, checklist: Array<ChecklistItem>, missing_evidence: Array<MissingEvidence>, 
/**
 * Results of the opt-in reachability probe (empty when it was not run).
 */
reachability: Array<Reachability>, 
/**
 * The follow-up after the rollout: present when a rollout instant or a baseline is given.
 */
comparison?: Comparison, 
/**
 * True when customer identifiers were replaced by pseudonyms (`--redact`); absent
 * otherwise.
 */
redacted?: boolean, };

export type AssessRequest = { 
/**
 * Files, folders and zip archives.
 */
evidence: Array<string>, parameters: Parameters, engagement: Engagement, };

export type Progress = { "stage": "discovered", files: number, bytes: number, } | { "stage": "file-done", path: string, kind: InputKind, files_done: number, bytes_done: number, } | { "stage": "analysing" } | { "stage": "probed", host: string, done: number, total: number, };

export type ProbeStatus = "open" | "closed" | "timeout" | "unresolved" | "error";

export type Reachability = { host: string, port: number, status: ProbeStatus, 
/**
 * How long the attempt took, in milliseconds.
 */
millis: number, 
/**
 * The address tried, or the error text.
 */
detail: string, };

export type StartupInfo = { evidence: Array<string>, parameters: Parameters, 
/**
 * True when this is the built-in demo evidence.
 */
demo: boolean, 
/**
 * An assessment file (`*.tokenready`) given on the command line, as when one is opened
 * from Explorer: the app opens it at start. It is put first in the recent list, the only
 * paths the UI may ask to open.
 */
open: string | null, };

export type DemoFollowUp = { evidence: Array<string>, 
/**
 * The demo's answers with `baseline` and `rollout_at` set.
 */
parameters: Parameters, };

export type ExportFormat = "pdf-a4" | "pdf-letter" | "json" | "csv";

export type AcceptedRisk = { finding_id: string, reason: string, 
/**
 * Who accepted it.
 */
name: string, 
/**
 * Until when (a date as the consultant writes it).
 */
expiry: string, };

export type ChecklistEntry = { id: string, status: CheckStatus, notes: string, who: string, when: string, };

export type Assessment = { 
/**
 * File format version (currently 1).
 */
format: number, engagement: Engagement, parameters: Parameters, evidence: Array<string>, 
/**
 * The last analysis, if any.
 */
report: Report | null, checklist: Array<ChecklistEntry>, accepted_risks: Array<AcceptedRisk>, 
/**
 * The secret redacted exports derive their pseudonyms from (64 hex digits), created the
 * first time a redacted export is prepared; absent until then. Never in any export.
 */
redaction_key?: string, };

export type RedactionPreview = { 
/**
 * The assessment's redaction key (new when it had none): keep it in the assessment so
 * that the next redacted export uses the same pseudonyms.
 */
key: string, 
/**
 * How many identifiers are replaced.
 */
replaced: number, 
/**
 * A few replacements, one of each kind first.
 */
samples: Array<RedactionSample>, };

export type RedactionSample = { 
/**
 * host, domain, account, address, share, path, package, customer or name.
 */
class: string, original: string, pseudonym: string, };

export type OpenedAssessment = { path: string, assessment: Assessment, };

export type RecentFile = { path: string, 
/**
 * The file name, for display.
 */
name: string, 
/**
 * When it was last opened or saved (RFC 3339, UTC).
 */
used_at: string, 
/**
 * False when the file is no longer there (moved, deleted, on a drive not attached).
 */
exists: boolean, };

export type ErrorCode = "no-evidence" | "cancelled" | "busy" | "io" | "internal" | "bad-input";

export type CommandError = { code: ErrorCode, 
/**
 * What happened and what to do, in the consultant's words.
 */
message: string, };
