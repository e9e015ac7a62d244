//! Event Viewer exports from localized Windows (issue 17). Until their labels and dates are
//! read, an export in another language is recognised by its structure and reported, never
//! read as plain text with a silent zero. The strings come from
//! `../shared/reference/localized-events.md`, each tagged there with how sure its source is.

use std::sync::atomic::AtomicBool;

use tokenready_engine::assess;
use tokenready_engine::model::{AssessRequest, InputKind, Parameters};

/// A German Security-log CSV as the issue describes it. Header: §1.4 (the Security header is
/// inferred [I] from the real non-Security header `Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,
/// Aufgabenkategorie` [R] with the real Keywords label `Schlüsselwörter` [R]); keyword
/// `Überwachung fehlgeschlagen` [R-]; dates `dd.MM.yyyy HH:mm:ss` [R]; the 4625 message's
/// labels §1.2 [R-]; 4740 rows use only the real 4625 labels (no real German 4740 was found).
fn german_csv() -> String {
    let mut s =
        String::from("Schlüsselwörter,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie\r\n");
    for (i, id) in [4740, 4740, 4740, 4625].iter().enumerate() {
        s.push_str(&format!(
            "Überwachung fehlgeschlagen,16.04.2025 10:0{i}:08,Microsoft-Windows-Security-Auditing,{id},Kontoverwaltung,\"Fehler beim Anmelden eines Kontos.\r\n\r\nAntragsteller:\r\n\tSicherheits-ID:\t\tNULL SID\r\n\tKontoname:\t\tsvc_itms_acc\r\n\tKontodomäne:\t\tCONTOSO\r\n\r\nFehlerinformationen:\r\n\tStatus:\t\t\t0xC000006D\r\n\tUnterstatus::\t\t0xC000006A\"\r\n"
        ));
    }
    s
}

/// A French one: column words from §2.4 [D/I], keyword `Échec de l’audit` [R-], the 4625
/// message of §2.2 [R] (cut), dates `dd/MM/yyyy HH:mm:ss` [R in a message, I for the CSV].
fn french_csv() -> String {
    let mut s =
        String::from("Mots clés,Date et heure,Source,ID de l’événement,Catégorie de la tâche\r\n");
    s.push_str("Échec de l’audit,16/04/2025 10:00:08,Microsoft-Windows-Security-Auditing,4625,Ouverture de session,\"Échec d’ouverture de session d’un compte.\r\n\r\nSujet :\r\n\tID de sécurité :\t\tS-1-0-0\r\n\tNom du compte :\t\t-\"\r\n");
    s
}

fn run(name: &str, body: &str) -> tokenready_engine::model::Report {
    let dir = std::env::temp_dir().join(format!("tokenready-l10n-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), body).unwrap();
    let req = AssessRequest {
        evidence: vec![dir.display().to_string()],
        parameters: Parameters {
            account: Some(r"CONTOSO\svc_itms_acc".into()),
            ..Parameters::default()
        },
        engagement: Default::default(),
    };
    let r = assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    r
}

#[test]
fn a_localized_event_viewer_csv_is_a_reported_problem_not_text() {
    for (name, body, rows, relevant) in [
        ("dc01-sicherheit.csv", german_csv(), 4, 4),
        ("dc01-securite.csv", french_csv(), 1, 1),
    ] {
        let r = run(name, &body);
        let input = &r.inputs[0];
        assert_eq!(input.kind, InputKind::EventCsv, "{name}: {:?}", input.note);
        assert_eq!(input.records, 0, "{name}: nothing read as events");
        let p = &input.problems[0];
        assert_eq!(p.place.line, Some(1));
        assert!(
            p.message.contains("header in another language"),
            "{}",
            p.message
        );
        assert!(
            p.message.contains(&format!(
                "its {rows} row(s), {relevant} of them 4740/4625/4771/4776, were not counted"
            )),
            "{}",
            p.message
        );
        assert!(p.message.contains("EVTX") && p.message.contains("XML"));
        // Never a silent zero: the Security events stay missing, naming the file, and the
        // verdict is incomplete.
        assert!(!r.verdict.evidence_complete, "{name}");
        let missing = r
            .missing_evidence
            .iter()
            .find(|m| m.what.starts_with("Security events"))
            .expect("Security events listed as missing");
        assert!(
            missing.why.contains(name) && missing.why.contains("another language"),
            "{}",
            missing.why
        );
        assert!(r.findings.iter().any(|f| f.id == "TR-EVD-001"), "{name}");
    }
}

#[test]
fn english_exports_and_other_five_column_tables_are_not_taken_for_localized_ones() {
    let en = "Keywords,Date and Time,Source,Event ID,Task Category\r\nAudit Failure,4/16/2025 10:00:08 AM,Microsoft-Windows-Security-Auditing,4740,User Account Management,\"A user account was locked out.\r\n\r\nAccount That Was Locked Out:\r\n\tAccount Name:\t\tsvc_itms_acc\r\n\r\nAdditional Information:\r\n\tCaller Computer Name:\tPS01\"\r\n";
    let r = run("en.csv", en);
    assert_eq!(r.inputs[0].kind, InputKind::EventCsv);
    assert_eq!(r.inputs[0].records, 1);
    assert!(r.inputs[0].problems.is_empty());
    // A five-column table that is not an event export stays what it is.
    let table = "Name,Version,Vendor,Size,Notes\r\n7-Zip,24.08,Igor Pavlov,1520,ok,extra\r\n";
    let r = run("inventory.csv", table);
    assert_ne!(r.inputs[0].kind, InputKind::EventCsv);
    // Nor a package table whose rows run one field over, with a URL where the date would be.
    let packages = "PackageId,URL,Source,Snapshot,Note\r\n053effa6-130e-45b5-b959-100f9a499f8b,http://ps01.contoso.local:80/Altiris/PS/Share/x/20250416,ps01,1000,a,b\r\n";
    let r = run("packages.csv", packages);
    assert_ne!(r.inputs[0].kind, InputKind::EventCsv);
}
