//! Notification Server (`a.log`) and agent (`agent.log`) logs.
//!
//! Records are concatenated `<event …>` elements with no root (itms-domain.md §1.2, §1.5).
//! Attributes come in any order, in single or double quotes; the body is CDATA that may span
//! lines and contain `<`, `&` and XML, and may lack `]]>`: `</event>` ends the record (the last
//! one before the next `<event`, so a body quoting `</event>` stays whole). A record is capped at
//! [`MAX_RECORD`] bytes and the stream is read in pieces (module `records`), so memory does not
//! grow with the input; what is kept grows with what is found (distinct locations, capped
//! samples). The start tag is read in module `tag`, the Log Viewer's text copy in `viewer`.

use std::io::BufRead;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use memchr::memmem;

use crate::collect::{FileResult, SignalAgg, MAX_SAMPLES};
use crate::unc::find_locations;

mod records;
mod tag;
mod viewer;
pub mod win32_texts;
pub use records::scan_records;
pub use tag::attr_value;
use tag::split_record;
pub use viewer::scan_viewer_copy;

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
            // Also finds "access tokens configuration".
            "access token",
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

/// The `source` of those records, as the agent writes it (matched exactly: it is a name the
/// agent writes, not text a person typed).
pub const SITE_SERVER_SOURCE: &str = "SiteServerAction";

/// Every signal phrase with its kind (index into [`SIGNALS`]), in the one order both searches
/// number them by.
fn phrases() -> impl Iterator<Item = (usize, &'static str)> {
    let codes = SIGNALS
        .iter()
        .enumerate()
        .flat_map(|(k, def)| def.phrases.iter().map(move |p| (k, *p)));
    let localized = win32_texts::TEXTS.iter().map(|(kind, text, ..)| {
        let k = SIGNALS.iter().position(|d| d.kind == *kind);
        (k.expect("a signal kind of SIGNALS"), *text)
    });
    codes.chain(localized)
}

fn matcher() -> &'static (AhoCorasick, Vec<usize>) {
    static M: OnceLock<(AhoCorasick, Vec<usize>)> = OnceLock::new();
    M.get_or_init(|| {
        let (kinds, pats): (Vec<usize>, Vec<&str>) = phrases().unzip();
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostFirst)
            .build(pats)
            .expect("static patterns");
        (ac, kinds)
    })
}

/// A sortable key and a display form for the two date forms: `MM/dd/yyyy HH:mm:ss.fffffff zzz`
/// (kept as written) and `MMM dd HH:mm:ss`, which has no year: the year is inferred from when
/// the file was last modified (a month after that month belongs to the year before), and the
/// display says so.
pub fn dated(date: &str, modified: Option<(i32, u32)>) -> Option<(String, String)> {
    let mut key = String::new();
    if !key_into(date, modified, &mut key) {
        return None;
    }
    let mut shown = String::new();
    shown_into(date, modified, &key, &mut shown);
    Some((key, shown))
}

/// A sortable key for the two date forms: `MM/dd/yyyy HH:mm:ss.fffffff zzz` and `MMM dd HH:mm:ss`.
pub fn date_key(date: &str) -> Option<String> {
    let mut key = String::new();
    key_into(date, None, &mut key).then_some(key)
}

/// `04/16/2025 07:34:22.1223067 -04:00`: the server form, with year and zone.
fn is_server_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() >= 19 && b[..19].is_ascii() && b[2] == b'/' && b[5] == b'/'
}

/// Writes the sortable key of `date` into `key` (replacing what it held, keeping its
/// allocation); false when the date has neither form. An agent date gets the year inferred
/// from `modified` when given.
fn key_into(date: &str, modified: Option<(i32, u32)>, key: &mut String) -> bool {
    use std::fmt::Write;
    key.clear();
    let d = date.trim();
    if is_server_date(d) {
        // 04/16/2025 07:34:22.1223067 -04:00 → 2025-04-16T07:34:22.1223067-04:00 (kept local)
        for part in [&d[6..10], "-", &d[0..2], "-", &d[3..5], "T", &d[11..]] {
            key.push_str(part);
        }
        return true;
    }
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let Some(m) = MONTHS
        .iter()
        .position(|m| d.len() >= 3 && d.as_bytes()[..3].eq_ignore_ascii_case(m.as_bytes()))
    else {
        return false;
    };
    let Some((day, time)) = d.get(4..).and_then(|r| r.trim_start().split_once(' ')) else {
        return false;
    };
    let Ok(day) = day.parse::<u32>() else {
        return false;
    };
    let month = m as u32 + 1;
    if let Some((year, modified_month)) = modified {
        let y = if month > modified_month {
            year - 1
        } else {
            year
        };
        let _ = write!(key, "{y}-");
    }
    let _ = write!(key, "{month:02}-{day:02}T{time}");
    true
}

/// Writes how a date is shown, given its key from [`key_into`].
fn shown_into(date: &str, modified: Option<(i32, u32)>, key: &str, shown: &mut String) {
    shown.clear();
    let d = date.trim();
    if is_server_date(d) {
        shown.push_str(d);
    } else if modified.is_none() {
        shown.push_str(d);
        shown.push_str(" (no year, no zone)");
    } else {
        shown.push_str(&key.replacen('T', " ", 1));
        shown.push_str(" (year inferred from the file date, no zone)");
    }
}

/// Scans a log: `<event>` records, or the Altiris Log Viewer's text copy (`Date:` /
/// `Source:` / `Description:` blocks), told apart by the head.
pub fn scan(reader: impl BufRead, out: &mut FileResult) -> std::io::Result<()> {
    let (head, reader) = crate::codebase::peek_head(reader)?;
    let text = String::from_utf8_lossy(&head);
    if !text.contains("<event") && crate::sniff::is_log_viewer_copy(&text) {
        return scan_viewer_copy(reader, out);
    }
    scan_records(reader, out)
}

/// True when a gap between records holds control bytes other than whitespace.
fn is_binary(gap: &[u8]) -> bool {
    gap.iter()
        .any(|&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
}

/// `<event` followed by whitespace or `>` (not `<events`); at the buffer's end, undecided
/// unless the stream has ended.
fn is_event_start(s: &[u8], eof: bool) -> bool {
    match s.get(6) {
        Some(b' ' | b'\t' | b'\r' | b'\n' | b'>') => true,
        Some(_) => false,
        None => eof,
    }
}

/// A signal phrase found by the search over a piece of the log: where it starts and ends in
/// the record, and its index in [`phrases`]' order.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub phrase: usize,
}

/// One record's bytes, from `<event` to `</event>`. `found` holds the phrases a search over
/// the record already found (its body's are used), or None to search the body here.
fn record(bytes: &[u8], line: u64, found: Option<&[Found]>, out: &mut FileResult) {
    out.records += 1;
    // (simdutf8: the standard library's answer, checked with SIMD.)
    let text: std::borrow::Cow<'_, str> = match simdutf8::basic::from_utf8(bytes) {
        Ok(t) => t.into(),
        Err(_) => String::from_utf8_lossy(bytes),
    };
    let (tag, body) = split_record(&text);
    // The host in lower case: on the stack when short (no allocation per record).
    let mut short = [0u8; 64];
    let host = tag
        .host
        .map(|h| {
            let h = h.trim();
            if !h.bytes().any(|b| b.is_ascii_uppercase()) {
                return std::borrow::Cow::Borrowed(h);
            }
            match short.get_mut(..h.len()) {
                Some(buf) => {
                    buf.copy_from_slice(h.as_bytes());
                    buf.make_ascii_lowercase();
                    std::borrow::Cow::Borrowed(std::str::from_utf8(buf).unwrap_or_default())
                }
                None => std::borrow::Cow::Owned(h.to_ascii_lowercase()),
            }
        })
        .unwrap_or_default();
    let date = tag.date.unwrap_or("");
    let source = tag.source.unwrap_or("");
    // Offsets into `bytes` hold for the text only when it was valid UTF-8 as it was.
    let kinds = match (found, &text) {
        (Some(found), std::borrow::Cow::Borrowed(t)) => {
            let from = body.as_ptr() as usize - t.as_ptr() as usize;
            let to = from + body.len();
            let (_, phrase_kind) = matcher();
            let mut seen = [false; 16];
            // No match runs into the body from before it: it starts after the tag's `>`,
            // whitespace and `<![CDATA[`, none of which a phrase holds.
            for f in found {
                if f.start >= from && f.end <= to {
                    seen[phrase_kind[f.phrase]] = true;
                }
            }
            seen
        }
        _ => kinds_in(body),
    };
    analyse_with(body, &host, date, source, line, kinds, out);
}

/// Which signal kinds (indexes into [`SIGNALS`]) a text mentions.
fn kinds_in(body: &str) -> [bool; 16] {
    let (ac, kinds) = matcher();
    let mut seen = [false; 16];
    for m in ac.find_iter(body) {
        seen[kinds[m.pattern().as_usize()]] = true;
    }
    seen
}

fn analyse(body: &str, host: &str, date: &str, source: &str, line: u64, out: &mut FileResult) {
    analyse_with(body, host, date, source, line, kinds_in(body), out);
}

fn analyse_with(
    body: &str,
    host: &str,
    date: &str,
    source: &str,
    line: u64,
    kinds: [bool; 16],
    out: &mut FileResult,
) {
    let site_server_action = source == SITE_SERVER_SOURCE;
    if kinds.contains(&true) || site_server_action {
        // The date's key is worked out once for the record, in a buffer kept for the next.
        thread_local! {
            static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        KEY.with_borrow_mut(|key| {
            let modified = out.modified;
            let when = key_into(date, modified, key).then_some(When {
                date,
                modified,
                key,
            });
            let hit = |kind: &str, out: &mut FileResult| {
                if !out.signals.contains_key(kind) {
                    out.signals.insert(kind.to_string(), SignalAgg::default());
                }
                let agg = out.signals.get_mut(kind).expect("inserted above");
                add_hit(agg, host, when.as_ref(), body, line);
            };
            for (k, def) in SIGNALS.iter().enumerate() {
                if kinds[k] {
                    hit(def.kind, out);
                }
            }
            if site_server_action {
                hit(SITE_SERVER_ACTION, out);
            }
        });
    }
    // Paths and URLs need "\\" or "//"; most records have neither.
    static PATHS: OnceLock<[memmem::Finder<'static>; 2]> = OnceLock::new();
    let paths = PATHS.get_or_init(|| [memmem::Finder::new("\\\\"), memmem::Finder::new("//")]);
    if paths.iter().any(|f| f.find(body.as_bytes()).is_some()) {
        for f in find_locations(body) {
            let record = out.records;
            out.sight(f.text, Some(line), Some(record));
        }
    }
}

/// A record's date: as written, and its sortable key.
struct When<'a> {
    date: &'a str,
    modified: Option<(i32, u32)>,
    key: &'a str,
}

/// Replaces a (key, as written) pair, reusing its strings.
fn set_when(slot: &mut Option<(String, String)>, when: &When<'_>) {
    let (k, shown) = slot.get_or_insert_with(Default::default);
    k.clear();
    k.push_str(when.key);
    shown_into(when.date, when.modified, when.key, shown);
}

fn add_hit(agg: &mut SignalAgg, host: &str, when: Option<&When<'_>>, body: &str, line: u64) {
    agg.count += 1;
    if !host.is_empty() && !agg.hosts.contains(host) {
        agg.hosts.insert(host.to_string());
    }
    if let Some(when) = when {
        if agg
            .first
            .as_ref()
            .is_none_or(|(k, _)| when.key < k.as_str())
        {
            set_when(&mut agg.first, when);
        }
        if agg.last.as_ref().is_none_or(|(k, _)| when.key > k.as_str()) {
            set_when(&mut agg.last, when);
        }
        agg.count_hour(when.key);
    }
    if agg.samples.len() < MAX_SAMPLES {
        let end = body.char_indices().nth(240).map_or(body.len(), |(i, _)| i);
        agg.samples.push((line, body[..end].to_string()));
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

    /// Sample C of itms-domain.md §1.2 (KB 179874), then a block with a logon failure.
    const VIEWER: &str = "Date: Nov 08 14:23:41:011\r\nSource: AeXNetworkTransport\r\nDescription: GET:\r\nurl=http://smp01/Altiris/NS/Agent/GetPackageInfo.aspx?xml=<request resource=\"{89782D60-FFA1-487A-B4BA-38E909ABB6DF}\" version=\"1\" type=\"codebases\" compress=\"1\" totalTime=\"0\">\r\n<packages>\r\n<package guid=\"{8661D7F2-039B-4418-9A0A-70A9C7445F9C}\"/>\r\n</packages>\r\n</request>\r\n\r\nDate: Nov 08 14:24:02:114\r\nSource: Download\r\nDescription: Download from \\\\files01\\Packages$\\Office failed: Logon failure: unknown user name or bad password. (0x8007052E)\r\n";

    #[test]
    fn log_viewer_text_copy() {
        assert_eq!(
            crate::sniff::detect(VIEWER.as_bytes()).kind,
            tokenready_model::InputKind::AgentLog
        );
        let out = run(VIEWER);
        assert_eq!((out.records, out.errors), (2, 0));
        let lf = &out.signals["logon-failure"];
        assert_eq!(lf.count, 1);
        assert_eq!(lf.samples[0].0, 10, "the failure's block starts on line 10");
        assert_eq!(lf.first.as_ref().unwrap().0, "11-08T14:24:02:114");
        let raws: Vec<_> = out.sightings.iter().map(|s| s.raw.as_str()).collect();
        assert!(raws.contains(&"\\\\files01\\Packages$\\Office"), "{raws:?}");
        // Text before the first block is reported, not guessed at.
        let out = run(&format!("copied from the viewer\r\n{VIEWER}"));
        assert_eq!((out.records, out.errors), (2, 1));
    }

    /// Bad input in a Log Viewer copy: an overlong line is skipped with its number, a cut-off
    /// last block still counts, and what came before is kept.
    #[test]
    fn log_viewer_copy_with_a_huge_line_and_a_truncated_end() {
        let huge = "x".repeat(crate::lines::MAX_LINE + 10);
        let input = format!("{VIEWER}Date: Nov 08 14:25:00:000\r\nSource: Download\r\nDescription: {huge}\r\nDate: Nov 08 14:26:00:000\r\nSource: Dow");
        let out = run(&input);
        assert_eq!(out.records, 4);
        assert_eq!(out.errors, 1);
        assert_eq!(
            out.problems[0].0.line,
            Some(15),
            "the Description line of the third block"
        );
        assert_eq!(out.signals["logon-failure"].count, 1);
    }

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

    /// The phrase search (Teddy) runs at full speed with at most 32 phrases; above that it
    /// switches to its fat variant, half the bytes per step (aho-corasick packed/teddy).
    #[test]
    fn every_phrase_fits_the_fast_search() {
        assert!(phrases().count() <= 32, "{}", phrases().count());
    }

    /// One record per localized text of win32_texts.rs, written as the server would (sentence
    /// case, the text inside a longer message): each counts as its signal, and a record
    /// with none of them counts nothing.
    #[test]
    fn localized_win32_texts_count_as_their_signals() {
        let mut log = String::new();
        for (i, (_, text, lang, ..)) in win32_texts::TEXTS.iter().enumerate() {
            let mut sentence = text.to_string();
            if let Some(c) = sentence.get(..1) {
                sentence.replace_range(..1, &c.to_ascii_uppercase());
            }
            log.push_str(&format!(
                "<event date='May 17 09:00:{:02}' hostName='H{i}' source='Download'><![CDATA[{lang}: \\\\ps01\\pkgs$ - {sentence}.]]></event>\n",
                i % 60
            ));
        }
        log.push_str("<event date='May 17 10:00:00' hostName='X' source='Download'><![CDATA[Der Download wurde abgeschlossen.]]></event>\n");
        let out = run(&log);
        assert_eq!(out.records as usize, win32_texts::TEXTS.len() + 1);
        for (i, (kind, text, ..)) in win32_texts::TEXTS.iter().enumerate() {
            assert!(
                out.signals[*kind].hosts.contains(&format!("h{i}")),
                "{kind}: {text}"
            );
        }
        let counted: u64 = out.signals.values().map(|a| a.count).sum();
        assert_eq!(counted as usize, win32_texts::TEXTS.len());
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
        assert_eq!(
            lf.first.as_ref().unwrap().1,
            "May 17 09:00:00 (no year, no zone)"
        );
    }

    #[test]
    fn damage_is_counted_with_its_place_and_the_rest_parses() {
        let log = format!(
            "{AGENT}<event date='May 16' hostName='cut'><![CDATA[no end here\n\u{0}\u{1}garbage\n{SERVER}<event date='x' hostName='h'><![CDATA[unterminated cdata\n</event>\n<event hostName='tail'><![CDATA[truncated"
        );
        let out = run(&log);
        assert_eq!(out.records, 4, "{:?}", out.problems);
        assert_eq!(out.errors, 2);
        assert_eq!(out.problems[0].0.line, Some(5));
        assert!(out.problems[0].1.english().contains("not terminated"));
        assert!(out.problems[1].1.english().contains("truncated"));
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
        assert!(out.problems[0].1.english().contains("larger than"));
        assert_eq!(out.signals["account-locked-out"].count, 1);
    }

    #[test]
    fn agent_dates_get_their_year_from_the_file_date() {
        // File written in January 2026: December records belong to 2025.
        let jan = Some((2026, 1));
        assert_eq!(
            dated("Dec 30 23:59:00", jan).unwrap().0,
            "2025-12-30T23:59:00"
        );
        assert_eq!(
            dated("Jan 02 00:01:00", jan).unwrap().0,
            "2026-01-02T00:01:00"
        );
        assert!(
            dated("Dec 30 23:59:00", jan).unwrap().0 < dated("Jan 02 00:01:00", jan).unwrap().0
        );
        assert!(dated("May 16 11:51:05", Some((2025, 6)))
            .unwrap()
            .1
            .contains("year inferred"));
        assert!(dated("May 16 11:51:05", None)
            .unwrap()
            .1
            .contains("no year"));
        let long = dated("04/16/2025 07:34:22.1223067 -04:00", jan).unwrap();
        assert_eq!(long.1, "04/16/2025 07:34:22.1223067 -04:00");
        let mut out = FileResult {
            modified: jan,
            ..FileResult::default()
        };
        let log = "<event date='Dec 31 10:00:00' hostName='a'><![CDATA[Account locked out]]></event><event date='Jan 01 09:00:00' hostName='a'><![CDATA[Account locked out]]></event>";
        scan(log.as_bytes(), &mut out).unwrap();
        let agg = &out.signals["account-locked-out"];
        assert!(agg
            .first
            .as_ref()
            .unwrap()
            .1
            .starts_with("2025-12-31 10:00:00"));
        assert!(agg
            .last
            .as_ref()
            .unwrap()
            .1
            .starts_with("2026-01-01 09:00:00"));
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

    /// Many records of varied sizes across several 1 MiB blocks, read 4 KiB at a time and all
    /// at once: same records, same lines, same signals.
    #[test]
    fn records_straddling_block_boundaries_are_found_with_their_lines() {
        let mut log = String::new();
        let mut want_lines = vec![];
        let mut line = 1u64;
        for i in 0..6000u64 {
            want_lines.push(line);
            let pad = "p".repeat((i as usize * 37) % 900);
            let nl = if i % 3 == 0 { "\n\n" } else { "" };
            let rec = format!(
                "<event date='May {} 10:00:00' hostName='H{}' source='S'>{nl}<![CDATA[{}{pad}]]></event>\n",
                1 + i % 28,
                i % 7,
                if i % 100 == 0 { "Account locked out" } else { "ok" }
            );
            line += rec.matches('\n').count() as u64;
            log.push_str(&rec);
        }
        assert!(log.len() > 3 << 20);
        let whole = run(&log);
        let mut pieces = FileResult::default();
        scan(
            std::io::BufReader::with_capacity(4096, log.as_bytes()),
            &mut pieces,
        )
        .unwrap();
        for out in [&whole, &pieces] {
            assert_eq!((out.records, out.errors), (6000, 0));
            let lf = &out.signals["account-locked-out"];
            assert_eq!(lf.count, 60);
            let got: Vec<u64> = lf.samples.iter().map(|s| s.0).collect();
            assert_eq!(got, [0, 100, 200, 300, 400].map(|i| want_lines[i]));
        }
    }

    /// A 100 MB record, streamed (never held whole): skipped with its place, the rest parsed.
    #[test]
    fn a_100_mb_single_record_is_skipped_and_the_rest_parses() {
        use std::io::Read;
        let head =
            "<event hostName='a'><![CDATA[before]]></event>\n<event hostName='huge'><![CDATA[";
        let tail = "]]></event>\n<event hostName='b'><![CDATA[Account locked out]]></event>\n";
        let body = std::io::repeat(b'x').take(100_000_000);
        let input = std::io::BufReader::new(head.as_bytes().chain(body).chain(tail.as_bytes()));
        let mut out = FileResult::default();
        scan(input, &mut out).unwrap();
        assert_eq!(out.records, 2);
        assert_eq!(out.errors, 1);
        assert_eq!(out.problems[0].0.line, Some(2));
        assert!(out.problems[0].1.english().contains("larger than"));
        assert_eq!(out.signals["account-locked-out"].samples[0].0, 3);
    }

    #[test]
    fn binary_garbage_between_records_is_passed_over() {
        let mut log = AGENT.as_bytes().to_vec();
        log.extend((0..5000u32).map(|i| (i * 7919 % 251) as u8));
        log.extend_from_slice(SERVER.as_bytes());
        let mut out = FileResult::default();
        scan(&log[..], &mut out).unwrap();
        assert_eq!(out.records, 3);
    }
}
