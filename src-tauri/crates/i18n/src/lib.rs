//! TokenReady's message catalogues: one Project Fluent file per language and area
//! (`locales/<lang>/<area>.ftl`), embedded at build time, so a report in German or French needs
//! nothing but the binary. English is the source; a message missing in another language falls
//! back to English (the catalogue tests make sure none is missing). Adding a language is a
//! matter of one folder of `.ftl` files and one [`Language`] value.
//!
//! Plurals come from Fluent's CLDR plural rules (`{ $n -> [one] … *[other] … }`); numbers and
//! dates are written per locale by [`Tr::number`] and [`Tr::date`]. Unicode isolation marks are
//! off: the texts go into a PDF and CSV cells, not into mixed-direction UI.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentValue as Value;
use fluent_bundle::{FluentArgs, FluentResource};
pub use tokenready_model::Language;

/// The catalogue files per language, in the order they are added to the bundle.
pub const FILES: &[(Language, &str, &str)] = &[
    (
        Language::En,
        "report",
        include_str!("../locales/en/report.ftl"),
    ),
    (
        Language::De,
        "report",
        include_str!("../locales/de/report.ftl"),
    ),
    (
        Language::Fr,
        "report",
        include_str!("../locales/fr/report.ftl"),
    ),
    // The app's own screens (read by ui/src/i18n.ts; here for the completeness tests).
    (Language::En, "ui", include_str!("../locales/en/ui.ftl")),
    (Language::De, "ui", include_str!("../locales/de/ui.ftl")),
    (Language::Fr, "ui", include_str!("../locales/fr/ui.ftl")),
    // The engine's texts: English is in the code (`Tr::fill`), so only translations here.
    (
        Language::De,
        "engine",
        include_str!("../locales/de/engine.ftl"),
    ),
    (
        Language::Fr,
        "engine",
        include_str!("../locales/fr/engine.ftl"),
    ),
];

/// Areas whose English is in the code, not in an English catalogue (see [`Tr::fill`]).
pub const ENGLISH_IN_CODE: &[&str] = &["engine"];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Language) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<(Language, Bundle)>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|l| {
                let id = l.as_str().parse().expect("our tags are valid language ids");
                let mut b = FluentBundle::new_concurrent(vec![id]);
                b.set_use_isolating(false);
                for (_, area, src) in FILES.iter().filter(|(fl, _, _)| *fl == l) {
                    // A syntax error in a shipped catalogue is a build defect the tests catch;
                    // at run time the entries that did parse are still used.
                    let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, e)| {
                        eprintln!("tokenready: catalogue {}/{area}.ftl: {e:?}", l.as_str());
                        r
                    });
                    let _ = b.add_resource(res);
                }
                (l, b)
            })
            .collect()
    });
    &all.iter()
        .find(|(l, _)| *l == lang)
        .expect("every language")
        .1
}

/// Message `id` of `lang`'s catalogue with `args`, when that catalogue has it.
fn format(lang: Language, id: &str, args: &[(&str, Value<'_>)]) -> Option<String> {
    let b = bundle(lang);
    let p = b.get_message(id)?.value()?;
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    let mut errors = vec![];
    Some(b.format_pattern(p, Some(&fa), &mut errors).into_owned())
}

/// The texts of one language.
#[derive(Clone, Copy, Debug)]
pub struct Tr {
    lang: Language,
}

impl Default for Tr {
    fn default() -> Self {
        Tr::new(None)
    }
}

impl Tr {
    /// The catalogue of `lang` (English when None).
    pub fn new(lang: Option<Language>) -> Tr {
        Tr {
            lang: lang.unwrap_or_default(),
        }
    }

    pub fn language(&self) -> Language {
        self.lang
    }

    /// The message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.args(id, &[])
    }

    /// The message `id` with its arguments (`$name` in the catalogue). A message missing in
    /// this language comes from English; one missing there too is shown as its id, so a
    /// defect is visible rather than an empty cell.
    pub fn args(&self, id: &str, args: &[(&str, Value<'_>)]) -> String {
        format(self.lang, id, args)
            .or_else(|| format(Language::En, id, args))
            .unwrap_or_else(|| id.to_string())
    }

    /// A text whose English lives in the code (`en`, with `{name}` placeholders: the engine's
    /// rule texts, as data next to their logic) and whose translations are catalogue message
    /// `id` (with `{ $name }`). English, or a language without that message, gets `en` filled.
    pub fn fill(&self, id: &str, en: &str, args: &[(&str, Value<'_>)]) -> String {
        if self.lang != Language::En {
            if let Some(text) = format(self.lang, id, args) {
                return text;
            }
        }
        let mut out = en.to_string();
        for (k, v) in args {
            let text = match v {
                Value::String(s) => s.to_string(),
                Value::Number(n) => n.as_string().into_owned(),
                _ => String::new(),
            };
            out = out.replace(&format!("{{{k}}}"), &text);
        }
        out
    }

    /// A count written the way the language writes numbers: `12,345` (en), `12.345` (de),
    /// `12 345` with a narrow no-break space (fr).
    pub fn number(&self, n: u64) -> String {
        let digits = n.to_string();
        let sep = match self.lang {
            Language::En => ",",
            Language::De => ".",
            Language::Fr => "\u{202f}",
        };
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    }

    /// A calendar date (`YYYY-MM-DD…`) as the language writes it: `2026-12-03` (en, as
    /// ISO 8601), `03.12.2026` (de), `03/12/2026` (fr). Anything else is returned as given.
    pub fn date(&self, ymd: &str) -> String {
        let b = ymd.as_bytes();
        let ok = b.len() >= 10
            && b[4] == b'-'
            && b[7] == b'-'
            && [0, 1, 2, 3, 5, 6, 8, 9]
                .iter()
                .all(|&i| b[i].is_ascii_digit());
        if !ok {
            return ymd.to_string();
        }
        let (y, m, d) = (&ymd[..4], &ymd[5..7], &ymd[8..10]);
        match self.lang {
            Language::En => ymd[..10].to_string(),
            Language::De => format!("{d}.{m}.{y}"),
            Language::Fr => format!("{d}/{m}/{y}"),
        }
    }
}

/// Every message of a catalogue with the variables it uses, for the tests (and for the UI's
/// drift check): (id, sorted variable names).
pub fn messages(src: &str) -> Result<Vec<(String, Vec<String>)>, String> {
    use fluent_syntax::ast;
    let res = fluent_syntax::parser::parse(src)
        .map_err(|(_, errs)| format!("{} syntax error(s): {:?}", errs.len(), errs))?;
    fn pattern(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
        for e in &p.elements {
            if let ast::PatternElement::Placeable { expression } = e {
                expr(expression, out);
            }
        }
    }
    fn expr(e: &ast::Expression<&str>, out: &mut Vec<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    let mut out = vec![];
    for entry in &res.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = vec![];
            if let Some(v) = &m.value {
                pattern(v, &mut vars);
            }
            vars.sort();
            vars.dedup();
            out.push((m.id.name.to_string(), vars));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
