# The app's own screens (ui/src/i18n.ts reads this file at build time). English is the source.
# Step titles, their help lines, and the language choice; the rest of the screens follow.

ui-step-engagement = Engagement
ui-step-environment = Environment
ui-step-evidence = Evidence
ui-step-locations = Package locations
ui-step-logs = Logs & events
ui-step-findings = Findings
ui-step-plan = Plan
ui-step-validation = Validation
ui-step-report = Report
ui-help-engagement = Who the assessment is for and who runs it. This appears on the report's cover.
ui-help-environment = The site as configured. Token-based authentication needs ITMS 8.7.3 or later; a Software Library or Deployment Solution images on UNC keep the ACC required (KB 431190).
ui-help-evidence = Choose the folder (or zip) with what was exported from the customer's servers. Every file's kind is detected from its content.
ui-help-locations = Every package location found, how agents will authenticate to it, and where it was seen.
ui-help-logs = ACC lockouts and failed logons from Security events, and the signals found in NS and agent logs. In a follow-up: what happened before and after the rollout.
ui-help-findings = What the evidence shows, most severe first, each with its evidence and remediation.
ui-help-plan = The phased migration plan from KB 431190, with each phase's entry conditions checked against this evidence.
ui-help-validation = The tests the change board signs off after the rollout. Where the evidence decides a test, its result and why are shown; your own result overrides it, with a note.
ui-help-report = Export the report: PDF for the change board, CSV tables for action lists, JSON for tooling. Files are written completely or not at all.
ui-language = Language of the app and the report
ui-language-help = The app's steps, the PDF, the CSV cells and the JSON's texts are written in this language; IDs, CSV column names and KB numbers stay the same. Kept in the assessment file.

# The window around the steps
ui-new = New
ui-open = Open…
ui-save = Save
ui-save-as = Save as…
ui-back = Back
ui-next = Next
ui-step-complete = This step is complete.
ui-complete = Complete
ui-missing = Missing: { $what }
ui-file = File: { $path }
ui-not-saved = Not saved yet (autosaved for recovery)
ui-recover = Recover
ui-discard = Discard

# Findings
ui-sev-critical = critical
ui-sev-high = high
ui-sev-medium = medium
ui-sev-low = low
ui-sev-info = info
ui-evidence-n = Evidence ({ $n })
ui-remediation = Remediation:
ui-references = References: { $list }
ui-accept-summary = Accept as a risk…
ui-accepted = Accepted risk: { $reason } (by { $name }, until { $expiry })
ui-accept-reason = Reason
ui-accept-name = Accepted by
ui-accept-until = Until
ui-accept = Accept risk
ui-accept-update = Update
ui-accept-needs = A reason, a name and an expiry are needed
ui-withdraw = Withdraw

# Engagement
ui-customer = Customer
ui-consultant = Consultant
ui-date = Date
ui-scope = Scope
ui-scope-placeholder = e.g. NS smp01 and its 2 package servers
ui-followup-of = Follow-up of…
ui-baseline-pick = Choose the first assessment…
ui-baseline-other = Choose another…
ui-baseline-clear = Not a follow-up
ui-baseline-none = Not a follow-up: this is the first assessment of the site.
ui-baseline-help = After the rollout, pick the first assessment's JSON report or assessment file: the report then shows which locations and findings changed since. Give the rollout instant on Environment.
ui-recent = Recent assessments
ui-recent-missing = (file not found)

# Plan and validation
ui-verdict = Verdict
ui-phase-ready = { $title }: ready
ui-phase-not-yet = { $title }: not yet
ui-status-pending = pending
ui-status-pass = pass
ui-status-fail = fail
ui-status-not-applicable = not-applicable
ui-as-evidence = as the evidence: { $status }
ui-decided = Decided by the evidence: { $status }.
ui-overridden = Evidence said { $status }; overridden by the consultant.
ui-window = {" "}Window: { $from } to { $to }.
ui-records = Records ({ $n })
ui-notes-placeholder = why your result differs from the evidence
ui-col-test = Test
ui-col-expected = Expected result
ui-col-status = Status
ui-col-notes = Notes
ui-col-checked-by = Checked by
ui-col-date = Date
ui-checklist-decided = { $n } of { $total } test(s) decided by the evidence; record your own result only where you know better, with a note.
ui-checklist-help = What you record here is saved with the assessment and printed in the report's validation checklist, beside the evidence's result.

# Report
ui-sharing = Sharing outside the customer
ui-redact-label = {" "}Export redacted: host, domain, account, share and package names, addresses, evidence paths and the customer's name become stable pseudonyms. Counts, rule IDs, event IDs and status codes stay.
ui-redact-count = { $n } identifier(s) will be replaced, for example:
ui-redact-kind = Kind
ui-redact-original = In the evidence
ui-redact-pseudonym = In the redacted report
ui-redact-key = The key behind the pseudonyms is kept in this assessment file only, never in an export: the same names get the same pseudonyms in every redacted export of this assessment. Redacted files are named …-redacted and never replace an unredacted export.
ui-report-engagement = Customer: { $customer } · Consultant: { $consultant } · Date: { $date }
ui-report-summary = { $inputs } input(s), { $locations } location(s), { $findings } finding(s), { $tests } validation test(s). Analysed { $when } by { $tool }.
ui-report-incomplete = The evidence is incomplete: the report says so on its cover.
ui-export-pdf = Export PDF (A4)
ui-export-pdf-redacted = Export redacted PDF (A4)
ui-export-pdf-letter = Export PDF (Letter)
ui-export-csv = Export CSV tables
ui-export-json = Export JSON
ui-saved = Saved: { $path }
ui-cli-hint = The same report comes from the command line: { $command }

# Environment
ui-env-version = ITMS version
ui-env-version-help = SMP Console > Help > About. Token-based authentication needs 8.7.3, 8.8 or 8.8.1.
ui-env-account = ACC account
ui-env-account-placeholder = CONTOSO\svc_acc or ACC_User
ui-env-account-help = The name only; TokenReady never asks for or stores a password. A domain account is never unlocked by site servers (KB 150951).
ui-env-fallback = Keep ACC as fallback mechanism
ui-env-fallback-on = On (recommended at first rollout)
ui-env-fallback-off = Off
ui-env-fallback-help = With the fallback on, a token failure falls back to the ACC; unresolved lockouts come back (KB 431190).
ui-env-swl = Software Library location
ui-env-swl-placeholder = \\smp01\SoftwareLibrary or D:\SWL
ui-env-swl-help = Settings > All Settings > Software > Software Library. On UNC, the ACC stays required.
ui-env-ds = Deployment Solution image store
ui-env-ds-placeholder = leave empty when DS is not used
ui-env-ds-help = Settings > Deployment > Image Management. On UNC, the ACC stays required.
ui-env-csv-offset = Time zone of Event Viewer CSV exports
ui-env-csv-offset-help = CSV exports hold local times with no zone. Give the UTC offset of the computer that exported them to place them on the UTC timeline; without it they are shown as written.
ui-env-rollout = Token rollout at
ui-env-rollout-date = Rollout date
ui-env-rollout-time = Rollout time
ui-env-rollout-zone = Rollout time zone (UTC offset)
ui-env-rollout-split = Events and log records are split at { $at }: before and after the rollout. The zone is the UTC offset in force at the site on that day.
ui-env-rollout-help = Leave empty for a first assessment. For a follow-up: when token-based authentication was enabled; events are then split before and after it.

# Evidence
ui-ev-add = Add evidence folder…
ui-ev-clear = Clear
ui-ev-demo = Use demo evidence
ui-ev-demo-followup = Use demo follow-up
ui-ev-demo-followup-title = The demo site collected again after the token rollout, with the first assessment as the baseline
ui-ev-analyse = Analyse
ui-ev-cancel = Cancel
ui-ev-chosen = Chosen evidence
ui-ev-none = Nothing chosen yet.
ui-ev-drop = Or drop files, folders or zips anywhere on this window: each is added to the list.
ui-ev-progress = Reading { $done } of { $total } file(s), { $bytes } of { $bytesTotal }
ui-ev-no-report = No analysis yet. Go to Evidence and analyse the evidence first.
ui-ev-read = What was read
ui-ev-totals = { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $bytes }, { $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $errors ->
        [one] { $errors } problem
       *[other] { $errors } problems
    }: { $kinds }.
ui-ev-col-file = File
ui-ev-col-kind = Kind
ui-ev-col-records = Records
ui-ev-col-problems = Problems
ui-ev-col-how = How it was read
ui-ev-read-in = read in { $language }
ui-ev-read-structure = another language, read by its structure
ui-ev-line = line { $n }
ui-ev-record = record { $n }
ui-ev-offset = offset { $n }
ui-ev-problems = Problems
ui-ev-skipped = Passed over
ui-ev-missing = Missing evidence
ui-collect = How to collect this evidence (read-only commands for the customer's servers)
ui-collect-copy = Copy
ui-collect-copied = Copied
ui-collect-selected = Selected: press Ctrl+C
ui-collect-codebases-what = Package code bases (UNC or HTTP)
ui-collect-codebases-where = SQL Server Management Studio on the CMDB (Symantec_CMDB); save the result as CSV
ui-collect-dc-events-what = Lockouts and failed logons of the ACC
ui-collect-dc-events-where = Command prompt on the PDC emulator (and each DC), as an administrator
ui-collect-site-events-what = Failed logons on a site server (local ACC)
ui-collect-site-events-where = PowerShell on each site server, as an administrator
ui-collect-elastic-events-what = Lockouts and failed logons kept in Elastic (when the DC's Security log has rolled over)
ui-collect-elastic-events-where = Any machine that reaches Elasticsearch, with a read-only user (curl asks for its password; TokenReady never does). Adjust the index pattern and the time range
ui-collect-sentinel-events-what = Lockouts and failed logons kept in Microsoft Sentinel / Log Analytics
ui-collect-sentinel-events-where = Azure portal, the workspace's Logs blade (a Reader role is enough); run the query, then Export → CSV (all columns). Adjust the time range
ui-collect-splunk-events-what = Lockouts and failed logons kept in Splunk
ui-collect-splunk-events-where = Splunk Search & Reporting, as a user who may search the Windows index; run the search, then Export → JSON or CSV (raw events or all fields). Adjust the index and the time range
ui-collect-ns-logs-what = Notification Server logs (with the archived ones)
ui-collect-ns-logs-where = Command prompt on the Notification Server
ui-collect-agent-logs-what = Agent logs of site servers and a few agents
ui-collect-agent-logs-where = Command prompt on each site server

# Package locations
ui-loc-review = Review
ui-loc-not-given = { $label }: not given — the verdict stays incomplete.
ui-loc-not-given-ds = { $label }: not given (Deployment Solution not used).
ui-loc-label = { $label }:{" "}
ui-loc-unc-acc = UNC: the ACC is required
ui-loc-ds = DS image store
ui-loc-counts = { $n } location(s): { $unc } UNC, { $http } HTTP(S), { $local } local, { $mapped } mapped drive, { $unknown } unknown. Authentication: { $token } token, { $acc } ACC, { $review } to review.
ui-loc-col-host = Host
ui-loc-col-share = Share
ui-loc-col-kind = Kind
ui-loc-col-auth = Agents authenticate with
ui-loc-col-locations = Locations
ui-loc-col-packages = Packages
ui-loc-col-location = Location
ui-loc-col-seen = Seen in
ui-loc-not-checked = not checked
ui-loc-configured = Configured locations
ui-loc-hosts = Hosts and shares
ui-loc-to-review = To review ({ $n })
ui-loc-all = All locations
ui-loc-checking = Checking…
ui-loc-check = Check { $n } UNC host(s) on TCP 445
ui-loc-consent = Check whether UNC hosts answer on TCP 445. This connects to the customer's network from this laptop.
ui-loc-filter = Filter by host, share, path or package
ui-loc-filter-label = Filter locations
ui-loc-shown = { $n } of { $total } shown
ui-loc-seen = { $n } file(s)
ui-loc-seen-first = { $n } file(s), first { $file }

# Logs and events
ui-logs-security = Security events
ui-logs-account = Account: { $account } — { $ids }
ui-logs-all-accounts = all accounts
ui-logs-col-source = Source
ui-logs-col-addresses = Addresses
ui-logs-col-lockouts = Lockouts (4740 caller)
ui-logs-col-failures = Failed logons
ui-logs-col-first = First
ui-logs-col-last = Last
ui-logs-col-retry = Retry pattern
ui-logs-none = No lockout or failed logon was found for this account.
ui-logs-per-hour = Lockouts and failures per hour
ui-logs-causes = Root causes
ui-logs-cause = { $title } — { $n } event(s)
ui-logs-from = From: { $sources }
ui-logs-fix = Fix:
ui-logs-verify = Verify:
ui-logs-signals = NS and agent log signals
ui-logs-col-signal = Signal
ui-logs-col-count = Count
ui-logs-col-hosts = Hosts
ui-logs-col-records = Records
ui-logs-samples = { $n } sample(s)
ui-logs-no-signal = No signal was found in NS or agent logs.
ui-chart-title-hour = { $marked ->
    [yes] Lockouts and failed logons per hour, { $n } hour(s), the rollout marked
   *[no] Lockouts and failed logons per hour, { $n } hour(s)
  }
ui-chart-title-day = { $marked ->
    [yes] Lockouts and failed logons per day, { $n } day(s), the rollout marked
   *[no] Lockouts and failed logons per day, { $n } day(s)
  }
ui-chart-tip = { $at } UTC: { $lockouts } lockout(s), { $failures } failure(s)
ui-chart-tip-local = { $at } (local time, zone unknown): { $lockouts } lockout(s), { $failures } failure(s)
ui-chart-rollout = rollout
ui-chart-lockouts = lockouts (4740)
ui-chart-failures = failures
ui-chart-local-note = * local time, zone unknown; others UTC

# The follow-up (in Logs and events)
ui-fu-title = Before and after the rollout
ui-fu-rollout = Token rollout at { $at }.
ui-fu-no-rollout = No rollout instant was given: counts are the baseline's and today's.
ui-fu-compared = Compared with the assessment of { $when } ({ $path }).
ui-fu-stale = The rollout instant or the baseline changed since this analysis: analyse the evidence again (step Evidence).
ui-fu-event-id = Event ID
ui-fu-before = Before
ui-fu-after = After
ui-fu-baseline = Baseline
ui-fu-now = Now
ui-fu-undated = { $n } event(s) without a readable time: neither before nor after.
ui-fu-caller = Lockout caller (4740)
ui-fu-no-lockout = No 4740 lockout of the account, before or after.
ui-fu-signal = NS and agent log signal
ui-fu-chart-hour = { $marked ->
    [yes] Lockouts and failures per hour, the rollout marked
   *[no] Lockouts and failures per hour
  }
ui-fu-chart-day = { $marked ->
    [yes] Lockouts and failures per day, the rollout marked
   *[no] Lockouts and failures per day
  }
ui-fu-coverage = What each domain controller's log covers
ui-fu-col-computer = Computer
ui-fu-col-evidence = Evidence
ui-fu-col-first = First record
ui-fu-col-last = Last record
ui-fu-col-reaches = Reaches past the rollout
ui-fu-yes = yes
ui-fu-no = no: nothing after the rollout is known
ui-fu-no-events = No Security events were read.
ui-fu-since = Since the baseline
ui-fu-added = Locations added
ui-fu-removed = Locations removed
ui-fu-resolved = Findings resolved
ui-fu-new = Findings new
ui-fu-open = Findings still open
ui-fu-none = none
ui-fu-no-host = (no host)

# What a step still needs (after "Missing:")
ui-need-customer = the customer's name
ui-need-consultant = the consultant's name
ui-need-date = the date
ui-need-version = the ITMS version
ui-need-account = the ACC account
ui-need-fallback = whether the ACC fallback is kept
ui-need-rollout-date = the date of the token rollout
ui-need-evidence = an evidence folder
ui-need-analysis = an analysis of the evidence
ui-need-analysis-step = an analysis of the evidence (step Evidence)
ui-need-results = results for { $ids }
ui-need-note = a note on why { $ids } differ(s) from the evidence

# Errors of the app's commands (English shows the command's own message)
ui-err-no-evidence = There is no evidence or no analysis yet. Choose the evidence and analyse it (step Evidence).
ui-err-cancelled = The analysis was cancelled. Nothing was changed; start it again when ready.
ui-err-busy = Another analysis or check is running. Wait for it to finish or cancel it first.
ui-err-io = A file could not be read or written: { $message }
ui-err-internal = Something went wrong inside TokenReady: { $message }
ui-err-bad-input = This answer cannot be used: { $message }
