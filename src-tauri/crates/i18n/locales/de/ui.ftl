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
ui-checklist-decided = { $n } von { $total ->
        [one] { $total } Test
       *[other] { $total } Tests
    } von den Nachweisen entschieden; ein eigenes Ergebnis nur dort eintragen, wo Sie es besser wissen, mit einer Notiz.
ui-checklist-help = Was Sie hier eintragen, wird mit der Analyse gespeichert und in der Validierungscheckliste des Berichts neben dem Ergebnis der Nachweise gedruckt.

# Bericht
ui-sharing = Weitergabe außerhalb des Kunden
ui-redact-label = {" "}Geschwärzt exportieren: Host-, Domänen-, Konto-, Freigabe- und Paketnamen, Adressen, Nachweispfade und der Name des Kunden werden zu stabilen Pseudonymen. Zahlen, Regel-IDs, Ereignis-IDs und Statuscodes bleiben.
ui-redact-count = { $n ->
        [one] { $n } Kennung
       *[other] { $n } Kennungen
    } werden ersetzt, zum Beispiel:
ui-redact-kind = Art
ui-redact-original = In den Nachweisen
ui-redact-pseudonym = Im geschwärzten Bericht
ui-redact-key = Der Schlüssel hinter den Pseudonymen steht nur in dieser Analysedatei, nie in einem Export: Dieselben Namen erhalten in jedem geschwärzten Export dieser Analyse dieselben Pseudonyme. Geschwärzte Dateien heißen …-redacted und ersetzen nie einen ungeschwärzten Export.
ui-report-engagement = Kunde: { $customer } · Berater: { $consultant } · Datum: { $date }
ui-report-summary = { $inputs ->
        [one] { $inputs } Eingabe
       *[other] { $inputs } Eingaben
    }, { $locations ->
        [one] { $locations } Speicherort
       *[other] { $locations } Speicherorte
    }, { $findings ->
        [one] { $findings } Befund
       *[other] { $findings } Befunde
    }, { $tests ->
        [one] { $tests } Validierungstest
       *[other] { $tests } Validierungstests
    }. Analysiert am { $when } mit { $tool }.
ui-report-incomplete = Die Nachweise sind unvollständig: Der Bericht sagt das auf dem Deckblatt.
ui-export-pdf = PDF exportieren (A4)
ui-export-pdf-redacted = Geschwärztes PDF exportieren (A4)
ui-export-pdf-letter = PDF exportieren (Letter)
ui-export-csv = CSV-Tabellen exportieren
ui-export-json = JSON exportieren
ui-saved = Gespeichert: { $path }
ui-cli-hint = Derselbe Bericht entsteht auf der Kommandozeile: { $command }

# Umgebung
ui-env-version = ITMS-Version
ui-env-version-help = „SMP Console > Help > About“. Die tokenbasierte Authentifizierung erfordert 8.7.3, 8.8 oder 8.8.1.
ui-env-account = ACC-Konto
ui-env-account-placeholder = CONTOSO\svc_acc oder ACC_User
ui-env-account-help = Nur der Name: TokenReady fragt nie nach einem Kennwort und speichert keines. Ein Domänenkonto wird von Standortservern nie entsperrt (KB 150951).
ui-env-fallback = „Keep ACC as fallback mechanism“
ui-env-fallback-on = Ein (empfohlen beim ersten Rollout)
ui-env-fallback-off = Aus
ui-env-fallback-help = Mit eingeschaltetem Fallback fällt jeder Token-Fehler auf das ACC zurück; nicht behobene Kontosperrungen kehren zurück (KB 431190).
ui-env-swl = Speicherort der Software Library
ui-env-swl-placeholder = \\smp01\SoftwareLibrary oder D:\SWL
ui-env-swl-help = „Settings > All Settings > Software > Software Library“. Auf UNC bleibt das ACC erforderlich.
ui-env-ds = Image-Speicher von Deployment Solution
ui-env-ds-placeholder = leer lassen, wenn DS nicht verwendet wird
ui-env-ds-help = „Settings > Deployment > Image Management“. Auf UNC bleibt das ACC erforderlich.
ui-env-csv-offset = Zeitzone der CSV-Exporte der Ereignisanzeige
ui-env-csv-offset-help = CSV-Exporte enthalten Ortszeiten ohne Zone. Geben Sie die UTC-Versatz des exportierenden Computers an, um sie auf der UTC-Zeitachse einzuordnen; ohne sie werden sie so gezeigt, wie sie geschrieben sind.
ui-env-rollout = Token-Rollout am
ui-env-rollout-date = Datum des Rollouts
ui-env-rollout-time = Uhrzeit des Rollouts
ui-env-rollout-zone = Zeitzone des Rollouts (UTC-Versatz)
ui-env-rollout-split = Ereignisse und Logeinträge werden am { $at } geteilt: vor und nach dem Rollout. Die Zone ist die UTC-Versatz, die an diesem Tag am Standort galt.
ui-env-rollout-help = Für eine erste Analyse leer lassen. Für eine Nachkontrolle: wann die tokenbasierte Authentifizierung eingeschaltet wurde; die Ereignisse werden dann in vorher und nachher geteilt.

# Nachweise
ui-ev-add = Ordner mit Nachweisen hinzufügen…
ui-ev-clear = Leeren
ui-ev-demo = Demo-Nachweise verwenden
ui-ev-demo-followup = Demo-Nachkontrolle verwenden
ui-ev-demo-followup-title = Der Demo-Standort nach dem Token-Rollout erneut erfasst, mit der ersten Analyse als Ausgangsbasis
ui-ev-analyse = Analysieren
ui-ev-cancel = Abbrechen
ui-ev-chosen = Gewählte Nachweise
ui-ev-none = Noch nichts gewählt.
ui-ev-drop = Oder Dateien, Ordner oder ZIP-Dateien irgendwo auf dieses Fenster ziehen: Jedes Element wird der Liste hinzugefügt.
ui-ev-progress = Datei { $done } von { $total } wird gelesen, { $bytes } von { $bytesTotal }
ui-ev-no-report = Noch keine Analyse. Unter Nachweise zuerst die Nachweise analysieren.
ui-ev-read = Was gelesen wurde
ui-ev-totals = { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }, { $bytes }, { $records ->
        [one] { $records } Datensatz
       *[other] { $records } Datensätze
    }, { $errors ->
        [one] { $errors } Problem
       *[other] { $errors } Probleme
    }: { $kinds }.
ui-ev-col-file = Datei
ui-ev-col-kind = Art
ui-ev-col-records = Datensätze
ui-ev-col-problems = Probleme
ui-ev-col-how = Wie sie gelesen wurde
ui-ev-read-in = gelesen in { $language }
ui-ev-read-structure = andere Sprache, an ihrer Struktur gelesen
ui-ev-line = Zeile { $n }
ui-ev-record = Datensatz { $n }
ui-ev-offset = Offset { $n }
ui-ev-problems = Probleme
ui-ev-skipped = Übergangen
ui-ev-missing = Fehlende Nachweise
ui-collect = So werden diese Nachweise erfasst (nur lesende Befehle für die Server des Kunden)
ui-collect-copy = Kopieren
ui-collect-copied = Kopiert
ui-collect-selected = Markiert: Strg+C drücken
ui-collect-codebases-what = Codebasen der Pakete (UNC oder HTTP)
ui-collect-codebases-where = SQL Server Management Studio auf der CMDB (Symantec_CMDB); das Ergebnis als CSV speichern
ui-collect-dc-events-what = Kontosperrungen und fehlgeschlagene Anmeldungen des ACC
ui-collect-dc-events-where = Eingabeaufforderung auf dem PDC-Emulator (und jedem Domänencontroller), als Administrator
ui-collect-site-events-what = Fehlgeschlagene Anmeldungen auf einem Standortserver (lokales ACC)
ui-collect-site-events-where = PowerShell auf jedem Standortserver, als Administrator
ui-collect-elastic-events-what = Kontosperrungen und fehlgeschlagene Anmeldungen in Elastic (wenn das Sicherheitsprotokoll des Domänencontrollers schon überschrieben ist)
ui-collect-elastic-events-where = Ein beliebiger Rechner, der Elasticsearch erreicht, mit einem nur lesenden Benutzer (curl fragt nach dessen Kennwort, TokenReady nie). Indexmuster und Zeitraum anpassen
ui-collect-sentinel-events-what = Kontosperrungen und fehlgeschlagene Anmeldungen in Microsoft Sentinel / Log Analytics
ui-collect-sentinel-events-where = Azure-Portal, im Arbeitsbereich unter „Logs“ (die Rolle „Reader“ genügt); die Abfrage ausführen, dann „Export → CSV (all columns)“. Den Zeitraum anpassen
ui-collect-splunk-events-what = Kontosperrungen und fehlgeschlagene Anmeldungen in Splunk
ui-collect-splunk-events-where = Splunk „Search & Reporting“, als Benutzer, der den Windows-Index durchsuchen darf; die Suche ausführen, dann „Export → JSON“ oder „CSV“ (Rohereignisse oder alle Felder). Index und Zeitraum anpassen
ui-collect-ns-logs-what = Logs des Notification Servers (mit den archivierten)
ui-collect-ns-logs-where = Eingabeaufforderung auf dem Notification Server
ui-collect-agent-logs-what = Agent-Logs der Standortserver und einiger Agents
ui-collect-agent-logs-where = Eingabeaufforderung auf jedem Standortserver

# Paketspeicherorte
ui-loc-review = Prüfen
ui-loc-not-given = { $label }: nicht angegeben — das Ergebnis bleibt unvollständig.
ui-loc-not-given-ds = { $label }: nicht angegeben (Deployment Solution wird nicht verwendet).
ui-loc-label = { $label }:{" "}
ui-loc-unc-acc = UNC: Das ACC ist erforderlich
ui-loc-ds = Image-Speicher von DS
ui-loc-counts = { $n ->
        [one] { $n } Speicherort
       *[other] { $n } Speicherorte
    }: { $unc } UNC, { $http } HTTP(S), { $local } lokal, { $mapped } zugeordnetes Laufwerk, { $unknown } unbekannt. Authentifizierung: { $token } Token, { $acc } ACC, { $review } zu prüfen.
ui-loc-col-host = Host
ui-loc-col-share = Freigabe
ui-loc-col-kind = Art
ui-loc-col-auth = Agents authentifizieren sich mit
ui-loc-col-locations = Speicherorte
ui-loc-col-packages = Pakete
ui-loc-col-location = Speicherort
ui-loc-col-seen = Gefunden in
ui-loc-not-checked = nicht geprüft
ui-loc-configured = Konfigurierte Speicherorte
ui-loc-hosts = Hosts und Freigaben
ui-loc-to-review = Zu prüfen ({ $n })
ui-loc-all = Alle Speicherorte
ui-loc-checking = Wird geprüft…
ui-loc-check = { $n ->
        [one] { $n } UNC-Host
       *[other] { $n } UNC-Hosts
    } auf TCP 445 prüfen
ui-loc-consent = Prüfen, ob die UNC-Hosts auf TCP 445 antworten. Dabei verbindet sich dieser Laptop mit dem Netzwerk des Kunden.
ui-loc-filter = Nach Host, Freigabe, Pfad oder Paket filtern
ui-loc-filter-label = Speicherorte filtern
ui-loc-shown = { $n } von { $total } angezeigt
ui-loc-seen = { $n ->
        [one] { $n } Datei
       *[other] { $n } Dateien
    }
ui-loc-seen-first = { $n ->
        [one] { $n } Datei
       *[other] { $n } Dateien
    }, zuerst { $file }

# Logs und Ereignisse
ui-logs-security = Sicherheitsereignisse
ui-logs-account = Konto: { $account } — { $ids }
ui-logs-all-accounts = alle Konten
ui-logs-col-source = Quelle
ui-logs-col-addresses = Adressen
ui-logs-col-lockouts = Sperrungen (Aufrufer in 4740)
ui-logs-col-failures = Fehlgeschlagene Anmeldungen
ui-logs-col-first = Erstes
ui-logs-col-last = Letztes
ui-logs-col-retry = Wiederholungsmuster
ui-logs-none = Für dieses Konto wurde keine Kontosperrung und keine fehlgeschlagene Anmeldung gefunden.
ui-logs-per-hour = Sperrungen und fehlgeschlagene Anmeldungen je Stunde
ui-logs-causes = Ursachen
ui-logs-cause = { $title } — { $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    }
ui-logs-from = Von: { $sources }
ui-logs-fix = Behebung:
ui-logs-verify = Prüfung:
ui-logs-signals = Signale in NS- und Agent-Logs
ui-logs-col-signal = Signal
ui-logs-col-count = Anzahl
ui-logs-col-hosts = Hosts
ui-logs-col-records = Datensätze
ui-logs-samples = { $n ->
        [one] { $n } Beispiel
       *[other] { $n } Beispiele
    }
ui-logs-no-signal = In den NS- und Agent-Logs wurde kein Signal gefunden.
ui-chart-title-hour = { $marked ->
    [yes] Sperrungen und fehlgeschlagene Anmeldungen je Stunde, { $n ->
        [one] { $n } Stunde
       *[other] { $n } Stunden
    }, der Rollout markiert
   *[no] Sperrungen und fehlgeschlagene Anmeldungen je Stunde, { $n ->
        [one] { $n } Stunde
       *[other] { $n } Stunden
    }
  }
ui-chart-title-day = { $marked ->
    [yes] Sperrungen und fehlgeschlagene Anmeldungen je Tag, { $n ->
        [one] { $n } Tag
       *[other] { $n } Tage
    }, der Rollout markiert
   *[no] Sperrungen und fehlgeschlagene Anmeldungen je Tag, { $n ->
        [one] { $n } Tag
       *[other] { $n } Tage
    }
  }
ui-chart-tip = { $at } UTC: { $lockouts ->
        [one] { $lockouts } Sperrung
       *[other] { $lockouts } Sperrungen
    }, { $failures ->
        [one] { $failures } fehlgeschlagene Anmeldung
       *[other] { $failures } fehlgeschlagene Anmeldungen
    }
ui-chart-tip-local = { $at } (Ortszeit, Zone unbekannt): { $lockouts ->
        [one] { $lockouts } Sperrung
       *[other] { $lockouts } Sperrungen
    }, { $failures ->
        [one] { $failures } fehlgeschlagene Anmeldung
       *[other] { $failures } fehlgeschlagene Anmeldungen
    }
ui-chart-rollout = Rollout
ui-chart-lockouts = Sperrungen (4740)
ui-chart-failures = Fehlanmeldungen
ui-chart-local-note = * Ortszeit, Zone unbekannt; alle anderen UTC

# Die Nachkontrolle (unter Logs und Ereignisse)
ui-fu-title = Vor und nach dem Rollout
ui-fu-rollout = Token-Rollout am { $at }.
ui-fu-no-rollout = Kein Rollout-Zeitpunkt angegeben: Die Zahlen sind die der Ausgangsanalyse und die von heute.
ui-fu-compared = Verglichen mit der Analyse vom { $when } ({ $path }).
ui-fu-stale = Der Rollout-Zeitpunkt oder die Ausgangsanalyse hat sich seit dieser Analyse geändert: Die Nachweise erneut analysieren (Schritt Nachweise).
ui-fu-event-id = Ereignis-ID
ui-fu-before = Vorher
ui-fu-after = Nachher
ui-fu-baseline = Ausgangsanalyse
ui-fu-now = Jetzt
ui-fu-undated = { $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    } ohne lesbare Uhrzeit: weder vorher noch nachher.
ui-fu-caller = Aufrufender Computer (4740)
ui-fu-no-lockout = Keine Kontosperrung (4740) des Kontos, weder vorher noch nachher.
ui-fu-signal = Signal in NS- und Agent-Logs
ui-fu-chart-hour = { $marked ->
    [yes] Sperrungen und fehlgeschlagene Anmeldungen je Stunde, der Rollout markiert
   *[no] Sperrungen und fehlgeschlagene Anmeldungen je Stunde
  }
ui-fu-chart-day = { $marked ->
    [yes] Sperrungen und fehlgeschlagene Anmeldungen je Tag, der Rollout markiert
   *[no] Sperrungen und fehlgeschlagene Anmeldungen je Tag
  }
ui-fu-coverage = Was das Sicherheitsprotokoll jedes Domänencontrollers abdeckt
ui-fu-col-computer = Computer
ui-fu-col-evidence = Nachweis
ui-fu-col-first = Erster Datensatz
ui-fu-col-last = Letzter Datensatz
ui-fu-col-reaches = Reicht über den Rollout hinaus
ui-fu-yes = ja
ui-fu-no = nein: über die Zeit nach dem Rollout ist nichts bekannt
ui-fu-no-events = Es wurden keine Sicherheitsereignisse gelesen.
ui-fu-since = Seit der Ausgangsanalyse
ui-fu-added = Hinzugekommene Speicherorte
ui-fu-removed = Entfernte Speicherorte
ui-fu-resolved = Behobene Befunde
ui-fu-new = Neue Befunde
ui-fu-open = Weiterhin offene Befunde
ui-fu-none = keine
ui-fu-no-host = (kein Host)

# Was einem Schritt noch fehlt (nach „Es fehlt:“)
ui-need-customer = der Name des Kunden
ui-need-consultant = der Name des Beraters
ui-need-date = das Datum
ui-need-version = die ITMS-Version
ui-need-account = das ACC-Konto
ui-need-fallback = ob das ACC-Fallback beibehalten wird
ui-need-rollout-date = das Datum des Token-Rollouts
ui-need-evidence = ein Ordner mit Nachweisen
ui-need-analysis = eine Analyse der Nachweise
ui-need-analysis-step = eine Analyse der Nachweise (Schritt Nachweise)
ui-need-results = Ergebnisse für { $ids }
ui-need-note = eine Notiz, warum { $ids } von den Nachweisen abweicht/abweichen

# Fehler der Befehle der App
ui-err-no-evidence = Es gibt noch keine Nachweise oder keine Analyse. Die Nachweise wählen und analysieren (Schritt Nachweise).
ui-err-cancelled = Die Analyse wurde abgebrochen. Nichts wurde geändert; sie kann jederzeit neu gestartet werden.
ui-err-busy = Eine andere Analyse oder Prüfung läuft. Warten, bis sie fertig ist, oder sie zuerst abbrechen.
ui-err-io = Eine Datei konnte nicht gelesen oder geschrieben werden: { $message }
ui-err-internal = In TokenReady ist ein Fehler aufgetreten: { $message }
ui-err-bad-input = Diese Angabe kann nicht verwendet werden: { $message }
