# TokenReady's PDF report: the frame around what the engine found (English, the source).
# Every message here must exist in every other language with the same $variables
# (tests in src-tauri/crates/i18n/src/tests.rs).

## The document

doc-header = TokenReady — { $customer } — ACC to token-based authentication readiness
doc-no-customer = (customer not given)
page-of = Page { $page } of { $pages }
yes = yes
no = no
none = none
sev-critical = CRITICAL
sev-high = HIGH
sev-medium = MEDIUM
sev-low = LOW
sev-info = INFO
field = { $label }: { $value }

## Cover

cover-title = ACC to token-based authentication
cover-subtitle = Readiness assessment for Symantec IT Management Suite (KB 431190)
cover-customer = Customer
cover-consultant = Consultant
cover-date = Date
cover-scope = Scope
verdict-not-supported = Not ready: token-based authentication is not available on this version.
verdict-critical = Not ready yet: fix the critical findings before the token rollout.
verdict-acc-kept = Ready for tokens, with the ACC kept for UNC locations.
verdict-ready = Ready for tokens; the ACC can be retired after validation.
cover-verdict = Verdict: { $verdict }
cover-figures = Key figures
cover-fig-findings = Findings: critical / high / all
cover-fig-unc = UNC package locations (they keep the ACC) / all locations
cover-fig-events = ACC lockouts (4740) / failed logons (4625, 4771, 4776)
cover-fig-inputs = Evidence read: files / problems
cover-incomplete = Evidence is incomplete: see "What was analysed". The verdict may change when it is collected.
cover-generated = Generated { $when } by { $tool } { $version }.

## Executive summary

summary-title = Executive summary
col-question = Question
col-answer = Answer
summary-token = Token-based authentication available (8.7.3 or later)
summary-acc = ACC must remain (UNC in use)
summary-evidence = Evidence complete
summary-findings = Findings (critical / high / medium / low / info)

## What was analysed

analysed-title = What was analysed
inputs-root = Evidence from { $root }; the paths below are relative to it.
analysed-totals = { $files ->
    [one] 1 file
   *[other] { $files } files
  }, { $bytes } bytes, { $records ->
    [one] 1 record
   *[other] { $records } records
  } read, { $errors ->
    [one] 1 problem
   *[other] { $errors } problems
  }.
analysed-unreadable = { $errors ->
    [one] 1 region or record could not be read; it is listed below with its place.
   *[other] { $errors } regions or records could not be read; each is listed below with its place.
  }
col-file = File
col-kind = Kind
col-records = Records
col-errors = Errors
col-sha256 = SHA-256
localized-title = Exports in another language
localized-structure = no language table matched: read by structure (event ID column, English template positions)
localized-table = read with TokenReady's { $tag } table (header, keywords, message labels)
localized-no-dates = dates not read (see the problems)
col-language = Language
col-how-read = How it was read
problems-title = Problems
col-where = Where
col-what = What
place-line = line { $n }
place-record = record { $n }
place-offset = offset { $n }
skipped-title = Passed over
col-in-folders = In the evidence folders
col-why-not-read = Why it was not read
missing-title = What was missing
col-evidence-item = Evidence
col-why-matters = Why it matters
col-how-collect = How to collect it

## Findings

findings-title = Findings
finding-heading = [{ $severity }] { $id } — { $title }
finding-accepted = Accepted risk: { $reason } — accepted by { $name }, until { $until }.
col-evidence = Evidence
col-excerpt = Excerpt
finding-remediation = Remediation: { $text }
finding-references = References: { $refs }

## How agents will authenticate

scenarios-title = How agents will authenticate
scenarios-intro = KB 431190: HTTP/HTTPS package locations use token-based authentication; UNC locations use the ACC; a token failure with the fallback enabled uses the ACC.
scenario-http = HTTP/HTTPS package locations
scenario-unc = UNC package locations
scenario-local = Local paths on the NS
scenario-mapped = Mapped drives
scenario-unknown = Unrecognised values
scenario-token-failure = Token failure with the fallback enabled
auth-token-based = Token-based authentication
auth-review-published = Review (published code bases)
auth-review-share = Review (may hide a share)
auth-review = Review
auth-fallback-on = ACC (fallback on)
auth-fallback-off = None: fails (fallback off)
auth-fallback-unknown = ACC if the fallback is enabled
col-scenario = Scenario
col-locations = Locations
col-auth-used = Authentication used

## ACC lockouts

lockouts-title = ACC lockouts
lockouts-intro = Account: { $account }. Events counted once per computer and record: { $counts }.
lockouts-all-accounts = all accounts
lockouts-matched = { $count ->
    [one] 1 event from an export without record IDs was the same event as one already counted (matched by computer, time to the second in UTC, event ID, account and caller) and was counted once.
   *[other] { $count } events from exports without record IDs were the same event as one already counted (matched by computer, time to the second in UTC, event ID, account and caller) and were counted once.
  }
lockouts-matched-first = First: { $excerpt } ({ $file }).
col-source = Source
col-addresses = Addresses
col-lockouts = Lockouts
col-failures = Failures
col-retry = Retry pattern
chart-per-hour = Lockouts (dark) and failed logons (light) per hour
cause-heading = Cause: { $title } ({ $count ->
    [one] 1 event
   *[other] { $count } events
  })
cause-from = From: { $sources }
cause-fix = Fix: { $text }
cause-verify = Verify: { $text }

## Plan, checklist, appendix

plan-title = Phased plan (KB 431190)
plan-met = [met]
plan-not-met = [not met]
plan-ready = ready
plan-not-yet = not yet
col-phase = Phase
col-todo = What
col-entry = Entry conditions against this evidence
checklist-title = Validation checklist
check-by-evidence = Decided by the evidence
check-agrees = The evidence said (the consultant's result agrees)
check-overridden = The evidence said (overridden by the consultant's result)
check-notes = Notes: { $notes }
col-test = Test
col-expected = Expected result
col-status = Status
col-checked-by = Checked by
col-date = Date
approval = Approved by the change advisory board:
sign-name = Name
sign-signature = Signature
sign-date = Date
accepted-title = Accepted risks
col-finding = Finding
col-reason = Reason
col-accepted-by = Accepted by
col-until = Until
status-pending = pending
status-pass = pass
status-fail = fail
status-na = n/a
appendix-title = Appendix: package locations
auth-acc = ACC
auth-token = Token
col-location = Location
col-auth = Auth
col-packages = Packages
col-seen-in = Seen in
references-title = References
references-list = KB 431190 (token-based authentication and ACC fallback), KB 150951 (site servers and local ACC accounts), KB 157377 (application identity lockout), KB 181098 (agent download retry logic), KB 179608 (disabling UNC code bases), KB 180568 (package code bases), KB 194234 (configuring the ACC).

## The follow-up

followup-title = Before and after the rollout
followup-rollout = Token-based authentication was enabled at { $when }.
followup-no-rollout = No rollout instant was given.
followup-baseline = Compared with the baseline of { $when } ({ $path }, SHA-256 { $sha }).
event-id = Event ID { $id }
col-events-account = Security events for the account
col-before = Before
col-after = After
col-caller = 4740 caller computer
col-signal = NS and agent log signal
coverage-title = What the Security logs cover
col-computer = Computer
col-first = First record
col-last = Last record
col-reaches = Reaches past the rollout
coverage-no = no: nothing after the rollout is known
since-title = Since the baseline
since-added = Locations added: { $list }.
since-removed = Locations removed: { $list }.
since-resolved = Findings resolved: { $list }.
since-new = New findings: { $list }.
since-open = Still open: { $list }.
chart-followup-hour = Lockouts (dark) and failed logons (light) per hour; » marks the rollout
chart-followup-day = Lockouts (dark) and failed logons (light) per day; » marks the rollout
