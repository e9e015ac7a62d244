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
