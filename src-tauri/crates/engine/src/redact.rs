//! Redacted reports (issue 18): every customer identifier in a report replaced by a keyed,
//! typed, stable pseudonym, so that a report can leave the customer without exposing it.
//!
//! The report is redacted as a whole, before any writer sees it, so the JSON, every CSV and
//! the PDF (charts included) carry the same pseudonyms. What is an identifier:
//!
//! - by its place in the report: hosts, shares, computers and event sources, addresses, the
//!   ACC account, package GUIDs, evidence paths, the customer's name and the scope;
//! - in any text (notes, excerpts, rationale): UNC paths (`\\host\share\…`, `//host/share/…`),
//!   URLs (host and path), local and mapped-drive paths, `DOMAIN\user`, `user@domain`, IPv4 and
//!   IPv6 addresses, GUIDs, DNS names, and every word that is a known host, domain, account or
//!   share; in verbatim excerpts also the account an event excerpt names (`4740 jdoe …`) and
//!   any word mixing letters and digits (`WS0077`, `Office2021`) that is not a status code, a
//!   KB number or a number.
//!
//! Event IDs, status codes, rule IDs, KB numbers, dates, counts, kinds and severities stay.
//! A pseudonym is `class-xxxx`, the hex of an HMAC-SHA256 of the class and the lower-case
//! original under the assessment's key: the same original is the same pseudonym in every
//! output and every run with that key; another key gives other ones. NetBIOS and DNS forms of
//! one host (`PS01`, `ps01.contoso.local`, `\\ps01\…`) share one pseudonym, as do `CONTOSO` and
//! `contoso.local`. The key is never written into an output; the map (pseudonym → original) is
//! written only when asked.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::OnceLock;

use hmac::{Hmac, Mac};
use regex::Regex;
use serde_json::Value;
use sha2::Sha256;
use tokenready_model::Report;

/// The secret the pseudonyms are derived from: 32 random bytes, kept as 64 hex digits.
#[derive(Clone, PartialEq, Eq)]
pub struct RedactionKey([u8; 32]);

impl std::fmt::Debug for RedactionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RedactionKey(…)")
    }
}

impl RedactionKey {
    /// A new key from the operating system's random source.
    pub fn generate() -> Result<RedactionKey, String> {
        let mut k = [0u8; 32];
        getrandom::fill(&mut k)
            .map_err(|e| format!("no random source for a redaction key: {e}"))?;
        Ok(RedactionKey(k))
    }

    /// A key written by [`RedactionKey::to_hex`] (surrounding white space ignored).
    pub fn parse(text: &str) -> Result<RedactionKey, String> {
        let t = text.trim();
        let bytes = hex::decode(t).map_err(|_| "a redaction key is 64 hex digits".to_string())?;
        let k: [u8; 32] = bytes
            .try_into()
            .map_err(|_| "a redaction key is 64 hex digits".to_string())?;
        Ok(RedactionKey(k))
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// The key in `path`, or a new one written there when the file does not exist (with
    /// `true`). A file that is not a key is an error, never replaced.
    pub fn load_or_create(path: &Path) -> Result<(RedactionKey, bool), String> {
        match std::fs::read_to_string(path) {
            Ok(t) => RedactionKey::parse(&t)
                .map(|k| (k, false))
                .map_err(|e| format!("{}: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let k = RedactionKey::generate()?;
                crate::output::atomic_write(path, |w| writeln!(w, "{}", k.to_hex())).map_err(
                    |e| format!("{}: the key could not be written ({e})", path.display()),
                )?;
                Ok((k, true))
            }
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }
}

use std::io::Write;

/// What an identifier is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Host,
    Domain,
    Account,
    Address,
    Share,
    Path,
    Package,
    Customer,
    Name,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Host => "host",
            Class::Domain => "domain",
            Class::Account => "account",
            Class::Address => "address",
            Class::Share => "share",
            Class::Path => "path",
            Class::Package => "package",
            Class::Customer => "customer",
            Class::Name => "name",
        }
    }
}

/// One replacement made: the pseudonym, what it stands for, and the original (first spelling).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapEntry {
    pub pseudonym: String,
    pub class: Class,
    pub original: String,
}

/// A redacted report and the replacements made in it.
pub struct Redacted {
    pub report: Report,
    pub map: Vec<MapEntry>,
}

/// Redacts a report (see the module documentation).
pub fn redact(report: &Report, key: &RedactionKey) -> Redacted {
    let mut value = serde_json::to_value(report).expect("a report serialises");
    let mut r = Redactor::new(key);
    // First pass: learn the identifiers from their places and from the patterns in every text,
    // so that a bare word (`PS01` in a sentence) is known wherever it stands.
    r.learn(&value, "");
    let mut paths: Vec<String> = r.paths.keys().cloned().collect();
    paths.sort_by_key(|p| std::cmp::Reverse(p.len()));
    r.path_order = paths;
    transform(&mut r, &mut value, "");
    let mut report: Report =
        serde_json::from_value(value).expect("a redacted report has the report's shape");
    report.redacted = Some(true);
    let map = r
        .map
        .into_iter()
        .map(|(pseudonym, (class, original))| MapEntry {
            pseudonym,
            class,
            original,
        })
        .collect();
    Redacted { report, map }
}

/// Refuses a redacted output that would replace an existing file or folder whose name does
/// not say "redacted": a redacted export is never written over an unredacted one.
pub fn guard_target(path: &Path) -> Result<(), String> {
    let named = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().to_lowercase().contains("redacted"));
    if path.exists() && !named {
        return Err(format!(
            "{} exists and is not a redacted export: a redacted report is never written over it; give a new name (e.g. one with \"redacted\" in it)",
            path.display()
        ));
    }
    Ok(())
}

/// The name a redacted export gets: `name-redacted.ext` (`name-redacted` for a folder).
pub fn redacted_name(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem}-redacted.{ext}"),
        _ => format!("{name}-redacted"),
    }
}

/// Writes the map as CSV (`pseudonym,class,original`), cells safe against formula injection.
pub fn write_map(map: &[MapEntry], w: &mut dyn Write) -> std::io::Result<()> {
    let mut csv = csv::Writer::from_writer(w);
    csv.write_record(["pseudonym", "class", "original"])?;
    for e in map {
        csv.write_record([
            crate::output::safe_cell(&e.pseudonym),
            e.class.as_str().to_string(),
            crate::output::safe_cell(&e.original),
        ])?;
    }
    csv.flush()
}

/// How a string at a place in the report is treated.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Treat {
    /// IDs, kinds, enums, hashes, times, counts' labels: unchanged.
    Keep,
    Host,
    /// A host name or an address (event sources).
    HostOrAddress,
    Address,
    Share,
    Account,
    Package,
    File,
    Customer,
    /// Prose written by TokenReady, with identifiers in it.
    Text,
    /// Text copied from the evidence (excerpts): also every word that looks like a name.
    Verbatim,
}

fn treat(path: &str) -> Treat {
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.trim_end_matches("[]");
    match (path, last) {
        (
            _,
            "kind" | "auth" | "severity" | "id" | "status" | "sha256" | "generated_at" | "hour"
            | "basis" | "language" | "fallback" | "itms_version" | "references" | "date"
            | "rollout_at" | "first_seen" | "last_seen" | "when" | "consultant" | "format"
            | "cause" | "rule" | "phase" | "version" | "name" | "retry_pattern",
        ) => Treat::Keep,
        (p, _) if p.starts_with(".tool") || p.starts_with(".totals") => Treat::Keep,
        (p, _) if p.ends_with("events_by_id") => Treat::Keep,
        (_, "host" | "hosts") => Treat::Host,
        (_, "computer") => Treat::Host,
        (_, "source") if path.contains("lockout_analysis") => Treat::HostOrAddress,
        (p, "sources") if p.starts_with(".locations") => Treat::File,
        (_, "sources") => Treat::HostOrAddress,
        (_, "addresses") => Treat::Address,
        (_, "share") => Treat::Share,
        (_, "account") => Treat::Account,
        (_, "packages") => Treat::Package,
        (_, "file" | "path" | "evidence_roots") => Treat::File,
        (_, "customer") => Treat::Customer,
        (_, "excerpt") => Treat::Verbatim,
        _ => Treat::Text,
    }
}

struct Redactor<'k> {
    key: &'k RedactionKey,
    /// (class, lower-case original) → pseudonym.
    known: HashMap<(Class, String), String>,
    /// pseudonym → (class, original as first seen).
    map: BTreeMap<String, (Class, String)>,
    /// Bare words known as identifiers (lower-case) → their class.
    words: HashMap<String, Class>,
    /// Evidence paths (as written) seen in their places.
    paths: HashMap<String, ()>,
    path_order: Vec<String>,
    customer: Option<String>,
}

fn patterns() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r#"(?P<url>\b[A-Za-z][A-Za-z0-9+.-]*://[^\s<>"'(),;]*[^\s<>"'(),;.:])"#,
            r#"|(?P<unc>\\\\[^\\\s/"'<>|,;():]+(?:\\[^\\\s"'<>|,;():]+)*\\?)"#,
            r#"|(?P<slashunc>//[A-Za-z0-9_.$-]+(?:/[^/\s"'<>|,;():]+)+)"#,
            r#"|(?P<drive>\b[A-Za-z]:\\[^\s"'<>|,;():]*)"#,
            r"|(?P<guid>\{?\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b\}?)",
            r"|(?P<account>\b[A-Za-z0-9][A-Za-z0-9._-]*\\[A-Za-z0-9._$-]+)",
            r"|(?P<email>\b[A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)",
            r"|(?P<v6>(?i:\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?:\d{1,3}(?:\.\d{1,3}){3})?|\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b))",
            r"|(?P<v4>\b\d{1,3}(?:\.\d{1,3}){3}\b)",
            r"|(?P<dns>\b[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+\b)",
            r"|(?P<word>[A-Za-z0-9_][A-Za-z0-9_$-]*)",
        ))
        .expect("the redaction patterns compile")
    })
}

/// Segments of URL paths that are the product's, not the customer's.
const PRODUCT_SEGMENTS: &[&str] = &["altiris", "ps", "share", "ns", "console", "swportal"];

impl<'k> Redactor<'k> {
    fn new(key: &'k RedactionKey) -> Self {
        Redactor {
            key,
            known: HashMap::new(),
            map: BTreeMap::new(),
            words: HashMap::new(),
            paths: HashMap::new(),
            path_order: Vec::new(),
            customer: None,
        }
    }

    fn digest(&self, class: Class, norm: &str) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.key.0).expect("any key length");
        mac.update(class.as_str().as_bytes());
        mac.update(&[0]);
        mac.update(norm.as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// The pseudonym of `original` in `class` (the lower-case form is what is compared).
    fn pseudo(&mut self, class: Class, original: &str) -> String {
        let norm = original.trim().to_lowercase();
        if let Some(p) = self.known.get(&(class, norm.clone())) {
            return p.clone();
        }
        let d = self.digest(class, &norm);
        let mut width = 2;
        let p = loop {
            let h = hex::encode(&d[..width]);
            let candidate = match class {
                Class::Address if original.contains(':') => format!(
                    "2001:db8::{:x}:{:x}",
                    u16::from_be_bytes([d[0], d[1]]),
                    u16::from_be_bytes([d[2], d[3 + width - 2]])
                ),
                Class::Address => format!("198.{}.{}.{}", 18 + (d[0] & 1), d[1 + width - 2], d[2]),
                Class::Package if guid(original).is_none() => format!("pkg-{h}"),
                Class::Package => {
                    let g = hex::encode(&d[width - 2..width + 14]);
                    format!(
                        "{}-{}-4{}-8{}-{}",
                        &g[..8],
                        &g[8..12],
                        &g[13..16],
                        &g[17..20],
                        &g[20..32]
                    )
                }
                Class::Customer => format!("Customer {}", h.to_uppercase()),
                Class::Share => format!("share-{h}"),
                Class::Host => format!("host-{h}"),
                Class::Domain => format!("dom-{h}"),
                Class::Account => format!("acct-{h}"),
                Class::Path => format!("item-{h}"),
                Class::Name => format!("name-{h}"),
            };
            match self.map.get(&candidate) {
                Some((c, o)) if *c != class || o.to_lowercase() != norm => width += 1,
                _ => break candidate,
            }
            if width > 12 {
                break format!("{}-{}", class.as_str(), hex::encode(d));
            }
        };
        self.known.insert((class, norm), p.clone());
        self.map
            .entry(p.clone())
            .or_insert_with(|| (class, original.trim().to_string()));
        p
    }

    // ---- learning -----------------------------------------------------------------------

    fn learn(&mut self, v: &Value, path: &str) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    if path.ends_with("by_source") {
                        self.learn_host_or_address(k);
                    }
                    self.learn(x, &format!("{path}.{k}"));
                }
            }
            Value::Array(a) => {
                let p = format!("{path}[]");
                for x in a {
                    self.learn(x, &p);
                }
            }
            Value::String(s) => self.learn_string(s, path),
            _ => {}
        }
    }

    fn learn_string(&mut self, s: &str, path: &str) {
        match treat(path) {
            Treat::Keep => {}
            Treat::Host => self.learn_host(s),
            Treat::HostOrAddress => self.learn_host_or_address(s),
            Treat::Address | Treat::Package => {}
            Treat::Share => self.learn_word(s.trim_end_matches('$'), Class::Share),
            Treat::Account => self.learn_account(s),
            Treat::File => {
                if !matches!(s, "software-library" | "ds-image-store" | "parameter") {
                    self.paths.insert(s.to_string(), ());
                }
            }
            Treat::Customer => {
                self.customer = Some(s.to_string());
                if let Some(w) = s.split_whitespace().next().filter(|w| w.len() >= 3) {
                    self.learn_word(w, Class::Customer);
                }
            }
            Treat::Text | Treat::Verbatim => {
                if treat(path) == Treat::Verbatim {
                    if let Some(user) = event_excerpt_account(s) {
                        self.learn_account(user);
                    }
                }
                for c in patterns().captures_iter(s) {
                    if let Some(m) = c.name("unc").or(c.name("slashunc")) {
                        let parts: Vec<&str> = m
                            .as_str()
                            .split(['\\', '/'])
                            .filter(|p| !p.is_empty())
                            .collect();
                        if let Some(h) = parts.first() {
                            self.learn_host_or_address(h);
                        }
                        if let Some(sh) = parts.get(1) {
                            self.learn_word(sh.trim_end_matches('$'), Class::Share);
                        }
                    } else if let Some(m) = c.name("url") {
                        if let Some(h) = url_host(m.as_str()) {
                            self.learn_host_or_address(h);
                        }
                    } else if let Some(m) = c.name("account").or(c.name("email")) {
                        self.learn_account(m.as_str());
                    }
                }
            }
        }
    }

    /// A bare word known as an identifier. A name that is both the customer's first word and
    /// a domain or host (`Contoso`, `CONTOSO`) is the domain or host.
    fn learn_word(&mut self, w: &str, class: Class) {
        let w = w.trim().to_lowercase();
        if w.is_empty() || w == "-" {
            return;
        }
        let e = self.words.entry(w).or_insert(class);
        if *e == Class::Customer && matches!(class, Class::Domain | Class::Host) {
            *e = class;
        }
    }

    fn learn_host(&mut self, h: &str) {
        let h = h.trim();
        if h.is_empty() || h == "-" || is_address(h) {
            return;
        }
        let mut labels = h.split('.');
        if let Some(first) = labels.next() {
            self.learn_word(first, Class::Host);
        }
        if let Some(d) = labels.next() {
            self.learn_word(d, Class::Domain);
        }
    }

    fn learn_host_or_address(&mut self, s: &str) {
        if !is_address(s) {
            self.learn_host(s);
        }
    }

    fn learn_account(&mut self, a: &str) {
        let a = a.trim();
        if let Some((d, u)) = a.split_once('\\') {
            self.learn_word(d.split('.').next().unwrap_or(d), Class::Domain);
            self.learn_word(u.trim_end_matches('$'), Class::Account);
        } else if let Some((u, d)) = a.split_once('@') {
            self.learn_word(u, Class::Account);
            self.learn_word(d.split('.').next().unwrap_or(d), Class::Domain);
        } else if !a.is_empty() && a != "-" {
            self.learn_word(a.trim_end_matches('$'), Class::Account);
        }
    }

    // ---- replacing ------------------------------------------------------------------------

    fn host(&mut self, h: &str) -> String {
        let h = h.trim();
        if h.is_empty() || h == "-" {
            return h.to_string();
        }
        if is_address(h) {
            return self.pseudo(Class::Address, h);
        }
        let (first, rest) = match h.split_once('.') {
            Some((f, r)) => (f, Some(r)),
            None => (h, None),
        };
        let p = self.pseudo(Class::Host, first);
        match rest {
            Some(r) => format!("{p}.{}", self.dns_domain(r)),
            None => p,
        }
    }

    /// `contoso.local` → `dom-xxxx.example.invalid` (the NetBIOS form `CONTOSO` → `dom-xxxx`).
    fn dns_domain(&mut self, d: &str) -> String {
        let first = d.split('.').next().unwrap_or(d);
        format!("{}.example.invalid", self.pseudo(Class::Domain, first))
    }

    fn account(&mut self, a: &str) -> String {
        let a = a.trim();
        if let Some((d, u)) = a.split_once('\\') {
            format!("{}\\{}", self.domain_or_host(d), self.user(u))
        } else if let Some((u, d)) = a.split_once('@') {
            format!("{}@{}", self.user(u), self.dns_domain(d))
        } else {
            self.user(a)
        }
    }

    /// The left of `X\user`: a domain, or (Sentinel's 4740 `Account`) a caller computer.
    fn domain_or_host(&mut self, d: &str) -> String {
        let first = d.split('.').next().unwrap_or(d).to_lowercase();
        match self.words.get(&first) {
            Some(Class::Host) => self.host(d),
            _ if d.contains('.') => self.dns_domain(d),
            _ => self.pseudo(Class::Domain, d),
        }
    }

    fn user(&mut self, u: &str) -> String {
        if u.is_empty() || u == "-" {
            return u.to_string();
        }
        // A machine account is its host's name with `$`.
        if let Some(h) = u.strip_suffix('$') {
            if self.words.get(&h.to_lowercase()) == Some(&Class::Host) {
                return format!("{}$", self.pseudo(Class::Host, h));
            }
            return format!("{}$", self.pseudo(Class::Account, h));
        }
        self.pseudo(Class::Account, u)
    }

    fn share(&mut self, s: &str) -> String {
        match s.strip_suffix('$') {
            Some(x) => format!("{}$", self.pseudo(Class::Share, x)),
            None => self.pseudo(Class::Share, s),
        }
    }

    /// A path segment: its name redacted, a short extension kept (`setup.exe` → `item-xxxx.exe`).
    fn segment(&mut self, s: &str) -> String {
        if s.is_empty() || s == "." || s == ".." {
            return s.to_string();
        }
        if let Some(g) = guid(s) {
            return s.replace(g, &self.pseudo(Class::Package, g));
        }
        if self.words.get(&s.to_lowercase()) == Some(&Class::Host) {
            // A folder named after its host (`evidence/ps01/Logs`) keeps the host's pseudonym.
            return self.pseudo(Class::Host, s);
        }
        match s.rsplit_once('.') {
            Some((name, ext))
                if !name.is_empty()
                    && (1..=5).contains(&ext.len())
                    && ext.bytes().all(|b| b.is_ascii_alphanumeric()) =>
            {
                format!("{}.{ext}", self.pseudo(Class::Path, name))
            }
            _ => self.pseudo(Class::Path, s),
        }
    }

    /// An evidence path (`root/dir/file.csv`, a zip member `a.zip!/b.log`): each segment.
    fn file(&mut self, p: &str) -> String {
        if matches!(p, "software-library" | "ds-image-store" | "parameter" | "") {
            return p.to_string();
        }
        let mut out = String::new();
        for (i, member) in p.split("!/").enumerate() {
            if i > 0 {
                out.push_str("!/");
            }
            let mut first = true;
            for seg in member.split(['/', '\\']) {
                if !first {
                    out.push('/');
                }
                first = false;
                if seg.len() == 2 && seg.ends_with(':') {
                    out.push_str(seg);
                } else {
                    let s = self.segment(seg);
                    out.push_str(&s);
                }
            }
        }
        out
    }

    fn unc(&mut self, u: &str, sep: char) -> String {
        let lead: String = std::iter::repeat_n(sep, 2).collect();
        let body = &u[2..];
        let trailing = body.ends_with(sep);
        let parts: Vec<&str> = body.split(sep).filter(|p| !p.is_empty()).collect();
        let mut out = lead;
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                out.push(sep);
            }
            let r = match i {
                0 => self.host(part),
                1 => self.share(part),
                _ => self.segment(part),
            };
            out.push_str(&r);
        }
        if trailing {
            out.push(sep);
        }
        out
    }

    fn url(&mut self, u: &str) -> String {
        let Some((scheme, rest)) = u.split_once("://") else {
            return self.pseudo(Class::Path, u);
        };
        let (authority, path) = match rest.find(['/', '?', '#']) {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        let hostport = authority.rsplit('@').next().unwrap_or(authority);
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) && !h.is_empty() => (h, Some(p)),
            _ => (hostport, None),
        };
        let mut out = format!("{scheme}://{}", self.host(host.trim_matches(['[', ']'])));
        if let Some(p) = port {
            out.push(':');
            out.push_str(p);
        }
        let (path, query) = match path.find(['?', '#']) {
            Some(i) => (&path[..i], Some(&path[i..])),
            None => (path, None),
        };
        for seg in path.split('/').skip(1) {
            out.push('/');
            if PRODUCT_SEGMENTS.contains(&seg.to_lowercase().as_str()) {
                out.push_str(seg);
            } else {
                let s = self.segment(seg);
                out.push_str(&s);
            }
        }
        if let Some(q) = query {
            out.push(q.as_bytes()[0] as char);
            let q = self.pseudo(Class::Path, &q[1..]);
            out.push_str(&q);
        }
        out
    }

    fn drive_path(&mut self, p: &str) -> String {
        let (drive, rest) = p.split_at(3);
        let mut out = drive.to_string();
        let segs: Vec<String> = rest.split('\\').map(|s| self.segment(s)).collect();
        out.push_str(&segs.join("\\"));
        out
    }

    fn dns(&mut self, d: &str, verbatim: bool) -> String {
        let lower = d.to_lowercase();
        let labels: Vec<&str> = lower.split('.').collect();
        let known_host = self.words.get(labels[0]) == Some(&Class::Host);
        let known_domain = labels
            .get(1)
            .is_some_and(|l| self.words.get(*l) == Some(&Class::Domain));
        if known_host || known_domain {
            return self.host(d);
        }
        // Not a known name: each label is a word of its own (`Altiris.NS.dll` stays,
        // `a1.log` in an excerpt becomes `name-xxxx.log`).
        d.split('.')
            .map(|l| self.word(l, verbatim))
            .collect::<Vec<_>>()
            .join(".")
    }

    fn word(&mut self, w: &str, verbatim: bool) -> String {
        if self.map.contains_key(w) {
            // Already a pseudonym (an evidence path replaced before the words).
            return w.to_string();
        }
        let lower = w.to_lowercase();
        let bare = lower.trim_end_matches('$');
        match self.words.get(bare).copied() {
            Some(Class::Host) => {
                let p = self.pseudo(Class::Host, bare);
                if w.ends_with('$') {
                    format!("{p}$")
                } else {
                    p
                }
            }
            Some(Class::Share) => self.share(w),
            Some(Class::Account) => self.user(w),
            Some(Class::Domain) => self.pseudo(Class::Domain, w),
            Some(Class::Customer) => self.pseudo(Class::Customer, w),
            _ if verbatim && looks_like_a_name(w) => self.pseudo(Class::Name, w),
            _ => w.to_string(),
        }
    }

    /// Every identifier in a text replaced.
    fn text(&mut self, s: &str, verbatim: bool) -> String {
        let mut s = s.to_string();
        if let Some(c) = self.customer.clone().filter(|c| !c.trim().is_empty()) {
            if let Some(i) = s.to_lowercase().find(&c.to_lowercase()) {
                let p = self.pseudo(Class::Customer, &c);
                s.replace_range(i..i + c.len(), &p);
            }
        }
        for p in self.path_order.clone() {
            if s.contains(&p) {
                let r = self.file(&p);
                s = s.replace(&p, &r);
            }
        }
        if verbatim {
            if let Some(user) = event_excerpt_account(&s) {
                self.learn_account(user);
            }
        }
        let mut out = String::with_capacity(s.len());
        let mut last = 0;
        for c in patterns().captures_iter(&s) {
            let m = c.get(0).expect("a match");
            out.push_str(&s[last..m.start()]);
            last = m.end();
            let t = m.as_str();
            let r = if c.name("url").is_some() {
                self.url(t)
            } else if c.name("unc").is_some() {
                self.unc(t, '\\')
            } else if c.name("slashunc").is_some() {
                self.unc(t, '/')
            } else if c.name("drive").is_some() {
                self.drive_path(t)
            } else if c.name("guid").is_some() {
                let g = guid(t).unwrap_or(t);
                t.replace(g, &self.pseudo(Class::Package, g))
            } else if c.name("account").is_some() || c.name("email").is_some() {
                self.account(t)
            } else if c.name("v6").is_some() || c.name("v4").is_some() {
                if t.contains(':') || is_address(t) {
                    self.pseudo(Class::Address, t)
                } else {
                    t.to_string()
                }
            } else if c.name("dns").is_some() {
                if is_address(t) {
                    self.pseudo(Class::Address, t)
                } else {
                    self.dns(t, verbatim)
                }
            } else {
                self.word(t, verbatim)
            };
            out.push_str(&r);
        }
        out.push_str(&s[last..]);
        out
    }

    fn string(&mut self, s: &str, path: &str) -> String {
        match treat(path) {
            Treat::Keep => s.to_string(),
            Treat::Host => self.host(s),
            Treat::HostOrAddress => self.host(s),
            Treat::Address => self.pseudo(Class::Address, s),
            Treat::Share => self.share(s),
            Treat::Account => self.account(s),
            Treat::Package => {
                let g = guid(s).unwrap_or(s);
                s.replace(g, &self.pseudo(Class::Package, g))
            }
            Treat::File => self.file(s),
            Treat::Customer => self.pseudo(Class::Customer, s),
            Treat::Text => self.text(s, false),
            Treat::Verbatim => self.text(s, true),
        }
    }
}

fn transform(r: &mut Redactor, v: &mut Value, path: &str) {
    match v {
        Value::Object(m) => {
            let keys_are_sources = path.ends_with("by_source");
            let entries: Vec<(String, Value)> = std::mem::take(m).into_iter().collect();
            for (k, mut x) in entries {
                let p = format!("{path}.{k}");
                transform(r, &mut x, &p);
                let k = if keys_are_sources && k != "(unknown)" {
                    r.host(&k)
                } else {
                    k
                };
                m.insert(k, x);
            }
        }
        Value::Array(a) => {
            let p = format!("{path}[]");
            for x in a {
                transform(r, x, &p);
            }
        }
        Value::String(s) => *s = r.string(s, path),
        _ => {}
    }
}

/// The account an event excerpt names: TokenReady writes them as `<event ID> <account> …`.
fn event_excerpt_account(s: &str) -> Option<&str> {
    let mut words = s.split_whitespace();
    let id = words.next()?;
    if !matches!(id, "4740" | "4625" | "4771" | "4776" | "4767") {
        return None;
    }
    words.next().filter(|w| *w != "-" && *w != "at")
}

/// The host of a URL (`https://user@host:443/x` → `host`).
fn url_host(u: &str) -> Option<&str> {
    let rest = u.split_once("://")?.1;
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let hostport = authority.rsplit('@').next()?;
    let host = match hostport.rsplit_once(':') {
        Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => hostport,
    };
    Some(host.trim_matches(['[', ']'])).filter(|h| !h.is_empty())
}

fn guid(s: &str) -> Option<&str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
            .expect("compiles")
    });
    re.find(s).map(|m| m.as_str())
}

fn is_address(s: &str) -> bool {
    let t = s.trim().trim_start_matches("::ffff:");
    t.parse::<std::net::IpAddr>().is_ok() || s.trim().parse::<std::net::IpAddr>().is_ok()
}

/// A word of verbatim evidence that is probably a name: letters and digits mixed (`WS0077`,
/// `Office2021`), not a status code (`0x8007052E`), a KB number, or a number with a unit.
fn looks_like_a_name(w: &str) -> bool {
    let letters = w.bytes().any(|b| b.is_ascii_alphabetic());
    let digits = w.bytes().any(|b| b.is_ascii_digit());
    if !(letters && digits) {
        return false;
    }
    let lower = w.to_ascii_lowercase();
    let starts_digit = lower.as_bytes()[0].is_ascii_digit();
    let code = lower.starts_with("0x");
    let kb = lower.starts_with("kb") && lower[2..].bytes().all(|b| b.is_ascii_digit());
    let known = matches!(
        lower.as_str(),
        "utf8"
            | "utf16"
            | "utf-8"
            | "utf-16"
            | "utf-16le"
            | "utf-16be"
            | "win32"
            | "win64"
            | "x64"
            | "x86"
            | "ipv4"
            | "ipv6"
            | "sha256"
            | "sha-256"
            | "md5"
            | "ntlmv2"
            | "ntlmv1"
            | "aes256"
            | "rc4"
    );
    !(starts_digit || code || kb || known)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> RedactionKey {
        RedactionKey([b; 32])
    }

    #[test]
    fn one_host_in_every_form_is_one_pseudonym() {
        let k = key(1);
        let mut r = Redactor::new(&k);
        r.learn_host("ps01.contoso.local");
        let bare = r.host("PS01");
        assert!(bare.starts_with("host-"));
        assert_eq!(
            r.host("ps01.contoso.local"),
            format!(
                "{bare}.{}.example.invalid",
                r.pseudo(Class::Domain, "CONTOSO")
            )
        );
        assert_eq!(
            r.unc(r"\\ps01\Packages$\Office2021", '\\')
                .split('\\')
                .nth(2),
            Some(bare.as_str())
        );
        let t = r.text(
            r"copy \\PS01\Packages$\Office2021 from PS01 as CONTOSO\svc_acc (10.0.0.5)",
            false,
        );
        assert!(
            !t.to_lowercase().contains("ps01")
                && !t.contains("svc_acc")
                && !t.contains("10.0.0.5")
                && !t.contains("Packages"),
            "{t}"
        );
        assert!(t.contains("$\\item-"), "{t}");
    }

    #[test]
    fn pseudonyms_are_keyed_and_typed() {
        let (a, b) = (key(1), key(2));
        let mut ra = Redactor::new(&a);
        let mut rb = Redactor::new(&b);
        assert_eq!(
            ra.pseudo(Class::Host, "PS01"),
            Redactor::new(&a).pseudo(Class::Host, "ps01")
        );
        assert_ne!(
            ra.pseudo(Class::Host, "PS01"),
            rb.pseudo(Class::Host, "PS01")
        );
        assert!(ra.pseudo(Class::Address, "10.20.1.11").starts_with("198.1"));
        assert!(ra
            .pseudo(Class::Address, "fe80::1")
            .starts_with("2001:db8::"));
        assert_eq!(ra.share("Packages$").chars().last(), Some('$'));
        let g = ra.pseudo(Class::Package, "053effa6-130e-45b5-b959-100f9a499f8b");
        assert!(guid(&g).is_some(), "{g}");
    }

    #[test]
    fn what_is_not_an_identifier_stays() {
        let k = key(3);
        let mut r = Redactor::new(&k);
        let s = "4625 failed logons with status 0xC000006A (KB 181098) at 2025-04-16T10:22:08Z, TR-LCK-001, 8.7.3";
        assert_eq!(r.text(s, false), s);
        assert_eq!(
            r.text("Altiris.NS.dll wrote agent.log", true),
            "Altiris.NS.dll wrote agent.log"
        );
        let v = r.text("4740 jdoe locked out, caller WS0077", true);
        assert!(
            !v.contains("jdoe") && !v.contains("WS0077") && v.starts_with("4740 acct-"),
            "{v}"
        );
    }

    #[test]
    fn keys_round_trip_and_bad_keys_are_refused() {
        let k = RedactionKey::generate().unwrap();
        assert_eq!(
            RedactionKey::parse(&format!("{}\n", k.to_hex())).unwrap(),
            k
        );
        assert!(RedactionKey::parse("abc").is_err());
        assert_ne!(RedactionKey::generate().unwrap(), k);
        assert!(!format!("{k:?}").contains(&k.to_hex()[..8]));
    }
}
