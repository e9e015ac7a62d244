//! Notification Server (`a.log`) and agent (`agent.log`) logs.
//!
//! Records are concatenated `<event …>` elements with no root (itms-domain.md §1.2, §1.5).
//! Attributes come in any order, in single or double quotes; the body is CDATA that may span
//! lines and contain `<`, `&` and XML, and may lack `]]>`: `</event>` ends the record. The scan
//! is line-based with a line cap, and a record is capped at [`MAX_RECORD`] bytes, so memory does
//! not grow with the input.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use memchr::memmem;

use crate::collect::{at_line, FileResult, Sighting, SignalAgg, MAX_SAMPLES};
use crate::lines::LineReader;
use crate::unc::find_locations;

/// Records larger than this are counted as damaged and skipped.
pub const MAX_RECORD: usize = 16 << 20;

/// A signal kind and the phrases that show it (matched case-insensitively in the body).
pub struct SignalDef {
    pub kind: &'static str,
    pub phrases: &'static [&'static str],
    pub meaning: &'static str,
}

/// The signals, each a stable kind. Win32 texts and codes from itms-domain.md §2.5 and §1.2.
pub const SIGNALS: &[SignalDef] = &[
    SignalDef {
        kind: "logon-failure",
        phrases: &[
            "logon failure: unknown user name or bad password",
            "the user name or password is incorrect",
            "0x8007052e",
            "-2147023570",
            "error 1326",
        ],
        meaning: "ERROR_LOGON_FAILURE (1326): the stored credential was rejected",
    },
    SignalDef {
        kind: "account-locked-out",
        phrases: &[
            "account locked out",
            "the referenced account is currently locked out",
            "0x80070775",
            "-2147023499",
            "error 1909",
        ],
        meaning: "ERROR_ACCOUNT_LOCKED_OUT (1909): the account is locked",
    },
    SignalDef {
        kind: "access-denied",
        phrases: &["0x80070005", "-2147024891", "access is denied"],
        meaning: "E_ACCESSDENIED: the account reached the resource but was refused",
    },
    SignalDef {
        kind: "http-401",
        phrases: &[
            "http status 401",
            "401 unauthorized",
            "0x8fa10191",
            "the request requires user authentication",
        ],
        meaning: "A task or package server answered HTTP 401",
    },
    SignalDef {
        kind: "token-auth",
        phrases: &[
            "token-based authentication",
            "access token",
            "access tokens configuration",
        ],
        meaning: "Token-based authentication is mentioned",
    },
    SignalDef {
        kind: "acc-fallback",
        phrases: &["fallback", "agent connectivity credential"],
        meaning: "ACC or the ACC fallback is mentioned",
    },
];

/// Records whose `source` attribute is `SiteServerAction` are ACC create/unlock/refresh actions
/// on site servers (KB 150951).
pub const SITE_SERVER_ACTION: &str = "acc-site-server-action";

fn matcher() -> &'static (AhoCorasick, Vec<usize>) {
    static M: OnceLock<(AhoCorasick, Vec<usize>)> = OnceLock::new();
    M.get_or_init(|| {
        let mut pats = vec![];
        let mut kinds = vec![];
        for (k, def) in SIGNALS.iter().enumerate() {
            for p in def.phrases {
                pats.push(*p);
                kinds.push(k);
            }
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(pats)
            .expect("static patterns");
        (ac, kinds)
    })
}

/// One parsed record.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Record {
    pub attrs: BTreeMap<String, String>,
    pub body: String,
    pub line: u64,
}

/// Parses the attributes of a start tag (`<event a="1" b='2' >`); `tag` excludes `<event`.
pub fn parse_attrs(tag: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let b = tag.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let name_start = i;
        while i < b.len() && b[i] != b'=' && !b[i].is_ascii_whitespace() && b[i] != b'>' {
            i += 1;
        }
        let name = &tag[name_start..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() || b[i] != b'=' {
            if i < b.len() && b[i] == b'>' {
                break;
            }
            i += 1;
            continue;
        }
        i += 1;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let q = b[i];
        let value = if q == b'"' || q == b'\'' {
            let start = i + 1;
            let end = memchr::memchr(q, &b[start..]).map_or(b.len(), |e| start + e);
            i = end + 1;
            &tag[start..end.min(tag.len())]
        } else {
            let start = i;
            while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                i += 1;
            }
            &tag[start..i]
        };
        if !name.is_empty() {
            out.insert(name.to_string(), xml_unescape(value));
        }
    }
    out
}

fn xml_unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Splits a record's text (from `<event` to `</event>`) into attributes and body.
pub fn parse_record(text: &str, line: u64) -> Record {
    let after = &text["<event".len().min(text.len())..];
    // The start tag ends at the first '>' outside quotes.
    let mut quote = None;
    let mut tag_end = after.len();
    for (i, c) in after.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => {
                tag_end = i;
                break;
            }
            _ => {}
        }
    }
    let attrs = parse_attrs(&after[..tag_end]);
    let mut body = after.get(tag_end + 1..).unwrap_or("");
    if let Some(e) = body.rfind("</event>") {
        body = &body[..e];
    }
    let mut body = body.trim();
    if let Some(b) = body.strip_prefix("<![CDATA[") {
        body = b;
    }
    if let Some(b) = body.trim_end().strip_suffix("]]>") {
        body = b;
    }
    Record {
        attrs,
        body: body.trim().to_string(),
        line,
    }
}

/// A sortable key for the two date forms: `MM/dd/yyyy HH:mm:ss.fffffff zzz` and `MMM dd HH:mm:ss`.
pub fn date_key(date: &str) -> Option<String> {
    let d = date.trim();
    let b = d.as_bytes();
    if b.len() >= 19 && b[2] == b'/' && b[5] == b'/' {
        // 04/16/2025 07:34:22.1223067 -04:00 → 2025-04-16T07:34:22.1223067-04:00 (kept local)
        return Some(format!(
            "{}-{}-{}T{}",
            &d[6..10],
            &d[0..2],
            &d[3..5],
            &d[11..]
        ));
    }
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = d.to_ascii_lowercase();
    let m = MONTHS.iter().position(|m| lower.starts_with(m))?;
    let rest = d.get(4..)?.trim_start();
    let (day, time) = rest.split_once(' ')?;
    Some(format!(
        "{:02}-{:02}T{}",
        m + 1,
        day.parse::<u32>().ok()?,
        time
    ))
}

struct Pending {
    text: Vec<u8>,
    line: u64,
    too_big: bool,
}

/// Scans a log stream, counting records and collecting signals and UNC paths.
pub fn scan(reader: impl BufRead, out: &mut FileResult) -> std::io::Result<()> {
    let start_finder = memmem::Finder::new(b"<event");
    let end_finder = memmem::Finder::new(b"</event>");
    let mut lines = LineReader::new(reader);
    let mut pending: Option<Pending> = None;
    while let Some(line) = lines.next_line()? {
        let bytes = match line.bytes {
            Ok(b) => b,
            Err(len) => {
                if let Some(p) = pending.as_mut() {
                    p.too_big = true;
                } else {
                    out.problem(
                        at_line(line.number),
                        format!("line of {len} bytes outside any record is too long; skipped"),
                    );
                }
                continue;
            }
        };
        let mut pos = 0;
        while pos <= bytes.len() {
            let rest = &bytes[pos..];
            match pending.as_mut() {
                None => match start_finder.find(rest) {
                    Some(s) if is_event_start(&rest[s..]) => {
                        pending = Some(Pending {
                            text: Vec::new(),
                            line: line.number,
                            too_big: false,
                        });
                        pos += s;
                        // The start tag is appended below, on the next turn of the loop.
                        let p = pending.as_mut().expect("just set");
                        p.text.extend_from_slice(b"<event");
                        pos += "<event".len();
                    }
                    Some(s) => pos += s + 1,
                    None => break,
                },
                Some(p) => {
                    let end = end_finder.find(rest);
                    // A new record starting before this one ends means this one was cut off.
                    let next_start = start_finder
                        .find_iter(rest)
                        .find(|&s| is_event_start(&rest[s..]));
                    match (end, next_start) {
                        (Some(e), ns) if ns.is_none_or(|n| e < n) => {
                            let take = e + "</event>".len();
                            append(p, &rest[..take]);
                            let done = pending.take().expect("pending");
                            finish(done, out);
                            pos += take;
                        }
                        (_, Some(n)) => {
                            let cut = pending.take().expect("pending");
                            out.problem(
                                at_line(cut.line),
                                "record is not terminated (no </event> before the next <event>); skipped",
                            );
                            pos += n;
                        }
                        _ => {
                            append(p, rest);
                            append(p, b"\n");
                            break;
                        }
                    }
                }
            }
            if pos >= bytes.len() {
                if let Some(p) = pending.as_mut() {
                    if pos == bytes.len() && !p.text.ends_with(b"\n") {
                        append(p, b"\n");
                    }
                }
                break;
            }
        }
    }
    if let Some(p) = pending {
        out.problem(
            at_line(p.line),
            "file ends inside a record (truncated: no </event>); skipped",
        );
    }
    Ok(())
}

fn is_event_start(s: &[u8]) -> bool {
    matches!(s.get(6), Some(b' ' | b'\t' | b'\r' | b'\n' | b'>') | None)
}

fn append(p: &mut Pending, bytes: &[u8]) {
    if p.too_big {
        return;
    }
    if p.text.len() + bytes.len() > MAX_RECORD {
        p.too_big = true;
        p.text = Vec::new();
        return;
    }
    p.text.extend_from_slice(bytes);
}

fn finish(p: Pending, out: &mut FileResult) {
    if p.too_big {
        out.problem(
            at_line(p.line),
            format!("record larger than {} MiB; skipped", MAX_RECORD >> 20),
        );
        return;
    }
    out.records += 1;
    let text = String::from_utf8_lossy(&p.text);
    let rec = parse_record(&text, p.line);
    analyse(&rec, out);
}

fn analyse(rec: &Record, out: &mut FileResult) {
    let host = rec
        .attrs
        .get("hostName")
        .or_else(|| rec.attrs.get("hostname"))
        .map(|h| h.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let date = rec.attrs.get("date").cloned().unwrap_or_default();
    let (ac, kinds) = matcher();
    let mut seen = [false; 16];
    for m in ac.find_iter(&rec.body) {
        seen[kinds[m.pattern().as_usize()]] = true;
    }
    let hit = |kind: &str, out: &mut FileResult| {
        let agg = out.signals.entry(kind.to_string()).or_default();
        add_hit(agg, &host, &date, rec);
    };
    for (k, def) in SIGNALS.iter().enumerate() {
        if seen[k] {
            hit(def.kind, out);
        }
    }
    if rec
        .attrs
        .get("source")
        .is_some_and(|s| s.eq_ignore_ascii_case("SiteServerAction"))
    {
        hit(SITE_SERVER_ACTION, out);
    }
    for f in find_locations(&rec.body) {
        out.sightings.push(Sighting {
            raw: f.text.to_string(),
            line: Some(rec.line),
            record: Some(out.records),
            package: None,
        });
    }
}

fn add_hit(agg: &mut SignalAgg, host: &str, date: &str, rec: &Record) {
    agg.count += 1;
    if !host.is_empty() {
        agg.hosts.insert(host.to_string());
    }
    if let Some(key) = date_key(date) {
        if agg.first.as_ref().is_none_or(|(k, _)| &key < k) {
            agg.first = Some((key.clone(), date.to_string()));
        }
        if agg.last.as_ref().is_none_or(|(k, _)| &key > k) {
            agg.last = Some((key, date.to_string()));
        }
    }
    if agg.samples.len() < MAX_SAMPLES {
        let excerpt: String = rec.body.chars().take(240).collect();
        agg.samples.push((rec.line, excerpt));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> FileResult {
        let mut out = FileResult::default();
        scan(input.as_bytes(), &mut out).unwrap();
        out
    }

    const SERVER: &str = "<event date=\"04/16/2025 07:34:22.1223067 -04:00\" severity=\"1\" hostName=\"VMExample01\" source=\"Item.RaiseItemLoadFlagsSecurityException\" module=\"Altiris.NS.dll\" process=\"w3wp\" pid=\"35048\" thread=\"2153\" tickCount=\"369203781\"><![CDATA[Failed initiate push installation\n\nCurrent user does not have required permission to load item: 'Access Tokens Configuration'\n\n   [AeXUnauthorizedAccessException @ Altiris.NS.dll]\n\n</event>\n";

    const AGENT: &str = "<event date='May 16 11:51:05' severity='2' hostName='xx100' source='CreateDirectoryPath' module='AeXNSAgent.exe' process='AeXNSAgent.exe' pid='724' thread='1740' tickCount='495844828' >\n  <![CDATA[Cannot create directory: 0x80070005 [Access is denied] d:]]></event>\n<event date='May 16 11:51:05' severity='2' hostName='xx100' source='EventTransport' module='AeXNSAgent.exe' process='AeXNSAgent.exe' pid='724' thread='1740' tickCount='495844843' >\n  <![CDATA[Error while copying event to capture directory: Access is denied (-2147024891)]]></event>\n";

    #[test]
    fn real_samples_from_the_kbs() {
        let out = run(SERVER);
        assert_eq!((out.records, out.errors), (1, 0));
        assert_eq!(
            out.signals["token-auth"].hosts.iter().collect::<Vec<_>>(),
            vec!["vmexample01"]
        );
        let out = run(AGENT);
        assert_eq!((out.records, out.errors), (2, 0));
        let ad = &out.signals["access-denied"];
        assert_eq!(ad.count, 2);
        assert_eq!(ad.samples[0].0, 1);
        assert_eq!(ad.samples[1].0, 3);
    }

    #[test]
    fn attributes_in_any_order_and_quoting() {
        let a = parse_attrs(
            r#" hostName = 'H1' date="01/02/2025 10:00:00.0 +00:00" source=SiteServerAction >"#,
        );
        assert_eq!(a["hostName"], "H1");
        assert_eq!(a["date"], "01/02/2025 10:00:00.0 +00:00");
        assert_eq!(a["source"], "SiteServerAction");
        let r = parse_record(
            "<event hostName=\"a>b\" date='x'><![CDATA[body <xml/> & more]]></event>",
            7,
        );
        assert_eq!(r.attrs["hostName"], "a>b");
        assert_eq!(r.body, "body <xml/> & more");
    }

    #[test]
    fn signals_lockout_logon_failure_401_and_site_server_action() {
        let log = "<event date='May 16 11:51:05' hostName='PS01' source='SiteServerAction'><![CDATA[Unlocked local ACC account]]></event>\
<event date='May 17 09:00:00' hostName='PS01' source='Download'><![CDATA[Failed: Logon failure: unknown user name or bad password. (0x8007052E) \\\\ps01\\pkgs$\\a]]></event>\
<event date='May 15 08:00:00' hostName='WS7' source='Download'><![CDATA[The referenced account is currently locked out and may not be logged on to]]></event>\
<event date='May 18 08:00:00' hostName='WS7' source='Net'><![CDATA[error: HTTP status 401: The request requires user authentication (0x8FA10191)]]></event>";
        let out = run(log);
        assert_eq!(out.records, 4);
        assert_eq!(out.signals[SITE_SERVER_ACTION].count, 1);
        assert_eq!(out.signals["logon-failure"].count, 1);
        assert_eq!(
            out.signals["account-locked-out"]
                .hosts
                .iter()
                .next()
                .unwrap(),
            "ws7"
        );
        assert_eq!(out.signals["http-401"].count, 1);
        assert_eq!(out.sightings[0].raw, "\\\\ps01\\pkgs$\\a");
        let lf = &out.signals["logon-failure"];
        assert_eq!(lf.first.as_ref().unwrap().1, "May 17 09:00:00");
    }

    #[test]
    fn damage_is_counted_with_its_place_and_the_rest_parses() {
        let log = format!(
            "{AGENT}<event date='May 16' hostName='cut'><![CDATA[no end here\n\u{0}\u{1}garbage\n{SERVER}<event date='x' hostName='h'><![CDATA[unterminated cdata\n</event>\n<event hostName='tail'><![CDATA[truncated"
        );
        let out = run(&log);
        assert_eq!(out.records, 4, "{:?}", out.problems);
        assert_eq!(out.errors, 2);
        assert_eq!(out.problems[0].place.line, Some(5));
        assert!(out.problems[0].message.contains("not terminated"));
        assert!(out.problems[1].message.contains("truncated"));
    }

    #[test]
    fn oversized_record_is_skipped_with_bounded_memory() {
        let mut log = String::from("<event hostName='big'><![CDATA[");
        let chunk = "x".repeat(1 << 19);
        for _ in 0..(MAX_RECORD >> 19) + 2 {
            log.push_str(&chunk);
            log.push('\n');
        }
        log.push_str("]]></event>\n<event hostName='ok'><![CDATA[account locked out]]></event>");
        let out = run(&log);
        assert_eq!(out.records, 1);
        assert_eq!(out.errors, 1);
        assert!(out.problems[0].message.contains("larger than"));
        assert_eq!(out.signals["account-locked-out"].count, 1);
    }

    #[test]
    fn date_keys_sort_both_forms() {
        assert_eq!(
            date_key("04/16/2025 07:34:22.1223067 -04:00").unwrap(),
            "2025-04-16T07:34:22.1223067 -04:00"
        );
        assert_eq!(date_key("May 16 11:51:05").unwrap(), "05-16T11:51:05");
        assert!(date_key("May 9 01:02:03").unwrap() < date_key("May 16 01:02:03").unwrap());
        assert_eq!(date_key("garbage"), None);
    }
}
