//! A record's start tag (`<event …>`, attributes in any order, either quote) and the split of
//! a record into its start tag and body.

use std::sync::OnceLock;

use memchr::memmem;

/// The attribute searches, built once: building one per record was a visible cost.
struct Finders {
    host: memmem::Finder<'static>,
    host_lower: memmem::Finder<'static>,
    date: memmem::Finder<'static>,
    source: memmem::Finder<'static>,
}

fn finders() -> &'static Finders {
    static F: OnceLock<Finders> = OnceLock::new();
    F.get_or_init(|| Finders {
        host: memmem::Finder::new("hostName"),
        host_lower: memmem::Finder::new("hostname"),
        date: memmem::Finder::new("date"),
        source: memmem::Finder::new("source"),
    })
}

/// The value of attribute `name` in a start tag, in either quoting, in any position.
pub fn attr_value<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    attr_value_with(tag, &memmem::Finder::new(name))
}

fn attr_value_with<'t>(tag: &'t str, finder: &memmem::Finder<'_>) -> Option<&'t str> {
    let b = tag.as_bytes();
    let name = finder.needle().len();
    for i in finder.find_iter(b) {
        if i > 0 && !b[i - 1].is_ascii_whitespace() {
            continue;
        }
        let rest = tag[i + name..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let q = *rest.as_bytes().first()?;
        if q == b'"' || q == b'\'' {
            let v = &rest[1..];
            return Some(&v[..memchr::memchr(q, v.as_bytes()).unwrap_or(v.len())]);
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '>')
            .unwrap_or(rest.len());
        return Some(&rest[..end]);
    }
    None
}

/// Where the start tag ends: the first '>' outside quotes.
fn tag_end(b: &[u8]) -> usize {
    let mut i = 0;
    while let Some(j) = memchr::memchr3(b'>', b'"', b'\'', &b[i..]) {
        let at = i + j;
        if b[at] == b'>' {
            return at;
        }
        match memchr::memchr(b[at], &b[at + 1..]) {
            Some(k) => i = at + 1 + k + 1,
            None => return b.len(),
        }
    }
    b.len()
}

/// What a record's start tag gives: where it ends (its first `>` outside quotes, from after
/// `<event`) and the attributes the scan uses.
pub(super) struct StartTag<'t> {
    pub end: usize,
    pub host: Option<&'t str>,
    pub date: Option<&'t str>,
    pub source: Option<&'t str>,
}

impl<'t> StartTag<'t> {
    /// Reads the start tag at the head of `after` (the text after `<event`).
    fn read(after: &'t str) -> Self {
        Self::usual(after).unwrap_or_else(|| Self::general(after))
    }

    /// Any tag: its end by [`tag_end`], each attribute by [`attr_value`]'s search.
    fn general(after: &'t str) -> Self {
        let end = tag_end(after.as_bytes());
        let tag = &after[..end];
        let f = finders();
        StartTag {
            end,
            host: attr_value_with(tag, &f.host).or_else(|| attr_value_with(tag, &f.host_lower)),
            date: attr_value_with(tag, &f.date),
            source: attr_value_with(tag, &f.source),
        }
    }

    /// The usual tag, in one pass: whitespace, then `name="value"` pairs (either quote, spaces
    /// around `=` allowed), each followed by whitespace or the closing `>`. Anything else (an
    /// unquoted value, a name without a value, a quote in a name, no `>`) is None, for the
    /// general reading. Unlike the general search, it never takes ` date=` inside another
    /// attribute's value for the attribute.
    fn usual(after: &'t str) -> Option<Self> {
        let b = after.as_bytes();
        let (mut host, mut host_lower, mut date, mut source) = (None, None, None, None);
        let mut i = 0;
        loop {
            // Every name follows whitespace (`<event` is followed by whitespace or `>`).
            let spaced = i;
            while b.get(i)?.is_ascii_whitespace() {
                i += 1;
            }
            if b[i] == b'>' {
                break;
            }
            if i == spaced {
                return None;
            }
            let name = i;
            while !matches!(b.get(i)?, b'=' | b'>' | b'"' | b'\'') && !b[i].is_ascii_whitespace() {
                i += 1;
            }
            let name = &b[name..i];
            while b.get(i)?.is_ascii_whitespace() {
                i += 1;
            }
            if b[i] != b'=' {
                return None;
            }
            i += 1;
            while b.get(i)?.is_ascii_whitespace() {
                i += 1;
            }
            let quote = b[i];
            if quote != b'"' && quote != b'\'' {
                return None;
            }
            let from = i + 1;
            let to = from + memchr::memchr(quote, &b[from..])?;
            // Both ends are at ASCII bytes, so on character boundaries.
            let value = &after[from..to];
            let slot = match name {
                b"hostName" => &mut host,
                b"hostname" => &mut host_lower,
                b"date" => &mut date,
                b"source" => &mut source,
                _ => &mut None,
            };
            slot.get_or_insert(value);
            i = to + 1;
        }
        Some(StartTag {
            end: i,
            host: host.or(host_lower),
            date,
            source,
        })
    }
}

/// A record's start tag (read from after `<event`) and its body: CDATA markers removed when
/// present (`]]>` may be missing), `</event>` ends it.
pub(super) fn split_record(text: &str) -> (StartTag<'_>, &str) {
    let after = &text["<event".len().min(text.len())..];
    let tag = StartTag::read(after);
    let mut body = after.get(tag.end + 1..).unwrap_or("");
    if let Some(e) = body.strip_suffix("</event>") {
        body = e;
    }
    let mut body = body.trim();
    if let Some(b) = body.strip_prefix("<![CDATA[") {
        body = b;
    }
    if let Some(b) = body.trim_end().strip_suffix("]]>") {
        body = b;
    }
    (tag, body.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_in_any_order_and_quoting() {
        let a = r#" hostName = 'H1' date="01/02/2025 10:00:00.0 +00:00" source=SiteServerAction >"#;
        assert_eq!(attr_value(a, "hostName"), Some("H1"));
        assert_eq!(attr_value(a, "date"), Some("01/02/2025 10:00:00.0 +00:00"));
        assert_eq!(attr_value(a, "source"), Some("SiteServerAction"));
        let (tag, body) =
            split_record("<event hostName=\"a>b\" date='x'><![CDATA[body <xml/> & more]]></event>");
        assert_eq!(tag.host, Some("a>b"));
        assert_eq!(body, "body <xml/> & more");
        assert_eq!(
            split_record("<event hostName='h'><![CDATA[no end marker\n</event>").1,
            "no end marker"
        );
    }

    /// The one-pass reading of the usual start tag gives what the general reading gives, on
    /// generated tags (either quote, spaces, tabs and line breaks around `=` and between
    /// attributes, `>` and the other quote inside values, `hostname` beside `hostName`, names
    /// repeated); tags it does not take (unquoted values) are left to the general reading.
    #[test]
    fn usual_start_tags_read_in_one_pass_as_in_general() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        const NAMES: [&str; 7] = [
            "date", "severity", "hostName", "hostname", "source", "module", "pid",
        ];
        const SPACE: [&str; 4] = [" ", "  ", "\t", "\r\n "];
        const VALUE: &[u8] = b"xyz019 >=/:.'\"";
        let (mut usual, mut total) = (0, 0);
        for _ in 0..20_000 {
            let mut tag = String::new();
            for _ in 0..next(8) {
                tag.push_str(SPACE[next(4)]);
                tag.push_str(NAMES[next(7)]);
                tag.push_str(["", " "][next(2)]);
                tag.push('=');
                tag.push_str(["", " "][next(2)]);
                // One value in eight unquoted (the general reading takes those tags).
                let quote = match next(8) {
                    0 => None,
                    n => Some(['"', '\''][n % 2]),
                };
                let value: String = (0..next(12))
                    .map(|_| VALUE[next(VALUE.len() as u64)] as char)
                    .filter(|&c| Some(c) != quote && (quote.is_some() || !" >'\"".contains(c)))
                    .collect();
                match quote {
                    Some(q) => tag.extend([q].into_iter().chain(value.chars()).chain([q])),
                    None => tag.push_str(if value.is_empty() { "v" } else { &value }),
                }
            }
            tag.push_str([">", " >", "\r\n>"][next(3)]);
            tag.push_str("<![CDATA[body > 'x' \"y\"]]></event>");
            total += 1;
            if let Some(one) = StartTag::usual(&tag) {
                usual += 1;
                let all = StartTag::general(&tag);
                assert_eq!(
                    (one.end, one.host, one.date, one.source),
                    (all.end, all.host, all.date, all.source),
                    "{tag:?}"
                );
            }
        }
        assert!(usual * 2 > total, "{usual} of {total} read in one pass");
    }
}
