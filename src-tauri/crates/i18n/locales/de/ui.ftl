# Die Oberfläche der App (ui/src/i18n.ts liest diese Datei beim Bauen), Deutsch.
# Schritte, ihre Hilfezeilen und die Sprachwahl; die übrigen Bildschirme folgen.

ui-step-engagement = Auftrag
ui-step-environment = Umgebung
ui-step-evidence = Nachweise
ui-step-locations = Paketspeicherorte
ui-step-logs = Logs und Ereignisse
ui-step-findings = Befunde
ui-step-plan = Plan
ui-step-validation = Validierung
ui-step-report = Bericht
ui-help-engagement = Für wen die Analyse ist und wer sie durchführt. Das steht auf dem Deckblatt des Berichts.
ui-help-environment = Der Standort, wie er konfiguriert ist. Die tokenbasierte Authentifizierung braucht ITMS 8.7.3 oder neuer; eine Software Library oder Images der Deployment Solution auf UNC halten das ACC erforderlich (KB 431190).
ui-help-evidence = Den Ordner (oder die ZIP-Datei) mit dem wählen, was von den Servern des Kunden exportiert wurde. Die Art jeder Datei wird an ihrem Inhalt erkannt.
ui-help-locations = Jeder gefundene Paketspeicherort, wie sich Agents dort authentifizieren werden und wo er gesehen wurde.
ui-help-logs = ACC-Kontosperrungen und fehlgeschlagene Anmeldungen aus den Sicherheitsereignissen und die Signale aus NS- und Agent-Logs. Bei einer Nachkontrolle: was vor und nach dem Rollout geschah.
ui-help-findings = Was die Nachweise zeigen, die schwersten zuerst, jeweils mit Nachweisen und Abhilfe.
ui-help-plan = Der Stufenplan der Migration aus KB 431190; die Eintrittsbedingungen jeder Phase sind an diesen Nachweisen geprüft.
ui-help-validation = Die Tests, die das Change Advisory Board nach dem Rollout abzeichnet. Wo die Nachweise einen Test entscheiden, stehen Ergebnis und Begründung da; Ihr eigenes Ergebnis geht vor, mit einer Notiz.
ui-help-report = Den Bericht exportieren: PDF für das Change Advisory Board, CSV-Tabellen für Aufgabenlisten, JSON für Werkzeuge. Dateien werden ganz oder gar nicht geschrieben.
ui-language = Sprache der App und des Berichts
ui-language-help = Die Schritte der App, das PDF, die CSV-Zellen und die Texte im JSON erscheinen in dieser Sprache; IDs, CSV-Spaltennamen und KB-Nummern bleiben gleich. Wird in der Analysedatei gespeichert.

# Der Rahmen um die Schritte
ui-new = Neu
ui-open = Öffnen…
ui-save = Speichern
ui-save-as = Speichern unter…
ui-back = Zurück
ui-next = Weiter
ui-step-complete = Dieser Schritt ist vollständig.
ui-complete = Vollständig
ui-missing = Es fehlt: { $what }
ui-file = Datei: { $path }
ui-not-saved = Noch nicht gespeichert (für die Wiederherstellung automatisch gesichert)
ui-recover = Wiederherstellen
ui-discard = Verwerfen

# Befunde
ui-sev-critical = kritisch
ui-sev-high = hoch
ui-sev-medium = mittel
ui-sev-low = niedrig
ui-sev-info = Info
ui-evidence-n = Nachweise ({ $n })
ui-remediation = Abhilfe:
ui-references = Quellen: { $list }
ui-accept-summary = Als Risiko akzeptieren…
ui-accepted = Akzeptiertes Risiko: { $reason } (von { $name }, bis { $expiry })
ui-accept-reason = Begründung
ui-accept-name = Akzeptiert von
ui-accept-until = Bis
ui-accept = Risiko akzeptieren
ui-accept-update = Aktualisieren
ui-accept-needs = Begründung, Name und Ablaufdatum sind nötig
ui-withdraw = Zurückziehen

# Auftrag
ui-customer = Kunde
ui-consultant = Berater
ui-date = Datum
ui-scope = Umfang
ui-scope-placeholder = z. B. NS smp01 und seine 2 Paketserver
ui-followup-of = Nachkontrolle zu…
ui-baseline-pick = Erste Analyse wählen…
ui-baseline-other = Eine andere wählen…
ui-baseline-clear = Keine Nachkontrolle
ui-baseline-none = Keine Nachkontrolle: Dies ist die erste Analyse des Standorts.
ui-baseline-help = Nach dem Rollout den JSON-Bericht oder die Analysedatei der ersten Analyse wählen: Der Bericht zeigt dann, welche Speicherorte und Befunde sich seitdem geändert haben. Den Rollout-Zeitpunkt unter Umgebung angeben.
ui-recent = Zuletzt verwendete Analysen
ui-recent-missing = (Datei nicht gefunden)

# Plan und Validierung
ui-verdict = Ergebnis
ui-phase-ready = { $title }: bereit
ui-phase-not-yet = { $title }: noch nicht
ui-status-pending = offen
ui-status-pass = bestanden
ui-status-fail = nicht bestanden
ui-status-not-applicable = nicht zutreffend
ui-as-evidence = wie die Nachweise: { $status }
ui-decided = Von den Nachweisen entschieden: { $status }.
ui-overridden = Die Nachweise ergaben { $status }; vom Berater überschrieben.
ui-window = {" "}Zeitraum: { $from } bis { $to }.
ui-records = Datensätze ({ $n })
ui-notes-placeholder = warum Ihr Ergebnis von den Nachweisen abweicht
ui-col-test = Test
ui-col-expected = Erwartetes Ergebnis
ui-col-status = Status
ui-col-notes = Notizen
ui-col-checked-by = Geprüft von
ui-col-date = Datum
ui-checklist-decided = { $n } von { $total } Test(s) von den Nachweisen entschieden; ein eigenes Ergebnis nur dort eintragen, wo Sie es besser wissen, mit einer Notiz.
ui-checklist-help = Was Sie hier eintragen, wird mit der Analyse gespeichert und in der Validierungscheckliste des Berichts neben dem Ergebnis der Nachweise gedruckt.

# Bericht
ui-sharing = Weitergabe außerhalb des Kunden
ui-redact-label = {" "}Geschwärzt exportieren: Host-, Domänen-, Konto-, Freigabe- und Paketnamen, Adressen, Nachweispfade und der Name des Kunden werden zu stabilen Pseudonymen. Zahlen, Regel-IDs, Ereignis-IDs und Statuscodes bleiben.
ui-redact-count = { $n } Kennung(en) werden ersetzt, zum Beispiel:
ui-redact-kind = Art
ui-redact-original = In den Nachweisen
ui-redact-pseudonym = Im geschwärzten Bericht
ui-redact-key = Der Schlüssel hinter den Pseudonymen steht nur in dieser Analysedatei, nie in einem Export: Dieselben Namen erhalten in jedem geschwärzten Export dieser Analyse dieselben Pseudonyme. Geschwärzte Dateien heißen …-redacted und ersetzen nie einen ungeschwärzten Export.
ui-report-engagement = Kunde: { $customer } · Berater: { $consultant } · Datum: { $date }
ui-report-summary = { $inputs } Eingabe(n), { $locations } Speicherort(e), { $findings } Befund(e), { $tests } Validierungstest(s). Analysiert am { $when } mit { $tool }.
ui-report-incomplete = Die Nachweise sind unvollständig: Der Bericht sagt das auf dem Deckblatt.
ui-export-pdf = PDF exportieren (A4)
ui-export-pdf-redacted = Geschwärztes PDF exportieren (A4)
ui-export-pdf-letter = PDF exportieren (Letter)
ui-export-csv = CSV-Tabellen exportieren
ui-export-json = JSON exportieren
ui-saved = Gespeichert: { $path }
ui-cli-hint = Derselbe Bericht entsteht auf der Kommandozeile: { $command }
