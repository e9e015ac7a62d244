//! Finding locations in free text (logs, scripts, notes): every UNC path in any spelling and
//! every http, https and file URL, each with its place.

/// A location found inside free text, with its byte range in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found<'a> {
    pub start: usize,
    pub text: &'a str,
}

const TERMINATORS: &[char] = &['"', '\'', '<', '>', '|', '\t', '\r', '\n', '`', '*', '?'];

/// Finds every UNC path (any spelling) and http/https/file URL in a piece of text.
pub fn find_locations(text: &str) -> Vec<Found<'_>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    // Every location has a separator at its start (a UNC path) or 5 or 6 bytes in (`http:/`,
    // `file:/`, `https:/`), with no separator before it in between: so only those places are
    // tried, left to right, and the text a match covers is passed over.
    let mut i = 0;
    for p in memchr::memchr2_iter(b'\\', b'/', bytes) {
        for at in [p.checked_sub(6), p.checked_sub(5), Some(p)]
            .into_iter()
            .flatten()
        {
            // Every candidate starts with an ASCII byte, so a character starts there.
            if at < i || !bytes[at].is_ascii() {
                continue;
            }
            let (b, rest) = (bytes[at], &text[at..]);
            let candidate = if (b == b'\\' && rest.starts_with("\\\\"))
                || (b == b'/' && rest.starts_with("//") && starts_token(text, at))
            {
                scan_unc(rest)
            } else if matches!(b, b'h' | b'H' | b'f' | b'F') && starts_word(text, at) {
                scan_url(rest)
            } else {
                None
            };
            i = at + 1;
            if let Some(len) = candidate {
                out.push(Found {
                    start: at,
                    text: &text[at..at + len],
                });
                i = at + len;
            }
        }
    }
    out
}

/// `//` starts a path only at the start of a token (not inside `http://`).
fn starts_token(text: &str, i: usize) -> bool {
    i == 0
        || matches!(
            text.as_bytes()[i - 1],
            b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b'=' | b'(' | b'[' | b',' | b';' | b'>'
        )
}

fn starts_word(text: &str, i: usize) -> bool {
    i == 0 || !text.as_bytes()[i - 1].is_ascii_alphanumeric()
}

/// Where a URL ends: at whitespace or a terminator other than `?` (ASCII bytes looked up in a
/// table; other characters, rare here, decoded).
fn url_end(s: &str) -> usize {
    const STOP: [bool; 128] = {
        let mut t = [false; 128];
        let mut i = 0;
        while i < TERMINATORS.len() {
            t[TERMINATORS[i] as usize] = true;
            i += 1;
        }
        t[b'?' as usize] = false;
        let mut b = 0;
        while b < 128 {
            if (b as u8 as char).is_ascii_whitespace() || b == 0x0B {
                t[b] = true;
            }
            b += 1;
        }
        t
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if STOP[b as usize] {
                return i;
            }
            i += 1;
        } else {
            let c = s[i..].chars().next().expect("a char starts here");
            if c.is_whitespace() {
                return i;
            }
            i += c.len_utf8();
        }
    }
    s.len()
}

/// True when `s` starts with `prefix` (ASCII lower case), in any case.
fn starts_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn scan_url(s: &str) -> Option<usize> {
    if !(starts_ci(s, "http://") || starts_ci(s, "https://") || starts_ci(s, "file:/")) {
        return None;
    }
    let end = url_end(s);
    let url = s[..end].trim_end_matches(['.', ',', ';', ':', ')', ']']);
    (url.len() > 8).then_some(url.len())
}

/// Length of a UNC path at the start of `s` (which starts with two separators).
fn scan_unc(s: &str) -> Option<usize> {
    let sep = |c: char| c == '\\' || c == '/';
    let mut idx = s
        .chars()
        .take_while(|&c| sep(c))
        .map(char::len_utf8)
        .sum::<usize>();
    // \\?\UNC\ and \\.\UNC\ prefixes.
    for p in ["?\\unc\\", ".\\unc\\", "?/unc/", "./unc/"] {
        if starts_ci(&s[idx..], p) {
            idx += p.len();
            break;
        }
    }
    // Host: letters, digits, '-', '.', '_' (IPv6 literals are spelled with '-').
    let host_len = s[idx..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '$')))
        .unwrap_or(s.len() - idx);
    if host_len == 0 {
        return None;
    }
    idx += host_len;
    // A share must follow.
    let after_host = &s[idx..];
    let seps = after_host.chars().take_while(|&c| sep(c)).count();
    if seps == 0 {
        return None;
    }
    idx += seps;
    // Share: may contain spaces ("Software Library") when a separator follows it.
    let share_end = s[idx..]
        .find(|c: char| sep(c) || TERMINATORS.contains(&c) || c == ',' || c == ';')
        .unwrap_or(s.len() - idx);
    let share = &s[idx..idx + share_end];
    let next_is_sep = s[idx + share_end..].starts_with(sep);
    // "Software Library" is one share; "pkgs$ D:\x" is a share followed by another argument.
    let spaced_ok = next_is_sep
        && !share
            .split(' ')
            .skip(1)
            .any(|w| w.contains(':') || w.starts_with(['-', '/']));
    let share_len = if share.contains(' ') && !spaced_ok {
        share.find(' ').unwrap_or(share.len())
    } else {
        share.trim_end().len()
    };
    if share_len == 0 {
        return None;
    }
    idx += share_len;
    // Rest of the path: no whitespace.
    if s[idx..].starts_with(sep) {
        let rest = s[idx..]
            .find(|c: char| c.is_whitespace() || TERMINATORS.contains(&c) || c == ',' || c == ';')
            .unwrap_or(s.len() - idx);
        idx += rest;
    }
    let found = s[..idx].trim_end_matches(['.', ')', ']', ':']);
    Some(found.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The location search that visits every character, which [`find_locations`] replaced by
    /// trying only the places near a separator.
    fn find_locations_plain(text: &str) -> Vec<Found<'_>> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let rest = &text[i..];
            let b = bytes[i];
            let unc_start = (b == b'\\' && rest.starts_with("\\\\"))
                || (b == b'/' && rest.starts_with("//") && starts_token(text, i));
            let candidate = if unc_start {
                scan_unc(rest)
            } else if (b == b'h' || b == b'H' || b == b'f' || b == b'F') && starts_word(text, i) {
                scan_url(rest)
            } else {
                None
            };
            match candidate {
                Some(len) => {
                    out.push(Found {
                        start: i,
                        text: &text[i..i + len],
                    });
                    i += len;
                }
                None => i += rest.chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    /// Texts built from pieces that start, end, nest and break locations, in every order a
    /// small generator reaches: both searches find the same locations at the same places.
    #[test]
    fn find_locations_matches_the_plain_search() {
        let parts: Vec<&str> = concat!(
            r#"http://|https://|HTTPS://|file:/|file:///|FILE://|hxttp://|\\|\|//|/|\\?\UNC\|"#,
            r#"srv|share$| |x|é|日本|:|(|)|'|"|=|,|;|.|h|f|ttp|s:/|a/b|\\h\s\p|//h/s/p|"#,
            r#"http://h/p?q=1|Software Library|pkgs$ D:\x"#
        )
        .split('|')
        .collect();
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let n = 1 + (next() % 12) as usize;
            let text: String = (0..n)
                .map(|_| parts[(next() % parts.len() as u64) as usize])
                .collect();
            let plain: Vec<(usize, &str)> = find_locations_plain(&text)
                .iter()
                .map(|f| (f.start, f.text))
                .collect();
            let fast: Vec<(usize, &str)> = find_locations(&text)
                .iter()
                .map(|f| (f.start, f.text))
                .collect();
            assert_eq!(fast, plain, "{text:?}");
        }
    }

    /// The table-driven URL end agrees with the plain character test it replaced.
    #[test]
    fn url_end_matches_the_character_test() {
        let plain = |s: &str| {
            s.find(|c: char| c.is_whitespace() || TERMINATORS.contains(&c) && c != '?')
                .unwrap_or(s.len())
        };
        for s in [
            "https://a/b?c=1 rest",
            "http://x/é\u{a0}y",
            "http://x/y\u{3000}z",
            "file:///c:/x\u{b}y",
            "http://x/<y>",
            "http://x/\u{1c}y",
            "http://日本/パス|z",
            "",
        ] {
            assert_eq!(url_end(s), plain(s), "{s:?}");
        }
    }

    fn found(text: &str) -> Vec<&str> {
        find_locations(text).into_iter().map(|f| f.text).collect()
    }

    #[test]
    fn finds_locations_in_free_text() {
        assert_eq!(
            found(r"copy from \\ps01\pkgs$\office\setup.exe to C:\temp"),
            vec![r"\\ps01\pkgs$\office\setup.exe"]
        );
        assert_eq!(
            found("url=http://ns01/Altiris/NS/Agent/GetPackageInfo.aspx?xml=1 done."),
            vec!["http://ns01/Altiris/NS/Agent/GetPackageInfo.aspx?xml=1"]
        );
        assert_eq!(
            found(r"accessing path '\\SMP-T2\Software Library\ WireShark 1.4.0 Package' ."),
            vec![r"\\SMP-T2\Software Library\"]
        );
        assert_eq!(
            found("physical path: '\\\\SWDSHARE\\SWL\\Microsoft\\Tool'"),
            vec![r"\\SWDSHARE\SWL\Microsoft\Tool"]
        );
        assert_eq!(
            found("see https://ps02:443/x, and file://srv/share/a."),
            vec!["https://ps02:443/x", "file://srv/share/a"]
        );
        assert_eq!(
            found("//srv/share/x and http://a/b"),
            vec!["//srv/share/x", "http://a/b"]
        );
        assert_eq!(found(r"\\?\UNC\srv\s\p"), vec![r"\\?\UNC\srv\s\p"]);
        assert!(found("// a comment, not a path").is_empty());
        assert!(found(r"escaped \\n newline").is_empty());
        assert!(found("Ünïcödé ✓ text with no paths").is_empty());
    }
}
