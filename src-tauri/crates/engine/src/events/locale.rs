//! Event Viewer exports from localized Windows (issue 17). Each language is one table of data
//! (`locale/<tag>.rs`): the header names of "Save as CSV", the keyword values, the date pattern
//! and the message labels, every entry with how sure its source is and the source itself. The
//! code here only matches text against those tables.
//!
//! Where a language's label is not known, the message is read by structure: the EventID picks
//! the English template ([`TEMPLATES`], from adtschema.dll), and the message's `Label :<tabs>
//! value` lines are mapped onto it by position when their shape (section, indented field,
//! top-level field) is the template's. Labels win over position when both are known.

mod de;
mod es;
mod fr;
mod it;
mod ja;
mod nl;
mod pt_br;

/// How sure a source is (localized-events.md, "Confidence levels").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sure {
    /// Exact quote from real Windows output.
    Real,
    /// Real output, changed by the source (tabs collapsed, cut short, a regex fragment).
    RealChanged,
    /// Microsoft localized documentation (mostly machine translation).
    Docs,
    /// Secondary: a course, a lab, hobby code, a table copied between projects.
    Secondary,
    /// Inferred: no source gives it.
    Inferred,
}

/// One localized string and where it comes from.
#[derive(Clone, Copy, Debug)]
pub struct Term {
    pub text: &'static str,
    pub sure: Sure,
    pub source: &'static str,
}

pub(crate) const fn t(text: &'static str, sure: Sure, source: &'static str) -> Term {
    Term { text, sure, source }
}

/// One language: what its Event Viewer writes.
pub struct Locale {
    /// BCP 47 tag, e.g. `de-DE`.
    pub tag: &'static str,
    pub language: &'static str,
    /// Header names of "Save as CSV" (keywords or level, date and time, source, event ID, task
    /// category).
    pub headers: &'static [Term],
    /// Values of the Keywords column (Audit Success, Audit Failure, Classic).
    pub keywords: &'static [Term],
    /// The date-and-time pattern, .NET style as the sources write it (`dd.MM.yyyy HH:mm:ss`):
    /// only the order of day, month and year is taken from it.
    pub dates: &'static [Term],
    /// Message labels and section names: (the English label, this language's).
    pub labels: &'static [(&'static str, Term)],
    /// Message titles (the first line) by event ID.
    pub titles: &'static [(u32, Term)],
}

/// The languages TokenReady reads, English aside.
pub static LOCALES: &[&Locale] = &[
    &de::LOCALE,
    &fr::LOCALE,
    &es::LOCALE,
    &it::LOCALE,
    &pt_br::LOCALE,
    &nl::LOCALE,
    &ja::LOCALE,
];

/// Every language's labels folded once (they are compared with every line of every message):
/// (folded label, English label), by the language's place in [`LOCALES`].
fn folded_labels(l: &Locale) -> &'static [(String, &'static str)] {
    static FOLDED: std::sync::OnceLock<Vec<Vec<(String, &'static str)>>> =
        std::sync::OnceLock::new();
    let all = FOLDED.get_or_init(|| {
        LOCALES
            .iter()
            .map(|l| l.labels.iter().map(|(en, t)| (fold(t.text), *en)).collect())
            .collect()
    });
    LOCALES
        .iter()
        .position(|x| x.tag == l.tag)
        .map_or(&[][..], |i| &all[i])
}

/// Text folded for comparison: typographic apostrophes as ASCII, whitespace runs as one
/// space, trailing colons and spaces gone, lower case.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().trim_end_matches([':', ' ', '\t']).chars() {
        let c = if matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}') {
            '\''
        } else {
            c
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

impl Locale {
    /// The English label of one of this language's labels.
    pub fn english(&self, label: &str) -> Option<&'static str> {
        let f = fold(label);
        folded_labels(self)
            .iter()
            .find(|(folded, _)| *folded == f)
            .map(|(_, en)| *en)
    }

    /// The order of day, month and year in this language's dates.
    pub fn date_order(&self) -> Option<DateOrder> {
        self.dates
            .first()
            .and_then(|d| DateOrder::of_pattern(d.text))
    }
}

/// How well a sample of an export matches one language: header names, keyword values, titles
/// and labels found.
fn score(l: &Locale, headers: &[String], rows: &[csv::StringRecord]) -> usize {
    let norm = crate::sniff::normalise_header;
    let mut s = 0;
    for h in headers {
        if l.headers.iter().any(|t| norm(t.text) == *h) {
            s += 3;
        }
    }
    for r in rows {
        let kw = fold(r.get(0).unwrap_or(""));
        if !kw.is_empty()
            && kw
                .split(',')
                .any(|k| l.keywords.iter().any(|t| fold(t.text) == fold(k)))
        {
            s += 2;
        }
        let msg = r.get(5).unwrap_or("");
        let title = fold(msg.lines().next().unwrap_or(""));
        if !title.is_empty() && l.titles.iter().any(|(_, t)| fold(t.text) == title) {
            s += 2;
        }
        s += msg
            .lines()
            .filter_map(|line| line.split_once(':'))
            .filter(|(label, _)| l.english(label).is_some())
            .count()
            .min(5);
    }
    s
}

/// The language of an export, from its header row and first rows; `None` when no table
/// matches anything.
pub fn identify(headers: &[String], rows: &[csv::StringRecord]) -> Option<&'static Locale> {
    LOCALES
        .iter()
        .map(|l| (score(l, headers, rows), *l))
        .filter(|(s, _)| *s > 0)
        .max_by_key(|(s, _)| *s)
        .map(|(_, l)| l)
}

/// The order of the date parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    YearMonthDay,
    DayMonthYear,
    MonthDayYear,
}

impl DateOrder {
    /// From a .NET-style pattern: where `y`, `M` and `d` first appear.
    pub fn of_pattern(p: &str) -> Option<DateOrder> {
        let (y, m, d) = (p.find('y')?, p.find('M')?, p.find('d')?);
        Some(if y < m && m < d {
            DateOrder::YearMonthDay
        } else if d < m && m < y {
            DateOrder::DayMonthYear
        } else if m < d && d < y {
            DateOrder::MonthDayYear
        } else {
            return None;
        })
    }

    /// The order in words, for the notes.
    pub fn note(self) -> crate::collect::Note {
        use crate::collect::Note;
        match self {
            DateOrder::YearMonthDay => Note::new("date-order-ymd", "year, month, day"),
            DateOrder::DayMonthYear => Note::new("date-order-dmy", "day, month, year"),
            DateOrder::MonthDayYear => Note::new("date-order-mdy", "month, day, year"),
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            DateOrder::YearMonthDay => "year, month, day",
            DateOrder::DayMonthYear => "day, month, year",
            DateOrder::MonthDayYear => "month, day, year",
        }
    }
}

/// The numbers of a localized date and time: three date parts, then hours, minutes and
/// seconds, and whether an ASCII `PM`/`AM` marker follows (no localized marker is sourced).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateParts {
    pub parts: [u32; 3],
    /// The first part has four digits (a year).
    pub year_first: bool,
    pub hms: [u32; 3],
    pub pm: Option<bool>,
}

impl DateParts {
    pub fn read(s: &str) -> Option<DateParts> {
        let mut nums = [0u32; 6];
        let mut widths = [0usize; 6];
        let mut n = 0;
        let mut cur: Option<(u32, usize)> = None;
        for c in s.chars().chain(std::iter::once(' ')) {
            if let Some(d) = c.is_ascii_digit().then(|| c as u32 - '0' as u32) {
                let (v, w) = cur.unwrap_or((0, 0));
                if w >= 9 {
                    return None;
                }
                cur = Some((v * 10 + d, w + 1));
            } else if let Some((v, w)) = cur.take() {
                if n == 6 {
                    // A fraction of a second: ignored.
                    continue;
                }
                nums[n] = v;
                widths[n] = w;
                n += 1;
            }
        }
        if n < 5 {
            return None;
        }
        let upper = s.to_ascii_uppercase();
        let pm = if upper.contains("PM") {
            Some(true)
        } else if upper.contains("AM") {
            Some(false)
        } else {
            None
        };
        Some(DateParts {
            parts: [nums[0], nums[1], nums[2]],
            year_first: widths[0] == 4,
            hms: [nums[3], nums[4], nums[5]],
            pm,
        })
    }

    /// What this date says about the order: year first, or a part above 12 that can only be
    /// the day.
    pub fn evidence(&self) -> Option<DateOrder> {
        if self.year_first {
            Some(DateOrder::YearMonthDay)
        } else if self.parts[0] > 12 && self.parts[1] <= 12 {
            Some(DateOrder::DayMonthYear)
        } else if self.parts[1] > 12 && self.parts[0] <= 12 {
            Some(DateOrder::MonthDayYear)
        } else {
            None
        }
    }

    /// The date in one order, when it is a real date and time.
    pub fn at(&self, order: DateOrder) -> Option<chrono::NaiveDateTime> {
        let [a, b, c] = self.parts;
        let (y, m, d) = match order {
            DateOrder::YearMonthDay => (a, b, c),
            DateOrder::DayMonthYear => (c, b, a),
            DateOrder::MonthDayYear => (c, a, b),
        };
        if order != DateOrder::YearMonthDay && self.year_first {
            return None;
        }
        let mut h = self.hms[0];
        match self.pm {
            Some(true) if h < 12 => h += 12,
            Some(false) if h == 12 => h = 0,
            _ => {}
        }
        chrono::NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)?.and_hms_opt(
            h,
            self.hms[1],
            self.hms[2],
        )
    }
}

/// The shape of a message line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A heading: not indented, no value (`Subject:`).
    Section,
    /// An indented `Label:<tabs>value` line.
    Field,
    /// A top-level line with a value (`Logon Type:<tabs>3`).
    Top,
}

use Shape::{Field as F, Section as S, Top as T};

/// The English message templates, in line order, from adtschema.dll (libyal/winevt-kb,
/// `MessageFile-adtschema.dll.md`; itms-domain.md §4.1 for 0x1284 = 4740 and §4.2 for 0x1211
/// = 4625). 4771 and 4776 are read by label only: their templates are not in the references.
pub const TEMPLATES: &[(u32, &[(Shape, &str)])] = &[
    (
        4740,
        &[
            (S, "Subject"),
            (F, "Security ID"),
            (F, "Account Name"),
            (F, "Account Domain"),
            (F, "Logon ID"),
            (S, "Account That Was Locked Out"),
            (F, "Security ID"),
            (F, "Account Name"),
            (S, "Additional Information"),
            (F, "Caller Computer Name"),
        ],
    ),
    (
        4625,
        &[
            (S, "Subject"),
            (F, "Security ID"),
            (F, "Account Name"),
            (F, "Account Domain"),
            (F, "Logon ID"),
            (T, "Logon Type"),
            (S, "Account For Which Logon Failed"),
            (F, "Security ID"),
            (F, "Account Name"),
            (F, "Account Domain"),
            (S, "Failure Information"),
            (F, "Failure Reason"),
            (F, "Status"),
            (F, "Sub Status"),
            (S, "Process Information"),
            (F, "Caller Process ID"),
            (F, "Caller Process Name"),
            (S, "Network Information"),
            (F, "Workstation Name"),
            (F, "Source Network Address"),
            (F, "Source Port"),
            (S, "Detailed Authentication Information"),
            (F, "Logon Process"),
            (F, "Authentication Package"),
            (F, "Transited Services"),
            (F, "Package Name (NTLM only)"),
            (F, "Key Length"),
        ],
    ),
];

/// One `Label: value` line of a message.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    pub label: &'a str,
    pub value: &'a str,
    pub shape: Shape,
}

/// The `Label: value` lines of a rendered message, in order. A second colon right after the
/// first (German `Unterstatus::`) belongs to the label.
pub fn lines(msg: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    for raw in msg.lines() {
        let Some((label, value)) = raw.split_once(':') else {
            continue;
        };
        let value = value.strip_prefix(':').unwrap_or(value).trim();
        let label = label.trim();
        if label.is_empty() {
            continue;
        }
        let indented = raw.starts_with(['\t', ' ']);
        let shape = match (indented, value.is_empty()) {
            (true, _) => Shape::Field,
            (false, true) => Shape::Section,
            (false, false) => Shape::Top,
        };
        out.push(Line {
            label,
            value,
            shape,
        });
    }
    out
}

/// The English names of a message's lines by position, when the lines have the shape of the
/// event's template (the template may be followed by explanatory text).
pub fn by_position(event_id: u32, lines: &[Line<'_>]) -> Option<Vec<&'static str>> {
    let (_, template) = TEMPLATES.iter().find(|(id, _)| *id == event_id)?;
    if lines.len() < template.len()
        || lines
            .iter()
            .zip(template.iter())
            .any(|(l, (shape, _))| l.shape != *shape)
    {
        return None;
    }
    Some(template.iter().map(|(_, name)| *name).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_has_a_source_and_languages_are_distinct() {
        let mut tags = Vec::new();
        for l in LOCALES {
            assert!(!tags.contains(&l.tag), "{}", l.tag);
            tags.push(l.tag);
            let terms = l
                .headers
                .iter()
                .chain(l.keywords)
                .chain(l.dates)
                .chain(l.labels.iter().map(|(_, t)| t))
                .chain(l.titles.iter().map(|(_, t)| t));
            for t in terms {
                assert!(!t.text.is_empty() && t.source.len() > 8, "{}: {t:?}", l.tag);
            }
            assert!(l.date_order().is_some(), "{}: no date order", l.tag);
            for (en, _) in l.labels {
                let known = TEMPLATES
                    .iter()
                    .flat_map(|(_, t)| t.iter().map(|(_, n)| *n))
                    .chain([
                        "Logon Account",
                        "Source Workstation",
                        "Error Code",
                        "Client Address",
                        "Failure Code",
                        "Account Information",
                    ])
                    .any(|n| n == *en);
                assert!(
                    known,
                    "{}: {en} is no English label TokenReady reads",
                    l.tag
                );
            }
        }
    }

    #[test]
    fn folding_accepts_the_apostrophes_spaces_and_colons_real_data_shows() {
        assert_eq!(
            fold("ID d’ouverture de session :"),
            "id d'ouverture de session"
        );
        assert_eq!(fold("Unterstatus:"), "unterstatus");
        assert_eq!(fold(" Nom du\t compte "), "nom du compte");
    }

    #[test]
    fn dates_in_every_order() {
        let de = DateParts::read("16.04.2025 10:00:08").unwrap();
        assert_eq!(de.evidence(), Some(DateOrder::DayMonthYear));
        let at = de.at(DateOrder::DayMonthYear).unwrap();
        assert_eq!(at.to_string(), "2025-04-16 10:00:08");
        assert_eq!(de.at(DateOrder::MonthDayYear), None);
        let ja = DateParts::read("2018/09/15 9:05:01").unwrap();
        assert_eq!(ja.evidence(), Some(DateOrder::YearMonthDay));
        assert_eq!(
            ja.at(DateOrder::YearMonthDay).unwrap().to_string(),
            "2018-09-15 09:05:01"
        );
        let us = DateParts::read("7/17/2021 10:31:05 PM").unwrap();
        assert_eq!(
            us.at(DateOrder::MonthDayYear).unwrap().to_string(),
            "2021-07-17 22:31:05"
        );
        let ambiguous = DateParts::read("3/4/2025 10:00:00").unwrap();
        assert_eq!(ambiguous.evidence(), None);
        assert_eq!(DateParts::read("not a date"), None);
        assert_eq!(DateParts::read("16.04.2025"), None);
        assert_eq!(
            DateOrder::of_pattern("d-M-yyyy HH:mm:ss"),
            Some(DateOrder::DayMonthYear)
        );
        assert_eq!(
            DateOrder::of_pattern("yyyy/MM/dd H:mm:ss"),
            Some(DateOrder::YearMonthDay)
        );
    }

    #[test]
    fn positions_follow_the_template_only_when_the_shape_is_the_same() {
        let msg = "Ein Benutzerkonto wurde gesperrt.\r\n\r\nAntragsteller:\r\n\tSicherheits-ID:\t\tS-1-5-18\r\n\tKontoname:\t\tDC01$\r\n\tKontodomäne:\t\tCONTOSO\r\n\tAnmelde-ID:\t\t0x3E7\r\n\r\nX:\r\n\tSicherheits-ID:\t\tS-1-5-21-1\r\n\tKontoname:\t\tsvc\r\n\r\nY:\r\n\tZ:\tPS01\r\n";
        let l = lines(msg);
        let names = by_position(4740, &l).unwrap();
        assert_eq!(names[9], "Caller Computer Name");
        assert_eq!(l[9].value, "PS01");
        assert!(by_position(4625, &l).is_none());
        assert!(by_position(4740, &l[1..]).is_none());
        let de = lines("\tUnterstatus::\t\t0xC000006A\r\n\tQuellnetzwerkadresse:\t::1");
        assert_eq!((de[0].label, de[0].value), ("Unterstatus", "0xC000006A"));
        assert_eq!(de[1].value, "::1");
    }
}
