//! Event Viewer exports from localized Windows (issue 17). Every label, keyword, header and
//! date pattern comes from the language tables in `src/events/locale/` (each entry cited there,
//! from `../shared/reference/localized-events.md`). Where a language has no sourced string, the
//! fixtures use obviously synthetic ones (`L7:`, `H1`, `K`) so that only structure can read them.
//!
//! The same events are written as EVTX (a shared sample), as XML and as a CSV in every
//! language, and the reports must agree on counts, sources and hours.

mod common;

use common::*;
use tokenready_engine::events::locale::{Locale, LOCALES};
use tokenready_engine::model::InputKind;

/// How one language's CSV is written.
struct Lang {
    tag: &'static str,
    /// The header row, or synthetic names where none is sourced.
    header: &'static str,
    /// The keyword of a failure audit, or a synthetic one.
    keyword: &'static str,
    /// chrono format of the language's date pattern (from its table).
    date: &'static str,
    /// French puts a space before the colon (§0.3).
    space_before_colon: bool,
}

const LANGS: &[Lang] = &[
    // §1.4: the real non-Security header with the real Keywords label (the Security header
    // itself is inferred); the keyword is R- (#20079).
    Lang {
        tag: "de-DE",
        header: "Schlüsselwörter,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie",
        keyword: "Überwachung fehlgeschlagen",
        date: "%d.%m.%Y %H:%M:%S",
        space_before_colon: false,
    },
    // §2.4: column words D/S/I, the keyword R-.
    Lang {
        tag: "fr-FR",
        header: "Mots clés,Date et heure,Source,ID de l’événement,Catégorie de la tâche",
        keyword: "Échec de l’audit",
        date: "%d/%m/%Y %H:%M:%S",
        space_before_colon: true,
    },
    Lang {
        tag: "es-ES",
        header: "H1,H2,H3,H4,H5",
        keyword: "K",
        date: "%d/%m/%Y %-H:%M:%S",
        space_before_colon: false,
    },
    Lang {
        tag: "ja-JP",
        header: "H1,H2,H3,H4,H5",
        keyword: "失敗の監査",
        date: "%Y/%m/%d %-H:%M:%S",
        space_before_colon: false,
    },
    Lang {
        tag: "it-IT",
        header: "H1,H2,H3,H4,H5",
        keyword: "K",
        date: "%d/%m/%Y %H:%M:%S",
        space_before_colon: false,
    },
    Lang {
        tag: "pt-BR",
        header: "H1,H2,H3,H4,H5",
        keyword: "K",
        date: "%-d/%-m/%Y %H:%M:%S",
        space_before_colon: false,
    },
    Lang {
        tag: "nl-NL",
        header: "H1,H2,H3,H4,H5",
        keyword: "K",
        date: "%-d-%-m-%Y %H:%M:%S",
        space_before_colon: false,
    },
];

fn table(tag: &str) -> &'static Locale {
    LOCALES.iter().find(|l| l.tag == tag).unwrap()
}

/// The language's label for an English one (its first sourced form), or a synthetic `L<n>`.
fn label(l: &Locale, en: &str, n: usize) -> String {
    l.labels
        .iter()
        .find(|(e, _)| *e == en)
        .map(|(_, t)| t.text.to_string())
        .unwrap_or_else(|| format!("L{n}"))
}

/// The rendered message of one event, with the template's tabs and CRLFs (§0.4).
fn message(lang: &Lang, l: &Locale, ev: &Ev) -> String {
    let template = if ev.id == 4740 { T4740 } else { T4625 };
    let title = l
        .titles
        .iter()
        .find(|(id, _)| *id == ev.id)
        .map(|(_, t)| t.text.to_string())
        .unwrap_or_else(|| format!("T{}", ev.id));
    let colon = if lang.space_before_colon { " :" } else { ":" };
    let mut m = format!("{title}\r\n");
    for (n, (en, data)) in template.iter().enumerate() {
        let name = label(l, en, n);
        if data.is_empty() {
            m.push_str(&format!("\r\n{name}{colon}\r\n"));
        } else if *en == "Logon Type" {
            m.push_str(&format!(
                "\r\n{name}{colon}\t\t\t{}\r\n",
                ev.data.get(*data).map(String::as_str).unwrap_or("-")
            ));
        } else {
            m.push_str(&format!(
                "\t{name}{colon}\t\t{}\r\n",
                ev.data.get(*data).map(String::as_str).unwrap_or("-")
            ));
        }
    }
    m.push_str("\r\n");
    m
}

fn csv_of(lang: &Lang, events: &[Ev]) -> String {
    let l = table(lang.tag);
    let mut s = format!("{}\r\n", lang.header);
    for ev in events {
        let t = chrono::NaiveDateTime::parse_from_str(&ev.time, "%Y-%m-%dT%H:%M:%S").unwrap();
        let msg = message(lang, l, ev).replace('"', "\"\"");
        s.push_str(&format!(
            "{},{},Microsoft-Windows-Security-Auditing,{},X,\"{msg}\"\r\n",
            lang.keyword,
            t.format(lang.date),
            ev.id
        ));
    }
    s
}

#[test]
fn the_same_events_as_evtx_xml_and_a_csv_in_every_language_give_the_same_picture() {
    let evtx = samples().join("mitre-ID4776-4625-AccountRestore_local_bruteforce.evtx");
    let from_sample = from_evtx(&evtx);
    assert_eq!(from_sample.len(), 16);
    let base = picture(&run_path(&evtx));
    let xml = picture(&run_files(&[(
        "sample.xml",
        xml_of(&from_sample).as_bytes(),
    )]));
    assert_eq!(xml, base, "EVTX and XML");
    // The demo's DC log: 4740 lockouts with their callers and 4625 failures.
    let from_demo = from_xml(&demo_xml());
    assert!(from_demo.iter().filter(|e| e.id == 4740).count() >= 3);
    let demo = xml_picture(&from_demo);
    assert!(!demo.1.is_empty(), "the demo's lockouts have callers");
    for lang in LANGS {
        for (what, events, expected) in [
            ("EVTX sample", &from_sample, &base),
            ("demo DC", &from_demo, &demo),
        ] {
            let body = csv_of(lang, events);
            let r = run_files(&[("security.csv", body.as_bytes())]);
            let input = &r.inputs[0];
            assert_eq!(input.kind, InputKind::EventCsv, "{} {what}", lang.tag);
            assert!(
                input.problems.is_empty(),
                "{} {what}: {:?}",
                lang.tag,
                input.problems
            );
            assert_eq!(
                &picture(&r),
                expected,
                "{} {what}: {:?}",
                lang.tag,
                input.note
            );
        }
    }
}

/// Dates where day and month could be swapped (3 April): each language's order is used, or,
/// for a language without a table, the order every sourced pattern with that separator has.
#[test]
fn ambiguous_dates_follow_the_language_or_the_separator() {
    let events: Vec<Ev> = from_xml(&demo_xml())
        .into_iter()
        .map(|mut e| {
            e.time = e.time.replace("2025-04-16", "2025-04-03");
            e
        })
        .collect();
    let expected = xml_picture(&events);
    assert!(expected.3[0].0.starts_with("2025-04-03"), "{expected:?}");
    for lang in LANGS {
        let r = run_files(&[("security.csv", csv_of(lang, &events).as_bytes())]);
        assert_eq!(
            picture(&r),
            expected,
            "{}: {:?}",
            lang.tag,
            r.inputs[0].note
        );
    }
}

/// Header variants: the non-Security logs' first column (`Ebene`, `Niveau`, §1.4/§2.4) and the
/// other spelling of the French event ID column (`ID d’événement`, §2.4) name the language too.
#[test]
fn header_variants_name_the_language() {
    let events: Vec<Ev> = from_xml(&demo_xml())
        .into_iter()
        .filter(|e| e.id == 4625)
        .collect();
    for (tag, header) in [
        (
            "de-DE",
            "Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie",
        ),
        (
            "fr-FR",
            "Niveau,Date et heure,Source,ID d’événement,Catégorie de la tâche",
        ),
        (
            "fr-FR",
            "Mots clés,Date et heure,Source,ID de l'événement,Catégorie de la tâche",
        ),
    ] {
        // Messages with synthetic labels (the it-IT fixture): only the header can tell.
        let synthetic = &LANGS[4];
        let body = csv_of(synthetic, &events).replacen(synthetic.header, header, 1);
        let r = run_files(&[("security.csv", body.as_bytes())]);
        assert_eq!(r.inputs[0].language.as_deref(), Some(tag), "{header}");
        assert_eq!(r.lockouts.events_by_id["4625"], events.len() as u64);
    }
}

/// "Save as Text (Tab delimited)": the same layout with tabs between the fields.
#[test]
fn tab_delimited_text_exports_read_like_the_csv() {
    let events = from_xml(&demo_xml());
    let expected = xml_picture(&events);
    for lang in &LANGS[..2] {
        let csv = csv_of(lang, &events);
        // Fields are separated by tabs; the quoted message keeps its own tabs.
        let mut text = String::new();
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(csv.as_bytes());
        let mut w = csv::WriterBuilder::new()
            .delimiter(b'\t')
            .flexible(true)
            .from_writer(vec![]);
        for r in rdr.records() {
            w.write_record(&r.unwrap()).unwrap();
        }
        text.push_str(std::str::from_utf8(&w.into_inner().unwrap()).unwrap());
        let r = run_files(&[("security.txt", text.as_bytes())]);
        assert_eq!(r.inputs[0].kind, InputKind::EventCsv, "{}", lang.tag);
        assert_eq!(
            picture(&r),
            expected,
            "{}: {:?}",
            lang.tag,
            r.inputs[0].note
        );
    }
}

#[test]
fn languages_with_a_table_are_named_and_the_rest_read_by_structure() {
    let events = from_xml(&demo_xml());
    for lang in LANGS {
        let r = run_files(&[("security.csv", csv_of(lang, &events).as_bytes())]);
        let notes = r.inputs[0].note.clone().unwrap_or_default();
        let has_labels = !table(lang.tag).labels.is_empty();
        if has_labels {
            assert!(notes.contains(lang.tag), "{}: {notes}", lang.tag);
        } else {
            assert!(notes.contains("read by structure"), "{}: {notes}", lang.tag);
        }
        assert!(
            notes.contains("dates read as day, month, year")
                || notes.contains("dates read as year, month, day"),
            "{}: {notes}",
            lang.tag
        );
    }
}

/// A German export as the issue describes it, with the real 4625 of §1.2 (collapsed spaces
/// and the double colon kept) and 4740 rows whose unsourced lines are synthetic.
#[test]
fn a_german_export_with_the_real_message_reads_its_labels() {
    let real_4625 = "Fehler beim Anmelden eines Kontos.\r\n\r\nAntragsteller:\r\n Sicherheits-ID: NULL SID\r\n Kontoname: -\r\n Kontodomäne: -\r\n Anmelde-ID: 0x0\r\n\r\nAnmeldetyp: 3\r\n\r\nKonto, für das die Anmeldung fehlgeschlagen ist:\r\n Sicherheits-ID: NULL SID\r\n Kontoname: svc_itms_acc\r\n Kontodomäne: CONTOSO\r\n\r\nFehlerinformationen:\r\n Fehlerursache: Bei der Anmeldung ist ein Fehler aufgetreten.\r\n Status: 0xC000006D\r\n Unterstatus:: 0xC000006A\r\n\r\nNetzwerkinformationen:\r\n Arbeitsstationsname: PS01\r\n Quellnetzwerkadresse: 10.20.1.11\r\n Quellport: -\r\n";
    let csv = format!(
        "Schlüsselwörter,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie\r\nÜberwachung fehlgeschlagen,16.04.2025 13:00:08,Microsoft-Windows-Security-Auditing,4625,,\"{real_4625}\"\r\n"
    );
    let r = run_files(&[("dc01-sicherheit.csv", csv.as_bytes())]);
    let input = &r.inputs[0];
    assert_eq!((input.kind, input.records), (InputKind::EventCsv, 1));
    assert!(input.problems.is_empty(), "{:?}", input.problems);
    let src = &r.lockout_analysis.sources;
    assert_eq!(src.len(), 1, "{src:?}");
    assert!(src[0].source.to_lowercase().contains("ps01"), "{src:?}");
    assert_eq!(r.lockout_analysis.timeline[0].hour, "2025-04-16T13:00");
}

/// French with both real spellings of §0.2 (`Objet :` and ASCII apostrophes) reads the same
/// as with `Sujet :` and `’`.
#[test]
fn french_apostrophes_and_subject_headings_vary() {
    let events: Vec<Ev> = from_xml(&demo_xml())
        .into_iter()
        .filter(|e| e.id == 4625)
        .collect();
    let fr = &LANGS[1];
    let typographic = csv_of(fr, &events);
    let ascii = typographic.replace('’', "'").replace("Sujet :", "Objet :");
    assert_ne!(ascii, typographic);
    let a = picture(&run_files(&[("a.csv", typographic.as_bytes())]));
    let b = picture(&run_files(&[("b.csv", ascii.as_bytes())]));
    assert_eq!(a, b);
    assert!(!a.2.is_empty());
}

#[test]
fn dates_that_cannot_be_read_are_a_problem_not_a_guess() {
    // Unknown language, synthetic labels, and dates that disagree on day and month order.
    let row = |d: &str| {
        format!("K,{d},Microsoft-Windows-Security-Auditing,4740,X,\"T\r\n\r\nL0:\r\n\tL1:\t\tS-1-5-18\r\n\tL2:\t\tDC01$\r\n\tL3:\t\tCONTOSO\r\n\tL4:\t\t0x3e7\r\n\r\nL5:\r\n\tL6:\t\tS-1-5-21-1\r\n\tL7:\t\tsvc_itms_acc\r\n\r\nL8:\r\n\tL9:\t\tPS01\"\r\n")
    };
    let csv = format!(
        "H1,H2,H3,H4,H5\r\n{}{}",
        row("13/04/2025 10:00:00"),
        row("04/13/2025 10:00:00")
    );
    let r = run_files(&[("x.csv", csv.as_bytes())]);
    let input = &r.inputs[0];
    assert_eq!(input.records, 2);
    assert_eq!(r.lockouts.sources[0].count, 2, "counted by structure");
    let p = input
        .problems
        .iter()
        .find(|p| p.message.contains("dates of this export could not be read"))
        .expect("a problem");
    assert!(p.message.contains("disagree"), "{}", p.message);
    assert!(r.lockout_analysis.timeline.is_empty());
}

#[test]
fn an_export_nothing_of_which_can_be_read_is_a_reported_problem_not_text() {
    // Five header names, six fields, numeric IDs and dates: an Event Viewer export by its
    // structure, but its messages have neither known labels nor the template's layout.
    let csv = "A,B,C,D,E\r\nK,16.04.2025 10:00:08,Microsoft-Windows-Security-Auditing,4740,X,\"nothing here\"\r\nK,16.04.2025 10:01:08,Microsoft-Windows-Security-Auditing,4625,X,\"Z: 1\"\r\n";
    let r = run_files(&[("dc01.csv", csv.as_bytes())]);
    let input = &r.inputs[0];
    assert_eq!(input.kind, InputKind::EventCsv);
    assert!(
        r.lockouts.events_by_id.values().all(|v| *v == 0),
        "{:?}",
        r.lockouts.events_by_id
    );
    let p = &input.problems[0];
    assert_eq!(p.place.line, Some(1));
    assert!(
        p.message.contains("EVTX") && p.message.contains("XML"),
        "{}",
        p.message
    );
    assert!(!r.verdict.evidence_complete);
    let missing = r
        .missing_evidence
        .iter()
        .find(|m| m.what.starts_with("Security events"))
        .expect("Security events listed as missing");
    assert!(missing.why.contains("dc01.csv"), "{}", missing.why);
}

#[test]
fn english_exports_and_other_five_column_tables_are_not_taken_for_localized_ones() {
    let en = "Keywords,Date and Time,Source,Event ID,Task Category\r\nAudit Failure,4/16/2025 10:00:08 AM,Microsoft-Windows-Security-Auditing,4740,User Account Management,\"A user account was locked out.\r\n\r\nAccount That Was Locked Out:\r\n\tAccount Name:\t\tsvc_itms_acc\r\n\r\nAdditional Information:\r\n\tCaller Computer Name:\tPS01\"\r\n";
    let r = run_files(&[("en.csv", en.as_bytes())]);
    assert_eq!(r.inputs[0].kind, InputKind::EventCsv);
    assert_eq!(r.inputs[0].records, 1);
    assert!(r.inputs[0].problems.is_empty());
    // A five-column table that is not an event export stays what it is.
    let table = "Name,Version,Vendor,Size,Notes\r\n7-Zip,24.08,Igor Pavlov,1520,ok,extra\r\n";
    let r = run_files(&[("inventory.csv", table.as_bytes())]);
    assert_ne!(r.inputs[0].kind, InputKind::EventCsv);
    // Nor a package table whose rows run one field over, with a URL where the date would be.
    let packages = "PackageId,URL,Source,Snapshot,Note\r\n053effa6-130e-45b5-b959-100f9a499f8b,http://ps01.contoso.local:80/Altiris/PS/Share/x/20250416,ps01,1000,a,b\r\n";
    let r = run_files(&[("packages.csv", packages.as_bytes())]);
    assert_ne!(r.inputs[0].kind, InputKind::EventCsv);
}
