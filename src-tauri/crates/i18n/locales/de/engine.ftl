# Die Texte der Analyse (Regeln, Ursachen, fehlende Nachweise, Prüfliste, Plan, Ergebnis) auf
# Deutsch. Das Englische steht im Code neben der Logik (Tr::fill); hier nur die Übersetzungen,
# mit denselben Platzhaltern. Begriffe wie in Microsofts deutscher Dokumentation
# (Sicherheitsprotokoll, Domänencontroller, Kontosperrung, Anmeldung; 4740 „Ein Benutzerkonto
# wurde gesperrt.“), siehe ../TERMS.md. ACC, Notification Server, Site-Server, ITMS,
# Beschriftungen der englischen Konsole und die KB-Nummern bleiben wie im Original.

## Die Regeln

TR-VER-001-title = ITMS ist älter als 8.7.3: Die tokenbasierte Authentifizierung ist nicht verfügbar
TR-VER-001-rationale = Die tokenbasierte Authentifizierung wurde mit ITMS 8.7.3 eingeführt; dieser Standort läuft mit { $version }.
TR-VER-001-remediation = Notification Server, Site-Server und Agents auf ITMS 8.7.3 oder neuer (8.8, 8.8.1) aktualisieren, bevor der Token-Rollout geplant wird.
TR-UNC-001-title = UNC-Paketspeicherorte sind in Gebrauch: Das ACC muss konfiguriert bleiben
TR-UNC-001-rationale = { $n ->
        [one] Ein UNC-Speicherort
       *[other] { $n } UNC-Speicherorte
    } auf { $hosts ->
        [one] einem Host
       *[other] { $hosts } Hosts
    } { $n ->
        [one] wurde
       *[other] wurden
    } gefunden. Tokens unterstützen keine UNC-Codebasen; Agents authentifizieren sich an diesen Freigaben mit dem ACC.
TR-UNC-001-remediation = Das ACC konfiguriert lassen. Um es später abzulösen, diese Pakete auf HTTP/HTTPS-Codebasen umstellen (oder keine UNC-Codebasen mehr veröffentlichen, KB 179608) und die Analyse wiederholen.
TR-SWL-001-title = Die Software Library liegt auf einer UNC-Freigabe: Das ACC ist erforderlich
TR-SWL-001-rationale = Die Software Library ist unter { $path } konfiguriert. Eine Software Library auf UNC hält das ACC erforderlich.
TR-SWL-001-remediation = Das ACC mit Leseberechtigung (READ) auf der Freigabe der Software Library beibehalten oder die Library auf einen lokalen Pfad des Notification Servers verlegen.
TR-DSI-001-title = Images der Deployment Solution liegen auf UNC: Das ACC ist erforderlich
TR-DSI-001-rationale = DS-Images liegen unter { $path }. DS-Images auf UNC halten das ACC erforderlich.
TR-DSI-001-remediation = Das ACC für das Imaging beibehalten oder die Images an einem HTTP-Speicherort ablegen.
TR-LOC-001-title = Paketspeicherorte müssen von Hand geprüft werden
TR-LOC-001-rationale = { $n ->
        [one] Ein Speicherort ist ein verbundenes Laufwerk, ein lokaler Pfad auf dem NS oder ein nicht erkannter Wert
       *[other] { $n } Speicherorte sind verbundene Laufwerke, lokale Pfade auf dem NS oder nicht erkannte Werte
    }: Dahinter kann sich eine UNC-Freigabe verbergen.
TR-LOC-001-remediation = Für jeden Speicherort klären, worauf er verweist (Laufwerkszuordnung, veröffentlichte Codebasis-Typen), und die Antwort in der Analyse festhalten.
TR-LCK-001-title = ACC-Kontosperrungen sind nicht behoben: Das ACC-Fallback wird sie wiederholen
TR-LCK-001-rationale = { $lockouts ->
        [one] { $lockouts } Kontosperrung
       *[other] { $lockouts } Kontosperrungen
    } (4740) und { $failures ->
        [one] { $failures } fehlgeschlagene Anmeldung
       *[other] { $failures } fehlgeschlagene Anmeldungen
    } wurden gefunden{ $sources }.{ $causes } Mit „Keep ACC as fallback mechanism“ fällt jeder Token-Fehler auf das ACC zurück; solange die Ursache nicht behoben ist, wird das Konto erneut gesperrt.
TR-LCK-001-remediation = Die Ursache vor dem Rollout beheben: das ACC-Kennwort von Hand prüfen (abgelaufenes Kennwort), die Anmeldedaten auf jedem Site-Server neu eingeben (abweichendes Kennwort), die Altiris-Dienste auf den genannten Quellen neu starten (zwischengespeicherte alte Anmeldedaten) und das Wiederholungsmuster der Agents in den Logs prüfen (wiederholte Fehlversuche). Sicherstellen, dass für das Konto kein neues 4740 mehr auftritt.{ $fixes }
TR-LCK-002-title = ACC-Kontosperrungen oder fehlgeschlagene Anmeldungen wurden gefunden
TR-LCK-002-rationale = { $lockouts ->
        [one] { $lockouts } Kontosperrung
       *[other] { $lockouts } Kontosperrungen
    } (4740), { $failures ->
        [one] { $failures } fehlgeschlagene Anmeldung
       *[other] { $failures } fehlgeschlagene Anmeldungen
    } (4625/4771/4776) und { $log } Sperr- oder Anmeldefehler-Einträge in NS- und Agent-Logs{ $sources }.{ $causes }
TR-LCK-002-remediation = Die Ursache mit den genannten Quellen finden: ein abgelaufenes Kennwort, ein abweichendes Kennwort auf einem Site-Server, zwischengespeicherte alte Anmeldedaten oder Agents, die nach ihrem Download-Zeitplan erneut versuchen.{ $fixes }
TR-LCK-003-title = Die ACC-Kontosperrungen haben nach dem Token-Rollout aufgehört
TR-LCK-003-rationale = { $before ->
        [one] { $before } Kontosperrung
       *[other] { $before } Kontosperrungen
    } (4740) und fehlgeschlagene Anmeldungen des Kontos wurden gefunden, keine davon eine Sperrung nach dem Rollout ({ $rollout }), und keine fehlgeschlagene Anmeldung während eines vollen Wiederholungszyklus (KB 181098) vor dem Ende der Logs. Nach dem Rollout gelesene Logs: { $covered }.{ $uncovered }
TR-LCK-003-remediation = Die Domänencontroller weiter auf 4740 für das Konto überwachen, solange das ACC-Fallback eingeschaltet bleibt.{ $collect }
TR-FBK-001-title = Bereit, das ACC-Fallback abzuschalten (Phase 4)
TR-FBK-001-rationale = Seit dem Token-Rollout ({ $rollout }): keine Kontosperrung (4740) des ACC und keine fehlgeschlagene Anmeldung während eines vollen Wiederholungszyklus ({ $hours } Stunden, KB 181098) in den Sicherheitsprotokollen von { $covered }. Es wurde kein UNC-Paketspeicherort gefunden, die Software Library liegt unter { $library }, und keine DS-Images liegen auf UNC.{ $uncovered }
TR-FBK-001-remediation = Phase 4 von KB 431190: „Keep ACC as fallback mechanism“ abwählen und danach die Stabilität der Authentifizierung (NS-Logs, 4740 auf den Domänencontrollern) mindestens einen Wiederholungszyklus lang überwachen. Die Validierungscheckliste unterschreiben, bevor das ACC abgelöst wird.{ $collect }
TR-ACC-001-title = Das ACC ist ein Domänenkonto: Site-Server entsperren es nie
TR-ACC-001-rationale = Das ACC { $account } nennt eine Domäne. Site-Server legen nur lokale ACC-Konten an, erneuern und entsperren sie; ein gesperrtes Domänen-ACC bleibt gesperrt, bis jemand es entsperrt.
TR-ACC-001-remediation = Wo das Design es zulässt, ein lokales ACC verwenden (zum Beispiel ACC_User) und in den Global Site Server Settings „Re-enable the created local account if it has been locked out“ aktivieren.
TR-SRV-001-title = Site-Server brauchen nichts über die Voraussetzungen von 8.7.3 hinaus
TR-SRV-001-rationale = KB 431190: Für Site-Server gibt es keine besonderen Anforderungen über eine unterstützte ITMS-8.7.3-Infrastruktur (8.8, 8.8.1), die von 8.7.3 verlangte .NET-Version und die Verbindung zum SMP-Server hinaus.
TR-SRV-001-remediation = Die .NET-Voraussetzung auf jedem Site-Server als Teil der Upgrade-Prüfliste bestätigen.
TR-EVD-001-title = Nachweise fehlen: Das Ergebnis ist unvollständig
TR-EVD-001-rationale = Die Analyse konnte nicht prüfen: { $what }.
TR-EVD-001-remediation = Die fehlenden Nachweise erheben (siehe „Was fehlte“) und die Analyse wiederholen.
TR-EVD-002-title = Einige Nachweise konnten nicht gelesen werden
TR-EVD-002-rationale = { $files ->
        [one] Eine Eingabedatei hatte
       *[other] { $files } Eingabedateien hatten
    } { $errors ->
        [one] einen unlesbaren Datensatz oder Bereich
       *[other] { $errors } unlesbare Datensätze oder Bereiche
    }; die Schlüsse beruhen auf dem, was gelesen werden konnte.
TR-EVD-002-remediation = Jedes Problem und seine Stelle stehen in der Tabelle der Eingaben; beschädigte Dateien nach Möglichkeit neu exportieren.

## Bausteine der Sperr-Befunde

lockout-called-from = , aufgerufen von { $sources }
lockout-cause = {" "}Ursache: { $title } ({ $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    }{ $from }).
lockout-cause-from = , von { $sources }
lockout-fix = {" "}Für „{ $title }“: { $fix } Prüfen: { $verification }
lockout-uncovered = {" "}Nicht abgedeckt: Die Logs von { $computers } enden vor dem Rollout, dort ist über die Zeit danach nichts bekannt.
lockout-collect = {" "}Zur Sicherheit die Sicherheitsprotokolle von { $computers } aus der Zeit nach dem Rollout erheben.
lockout-after = {" "}Nach dem Rollout ({ $rollout }): { $lockouts ->
        [one] { $lockouts } Sperrung
       *[other] { $lockouts } Sperrungen
    } und { $failures ->
        [one] { $failures } fehlgeschlagene Anmeldung
       *[other] { $failures } fehlgeschlagene Anmeldungen
    }{ $logs }{ $last }; sie haben nicht aufgehört.{ $uncovered }
lockout-after-last = , die letzte am { $when }
lockout-after-logs = {" "}sowie { $n } ACC-Fehlereinträge in NS- und Agent-Logs
lockout-after-unknown = {" "}Aus der Zeit nach dem Rollout ({ $rollout }) wurde nichts gelesen: Ob sie weitergehen, ist nicht bekannt.{ $uncovered }

## Die Ursachen (Tabelle „Root Cause Fix“ in KB 431190)

cause-wrong-password-title = Falsches Kennwort: abweichendes Kennwort auf einem Site-Server oder zwischengespeicherte alte Anmeldedaten
cause-wrong-password-fix = Die ACC-Anmeldedaten auf jeder genannten Quelle neu eingeben (Global Settings und der Site-Server), dann dort die Altiris-Dienste neu starten, damit keine alten Anmeldedaten zwischengespeichert bleiben.
cause-wrong-password-verification = Anmeldedaten neu eingeben; nach dem Neustart tritt von diesen Quellen kein neues 4625 (0xC000006A), 4776 (0xC000006A) oder 4771 (0x18) auf.
cause-expired-password-title = Das ACC-Kennwort ist abgelaufen
cause-expired-password-fix = Ein neues Kennwort für das Konto setzen (oder eine für ein Dienstkonto geeignete Richtlinie ohne Ablauf) und es in den ACC-Einstellungen eintragen.
cause-expired-password-verification = Das Kennwort von Hand prüfen; es folgt kein 4625/4776 mit 0xC0000071 und kein 4771 mit 0x17.
cause-account-disabled-title = Das ACC-Konto ist deaktiviert
cause-account-disabled-fix = Das Konto aktivieren oder ein aktiviertes Konto als ACC konfigurieren.
cause-account-disabled-verification = Es folgt kein 4625/4776 mit 0xC0000072.
cause-account-expired-title = Das ACC-Konto ist abgelaufen
cause-account-expired-fix = Das Ablaufdatum des Kontos verlängern oder entfernen.
cause-account-expired-verification = Es folgt kein 4625/4776 mit 0xC0000193.
cause-account-revoked-title = Kerberos hat das Konto abgewiesen (0x12): deaktiviert, abgelaufen oder gesperrt
cause-account-revoked-fix = Den Zustand des Kontos im Active Directory prüfen; die Ursache der Sperrung beheben, bevor das Konto entsperrt wird.
cause-account-revoked-verification = Es folgt kein 4771 mit 0x12.
cause-retries-against-locked-account-title = Anmeldeversuche laufen weiter, während das Konto gesperrt ist
cause-retries-against-locked-account-fix = Das Konto erst entsperren, wenn die Ursache behoben ist: Die genannten Quellen legen weiter gespeicherte Anmeldedaten vor.
cause-retries-against-locked-account-verification = Die Logs auf ein Wiederholungsmuster prüfen; nach dem Entsperren kein 0xC0000234 mehr.
cause-unknown-user-title = Der Kontoname ist in der Domäne nicht bekannt
cause-unknown-user-fix = Den Kontonamen des ACC (Domäne und Benutzer) in den ACC-Einstellungen korrigieren.
cause-unknown-user-verification = Es folgt kein 4625/4776 mit 0xC0000064.
cause-password-must-change-title = Das ACC-Kennwort muss bei der nächsten Anmeldung geändert werden
cause-password-must-change-fix = Beim Dienstkonto die Option „User must change password at next logon“ abwählen und ein Kennwort setzen.
cause-password-must-change-verification = Es folgt kein 4625/4776 mit 0xC0000224.
cause-retry-storm-title = Agents versuchen es nach ihrem Download-Zeitplan mit veralteten Anmeldedaten erneut
cause-retry-storm-fix = Agents wiederholen Downloads nach 3, 6, 12, 24, 48, 96 und 120 Minuten, danach alle 2 Stunden (KB 181098), jedes Mal mit dem gespeicherten ACC: zuerst die Anmeldedaten korrigieren, dann auf den genannten Quellen die Richtlinien aktualisieren oder den Agent neu starten.
cause-retry-storm-verification = Die Logs auf das Wiederholungsmuster prüfen: Nach der Korrektur kommen von diesen Quellen keine weiteren Versuche.

## Fehlende Nachweise

need-version-what = ITMS-Version
need-version-why = die tokenbasierte Authentifizierung braucht ITMS 8.7.3 oder neuer
need-version-how = SMP Console > Help > About, oder `--itms-version`
need-codebases-what = Export der Paket-Codebasen
need-codebases-why = UNC-Paketspeicherorte entscheiden, ob das ACC bleiben muss
need-codebases-how = In der CMDB: SELECT c.PackageId, c.URL, c.Source, c.Snapshot FROM SWDPackageCodebase c; das Ergebnis als CSV speichern
need-library-what = Speicherort der Software Library
need-library-why = eine Software Library auf UNC hält das ACC erforderlich
need-library-how = Settings > All Settings > Software > Software Library; mit `--software-library` übergeben
need-events-what = Sicherheitsereignisse (4740, 4625, 4771, 4776)
need-events-why = Kontosperrungen und ihre Quellen entscheiden, ob das ACC-Fallback sicher ist
need-events-how = Auf dem PDC-Emulator und jedem Site-Server: wevtutil qe Security /q:"*[System[(EventID=4740 or EventID=4625 or EventID=4771 or EventID=4776)]]" /f:xml /e:Events > security-events.xml
need-events-unread = ; gefunden, aber nicht lesbar (CSV der Ereignisanzeige in einer anderen Sprache): { $files }
need-events-unread-how = Stattdessen als EVTX oder XML exportieren, das ist in jeder Sprache gleich. { $how }
need-logs-what = Logs von Notification Server und Agents
need-logs-why = a.log und agent.log zeigen fehlgeschlagene Anmeldungen und Sperrungen des ACC
need-logs-how = C:\ProgramData\Symantec\SMP\Logs (mit Archive) vom NS und C:\ProgramData\Symantec\Symantec Agent\Logs von den Site-Servern kopieren

## Die Validierungscheckliste (KB 431190)

CHK-01-test = Agent fordert Richtlinien an
CHK-01-expected = Keine Abfrage von Anmeldedaten
CHK-02-test = Paket-Download (HTTP)
CHK-02-expected = Erfolgreich
CHK-03-test = UNC-Download (falls zutreffend)
CHK-03-expected = Verwendet das ACC
CHK-04-test = Kein Ereignis 4740 für das ACC nach dem Rollout
CHK-04-expected = Keine Kontosperrung
CHK-05-test = ACC-Kennwort geprüft und auf jedem Site-Server neu eingegeben; Altiris-Dienste neu gestartet
CHK-05-expected = Kein 4625/4771/4776 für das ACC während eines vollen Wiederholungszyklus (2 Stunden)

## Die vier Phasen (KB 431190)

phase-assessment-title = Phase 1 — Analyse
phase-assessment-1 = Alle UNC-Paketspeicherorte ermitteln
phase-assessment-2 = Klären, ob DS-Images UNC verwenden
phase-assessment-3 = Die Ursache der ACC-Kontosperrungen prüfen
phase-root-cause-fix-title = Phase 2 — Ursachen beheben
phase-root-cause-fix-1 = Abgelaufenes ACC-Kennwort: das Kennwort von Hand prüfen
phase-root-cause-fix-2 = Abweichendes Kennwort auf einem Site-Server: die Anmeldedaten neu eingeben
phase-root-cause-fix-3 = Zwischengespeicherte alte Anmeldedaten: die Altiris-Dienste neu starten
phase-root-cause-fix-4 = Wiederholte Fehlversuche: die Logs auf das Wiederholungsmuster prüfen
phase-token-rollout-title = Phase 3 — Kontrollierter Token-Rollout
phase-token-rollout-1 = Die tokenbasierte Authentifizierung aktivieren
phase-token-rollout-2 = „Keep ACC as fallback mechanism“ zunächst ausgewählt lassen
phase-token-rollout-3 = NS-Logs und Sperrereignisse auf den Domänencontrollern überwachen
phase-token-rollout-4 = Paket-Downloads der Agents prüfen
phase-hardening-title = Phase 4 — Optionale Härtung
phase-hardening-1 = Das ACC-Fallback abschalten
phase-hardening-2 = Die Stabilität der Authentifizierung überwachen
cond-evidence = Alle nötigen Nachweise wurden ausgewertet
cond-no-lockouts = Keine unbehobenen ACC-Kontosperrungen oder fehlgeschlagenen Anmeldungen
cond-no-critical = Kein kritischer Befund offen
cond-version = ITMS 8.7.3 oder neuer
cond-phase2 = Eintrittsbedingungen von Phase 2 erfüllt
cond-no-unc = Kein UNC-Paketspeicherort
cond-library = Software Library nicht auf UNC
cond-no-ds = Keine DS-Images auf UNC
cond-validated = Validierungscheckliste bestanden
cond-quiet-after = Keine ACC-Kontosperrung nach dem Rollout und keine fehlgeschlagene Anmeldung während eines vollen Wiederholungszyklus (KB 181098)

## Das Ergebnis

verdict-token = Dieser Standort läuft mit einer Version mit tokenbasierter Authentifizierung (8.7.3 oder neuer).
verdict-old = Dieser Standort läuft mit einer Version vor ITMS 8.7.3: Die tokenbasierte Authentifizierung ist erst nach einem Upgrade verfügbar.
verdict-unknown-version = Die ITMS-Version ist nicht bekannt, daher konnte die Token-Unterstützung nicht bestätigt werden.
verdict-unc = { $n ->
        [one] Ein UNC-Paketspeicherort ist
       *[other] { $n } UNC-Paketspeicherorte sind
    } in Gebrauch, daher muss das ACC nach der Umstellung auf Token konfiguriert bleiben.
verdict-no-unc = Es wurde kein UNC-Paketspeicherort gefunden: Das ACC kann abgeschaltet werden, nachdem der Token-Rollout validiert ist (Phase 4), nie vorher.
verdict-lockouts = Es wurden ACC-Kontosperrungen gefunden ({ $n ->
        [one] { $n } Sperrereignis
       *[other] { $n } Sperrereignisse
    }); ihre Ursache muss zuerst behoben werden, sonst wiederholt das ACC-Fallback sie.
verdict-incomplete = Das Ergebnis ist unvollständig: Es fehlen { $what }.

## Quellen und Zeiten der Sperr-Analyse

note-csv-local = Die Zeiten aus CSV-Dateien der Ereignisanzeige sind Ortszeiten ohne Zone: Sie stehen hier wie geschrieben (mit dem UTC-Versatz des exportierenden Computers, --csv-time-offset auf der Kommandozeile, werden sie in UTC eingeordnet).
note-blank-caller = Ein 4740 hat einen leeren Aufrufercomputer: Die Quellen aus 4625, 4771 und 4776 stehen dafür ein.
note-no-caller = Kein 4740 nennt einen Aufrufercomputer: Die Quellen stammen aus 4625, 4771 und 4776.
note-ip-names = { $n ->
        [one] Eine IP-Adresse wird
       *[other] { $n } IP-Adressen werden
    } als der Host angezeigt, den ein anderes Ereignis für sie nennt.
retry-pattern = { $n } Versuche; Abstände von { $gaps } Minuten passen zum Download-Wiederholungsplan des Agents (KB 181098)

## Die Nachkontrolle nach dem Rollout

check-04-pass = Kein Ereignis 4740 für das Konto in den Sicherheitsereignissen vom Rollout ({ $rollout }) bis { $until }.
check-04-fail = { $n ->
        [one] { $n } Kontosperrung
       *[other] { $n } Kontosperrungen
    } (Ereignis 4740) des Kontos nach dem Rollout, die letzte am { $last }.
check-05-pass = Kein 4625/4771/4776 für das Konto vom Rollout ({ $rollout }) bis { $end }: mindestens ein voller Wiederholungszyklus ({ $hours } Stunden).
check-05-pass-after = { $n } Fehlschlag/Fehlschläge für das Konto nach dem Rollout, der letzte am { $last }; keiner in den { $minutes } Minuten danach (mindestens ein voller Wiederholungszyklus, { $hours } Stunden).
check-05-fail = { $n } Fehlschlag/Fehlschläge für das Konto nach dem Rollout, der letzte am { $last }, weniger als einen Wiederholungszyklus ({ $hours } Stunden) vor dem Ende der Logs ({ $end }): Die Fehlschläge haben nicht aufgehört.
check-05-pending = Kein Fehlschlag für das Konto nach dem Rollout, aber die gelesenen Logs decken nur { $minutes } Minuten danach ab; ein voller Wiederholungszyklus dauert { $hours } Stunden.
check-future = Der Rollout-Zeitpunkt { $rollout } liegt nach dieser Analyse: Aus der Zeit danach kann noch nichts gelesen worden sein.
check-no-events = Es wurden keine Sicherheitsereignisse gelesen: die Sicherheitsprotokolle der Domänencontroller aus der Zeit nach dem Rollout erheben.
check-none-after = Aus der Zeit nach dem Rollout ({ $rollout }) wurde kein Sicherheitsereignis gelesen: Die Logs von { $computers } enden davor.
check-scope = {" "}Nach dem Rollout gelesene Logs: { $computers }.
check-scope-uncovered = {" "}Nach dem Rollout nicht abgedeckt (dort ist nichts bekannt): { $computers }.
check-scope-any-account = {" "}Es wurde kein ACC-Konto angegeben: Jedes Konto wurde gezählt.
followup-note-no-rollout = Es wurde kein Rollout-Zeitpunkt angegeben: „vorher“ sind die Zahlen der Ausgangsanalyse, „nachher“ die von heute.
followup-note-zone = Manche Ereigniszeiten haben keine Zone (CSV der Ereignisanzeige ohne --csv-time-offset): Sie wurden mit dem Rollout-Zeitpunkt so verglichen, wie er geschrieben ist ({ $local }).
followup-note-undated = { $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    } des Kontos haben keine lesbare Zeit: weder vor noch nach dem Rollout gezählt.
followup-note-future = Der Rollout-Zeitpunkt { $rollout } liegt nach dieser Analyse: Jedes Ereignis liegt davor, über die Zeit nach dem Rollout lässt sich noch nichts sagen.
followup-note-early = Der Rollout-Zeitpunkt { $rollout } liegt vor dem frühesten gelesenen Sicherheitsereignis ({ $first }): Aus der Zeit vor dem Rollout wurde nichts zum Vergleich gelesen.
followup-note-uncovered = Sicherheitsprotokolle, die vor dem Rollout enden (über die Zeit danach ist dort nichts bekannt): { $computers }.

## Wie sich ein Agent an einem Speicherort authentifiziert

reason-unc = UNC-Codebasis: Tokens decken SMB nicht ab, daher authentifiziert sich der Agent mit dem ACC (KB 431190)
reason-http = HTTP/HTTPS-Codebasis: Der Agent verwendet die tokenbasierte Authentifizierung (KB 431190)
reason-local = Lokaler Pfad auf dem Notification Server: Agents erhalten die Codebasen, die der NS dafür veröffentlicht (HTTP, und UNC, sofern UNC-Codebasen nicht abgeschaltet sind, KB 179608); prüfen, welche veröffentlicht werden
reason-mapped = Verbundener Laufwerksbuchstabe: Dahinter kann sich eine Freigabe verbergen (ein getarnter UNC-Pfad); klären, worauf er verweist
reason-unknown = Kein erkennbarer Pfad und keine URL; prüfen
when-local = { $at } (Ortszeit, Zone unbekannt)


# How each input was recognised (sniff.rs), and its encoding
sniff-zip-archive-pk-signature = ZIP-Archiv (PK-Signatur)
sniff-evtx-file-header-elffile = EVTX-Dateikopf (ElfFile)
sniff-empty-file = leere Datei
sniff-binary-content-not-text = binärer Inhalt (kein Text)
sniff-agent-event-records = <event>-Einträge des Agents
sniff-notification-server-event-records = <event>-Einträge des Notification Servers
sniff-qradar-wincollect-windows-payloads = Windows-Payloads aus QRadar WinCollect
sniff-altiris-log-viewer-text-copy = Textkopie aus dem Altiris Log Viewer
sniff-windows-event-xml = Windows-Ereignis-XML
sniff-blank-text = leerer Text
sniff-event-viewer-csv-export = CSV-Export der Ereignisanzeige
sniff-powershell-get-winevent-csv-export = CSV-Export von PowerShell Get-WinEvent
sniff-event-viewer-csv-export-header-in-another-language = CSV-Export der Ereignisanzeige, Kopfzeile in einer anderen Sprache
sniff-package-location-table = Tabelle der Paketspeicherorte
sniff-table-with-package-locations = Tabelle mit Paketspeicherorten
sniff-plain-text = reiner Text
sniff-microsoft-sentinel-securityevent-csv-export = CSV-Export aus Microsoft Sentinel (SecurityEvent)
sniff-splunk-search-export-csv = Export einer Splunk-Suche (CSV)
sniff-graylog-winlogbeat-messages-csv = winlogbeat-Nachrichten aus Graylog (CSV)
sniff-elastic-winlogbeat-event-documents-json = Ereignisdokumente aus Elastic / winlogbeat (JSON)
sniff-splunk-search-export-json = Export einer Splunk-Suche (JSON)
sniff-powershell-get-winevent-convertto-json = PowerShell Get-WinEvent | ConvertTo-Json
sniff-graylog-winlogbeat-messages-json = winlogbeat-Nachrichten aus Graylog (JSON)
enc-utf8-bom = UTF-8 mit BOM
enc-utf8 = UTF-8
enc-utf16le = UTF-16LE
enc-utf16be = UTF-16BE
enc-windows-1252 = Windows-1252: kein gültiges UTF-8
enc-with-binary = { $encoding }, mit Binärdaten
sniff-with-encoding = { $why } ({ $encoding })

# How each input was read (the parsers' notes)
date-order-dmy = Tag, Monat, Jahr
date-order-mdy = Monat, Tag, Jahr
date-order-ymd = Jahr, Monat, Tag
dates-as-locale = { $order }, wie { $tag } sie schreibt ({ $pattern })
dates-by-separator = { $order }: Kein Datum in der Datei entscheidet es; jedes belegte Muster mit „{ $sep }“, das nicht mit dem Jahr beginnt, hat diese Reihenfolge ({ $tags })
dates-disagree = Die Daten widersprechen sich in der Reihenfolge von Tag und Monat ({ $dmy } nur mit dem Tag zuerst lesbar, { $mdy } nur mit dem Monat zuerst)
dates-shown = { $order }: Die Daten selbst zeigen es
dates-unknown = Kein Datum in der Datei unterscheidet Tag und Monat, und die Sprache ist nicht bekannt
note-dates-read = Daten gelesen als { $why }
note-derived-account = { $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    } erhielten das Konto oder den Aufrufer der 4740 aus Account / TargetAccount von Sentinel (Aufrufer-Computer\Benutzer bei 4740): TargetUserName / TargetDomainName waren nicht im Export
note-ecs = { $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    } hatten Felder nur unter ihren ECS-Namen (source.ip, source.domain, user.*): Die Security-Pipeline hatte sie umbenannt
note-elastic = Dokumente von Elastic (winlogbeat / Elastic Agent): Felder nach Namen gelesen, zuerst das rohe winlog.event_data, die ECS-Namen als Ersatz; die Zeiten sind UTC
note-event-viewer-csv = CSV der Ereignisanzeige: keine Spalten Computer oder EventRecordID, daher lassen sich Ereignisse aus zwei Exporten nicht abgleichen; die Zeiten sind Ortszeiten ohne Zone
note-first-line = {" "}(das erste in Zeile { $line })
note-first-none = {""}
note-first-record = {" "}(das erste ist Datensatz { $record })
note-from-text = { $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    } wurden aus dem angezeigten Meldungstext oder dem _raw-Text gelesen (englische Beschriftungen): Ihre Felder wurden nicht exportiert
note-localized-structure = CSV der Ereignisanzeige mit einer Kopfzeile in einer Sprache, für die TokenReady keine Tabelle hat ({ $header }): nach der Struktur gelesen (Spalte der Ereignis-ID, Anbieter, Meldungszeilen nach den Positionen der englischen Vorlage)
note-localized-table = CSV der Ereignisanzeige auf { $language } ({ $tag }): Kopfzeile, Schlüsselwörter und Beschriftungen der Meldungen aus der { $tag }-Tabelle von TokenReady
note-messages-read = { $n ->
        [one] { $n } Ereignismeldung
       *[other] { $n } Ereignismeldungen
    } gelesen: { $labels } nach den Beschriftungen der Sprache, { $positions } nach den Positionen der Vorlage
note-named-heading = { $family }: Felder nach Namen gelesen (zuerst die rohen EventData-Namen, die Namen des Produkts als Ersatz)
note-no-account = { $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    } ohne Kontonamen: Sie zählen nur, wenn kein --account angegeben ist{ $first }
note-no-caller-export = { $n ->
        [one] { $n } Kontosperrung
       *[other] { $n } Kontosperrungen
    } (4740) ohne aufrufenden Computer (TargetDomainName oder der Name, den das Produkt dafür verwendet, ist nicht im Export): Die Quelle der Sperrung ist für sie unbekannt{ $first }
note-no-computer = { $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    } ohne Computernamen: Sie lassen sich nicht mit denselben Ereignissen in einem anderen Export abgleichen{ $first }
note-no-header = keine Kopfzeile: Speicherorte am Inhalt erkannt
note-no-record = { $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    } ohne Datensatz-ID: Sie werden mit denselben Ereignissen in einem anderen Export nach Computer, Uhrzeit (sekundengenau, UTC), Ereignis-ID, Konto und Aufrufer abgeglichen
note-no-record-columns = keine Spalten Computer oder EventRecordID, daher lassen sich Ereignisse aus zwei Exporten nicht abgleichen; die Zeiten sind Ortszeiten ohne Zone
note-no-source = { $n ->
        [one] { $n } fehlgeschlagene Anmeldung
       *[other] { $n } fehlgeschlagene Anmeldungen
    } (4625/4771/4776) ohne Arbeitsstationsnamen und ohne Adresse: Woher sie kamen, ist unbekannt{ $first }
note-no-time = { $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    } ohne lesbare Uhrzeit: Zeitachse und Teilung am Rollout lassen sie aus{ $first }
note-no-time-column = keine Zeitspalte ({ $columns }): Zeitachse und Teilung am Rollout lassen diese Ereignisse aus
note-portal-times = { $column }: UTC, gelesen als { $order } ({ $why })
note-powershell-csv = PowerShell Export-Csv: EventData (Properties) ist nicht in diesem Export; die Felder wurden aus dem englischen Meldungstext gelesen. Stattdessen XML exportieren, um sie zu erhalten (ToXml() oder wevtutil /f:xml)
note-provider-from-channel = { $n ->
        [one] { $n } Ereignis
       *[other] { $n } Ereignisse
    } ohne Anbieterfeld: als { $provider } gezählt, der Überwachungsanbieter des Sicherheitsprotokolls
portal-month-first = kein Datum entscheidet es; Monat zuerst ist die en-US-Darstellung des Portals, wie in jedem echten Export
portal-shown = die Daten selbst zeigen es
language-de-DE = Deutsch
language-fr-FR = Französisch
language-es-ES = Spanisch
language-it-IT = Italienisch
language-pt-BR = Portugiesisch (Brasilien)
language-nl-NL = Niederländisch
language-ja-JP = Japanisch
note-separator = {"; "}
family-microsoft-sentinel-securityevent-export = SecurityEvent-Export aus Microsoft Sentinel
family-splunk-search-export = Export einer Splunk-Suche
family-graylog-winlogbeat-messages = winlogbeat-Nachrichten aus Graylog
family-powershell-get-winevent-convertto-json = PowerShell Get-WinEvent | ConvertTo-Json
# Excerpts TokenReady writes for an event
excerpt-4740 = 4740 { $user } gesperrt, Aufrufer { $caller }
excerpt-4740-at = { $at } 4740 { $user } gesperrt, Aufrufer { $caller }
excerpt-failed-at = { $at } { $id } { $user } fehlgeschlagen, von { $source }
excerpt-status = { $id } { $user } Status { $status }
excerpt-matched = { $id } { $user } am { $time } auf { $computer }: bereits gezählt aus { $first }

## Was beim Lesen einer Eingabe nicht gelesen werden konnte (die Probleme), und was in einem Ordner übergangen wurde

note-unreadable = konnte nicht gelesen werden
problem-binary-outside-records = { $n ->
    [one] { $n } Byte Binärdaten außerhalb jedes <event>-Eintrags (beschädigt?), das erste hier; übersprungen
   *[other] { $n } Bytes Binärdaten außerhalb jedes <event>-Eintrags (beschädigt?), das erste hier; übersprungen
}
problem-cannot-list = Ordner kann nicht aufgelistet werden: { $detail }
problem-cannot-open = kann nicht geöffnet werden: { $detail }
problem-cannot-open-file = Datei kann nicht geöffnet werden: { $detail }
problem-cannot-read-entry = Ein Eintrag des Ordners kann nicht gelesen werden: { $detail }
problem-dates-disagree = Die Datumsangaben in { $column } widersprechen sich in der Reihenfolge von Tag und Monat ({ $dmy } nur mit dem Tag zuerst lesbar, { $mdy } nur mit dem Monat zuerst): Die Ereignisse werden ohne Zeiten gezählt, die Zeitachse und die Trennung am Rollout lassen sie daher aus
problem-dates-unread = Die Datumsangaben dieses Exports konnten nicht gelesen werden: { $why }; seine Ereignisse werden ohne Zeiten gezählt, die Zeitachse und die Trennung am Rollout lassen sie daher aus. Exportieren Sie EVTX oder XML, deren Zeiten in jeder Sprache UTC sind
problem-dates-wrong-order = { $n ->
    [one] { $n } Ereignis hat ein Datum, das in der Reihenfolge { $order } kein Datum ist: Seine Zeit wurde nicht gelesen
   *[other] { $n } Ereignisse haben ein Datum, das in der Reihenfolge { $order } kein Datum ist: Ihre Zeiten wurden nicht gelesen
}
problem-doctype = DOCTYPE ignoriert: Entity-Deklarationen werden nie expandiert (ein Export aus wevtutil oder der Ereignisanzeige hat keine); Entity-Referenzen bleiben, wie sie geschrieben sind
problem-evtx-chunk = unlesbarer EVTX-Chunk: { $detail }
problem-evtx-no-record = Kein EVTX-Eintrag konnte gelesen werden: Der Dateikopf ist vorhanden, aber kein Chunk danach ist lesbar (beschädigte oder abgeschnittene Datei)
problem-evtx-record = unlesbarer EVTX-Eintrag oder -Chunk: { $detail }
problem-hash-read-error = Lesefehler beim Berechnen der Prüfsumme: { $detail }
problem-json-ends-early = Das JSON-Dokument endet vorzeitig (wurde der Export hier abgeschnitten?); übersprungen
problem-json-not-events = { $n ->
    [one] { $n } JSON-Dokument ist kein Windows-Ereignis (keine Ereignis-ID unter einem der Namen, die TokenReady liest: winlog.event_id, event.code, event_id, EventCode, Id): übersprungen
   *[other] { $n } JSON-Dokumente sind keine Windows-Ereignisse (keine Ereignis-ID unter einem der Namen, die TokenReady liest: winlog.event_id, event.code, event_id, EventCode, Id): übersprungen
}
problem-json-stops = Das JSON konnte ab hier nicht weitergelesen werden ({ $detail }); die Dokumente davor bleiben erhalten
problem-line-too-long = Zeile mit { $len } Bytes ist länger als die Grenze von { $mib } MiB; übersprungen
problem-line-too-long-bytes = Zeile mit { $len } Bytes ist länger als die Grenze von { $limit } Bytes; übersprungen
problem-lockouts-no-caller = { $n ->
    [one] { $n } Kontosperrung (4740) ohne Aufrufercomputer: Das Layout der Meldung ist nicht das der Vorlage, und die Bezeichnung dafür in dieser Sprache ist nicht bekannt, daher ist die Quelle dieser Kontosperrung unbekannt
   *[other] { $n } Kontosperrungen (4740) ohne Aufrufercomputer: Das Layout der Meldungen ist nicht das der Vorlage, und die Bezeichnung dafür in dieser Sprache ist nicht bekannt, daher ist die Quelle dieser Kontosperrungen unbekannt
}
problem-malformed-xml = fehlerhaftes XML: { $detail }
problem-member-too-large = Eine Datei im Archiv, die größer als { $mib } MiB ist, kann nicht innerhalb eines ZIP geöffnet werden; entpacken Sie sie und fügen Sie sie direkt hinzu
problem-messages-unread = { $n ->
    [one] { $n } Ereignismeldung passte weder zu einer bekannten Bezeichnung noch zum Layout der Vorlage: gezählt, ohne Konto oder Quelle
   *[other] { $n } Ereignismeldungen passten weder zu einer bekannten Bezeichnung noch zum Layout der Vorlage: gezählt, ohne Konto oder Quelle
}
problem-no-event-id = Zeile ohne numerische Ereignis-ID ({ $value })
problem-not-evtx = keine lesbare EVTX-Datei: { $detail }
problem-not-json = kein JSON-Dokument: { $detail }; übersprungen
problem-not-wincollect = { $n ->
    [one] { $n } Zeile ist keine Windows-Payload aus WinCollect (kein { $mark }): übersprungen
   *[other] { $n } Zeilen sind keine Windows-Payloads aus WinCollect (kein { $mark }): übersprungen
}
problem-read-error = Lesefehler: { $detail }
problem-record-not-terminated = Eintrag ist nicht abgeschlossen (kein </event> vor dem nächsten <event>); übersprungen
problem-record-too-large = Eintrag größer als { $mib } MiB; übersprungen
problem-record-too-large-unterminated = Eintrag größer als { $mib } MiB und nicht abgeschlossen; übersprungen
problem-record-too-large-unterminated-next = Eintrag größer als { $mib } MiB und nicht abgeschlossen (kein </event> vor dem nächsten <event>); übersprungen
problem-record-truncated = Die Datei endet innerhalb eines Eintrags (abgeschnitten: kein </event>); übersprungen
problem-rows-undated = { $n ->
    [one] { $n } Zeile hat kein lesbares Datum mit Uhrzeit (die erste: { $first })
   *[other] { $n } Zeilen haben kein lesbares Datum mit Uhrzeit (die erste: { $first })
}
problem-rows-without-time = { $n ->
    [one] { $n } Zeile hat keine lesbare Zeit
   *[other] { $n } Zeilen haben keine lesbare Zeit
}
problem-too-many-xml-errors = zu viele aufeinanderfolgende XML-Fehler; der Rest der Datei wurde übersprungen
problem-unknown-language = { $n ->
    [one] Ein CSV-Export der Ereignisanzeige mit Kopfzeile in einer anderen Sprache ({ $header }): Seine einzige Meldung zu 4740/4625/4771/4776 passte weder zu den Bezeichnungen einer bekannten Sprache noch zum Layout der englischen Vorlage, daher wurde sie nicht gezählt. Exportieren Sie das Sicherheitsprotokoll als EVTX (wevtutil epl Security security.evtx) oder XML (wevtutil qe Security /f:xml), die in jeder Sprache gleich sind
   *[other] Ein CSV-Export der Ereignisanzeige mit Kopfzeile in einer anderen Sprache ({ $header }): Keine seiner { $n } Meldungen zu 4740/4625/4771/4776 passte zu den Bezeichnungen einer bekannten Sprache oder zum Layout der englischen Vorlage, daher wurden sie nicht gezählt. Exportieren Sie das Sicherheitsprotokoll als EVTX (wevtutil epl Security security.evtx) oder XML (wevtutil qe Security /f:xml), die in jeder Sprache gleich sind
}
problem-unreadable-row = unlesbare Zeile: { $detail }
problem-viewer-before-date = Text vor der ersten „Date:“-Zeile; übersprungen
problem-wincollect-no-id = eine WinCollect-Payload ohne numerische EventID: übersprungen
problem-xml-truncated = Die Datei endet innerhalb eines <Event> (abgeschnitten); dieses Ereignis wird übersprungen
problem-zip-bomb = wird von { $kib } KiB auf { $mib } MiB entpackt, mehr als { $ratio }× (eine ZIP-Bombe?)
problem-zip-damaged = beschädigtes ZIP-Archiv ({ $detail }); die Dateien darin wurden bis zur Beschädigung aus ihren lokalen Headern gelesen, die Liste kann also unvollständig sein
problem-zip-expanded = { $name }: nicht gelesen: Aus den Archiven dieser Nachweisdatei wurden bereits mehr als { $gib } GiB entpackt
problem-zip-member = Datei { $member } im ZIP unlesbar: { $detail }
problem-zip-member-size = hat { $mib } MiB
problem-zip-member-stops = Datei { $member } im ZIP unlesbar: { $detail }; nichts danach wurde gelesen
problem-zip-partly-read = { $name }: { $why }; nur die ersten { $mib } MiB wurden gelesen
problem-zip-too-deep = { $name }: Archive, die tiefer als { $depth } Ebenen verschachtelt sind, werden nicht geöffnet
skipped-device = ein Gerät, keine Datei
skipped-fifo = eine benannte Pipe (FIFO), keine Datei: Das Lesen könnte endlos warten
skipped-link-broken = eine symbolische Verknüpfung, deren Ziel nicht geöffnet werden kann (eine Schleife, oder das Ziel existiert nicht mehr): { $detail }
skipped-link-to = eine symbolische Verknüpfung; ihr Ziel: { $what }
skipped-link-to-folder = eine symbolische Verknüpfung auf einen Ordner, nicht verfolgt (sie könnte eine Schleife bilden): Fügen Sie ihr Ziel als Nachweis hinzu, um es zu lesen
skipped-not-a-file = etwas, das keine Datei ist
skipped-not-regular = keine reguläre Datei
skipped-socket = ein Socket, keine Datei
