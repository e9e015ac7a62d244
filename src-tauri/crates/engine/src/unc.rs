//! Package location classification: UNC, HTTP(S), local, mapped drive; and finding locations
//! in free text.
//!
//! The forms follow `itms-domain.md` §5: `\\host\share`, `\\?\UNC\host\share`, `\\.\UNC\…`,
//! `//host/share`, mixed and doubled separators, `file://host/share` and its 4- and 5-slash
//! forms, IPv4 and `…ipv6-literal.net` hosts, hidden `$` shares are UNC; `\\?\C:\`, `\\.\C:\`,
//! `\\?\Volume{…}`, `file:///C:/`, `file://localhost/`, `C:\…` are local; another drive letter
//! is a mapped drive (it may hide a share). Authentication follows KB 431190's scenario table.
//! Finding locations in free text is `unc/find.rs`.

mod find;

use tokenready_model::{Auth, LocationKind};

pub use find::{find_locations, Found};

/// A classified location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Classified {
    pub kind: LocationKind,
    /// Lower-case host (unc, http, https).
    pub host: Option<String>,
    /// UNC share name as written (case kept), without trailing dots or spaces.
    pub share: Option<String>,
    /// The key that identifies the location: lower-case, one separator style, no default port.
    pub normalized: String,
    pub auth: Auth,
    pub auth_reason: &'static str,
}

/// What the classifier needs to know about the site.
#[derive(Clone, Debug)]
pub struct Context {
    /// The Notification Server's system drive letter (upper-case); other letters are mapped drives.
    pub system_drive: char,
    /// True for paths configured on the Notification Server itself (Software Library, DS image
    /// store): any drive letter there is a local disk of the NS, not a drive an agent mapped.
    pub drives_are_local: bool,
}

impl Default for Context {
    fn default() -> Self {
        Context {
            system_drive: 'C',
            drives_are_local: false,
        }
    }
}

impl Context {
    /// The context for a path configured on the Notification Server.
    pub fn on_server() -> Context {
        Context {
            drives_are_local: true,
            ..Context::default()
        }
    }
}

pub const REASON_UNC: &str =
    "UNC code base: tokens do not cover SMB, so the agent authenticates with the ACC (KB 431190)";
pub const REASON_HTTP: &str =
    "HTTP/HTTPS code base: the agent uses token-based authentication (KB 431190)";
pub const REASON_LOCAL: &str = "Local path on the Notification Server: agents receive the code bases the NS publishes for it (HTTP, and UNC unless UNC code bases are disabled, KB 179608); check which are published";
pub const REASON_MAPPED: &str =
    "Mapped drive letter: it may hide a share (a UNC path in disguise); confirm what it maps to";
pub const REASON_UNKNOWN: &str = "Not a recognisable path or URL; review it";

/// Every reason with its catalogue id, for the translations.
pub const REASONS: [(&str, &str); 5] = [
    ("reason-unc", REASON_UNC),
    ("reason-http", REASON_HTTP),
    ("reason-local", REASON_LOCAL),
    ("reason-mapped", REASON_MAPPED),
    ("reason-unknown", REASON_UNKNOWN),
];

/// A reason in the report's language (it is one of [`REASONS`]; anything else stays).
pub fn reason_in(reason: &str, tr: tokenready_i18n::Tr) -> String {
    match REASONS.iter().find(|(_, en)| *en == reason) {
        Some((id, en)) => tr.fill(id, en, &[]),
        None => reason.to_string(),
    }
}

/// Classifies one location string.
pub fn classify(raw: &str, ctx: &Context) -> Classified {
    let s = raw.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    let lower = s.to_ascii_lowercase();
    if let Some(rest) = lower
        .strip_prefix("https://")
        .map(|r| (r, true))
        .or_else(|| lower.strip_prefix("http://").map(|r| (r, false)))
    {
        return classify_http(&s[s.len() - rest.0.len()..], rest.1);
    }
    if lower.starts_with("file:") {
        return classify_file_uri(&s[5..], ctx);
    }
    classify_path(s, ctx)
}

fn classify_http(after_scheme: &str, https: bool) -> Classified {
    let end = after_scheme
        .find(['/', '?', '#'])
        .unwrap_or(after_scheme.len());
    let authority = &after_scheme[..end];
    let path = &after_scheme[end..];
    let hostport = authority.rsplit('@').next().unwrap_or(authority);
    let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
        match v6.find(']') {
            Some(i) => (
                format!("[{}]", &v6[..i]),
                v6[i + 1..].strip_prefix(':').unwrap_or(""),
            ),
            None => (hostport.to_string(), ""),
        }
    } else {
        match hostport.rsplit_once(':') {
            Some((h, p)) if p.chars().all(|c| c.is_ascii_digit()) => (h.to_string(), p),
            _ => (hostport.to_string(), ""),
        }
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let default_port = if https { "443" } else { "80" };
    let scheme = if https { "https" } else { "http" };
    let port_part = if port.is_empty() || port == default_port {
        String::new()
    } else {
        format!(":{port}")
    };
    let path = path.trim_end_matches('/').to_ascii_lowercase();
    let (kind, host_opt) = if host.is_empty() {
        (LocationKind::Unknown, None)
    } else if https {
        (LocationKind::Https, Some(host.clone()))
    } else {
        (LocationKind::Http, Some(host.clone()))
    };
    if kind == LocationKind::Unknown {
        return unknown(after_scheme);
    }
    Classified {
        kind,
        host: host_opt,
        share: None,
        normalized: format!("{scheme}://{host}{port_part}{path}"),
        auth: Auth::Token,
        auth_reason: REASON_HTTP,
    }
}

fn classify_file_uri(after_colon: &str, ctx: &Context) -> Classified {
    let decoded = percent_decode(after_colon);
    let slashes = decoded
        .chars()
        .take_while(|&c| c == '/' || c == '\\')
        .count();
    let rest = &decoded[slashes..];
    match slashes {
        // file://host/share (RFC 8089 E.3) or file://localhost/C:/…
        2 => {
            let lower = rest.to_ascii_lowercase();
            if let Some(local) = lower.strip_prefix("localhost/") {
                let path = &rest[rest.len() - local.len()..];
                return classify_path(path, ctx);
            }
            if is_drive(rest) {
                return classify_path(rest, ctx);
            }
            classify_path(&format!("\\\\{rest}"), ctx)
        }
        // file:///C:/… is local; file:////host/share and file://///host/share are UNC.
        3 if is_drive(rest) => classify_path(rest, ctx),
        3 => local(&format!("/{rest}")),
        n if n >= 4 => classify_path(&format!("\\\\{rest}"), ctx),
        _ => classify_path(rest, ctx),
    }
}

fn is_drive(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':'
}

fn classify_path(s: &str, ctx: &Context) -> Classified {
    let p: String = s.chars().map(|c| if c == '/' { '\\' } else { c }).collect();
    let lower = p.to_ascii_lowercase();
    // DOS device paths.
    for prefix in ["\\\\?\\unc\\", "\\\\.\\unc\\"] {
        if lower.starts_with(prefix) {
            return unc(&p[prefix.len()..]);
        }
    }
    for prefix in ["\\\\?\\", "\\\\.\\", "\\??\\"] {
        if lower.starts_with(prefix) {
            let rest = &p[prefix.len()..];
            if is_drive(rest) {
                return classify_drive(rest, ctx);
            }
            return local(&p);
        }
    }
    if p.starts_with("\\\\") {
        return unc(&p);
    }
    if is_drive(&p) {
        return classify_drive(&p, ctx);
    }
    if p.starts_with('\\') {
        return local(&p);
    }
    unknown(s)
}

fn classify_drive(p: &str, ctx: &Context) -> Classified {
    let letter = p.as_bytes()[0].to_ascii_uppercase() as char;
    let normalized = normalize_components(p).to_ascii_lowercase();
    if ctx.drives_are_local || letter == ctx.system_drive.to_ascii_uppercase() {
        local(&normalized)
    } else {
        Classified {
            kind: LocationKind::MappedDrive,
            host: None,
            share: None,
            normalized,
            auth: Auth::Review,
            auth_reason: REASON_MAPPED,
        }
    }
}

/// `p` is `\\host\share\…` or `host\share\…` (any number of leading separators).
fn unc(p: &str) -> Classified {
    let trimmed = p.trim_start_matches('\\');
    let mut parts = trimmed.split('\\').filter(|c| !c.is_empty());
    let host = parts
        .next()
        .map(|h| h.trim_end_matches(['.', ' ']).to_ascii_lowercase())
        .unwrap_or_default();
    if host.is_empty() {
        return unknown(p);
    }
    let share = parts
        .next()
        .map(|s| s.trim_end_matches(['.', ' ']).to_string());
    let rest: Vec<&str> = parts.collect();
    let mut normalized = format!("\\\\{host}");
    if let Some(sh) = &share {
        normalized.push('\\');
        normalized.push_str(&sh.to_lowercase());
    }
    for c in rest {
        let c = c.trim_end_matches(['.', ' ']);
        if !c.is_empty() {
            normalized.push('\\');
            normalized.push_str(&c.to_lowercase());
        }
    }
    Classified {
        kind: LocationKind::Unc,
        host: Some(host),
        share: share.filter(|s| !s.is_empty()),
        normalized,
        auth: Auth::Acc,
        auth_reason: REASON_UNC,
    }
}

fn normalize_components(p: &str) -> String {
    let mut out = String::new();
    for (i, c) in p.split('\\').filter(|c| !c.is_empty()).enumerate() {
        if i > 0 {
            out.push('\\');
        }
        out.push_str(c.trim_end_matches(['.', ' ']));
    }
    if out.len() == 2 {
        out.push('\\');
    }
    out
}

fn local(p: &str) -> Classified {
    Classified {
        kind: LocationKind::Local,
        host: None,
        share: None,
        normalized: p.to_ascii_lowercase(),
        auth: Auth::Review,
        auth_reason: REASON_LOCAL,
    }
}

fn unknown(p: &str) -> Classified {
    Classified {
        kind: LocationKind::Unknown,
        host: None,
        share: None,
        normalized: p.trim().to_ascii_lowercase(),
        auth: Auth::Review,
        auth_reason: REASON_UNKNOWN,
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Classified {
        classify(s, &Context::default())
    }

    #[track_caller]
    fn is_unc(s: &str, host: &str, share: Option<&str>) {
        let r = c(s);
        assert_eq!(r.kind, LocationKind::Unc, "{s}: {r:?}");
        assert_eq!(r.host.as_deref(), Some(host), "{s}");
        assert_eq!(r.share.as_deref(), share, "{s}");
        assert_eq!(r.auth, Auth::Acc);
    }

    #[test]
    fn every_unc_spelling() {
        is_unc(r"\\server\share\pkg", "server", Some("share"));
        is_unc(
            r"\\SERVER.corp.example\share$\pkg",
            "server.corp.example",
            Some("share$"),
        );
        is_unc(r"\\10.1.2.3\pkgs", "10.1.2.3", Some("pkgs"));
        is_unc(
            r"\\2001-DB8-2a-1005-230-48ff-fe73-989d.ipv6-literal.net\pkgs",
            "2001-db8-2a-1005-230-48ff-fe73-989d.ipv6-literal.net",
            Some("pkgs"),
        );
        is_unc(
            r"\\fe80--1s4.ipv6-literal.net\pkgs",
            "fe80--1s4.ipv6-literal.net",
            Some("pkgs"),
        );
        is_unc(r"\\?\UNC\server\share\pkg", "server", Some("share"));
        is_unc(r"\\.\UNC\server\share", "server", Some("share"));
        is_unc("//server/share/pkg", "server", Some("share"));
        is_unc(r"\\server/share\\pkg", "server", Some("share"));
        is_unc(r"\\\server\\\share\pkg", "server", Some("share"));
        is_unc("file://server/share/pkg", "server", Some("share"));
        is_unc("file:////server/share/pkg", "server", Some("share"));
        is_unc("file://///server/share/pkg", "server", Some("share"));
        is_unc(
            "FILE://Server/Share%20Name/pkg",
            "server",
            Some("Share Name"),
        );
        is_unc(r"\\corp.example\dfs\pkgs", "corp.example", Some("dfs"));
        is_unc(r"\\system07\C$\", "system07", Some("C$"));
        is_unc(
            r"\\smp-t2\Software Library\85d2b26b",
            "smp-t2",
            Some("Software Library"),
        );
        is_unc(r"\\SERVER\Share.\", "server", Some("Share"));
        is_unc(r"  '\\server\share'  ", "server", Some("share"));
    }

    #[test]
    fn spellings_of_one_location_normalise_together() {
        let forms = [
            r"\\PS01\Share\Pkg",
            r"\\ps01\share\pkg\",
            "//ps01/share/pkg",
            r"\\?\UNC\ps01\share\pkg",
            "file://ps01/share/pkg",
            "file:////PS01/Share/Pkg",
            r"\\ps01\\share\pkg.",
        ];
        for f in forms {
            assert_eq!(c(f).normalized, r"\\ps01\share\pkg", "{f}");
        }
    }

    #[test]
    fn local_forms() {
        for s in [
            r"\\?\C:\pkgs",
            r"\\.\C:\pkgs",
            r"\\?\Volume{12345678-1234-1234-1234-123456789abc}\pkgs",
            "file:///C:/pkgs",
            "file://localhost/C:/pkgs",
            r"C:\Program Files\Altiris\pkgs",
            "c:/pkgs",
        ] {
            let r = c(s);
            assert_eq!(r.kind, LocationKind::Local, "{s}: {r:?}");
            assert_eq!(r.host, None);
        }
    }

    #[test]
    fn other_drive_letters_are_mapped_drives_for_review() {
        let r = c(r"P:\pkgs");
        assert_eq!(r.kind, LocationKind::MappedDrive);
        assert_eq!(r.auth, Auth::Review);
        let ctx = Context {
            system_drive: 'D',
            ..Context::default()
        };
        assert_eq!(
            classify(r"E:\SWL", &Context::on_server()).kind,
            LocationKind::Local
        );
        assert_eq!(classify(r"D:\pkgs", &ctx).kind, LocationKind::Local);
        assert_eq!(classify(r"C:\pkgs", &ctx).kind, LocationKind::MappedDrive);
        assert_eq!(c(r"\\?\P:\pkgs").kind, LocationKind::MappedDrive);
    }

    #[test]
    fn http_and_https_in_any_case_with_ports() {
        let r = c("HTTP://PS01.Example.com/Altiris/PS/Share/{abc}/cache");
        assert_eq!(r.kind, LocationKind::Http);
        assert_eq!(r.host.as_deref(), Some("ps01.example.com"));
        assert_eq!(r.auth, Auth::Token);
        let a = c("https://ns.example:443/altiris/x/");
        let b = c("HTTPS://NS.example/Altiris/X");
        assert_eq!(a.kind, LocationKind::Https);
        assert_eq!(a.normalized, b.normalized);
        assert_eq!(c("http://ps01:8080/x").normalized, "http://ps01:8080/x");
        assert_eq!(
            c("http://[fe80::1]:80/x").host.as_deref(),
            Some("[fe80::1]")
        );
        assert_eq!(c("http://user@ps01/x").host.as_deref(), Some("ps01"));
    }

    #[test]
    fn nonsense_is_unknown_for_review() {
        for s in ["", "not a path", "http://", r"\\", "pkgs/relative"] {
            let r = c(s);
            assert_eq!(r.kind, LocationKind::Unknown, "{s:?}: {r:?}");
            assert_eq!(r.auth, Auth::Review);
        }
    }
}
