//! Content detection: what kind of evidence a file is, from its first bytes, never its name.
//!
//! The decision is made on the head of the file (at most [`HEAD_LEN`] bytes): magic numbers for
//! zip and EVTX, then the text encoding (BOM, or the UTF-16LE zero-byte pattern), then the shape
//! of the decoded text.

use tokenready_model::InputKind;

use crate::collect::Note;

/// How many bytes of a file's head are used for detection.
pub const HEAD_LEN: usize = 64 * 1024;

/// How a text file's bytes are encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8 (or ASCII, or a single-byte code page read as UTF-8 with replacement).
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    /// Not valid UTF-8 and no BOM: read as Windows-1252, the usual code page of a Western
    /// European Windows (what Excel and older tools write).
    Windows1252,
}

impl TextEncoding {
    pub fn describe(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 with BOM",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
            TextEncoding::Windows1252 => "Windows-1252: not valid UTF-8",
        }
    }
    pub(crate) fn encoding(self) -> &'static encoding_rs::Encoding {
        match self {
            TextEncoding::Utf8 | TextEncoding::Utf8Bom => encoding_rs::UTF_8,
            TextEncoding::Utf16Le => encoding_rs::UTF_16LE,
            TextEncoding::Utf16Be => encoding_rs::UTF_16BE,
            TextEncoding::Windows1252 => encoding_rs::WINDOWS_1252,
        }
    }
}

/// The result of looking at a file's head.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detected {
    pub kind: InputKind,
    /// Set for text kinds.
    pub encoding: Option<TextEncoding>,
    /// Why: shown to the consultant next to the kind (the input's first note).
    pub reason: Note,
}

/// Every reason [`detect`] can give for a kind (the part before the encoding), by catalogue id:
/// [`Detected::reason`] carries the id, so the report writes it in its language. A test keeps
/// this list and the literals in this file the same.
pub const WHYS: &[(&str, &str)] = &[
    (
        "sniff-zip-archive-pk-signature",
        "zip archive (PK signature)",
    ),
    (
        "sniff-evtx-file-header-elffile",
        "EVTX file header (ElfFile)",
    ),
    ("sniff-empty-file", "empty file"),
    ("sniff-binary-content-not-text", "binary content (not text)"),
    ("sniff-agent-event-records", "agent <event> records"),
    (
        "sniff-notification-server-event-records",
        "Notification Server <event> records",
    ),
    (
        "sniff-qradar-wincollect-windows-payloads",
        "QRadar WinCollect Windows payloads",
    ),
    (
        "sniff-altiris-log-viewer-text-copy",
        "Altiris Log Viewer text copy",
    ),
    ("sniff-windows-event-xml", "Windows event XML"),
    ("sniff-blank-text", "blank text"),
    ("sniff-event-viewer-csv-export", "Event Viewer CSV export"),
    (
        "sniff-powershell-get-winevent-csv-export",
        "PowerShell Get-WinEvent CSV export",
    ),
    (
        "sniff-event-viewer-csv-export-header-in-another-language",
        "Event Viewer CSV export, header in another language",
    ),
    ("sniff-package-location-table", "package location table"),
    (
        "sniff-table-with-package-locations",
        "table with package locations",
    ),
    ("sniff-plain-text", "plain text"),
    (
        "sniff-microsoft-sentinel-securityevent-csv-export",
        "Microsoft Sentinel SecurityEvent CSV export",
    ),
    (
        "sniff-splunk-search-export-csv",
        "Splunk search export (CSV)",
    ),
    (
        "sniff-graylog-winlogbeat-messages-csv",
        "Graylog winlogbeat messages (CSV)",
    ),
    (
        "sniff-elastic-winlogbeat-event-documents-json",
        "Elastic / winlogbeat event documents (JSON)",
    ),
    (
        "sniff-splunk-search-export-json",
        "Splunk search export (JSON)",
    ),
    (
        "sniff-powershell-get-winevent-convertto-json",
        "PowerShell Get-WinEvent | ConvertTo-Json",
    ),
    (
        "sniff-graylog-winlogbeat-messages-json",
        "Graylog winlogbeat messages (JSON)",
    ),
];

/// The encodings as [`TextEncoding::describe`] writes them, by catalogue id.
pub const ENCODINGS: &[(&str, &str)] = &[
    ("enc-utf8-bom", "UTF-8 with BOM"),
    ("enc-utf8", "UTF-8"),
    ("enc-utf16le", "UTF-16LE"),
    ("enc-utf16be", "UTF-16BE"),
    ("enc-windows-1252", "Windows-1252: not valid UTF-8"),
];

/// A text of one of the tables above as a note, by its id (a text not listed keeps its English).
fn listed(table: &[(&'static str, &'static str)], english: &'static str) -> Note {
    let id = table
        .iter()
        .find(|(_, e)| *e == english)
        .map_or("sniff-unlisted", |(id, _)| *id);
    Note::new(id, english)
}

/// Detects the kind of a file from its head.
pub fn detect(head: &[u8]) -> Detected {
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        return found(InputKind::Zip, None, "zip archive (PK signature)");
    }
    if head.starts_with(b"ElfFile\0") {
        return found(InputKind::Evtx, None, "EVTX file header (ElfFile)");
    }
    if head.is_empty() {
        return found(InputKind::Unknown, None, "empty file");
    }
    let (enc, damaged) = match text_encoding(head) {
        Some(enc) => (enc, false),
        // Binary bytes around log records (a log cut and pasted together, a disk error): still
        // a log; the scanner counts what lies outside the records.
        None if has_log_records(head) => (TextEncoding::Utf8, true),
        None => return found(InputKind::Unknown, None, "binary content (not text)"),
    };
    let text = decode_head(head, enc);
    let (kind, why) = classify_text(&text);
    let mut encoding = listed(ENCODINGS, enc.describe());
    if damaged {
        encoding =
            Note::new("enc-with-binary", "{encoding}, with binary data").arg("encoding", encoding);
    }
    Detected {
        kind,
        encoding: Some(enc),
        reason: Note::new("sniff-with-encoding", "{why} ({encoding})")
            .arg("why", listed(WHYS, why))
            .arg("encoding", encoding),
    }
}

/// Both an `<event ` start and an `</event>` end in the raw bytes.
fn has_log_records(head: &[u8]) -> bool {
    memchr::memmem::find(head, b"<event ").is_some()
        && memchr::memmem::find(head, b"</event>").is_some()
}

fn found(kind: InputKind, encoding: Option<TextEncoding>, reason: &'static str) -> Detected {
    Detected {
        kind,
        encoding,
        reason: listed(WHYS, reason),
    }
}

/// The encoding of a text head, or `None` when the bytes are not text.
pub fn text_encoding(head: &[u8]) -> Option<TextEncoding> {
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Some(TextEncoding::Utf8Bom);
    }
    if head.starts_with(&[0xFF, 0xFE]) {
        return Some(TextEncoding::Utf16Le);
    }
    if head.starts_with(&[0xFE, 0xFF]) {
        return Some(TextEncoding::Utf16Be);
    }
    // UTF-16 without BOM: ASCII-range text leaves every second byte zero.
    let sample = &head[..head.len().min(4096)];
    if sample.len() >= 8 {
        let pairs = sample.len() / 2;
        let odd_zero = sample
            .chunks_exact(2)
            .filter(|p| p[1] == 0 && p[0] != 0)
            .count();
        let even_zero = sample
            .chunks_exact(2)
            .filter(|p| p[0] == 0 && p[1] != 0)
            .count();
        if odd_zero * 10 >= pairs * 9 {
            return Some(TextEncoding::Utf16Le);
        }
        if even_zero * 10 >= pairs * 9 {
            return Some(TextEncoding::Utf16Be);
        }
    }
    // Text has no NUL bytes and few control characters other than whitespace.
    let controls = sample
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)))
        .count();
    if sample.contains(&0) || controls * 100 > sample.len() {
        return None;
    }
    // An invalid sequence (not merely one cut at the sample's end) means a single-byte code page.
    match std::str::from_utf8(&head[..head.len().min(HEAD_LEN)]) {
        Err(e) if e.error_len().is_some() => Some(TextEncoding::Windows1252),
        _ => Some(TextEncoding::Utf8),
    }
}

fn decode_head(head: &[u8], enc: TextEncoding) -> String {
    let (text, _, _) = enc.encoding().decode(head);
    text.trim_start_matches('\u{feff}').to_string()
}

/// Column names (lower-case, without spaces, `_` or `-`) that hold a package location.
pub(crate) const LOCATION_COLUMNS: &[&str] = &[
    "url",
    "codebase",
    "codebaseurl",
    "packagelocation",
    "packagedirectory",
    "packagesource",
    "packagepath",
    "sourcepath",
    "sourcelocation",
    "location",
    "path",
    "unc",
    "uncpath",
    "source",
    "packageserverlocation",
];

/// Column names that identify a package or describe its source.
const PACKAGE_COLUMNS: &[&str] = &[
    "packageid",
    "packageguid",
    "packagename",
    "package",
    "sourcetype",
    "snapshot",
    "guid",
    "name",
];

pub(crate) fn normalise_header(h: &str) -> String {
    h.trim()
        .trim_matches('"')
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '[' | ']'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The delimiter of a delimited-text header line, if it looks like one.
pub(crate) fn sniff_delimiter(line: &str) -> Option<u8> {
    let mut best = None;
    let mut best_n = 0;
    for d in [b'\t', b';', b','] {
        let n = line.bytes().filter(|&b| b == d).count();
        if n > best_n {
            best_n = n;
            best = Some(d);
        }
    }
    best
}

fn classify_text(text: &str) -> (InputKind, &'static str) {
    if text.contains("<event ") && (text.contains("hostName=") || text.contains("hostname=")) {
        if text.contains("AeXNSAgent")
            || text.contains("Altiris Agent")
            || text.contains("AeXAgent")
        {
            return (InputKind::AgentLog, "agent <event> records");
        }
        return (InputKind::NsLog, "Notification Server <event> records");
    }
    if text.contains("AgentDevice=WindowsLog\t") {
        return (InputKind::EventSyslog, "QRadar WinCollect Windows payloads");
    }
    if let Some(reason) = event_json(text) {
        return (InputKind::EventJson, reason);
    }
    if is_log_viewer_copy(text) {
        return (InputKind::AgentLog, "Altiris Log Viewer text copy");
    }
    if (text.contains("<Event ") || text.contains("<Event>")) && text.contains("<EventID") {
        return (InputKind::EventXml, "Windows event XML");
    }
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(mut first) = lines.next() else {
        return (InputKind::Text, "blank text");
    };
    if first.starts_with("#TYPE") {
        first = lines.next().unwrap_or("");
    }
    if let Some(d) = sniff_delimiter(first) {
        let fields: Vec<String> = first.split(d as char).map(normalise_header).collect();
        let has = |n: &str| fields.iter().any(|f| f == n);
        let raw: Vec<&str> = first
            .split(d as char)
            .map(|f| f.trim().trim_matches('"'))
            .collect();
        if let Some(reason) = siem_csv(&raw, &has) {
            return (InputKind::EventCsv, reason);
        }
        if (has("keywords") || has("level")) && has("dateandtime") && has("eventid") {
            return (InputKind::EventCsv, "Event Viewer CSV export");
        }
        if has("id") && has("timecreated") && (has("providername") || has("recordid")) {
            return (InputKind::EventCsv, "PowerShell Get-WinEvent CSV export");
        }
        if is_foreign_event_viewer_csv(&fields, text, d) {
            return (
                InputKind::EventCsv,
                "Event Viewer CSV export, header in another language",
            );
        }
        let loc = fields
            .iter()
            .any(|f| LOCATION_COLUMNS.contains(&f.as_str()));
        let pkg = fields.iter().any(|f| PACKAGE_COLUMNS.contains(&f.as_str()));
        if fields.len() >= 2 && loc && (pkg || fields.len() >= 2) && looks_like_header(&fields) {
            return (InputKind::CodebaseList, "package location table");
        }
        // Headerless table whose rows carry UNC paths or URLs in a column.
        if fields.len() >= 2 && rows_carry_locations(text, d) {
            return (InputKind::CodebaseList, "table with package locations");
        }
    }
    (InputKind::Text, "plain text")
}

/// An Event Viewer "Save as CSV" export whose header is not English, told by its structure
/// (localized-events.md §0.7, §1.4): five header names, rows of six fields whose fourth is a
/// numeric event ID and whose second holds a date and time (not a path or URL). The provider
/// in the third (`Microsoft-Windows-…`) is the same in every language but not required: other
/// logs' providers are not.
pub(crate) fn is_foreign_event_viewer_csv(header: &[String], text: &str, d: u8) -> bool {
    if header.len() != 5 || header.iter().any(|h| h.is_empty()) {
        return false;
    }
    let mut rows = csv::ReaderBuilder::new()
        .delimiter(d)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let mut seen = 0;
    for r in rows.records().take(20) {
        let Ok(r) = r else { break };
        if r.len() < 6 {
            continue;
        }
        let id = r.get(3).unwrap_or("").trim();
        let numeric = !id.is_empty() && id.len() <= 5 && id.bytes().all(|b| b.is_ascii_digit());
        let when = r.get(1).unwrap_or("");
        let dated = when.bytes().filter(u8::is_ascii_digit).count() >= 8
            && when.contains(':')
            && !when.contains("//")
            && !when.contains('\\');
        if !numeric || !dated {
            return false;
        }
        seen += 1;
    }
    seen > 0
}

/// A SIEM's event export as CSV, by its header (siem-exports.md §2.3, §3.4, §5.2, §6).
fn siem_csv(raw: &[&str], has: &dyn Fn(&str) -> bool) -> Option<&'static str> {
    if has("timegeneratedutc") || (has("timegenerated") && has("eventid") && has("activity")) {
        return Some("Microsoft Sentinel SecurityEvent CSV export");
    }
    let raw_has = |n: &str| raw.contains(&n);
    if (raw_has("_time") || raw_has("_raw"))
        && (has("eventcode") || has("eventid") || raw_has("_raw"))
    {
        return Some("Splunk search export (CSV)");
    }
    if raw.iter().any(|h| h.starts_with("winlogbeat_winlog_")) {
        return Some("Graylog winlogbeat messages (CSV)");
    }
    None
}

/// Security events as JSON documents, and whose export they are (siem-exports.md §6).
pub(crate) fn event_json(text: &str) -> Option<&'static str> {
    let t = text.trim_start();
    if !(t.starts_with('{') || t.starts_with('[')) {
        return None;
    }
    if is_elastic_json(t) {
        Some("Elastic / winlogbeat event documents (JSON)")
    } else if (t.contains("\"_raw\":") || t.contains("\"_time\":"))
        && (t.contains("\"sourcetype\":") || t.contains("\"EventCode\":"))
    {
        Some("Splunk search export (JSON)")
    } else if t.contains("\"RecordId\":")
        && (t.contains("\"ProviderName\":") || t.contains("\"TimeCreated\":"))
    {
        Some("PowerShell Get-WinEvent | ConvertTo-Json")
    } else if t.contains("\"winlogbeat_winlog_") {
        Some("Graylog winlogbeat messages (JSON)")
    } else {
        None
    }
}

/// JSON documents from winlogbeat or the Elastic Agent (siem-exports.md §1, §6): the text starts
/// with `{` or `[`, and the head has the `winlog` key (or Kibana's dotted `winlog.` keys),
/// or the 5.x/6.x flat `event_id` with `computer_name`.
pub(crate) fn is_elastic_json(text: &str) -> bool {
    let t = text.trim_start();
    (t.starts_with('{') || t.starts_with('['))
        && (t.contains("\"winlog\":")
            || t.contains("\"winlog.event_id\":")
            || (t.contains("\"event_id\":") && t.contains("\"computer_name\":")))
}

/// The Altiris Log Viewer's text copy: blocks of `Date:`, `Source:`, `Description:` lines
/// (itms-domain.md §1.2, sample C).
pub(crate) fn is_log_viewer_copy(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_start)
        .filter(|l| !l.is_empty())
        .take(200)
        .collect();
    lines.windows(3).any(|w| {
        w[0].starts_with("Date:") && w[1].starts_with("Source:") && w[2].starts_with("Description:")
    })
}

fn looks_like_header(fields: &[String]) -> bool {
    // Header cells are short names, not paths or URLs.
    fields
        .iter()
        .all(|f| f.len() <= 64 && !f.contains('\\') && !f.contains("://"))
}

fn rows_carry_locations(text: &str, d: u8) -> bool {
    let mut rows = 0;
    let mut with_loc = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(50) {
        rows += 1;
        if line.split(d as char).any(|f| {
            let f = f.trim().trim_matches('"').to_ascii_lowercase();
            f.starts_with("\\\\")
                || f.starts_with("http://")
                || f.starts_with("https://")
                || f.starts_with("file:")
        }) {
            with_loc += 1;
        }
    }
    rows >= 1 && with_loc * 2 >= rows
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_reason_written_here_is_in_the_table() {
        let src = include_str!("sniff.rs");
        let re = regex::Regex::new(
            r#"(?:found\(InputKind::\w+, None, |\(\s*InputKind::\w+,\s*|Some\()\s*"([^"]+)""#,
        )
        .unwrap();
        let written: std::collections::BTreeSet<&str> = re
            .captures_iter(src)
            .map(|c| c.get(1).unwrap().as_str())
            .collect();
        let table: std::collections::BTreeSet<&str> = super::WHYS.iter().map(|(_, w)| *w).collect();
        assert!(written.len() >= 20, "{written:?}");
        assert_eq!(written, table);
    }

    #[test]
    fn a_reason_is_written_in_the_reports_language() {
        use tokenready_i18n::Tr;
        use tokenready_model::Language;
        let reason = |b: &[u8]| super::detect(b).reason;
        let table = reason(b"\xEF\xBB\xBFPackageId,Codebase\r\n1,\\\\ps01\\pkg\r\n");
        assert_eq!(table.english(), "package location table (UTF-8 with BOM)");
        let de = table.text(Tr::new(Some(Language::De)));
        assert!(de.contains("UTF-8") && !de.contains("with BOM"), "{de}");
        let damaged = reason(b"<event date='x' hostName='a'>ok</event>\x00\x01\x02\xff\xfe<event hostName='b'>x</event>");
        assert!(
            damaged.english().ends_with(", with binary data)"),
            "{}",
            damaged.english()
        );
        let fr = damaged.text(Tr::new(Some(Language::Fr)));
        assert!(fr.ends_with(')') && !fr.contains("with binary"), "{fr}");
        let whole = reason(b"PK\x03\x04rest");
        assert_eq!(whole.english(), "zip archive (PK signature)");
        assert_ne!(
            whole.text(Tr::new(Some(Language::De))),
            "zip archive (PK signature)"
        );
        // A text missing from the tables keeps its English in every language.
        let other = super::listed(super::WHYS, "something else");
        assert_eq!(other.text(Tr::new(Some(Language::De))), "something else");
    }

    use super::*;

    fn kind(bytes: &[u8]) -> InputKind {
        detect(bytes).kind
    }

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFF, 0xFE] } else { vec![] };
        for u in s.encode_utf16() {
            v.extend_from_slice(&u.to_le_bytes());
        }
        v
    }

    #[test]
    fn magic_numbers_win() {
        assert_eq!(kind(b"PK\x03\x04rest"), InputKind::Zip);
        assert_eq!(kind(b"ElfFile\0\0\0"), InputKind::Evtx);
        assert_eq!(kind(b""), InputKind::Unknown);
        assert_eq!(
            kind(&[0u8, 1, 2, 3, 255, 254, 0, 0, 7, 8]),
            InputKind::Unknown
        );
    }

    #[test]
    fn logs_by_content() {
        let ns = r#"<event date="04/16/2025 07:34:22.1223067 -04:00" severity="1" hostName="VMExample01" source="Item" module="Altiris.NS.dll" process="w3wp" pid="1" thread="2" tickCount="3"><![CDATA[x]]></event>"#;
        assert_eq!(kind(ns.as_bytes()), InputKind::NsLog);
        let agent = "<event date='May 16 11:51:05' severity='2' hostName='xx100' source='EventTransport' module='AeXNSAgent.exe' process='AeXNSAgent.exe' pid='724' thread='1740' tickCount='495844843' >\n  <![CDATA[Access is denied]]></event>";
        assert_eq!(kind(agent.as_bytes()), InputKind::AgentLog);
        let d = detect(&utf16le(agent, true));
        assert_eq!(d.kind, InputKind::AgentLog);
        assert_eq!(d.encoding, Some(TextEncoding::Utf16Le));
        assert_eq!(kind(&utf16le(ns, false)), InputKind::NsLog);
    }

    #[test]
    fn events_by_content() {
        let xml = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><EventID>4740</EventID></System></Event>";
        assert_eq!(kind(xml.as_bytes()), InputKind::EventXml);
        let ev = "Keywords,Date and Time,Source,Event ID,Task Category\r\nAudit Failure,7/17/2021 10:31:05 PM,Microsoft-Windows-Security-Auditing,4625,Logon,\"An account failed to log on.\"\r\n";
        assert_eq!(kind(ev.as_bytes()), InputKind::EventCsv);
        let ps = "#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord\r\n\"Message\",\"Id\",\"Version\",\"RecordId\",\"ProviderName\",\"TimeCreated\"\r\n";
        assert_eq!(kind(ps.as_bytes()), InputKind::EventCsv);
    }

    #[test]
    fn siem_exports_by_content() {
        let reason = |b: &str| detect(b.as_bytes()).reason.english();
        let sentinel = "TenantId,\"TimeGenerated [UTC]\",SourceSystem,Account,AccountType,Computer,EventSourceName,Channel,Task,Level,EventData,EventID,Activity\r\n";
        assert_eq!(kind(sentinel.as_bytes()), InputKind::EventCsv);
        assert!(reason(sentinel).contains("Sentinel"));
        let excel = "TenantId,TimeGenerated [UTC],SourceSystem,Account\r\n,\"10/18/2024, 9:29:21.125 AM\",OpsManager,#NAME?\r\n";
        assert_eq!(kind(excel.as_bytes()), InputKind::EventCsv);
        let splunk = "\"_time\",host,EventCode,\"Account_Name\"\n\"2020-01-13T17:41:56.000+0000\",dc01,4740,\"a\nb\"\n";
        assert!(reason(splunk).contains("Splunk"));
        let graylog =
            "timestamp,source,winlogbeat_winlog_event_id\n2023-01-25T13:28:40.961Z,VM2,4625\n";
        assert!(reason(graylog).contains("Graylog"));
        for (doc, who) in [
            (r#"{"_raw":"x","sourcetype":"WinEventLog:Security","EventCode":"4625"}"#, "Splunk"),
            ("[\n    {\n        \"Id\":  13,\n        \"RecordId\":  2555,\n        \"ProviderName\":  \"x\"", "PowerShell"),
            (r#"{"timestamp":"2023-01-25T13:28:40.961Z","winlogbeat_winlog_event_id":"4624"}"#, "Graylog"),
        ] {
            assert_eq!(kind(doc.as_bytes()), InputKind::EventJson, "{who}");
            assert!(reason(doc).contains(who), "{who}");
        }
        let qradar =
            "<13>Feb 13 11:48:24 DC AgentDevice=WindowsLog\tAgentLogFile=Security\tEventID=4776\n";
        assert_eq!(kind(qradar.as_bytes()), InputKind::EventSyslog);
    }

    #[test]
    fn elastic_documents_by_content() {
        let doc = r#"{"@timestamp":"2019-03-29T21:45:35.177054Z","event":{"code":"4625"},"winlog":{"channel":"Security","event_id":"4625"}}"#;
        assert_eq!(kind(doc.as_bytes()), InputKind::EventJson);
        let hit = r#"{"_index":".ds-winlogbeat-8.19.14","_id":"x","fields":{"winlog.event_id":["4768"]}}"#;
        assert_eq!(kind(hit.as_bytes()), InputKind::EventJson);
        let flat = r#"[{"event_id":4625,"computer_name":"DC01","event_data":{}}]"#;
        assert_eq!(kind(flat.as_bytes()), InputKind::EventJson);
        assert_ne!(
            kind(br#"{"name":"winlog","version":"1"}"#),
            InputKind::EventJson
        );
    }

    #[test]
    fn codebase_tables_by_header_or_content() {
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(b"PackageId,URL,Source,Snapshot\r\n1,\\\\ps01\\share,x,y\r\n");
        assert_eq!(kind(&bom), InputKind::CodebaseList);
        assert_eq!(
            kind(b"Name;SourceType;PackageLocation\nA;Unc;\\\\srv\\pkgs\n"),
            InputKind::CodebaseList
        );
        assert_eq!(
            kind(b"pkg1\t\\\\srv\\share\\a\npkg2\thttp://ps01/x\n"),
            InputKind::CodebaseList
        );
        assert_eq!(
            kind(b"Just some notes about \\\\srv\\share\n"),
            InputKind::Text
        );
    }
}
