//! The catalogues are complete, consistent and used: every English message exists in every
//! language with the same variables, no language has a message English lacks, every message is
//! used by the code, every message the code asks for exists, and a translation is a translation.

use std::collections::BTreeMap;
use std::path::Path;

use super::*;

fn catalogue(lang: Language, area: &str) -> BTreeMap<String, Vec<String>> {
    let (_, _, src) = FILES
        .iter()
        .find(|(l, a, _)| *l == lang && *a == area)
        .unwrap_or_else(|| panic!("no {area}.ftl for {}", lang.as_str()));
    messages(src)
        .unwrap_or_else(|e| panic!("{}/{area}.ftl: {e}", lang.as_str()))
        .into_iter()
        .collect()
}

fn areas() -> Vec<&'static str> {
    let mut a: Vec<&str> = FILES
        .iter()
        .map(|(_, a, _)| *a)
        .filter(|a| !ENGLISH_IN_CODE.contains(a))
        .collect();
    a.sort();
    a.dedup();
    a
}

#[test]
fn every_catalogue_parses_without_junk() {
    for (lang, area, src) in FILES {
        if let Err((_, errors)) = fluent_syntax::parser::parse(*src) {
            let lines: Vec<String> = errors
                .iter()
                .map(|e| {
                    let line = src[..e.pos.start.min(src.len())].lines().count();
                    format!("line {line}: {:?}", e.kind)
                })
                .collect();
            panic!("{}/{area}.ftl does not parse: {lines:?}", lang.as_str());
        }
        let msgs = messages(src).unwrap();
        let mut ids: Vec<&String> = msgs.iter().map(|(id, _)| id).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(
            ids.len(),
            n,
            "{}/{area}.ftl defines an id twice",
            lang.as_str()
        );
    }
}

#[test]
fn every_language_has_every_message_with_its_placeholders() {
    for area in areas() {
        let en = catalogue(Language::En, area);
        assert!(en.len() > 15, "{area}: {} messages", en.len());
        for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
            let other = catalogue(lang, area);
            let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            assert!(
                missing.is_empty(),
                "{}/{area}.ftl lacks {missing:?}",
                lang.as_str()
            );
            let unknown: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(
                unknown.is_empty(),
                "{}/{area}.ftl has unknown {unknown:?}",
                lang.as_str()
            );
            for (id, vars) in &en {
                assert_eq!(
                    &other[id],
                    vars,
                    "{}/{area}.ftl {id}: placeholders differ from English",
                    lang.as_str()
                );
            }
        }
    }
}

/// Messages whose text is rightly the same in a language as in English (names, codes,
/// words both languages share).
const SAME_AS_ENGLISH: &[(&str, &[&str])] = &[
    (
        "de",
        &[
            "sev-info",
            "field",
            "col-sha256",
            "col-phase",
            "col-test",
            "col-status",
            "sign-name",
            "auth-acc",
            "auth-token",
            "finding-heading",
            "col-computer",
            "ui-step-plan",
            "ui-col-test",
            "ui-col-status",
            "ui-loc-label",
            "ui-loc-col-host",
            "ui-logs-col-signal",
            "ui-logs-col-hosts",
            "ui-fu-col-computer",
        ],
    ),
    (
        "fr",
        &[
            "sev-info",
            "col-sha256",
            "col-phase",
            "col-test",
            "cover-consultant",
            "cover-date",
            "col-question",
            "col-source",
            "col-date",
            "sign-signature",
            "sign-date",
            "auth-acc",
            "finding-heading",
            "ui-step-plan",
            "ui-step-validation",
            "ui-logs-col-source",
            "ui-logs-col-signal",
            "ui-sev-info",
            "ui-consultant",
            "ui-date",
            "ui-col-test",
            "ui-col-notes",
            "ui-col-date",
        ],
    ),
];

#[test]
fn a_translation_is_not_the_english_text() {
    for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        let same = SAME_AS_ENGLISH
            .iter()
            .find(|(l, _)| *l == lang.as_str())
            .map_or(&[][..], |(_, s)| s);
        let (tr, en) = (Tr::new(Some(lang)), Tr::new(None));
        for area in areas() {
            for (id, vars) in catalogue(Language::En, area) {
                let args: Vec<(&str, Value)> =
                    vars.iter().map(|v| (v.as_str(), Value::from(7))).collect();
                let (t, e) = (tr.args(&id, &args), en.args(&id, &args));
                if same.contains(&id.as_str()) {
                    assert_eq!(
                        t,
                        e,
                        "{}: {id} is translated, take it off SAME_AS_ENGLISH",
                        lang.as_str()
                    );
                } else {
                    assert_ne!(t, e, "{}: {id} is still English", lang.as_str());
                }
            }
        }
    }
}

/// The Rust sources that ask for messages: every `t("id")` / `args("id"` there exists in
/// English, and every English message is asked for somewhere.
#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut used = std::collections::BTreeSet::new();
    let mut files = vec![];
    // The crate that writes through the catalogue by id (the engine's English is in its code,
    // checked by the engine's own test).
    let mut stack = vec![crates.join("report/src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    // Asked for: the first argument of `.t(` and `.args(` (ids also reach `t` through a
    // `match` or `cols`, so "used" is any string literal that is a catalogue id).
    let mut literals = std::collections::BTreeSet::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        for call in [".t(", ".args("] {
            for (i, _) in src.match_indices(call) {
                let rest = src[i + call.len()..].trim_start();
                if let Some(rest) = rest.strip_prefix('"') {
                    if let Some(end) = rest.find('"') {
                        used.insert((rest[..end].to_string(), f.display().to_string()));
                    }
                }
            }
        }
        for lit in src.split('"').skip(1).step_by(2) {
            literals.insert(lit.to_string());
        }
    }
    // The UI's messages are checked for use by the UI's own test (ui/tests/i18n.test.ts).
    let en: BTreeMap<String, Vec<String>> = areas()
        .into_iter()
        .filter(|a| *a != "ui")
        .flat_map(|a| catalogue(Language::En, a))
        .collect();
    let unknown: Vec<&(String, String)> =
        used.iter().filter(|(id, _)| !en.contains_key(id)).collect();
    assert!(
        unknown.is_empty(),
        "asked for but not in the catalogue: {unknown:?}"
    );
    let ids: std::collections::BTreeSet<&String> =
        used.iter().map(|(id, _)| id).chain(&literals).collect();
    let unused: Vec<&String> = en.keys().filter(|k| !ids.contains(k)).collect();
    assert!(
        unused.is_empty(),
        "in the catalogue but never used: {unused:?}"
    );
}

#[test]
fn plurals_numbers_and_dates_follow_the_language() {
    let args = |f: i64, r: i64, e: i64| {
        vec![
            ("files", Value::from(f)),
            ("bytes", Value::from("1.234")),
            ("records", Value::from(r)),
            ("errors", Value::from(e)),
        ]
    };
    let de = Tr::new(Some(Language::De));
    assert_eq!(
        de.args("analysed-totals", &args(1, 1, 0)),
        "1 Datei, 1.234 Byte, 1 Datensatz gelesen, 0 Probleme."
    );
    assert_eq!(
        de.args("analysed-totals", &args(2, 5, 1)),
        "2 Dateien, 1.234 Byte, 5 Datensätze gelesen, 1 Problem."
    );
    // French: 0 and 1 are singular (CLDR "one" covers 0 ≤ n < 2).
    let fr = Tr::new(Some(Language::Fr));
    let t = fr.args("analysed-totals", &args(0, 1, 0));
    assert!(t.starts_with("0 fichier,"), "{t}");
    let en = Tr::new(None);
    assert!(en
        .args("analysed-totals", &args(0, 2, 0))
        .starts_with("0 files, 1.234 bytes, 2 records"));

    assert_eq!(en.number(1234567), "1,234,567");
    assert_eq!(de.number(1234567), "1.234.567");
    assert_eq!(fr.number(1234567), "1\u{202f}234\u{202f}567");
    assert_eq!(de.number(999), "999");
    assert_eq!(en.date("2026-12-03T08:00:00Z"), "2026-12-03");
    assert_eq!(de.date("2026-12-03"), "03.12.2026");
    assert_eq!(fr.date("2026-12-03"), "03/12/2026");
    assert_eq!(de.date("3 Dec"), "3 Dec");
    // French typography: a no-break space before the colon.
    assert_eq!(
        fr.args(
            "field",
            &[("label", "Client".into()), ("value", "X".into())]
        ),
        "Client\u{a0}: X"
    );
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    let de = Tr::new(Some(Language::De));
    assert_eq!(de.t("no-such-message"), "no-such-message");
    assert_eq!(Language::parse("de-AT"), Some(Language::De));
    assert_eq!(Language::parse("FR_ch"), Some(Language::Fr));
    assert_eq!(Language::parse("es"), None);
}
