# Der PDF-Bericht von TokenReady: der Rahmen um die Ergebnisse der Analyse (Deutsch).
# Begriffe wie in Microsofts deutscher Dokumentation (Ereignisanzeige, Sicherheitsprotokoll,
# Domänencontroller; 4740 „Ein Benutzerkonto wurde gesperrt.“), siehe ../TERMS.md.
# ACC, Notification Server, ITMS und die KB-Nummern bleiben wie im Original.

## Das Dokument

doc-header = TokenReady — { $customer } — Bereitschaft für die tokenbasierte Authentifizierung statt ACC
doc-no-customer = (Kunde nicht angegeben)
page-of = Seite { $page } von { $pages }
yes = ja
no = nein
none = keine
sev-critical = KRITISCH
sev-high = HOCH
sev-medium = MITTEL
sev-low = NIEDRIG
sev-info = INFO
field = { $label }: { $value }

## Deckblatt

cover-title = Vom ACC zur tokenbasierten Authentifizierung
cover-subtitle = Bereitschaftsanalyse für Symantec IT Management Suite (KB 431190)
cover-customer = Kunde
cover-consultant = Berater
cover-date = Datum
cover-scope = Umfang
verdict-not-supported = Nicht bereit: Diese Version bietet keine tokenbasierte Authentifizierung.
verdict-critical = Noch nicht bereit: Die kritischen Befunde müssen vor dem Token-Rollout behoben werden.
verdict-acc-kept = Bereit für Token; das ACC bleibt für UNC-Speicherorte erforderlich.
verdict-ready = Bereit für Token; das ACC kann nach der Validierung abgelöst werden.
cover-verdict = Ergebnis: { $verdict }
cover-figures = Kennzahlen
cover-fig-findings = Befunde: kritisch / hoch / gesamt
cover-fig-unc = UNC-Paketspeicherorte (sie erfordern das ACC) / alle Speicherorte
cover-fig-events = ACC-Kontosperrungen (4740) / fehlgeschlagene Anmeldungen (4625, 4771, 4776)
cover-fig-inputs = Gelesene Nachweise: Dateien / Probleme
cover-incomplete = Die Nachweise sind unvollständig: siehe „Was analysiert wurde“. Das Ergebnis kann sich ändern, sobald sie vorliegen.
cover-generated = Erstellt am { $when } mit { $tool } { $version }.

## Zusammenfassung

summary-title = Zusammenfassung für die Entscheider
col-question = Frage
col-answer = Antwort
summary-token = Tokenbasierte Authentifizierung verfügbar (ab 8.7.3)
summary-acc = ACC bleibt erforderlich (UNC in Verwendung)
summary-evidence = Nachweise vollständig
summary-findings = Befunde (kritisch / hoch / mittel / niedrig / Info)

## Was analysiert wurde

analysed-title = Was analysiert wurde
inputs-root = Nachweise aus { $root }; die Pfade unten sind relativ dazu angegeben.
analysed-totals = { $files ->
    [one] 1 Datei
   *[other] { $files } Dateien
  }, { $bytes } Byte, { $records ->
    [one] 1 Datensatz
   *[other] { $records } Datensätze
  } gelesen, { $errors ->
    [one] 1 Problem
   *[other] { $errors } Probleme
  }.
analysed-unreadable = { $errors ->
    [one] 1 Bereich oder Datensatz konnte nicht gelesen werden; er ist unten mit seiner Fundstelle aufgeführt.
   *[other] { $errors } Bereiche oder Datensätze konnten nicht gelesen werden; jeder ist unten mit seiner Fundstelle aufgeführt.
  }
col-file = Datei
col-kind = Art
col-records = Datensätze
col-errors = Fehler
col-sha256 = SHA-256
localized-title = Exporte in einer anderen Sprache
localized-structure = keine Sprachtabelle passte: nach Struktur gelesen (Spalte der Ereignis-ID, Positionen der englischen Vorlage)
localized-table = mit der { $tag }-Tabelle von TokenReady gelesen (Kopfzeile, Schlüsselwörter, Feldbezeichnungen der Meldung)
localized-no-dates = Datumsangaben nicht gelesen (siehe Probleme)
col-language = Sprache
col-how-read = Wie gelesen
problems-title = Probleme
col-where = Wo
col-what = Was
place-line = Zeile { $n }
place-record = Datensatz { $n }
place-offset = Offset { $n }
skipped-title = Übergangen
col-in-folders = In den Nachweisordnern
col-why-not-read = Warum nicht gelesen
missing-title = Was fehlte
col-evidence-item = Nachweis
col-why-matters = Warum er zählt
col-how-collect = Wie er erhoben wird

## Befunde

findings-title = Befunde
finding-heading = [{ $severity }] { $id } — { $title }
finding-accepted = Akzeptiertes Risiko: { $reason } — akzeptiert von { $name }, bis { $until }.
col-evidence = Nachweis
col-excerpt = Auszug
finding-remediation = Abhilfe: { $text }
finding-references = Quellen: { $refs }

## Wie sich die Agents authentifizieren werden

scenarios-title = Wie sich die Agents authentifizieren werden
scenarios-intro = KB 431190: HTTP/HTTPS-Paketspeicherorte verwenden die tokenbasierte Authentifizierung, UNC-Speicherorte das ACC; schlägt der Token fehl und ist der Fallback aktiviert, wird das ACC verwendet.
scenario-http = HTTP/HTTPS-Paketspeicherorte
scenario-unc = UNC-Paketspeicherorte
scenario-local = Lokale Pfade auf dem NS
scenario-mapped = Zugeordnete Laufwerke
scenario-unknown = Nicht erkannte Werte
scenario-token-failure = Token-Fehler bei aktiviertem Fallback
auth-token-based = Tokenbasierte Authentifizierung
auth-review-published = Prüfen (veröffentlichte Codebasen)
auth-review-share = Prüfen (kann eine Freigabe verbergen)
auth-review = Prüfen
auth-fallback-on = ACC (Fallback aktiviert)
auth-fallback-off = Keine: schlägt fehl (Fallback deaktiviert)
auth-fallback-unknown = ACC, wenn der Fallback aktiviert ist
col-scenario = Szenario
col-locations = Speicherorte
col-auth-used = Verwendete Authentifizierung

## ACC-Kontosperrungen

lockouts-title = ACC-Kontosperrungen
lockouts-intro = Konto: { $account }. Ereignisse, einmal je Computer und Datensatz gezählt: { $counts }.
lockouts-all-accounts = alle Konten
lockouts-matched = { $count ->
    [one] 1 Ereignis aus einem Export ohne Datensatz-IDs war dasselbe wie ein bereits gezähltes (abgeglichen nach Computer, Uhrzeit sekundengenau in UTC, Ereignis-ID, Konto und Aufrufer) und wurde einmal gezählt.
   *[other] { $count } Ereignisse aus Exporten ohne Datensatz-IDs waren dieselben wie bereits gezählte (abgeglichen nach Computer, Uhrzeit sekundengenau in UTC, Ereignis-ID, Konto und Aufrufer) und wurden einmal gezählt.
  }
lockouts-matched-first = Erstes: { $excerpt } ({ $file }).
col-source = Quelle
col-addresses = Adressen
col-lockouts = Sperrungen
col-failures = Fehlanmeldungen
col-retry = Wiederholungsmuster
chart-per-hour = Sperrungen (dunkel) und fehlgeschlagene Anmeldungen (hell) je Stunde
cause-heading = Ursache: { $title } ({ $count ->
    [one] 1 Ereignis
   *[other] { $count } Ereignisse
  })
cause-from = Von: { $sources }
cause-fix = Behebung: { $text }
cause-verify = Prüfung: { $text }

## Plan, Checkliste, Anhang

plan-title = Stufenplan (KB 431190)
plan-met = [erfüllt]
plan-not-met = [nicht erfüllt]
plan-ready = bereit
plan-not-yet = noch nicht
col-phase = Phase
col-todo = Was
col-entry = Eingangsbedingungen, an diesen Nachweisen geprüft
checklist-title = Validierungscheckliste
check-by-evidence = Durch die Nachweise entschieden
check-agrees = Laut Nachweisen (das Ergebnis des Beraters stimmt überein)
check-overridden = Laut Nachweisen (vom Ergebnis des Beraters übersteuert)
check-notes = Notizen: { $notes }
col-test = Test
col-expected = Erwartetes Ergebnis
col-status = Status
col-checked-by = Geprüft von
col-date = Datum
approval = Genehmigt durch das Change Advisory Board:
sign-name = Name
sign-signature = Unterschrift
sign-date = Datum
accepted-title = Akzeptierte Risiken
col-finding = Befund
col-reason = Begründung
col-accepted-by = Akzeptiert von
col-until = Bis
status-pending = offen
status-pass = bestanden
status-fail = nicht bestanden
status-na = entfällt
appendix-title = Anhang: Paketspeicherorte
auth-acc = ACC
auth-token = Token
col-location = Speicherort
col-auth = Auth.
col-packages = Pakete
col-seen-in = Gefunden in
references-title = Quellen
references-list = KB 431190 (tokenbasierte Authentifizierung und ACC-Fallback), KB 150951 (Standortserver und lokale ACC-Konten), KB 157377 (Sperrung der Application Identity), KB 181098 (Wiederholungslogik der Agent-Downloads), KB 179608 (UNC-Codebasen deaktivieren), KB 180568 (Paket-Codebasen), KB 194234 (das ACC konfigurieren).

## Die Nachkontrolle

followup-title = Vor und nach dem Rollout
followup-rollout = Die tokenbasierte Authentifizierung wurde am { $when } aktiviert.
followup-no-rollout = Kein Rollout-Zeitpunkt angegeben.
followup-baseline = Verglichen mit der Ausgangsanalyse vom { $when } ({ $path }, SHA-256 { $sha }).
event-id = Ereignis-ID { $id }
col-events-account = Sicherheitsereignisse des Kontos
col-before = Vorher
col-after = Nachher
col-caller = Aufrufender Computer (4740)
col-signal = Signal in NS- und Agent-Protokollen
coverage-title = Was die Sicherheitsprotokolle abdecken
col-computer = Computer
col-first = Erster Datensatz
col-last = Letzter Datensatz
col-reaches = Reicht über den Rollout hinaus
coverage-no = nein: über die Zeit nach dem Rollout ist nichts bekannt
since-title = Seit der Ausgangsanalyse
since-added = Hinzugekommene Speicherorte: { $list }.
since-removed = Entfernte Speicherorte: { $list }.
since-resolved = Behobene Befunde: { $list }.
since-new = Neue Befunde: { $list }.
since-open = Weiterhin offen: { $list }.
chart-followup-hour = Sperrungen (dunkel) und fehlgeschlagene Anmeldungen (hell) je Stunde; » markiert den Rollout
chart-followup-day = Sperrungen (dunkel) und fehlgeschlagene Anmeldungen (hell) je Tag; » markiert den Rollout
