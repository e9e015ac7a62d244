//! The engine's texts in every language: each English text the engine writes (rules, causes,
//! missing evidence, checklist, plan, verdict and the fragments they are built from) has a
//! translation in `locales/<lang>/engine.ftl` with the same placeholders, and those catalogues
//! hold nothing else. English lives in the code (`Tr::fill`), so this is where it is read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use tokenready_i18n::{messages, Language, FILES};

use super::tests::*;
use crate::lockout::cause_texts;

/// `{name}` placeholders of an English text.
fn placeholders(en: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = en;
    while let Some(i) = rest.find('{') {
        rest = &rest[i + 1..];
        if let Some(j) = rest.find('}') {
            let name = &rest[..j];
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                out.insert(name.to_string());
            }
        }
    }
    out
}

/// A Rust string literal at the start of `s` (after blanks): its value and the rest.
fn literal(s: &str) -> Option<(String, &str)> {
    let s = s.trim_start().strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 1..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

/// `fill("id", "English"`, `cond(tr, "id", "English"`, `say("id", "English"` and
/// `Note::new("id", "English"` in the engine's sources.
fn literal_texts() -> Vec<(String, String)> {
    let mut out = vec![];
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") || p.ends_with("translations.rs") {
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap();
            for call in ["fill(", "cond(", "say(", "Note::new("] {
                for (i, _) in src.match_indices(call) {
                    let mut rest = src[i + call.len()..].trim_start();
                    if call == "cond(" {
                        match rest.strip_prefix("tr,") {
                            Some(r) => rest = r,
                            None => continue,
                        }
                    }
                    let Some((id, rest)) = literal(rest) else {
                        continue;
                    };
                    let Some(rest) = rest.trim_start().strip_prefix(',') else {
                        continue;
                    };
                    if let Some((en, _)) = literal(rest) {
                        out.push((id, en));
                    }
                }
            }
        }
    }
    out
}

/// Every (catalogue id, English text) the engine can write.
fn english() -> BTreeMap<String, String> {
    let mut all: Vec<(String, String)> = literal_texts();
    for r in CATALOGUE {
        all.push((format!("{}-title", r.id), r.title.into()));
        all.push((format!("{}-rationale", r.id), r.rationale.into()));
        all.push((format!("{}-remediation", r.id), r.remediation.into()));
    }
    all.extend(cause_texts().into_iter().map(|(id, en)| (id, en.into())));
    for table in [
        &crate::unc::REASONS[..],
        crate::sniff::WHYS,
        crate::sniff::ENCODINGS,
    ] {
        all.extend(
            table
                .iter()
                .map(|(id, en)| (id.to_string(), en.to_string())),
        );
    }
    for n in crate::events::named::family_names() {
        all.push((n.id.into_owned(), n.english.into_owned()));
    }
    for l in crate::events::locale::LOCALES {
        let n = crate::events::localized::language_name(l);
        all.push((n.id.into_owned(), n.english.into_owned()));
    }
    for n in Need::ALL {
        let (key, what, why, how) = n.english();
        all.push((format!("{key}-what"), what.into()));
        all.push((format!("{key}-why"), why.into()));
        all.push((format!("{key}-how"), how.into()));
    }
    let f = Fixture::clean().with_lockouts();
    let facts = f.facts();
    let findings = facts.findings(&facts.missing());
    let checklist = facts.checklist(&findings);
    assert_eq!(checklist.len(), 5, "every checklist item is read");
    for c in &checklist {
        all.push((format!("{}-test", c.id), c.test.clone()));
        all.push((format!("{}-expected", c.id), c.expected.clone()));
    }
    let v = verdict(&facts, &facts.missing());
    for p in plan(&facts, &findings, &v, &checklist) {
        all.push((format!("phase-{}-title", p.id), p.title.clone()));
        for (i, a) in p.actions.iter().enumerate() {
            all.push((format!("phase-{}-{}", p.id, i + 1), a.clone()));
        }
    }
    let mut map = BTreeMap::new();
    for (id, en) in all {
        if let Some(old) = map.insert(id.clone(), en.clone()) {
            assert_eq!(old, en, "{id} has two English texts");
        }
    }
    map
}

#[test]
fn every_engine_text_is_translated_with_its_placeholders() {
    let en = english();
    assert!(en.len() > 80, "{} texts found", en.len());
    for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        let (_, _, src) = FILES
            .iter()
            .find(|(l, a, _)| *l == lang && *a == "engine")
            .expect("an engine catalogue per language");
        let cat: BTreeMap<String, Vec<String>> = messages(src).unwrap().into_iter().collect();
        let missing: Vec<&String> = en.keys().filter(|k| !cat.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "{}/engine.ftl lacks {missing:?}",
            lang.as_str()
        );
        let unused: Vec<&String> = cat.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            unused.is_empty(),
            "{}/engine.ftl: not in the code {unused:?}",
            lang.as_str()
        );
        for (id, text) in &en {
            let want = placeholders(text);
            let have: BTreeSet<String> = cat[id].iter().cloned().collect();
            assert_eq!(have, want, "{}: {id} placeholders", lang.as_str());
        }
    }
}

#[test]
fn a_german_site_reads_german_rule_texts() {
    let mut f = Fixture::clean().with_lockouts();
    f.tr = Tr::new(Some(Language::De));
    let facts = f.facts();
    let findings = facts.findings(&facts.missing());
    let lck = findings.iter().find(|x| x.id == "TR-LCK-001").unwrap();
    assert!(lck.title.contains("Kontosperrungen"), "{}", lck.title);
    assert_eq!(
        lck.references, LOCKOUTS_FOUND.references,
        "KB references stay"
    );
    let c = facts.checklist(&findings);
    assert_ne!(c[0].test, "Agent requests policy");
    assert_eq!(c[0].id, "CHK-01", "IDs never change");
}

#[test]
fn counts_take_the_plural_form_of_the_language() {
    let text = |lang, n: u64| {
        Tr::new(Some(lang)).fill(
            "TR-LCK-001-rationale",
            "",
            &[
                ("lockouts", n.into()),
                ("failures", 2u64.into()),
                ("sources", "".into()),
                ("causes", "".into()),
            ],
        )
    };
    assert!(text(Language::De, 1)
        .starts_with("1 Kontosperrung (4740) und 2 fehlgeschlagene Anmeldungen"));
    assert!(text(Language::De, 6).starts_with("6 Kontosperrungen (4740)"));
    // French counts 0 and 1 in the singular.
    assert!(text(Language::Fr, 0).starts_with("0 verrouillage de compte (4740) et 2 échecs"));
    assert!(text(Language::Fr, 3).starts_with("3 verrouillages de compte"));
}

#[test]
fn the_inputs_say_how_they_were_read_in_the_reports_language() {
    use std::sync::atomic::AtomicBool;
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/demo-evidence");
    let report = |language| {
        let req = crate::model::AssessRequest {
            evidence: vec![demo.display().to_string()],
            parameters: crate::demo::parameters(),
            engagement: crate::model::Engagement {
                language,
                ..Default::default()
            },
        };
        crate::assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap()
    };
    let en = report(None);
    for lang in [Language::De, Language::Fr] {
        let other = report(Some(lang));
        let mut notes = 0;
        for (a, b) in en.inputs.iter().zip(&other.inputs) {
            let (Some(a), Some(b)) = (&a.note, &b.note) else {
                continue;
            };
            notes += 1;
            assert_ne!(a, b, "{}: {a} is still English", lang.as_str());
            for english in [
                "with BOM",
                "plain text",
                "event(s)",
                "fields read by name",
                "no Computer",
                "dates read",
            ] {
                assert!(!b.contains(english), "{}: {b}", lang.as_str());
            }
        }
        assert!(notes >= 10, "{notes} notes");
    }
}

#[test]
#[ignore = "prints the English texts for translators"]
fn print_english() {
    for (id, en) in english() {
        println!("{id} = {en}");
    }
}
