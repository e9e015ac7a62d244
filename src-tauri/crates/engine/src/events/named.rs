//! Security events exported by a SIEM or by PowerShell as named fields (issue 22): Microsoft
//! Sentinel's `SecurityEvent` CSV, Splunk search results (CSV or JSON, classic or XML field
//! names, `_raw`), Graylog's flattened winlogbeat names, and PowerShell `Get-WinEvent |
//! ConvertTo-Json`. Each family is a table of field names (siem-exports.md §2–§5): a field is
//! read from the first name present, raw EventData names first and the product's normalised
//! names as the fallback; never by position. The readers (`siem_csv`, `json`) give each row or
//! document to [`read`] behind [`Fields`].

use std::borrow::Cow;

use tokenready_model::Place;

use super::{interesting, set_data, SECURITY_PROVIDER};
use crate::collect::{FileResult, Note, SecEvent, Text};

/// One row or document, its values by name.
pub(super) trait Fields {
    /// The value under `name` as written (a multivalue field's values joined by `\n`), or
    /// `None` when it is absent, empty, or Excel's `#NAME?` (a cell it broke on re-save, §2.3).
    fn raw(&self, name: &str) -> Option<Cow<'_, str>>;

    fn value(&self, name: &str) -> Option<Cow<'_, str>> {
        self.raw(name)
            .filter(|v| !v.trim().is_empty() && v.trim() != "#NAME?")
    }

    /// The first of `names` with a value.
    fn first(&self, names: &[&str]) -> Option<Cow<'_, str>> {
        names.iter().find_map(|n| self.value(n))
    }
}

/// How a family writes its times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TimeForm {
    /// RFC 3339, ISO with a `+0000` offset, or epoch seconds (Splunk `_time`, §3.3, §3.4).
    Iso,
    /// UTC rendered in the portal's locale, `10/18/2024, 9:29:21.125 AM` (Sentinel, §2.2): the
    /// order of day and month is decided per file by the CSV reader.
    PortalUtc,
    /// `/Date(1595374458918)/` (Windows PowerShell 5.1) or ISO (pwsh 7), §4.2.
    DotNet,
}

/// One export family: where each field the analysis uses is found.
pub(super) struct Family {
    pub name: &'static str,
    pub id: &'static [&'static str],
    pub time: &'static [(&'static str, TimeForm)],
    pub computer: &'static [&'static str],
    pub record: &'static [&'static str],
    pub provider: &'static [&'static str],
    pub channel: &'static [&'static str],
    /// EventData fields by their raw name, each with the names it is found under.
    pub data: &'static [(&'static str, &'static [&'static str])],
    /// What is special to the family, after the table (fallbacks from derived fields).
    pub extra: fn(&dyn Fields, &mut SecEvent, &mut Tally),
}

/// Microsoft Sentinel / Log Analytics `SecurityEvent`, portal "Export → CSV" (§2).
pub(super) static SENTINEL: Family = Family {
    name: "Microsoft Sentinel SecurityEvent export",
    id: &["EventID"],
    time: &[
        ("TimeGenerated [UTC]", TimeForm::PortalUtc),
        ("TimeGenerated", TimeForm::Iso),
    ],
    computer: &["Computer"],
    record: &["EventRecordId"],
    provider: &["EventSourceName"],
    channel: &["Channel"],
    data: &[
        ("TargetUserName", &["TargetUserName"]),
        ("TargetDomainName", &["TargetDomainName"]),
        ("Status", &["Status"]),
        ("SubStatus", &["SubStatus"]),
        ("FailureReason", &["FailureReason"]),
        ("LogonType", &["LogonType"]),
        ("WorkstationName", &["WorkstationName", "Workstation"]),
        ("IpAddress", &["IpAddress"]),
    ],
    extra: sentinel_extra,
};

/// Splunk Add-on for Microsoft Windows search results, CSV or JSON (§3): classic
/// `WinEventLog` names and `XmlWinEventLog` names; `_raw` when the fields were not exported.
pub(super) static SPLUNK: Family = Family {
    name: "Splunk search export",
    id: &["EventCode", "EventID"],
    time: &[("_time", TimeForm::Iso)],
    computer: &["ComputerName", "Computer"],
    record: &["RecordNumber", "EventRecordID"],
    provider: &["SourceName", "Name"],
    channel: &["LogName", "Channel"],
    data: &[
        ("TargetUserName", &["TargetUserName", "Logon_Account"]),
        ("TargetDomainName", &["TargetDomainName"]),
        ("Status", &["Status", "Failure_Code", "Error_Code"]),
        ("SubStatus", &["SubStatus", "Sub_Status"]),
        ("FailureReason", &["FailureReason", "Failure_Reason"]),
        ("LogonType", &["LogonType", "Logon_Type"]),
        (
            "WorkstationName",
            &[
                "WorkstationName",
                "Workstation",
                "Workstation_Name",
                "Source_Workstation",
            ],
        ),
        (
            "IpAddress",
            &["IpAddress", "Source_Network_Address", "Client_Address"],
        ),
    ],
    extra: splunk_extra,
};

/// Graylog messages from a Beats input: winlogbeat's fields flattened with `_` and prefixed
/// `winlogbeat_` (§5.2).
pub(super) static GRAYLOG: Family = Family {
    name: "Graylog (winlogbeat) messages",
    id: &["winlogbeat_winlog_event_id", "winlogbeat_event_code"],
    time: &[
        ("timestamp", TimeForm::Iso),
        ("winlogbeat_@timestamp", TimeForm::Iso),
    ],
    computer: &["winlogbeat_winlog_computer_name"],
    record: &["winlogbeat_winlog_record_id"],
    provider: &["winlogbeat_winlog_provider_name"],
    channel: &["winlogbeat_winlog_channel"],
    data: &[
        (
            "TargetUserName",
            &["winlogbeat_winlog_event_data_TargetUserName"],
        ),
        (
            "TargetDomainName",
            &["winlogbeat_winlog_event_data_TargetDomainName"],
        ),
        ("Status", &["winlogbeat_winlog_event_data_Status"]),
        ("SubStatus", &["winlogbeat_winlog_event_data_SubStatus"]),
        (
            "FailureReason",
            &["winlogbeat_winlog_event_data_FailureReason"],
        ),
        ("LogonType", &["winlogbeat_winlog_event_data_LogonType"]),
        (
            "WorkstationName",
            &[
                "winlogbeat_winlog_event_data_WorkstationName",
                "winlogbeat_winlog_event_data_Workstation",
                // The security module's rename (§0.4, §5.2).
                "winlogbeat_source_domain",
            ],
        ),
        (
            "IpAddress",
            &[
                "winlogbeat_winlog_event_data_IpAddress",
                "winlogbeat_source_ip",
            ],
        ),
    ],
    extra: |_, _, _| {},
};

/// `Get-WinEvent … | ConvertTo-Json` from Windows PowerShell 5.1 or pwsh 7 (§4.2).
pub(super) static POWERSHELL_JSON: Family = Family {
    name: "PowerShell Get-WinEvent | ConvertTo-Json",
    id: &["Id"],
    time: &[("TimeCreated", TimeForm::DotNet)],
    computer: &["MachineName"],
    record: &["RecordId"],
    provider: &["ProviderName"],
    channel: &["LogName"],
    data: &[],
    extra: powershell_extra,
};

/// What the rows of one export showed, for its notes.
#[derive(Default)]
pub(super) struct Tally {
    pub relevant: u64,
    /// Events with no record ID (matched with other exports by the fallback key only).
    pub no_record: u64,
    /// Events whose provider was taken from the Security channel (the export has no provider).
    pub provider_from_channel: u64,
    /// Events whose caller or account came from a derived field (Sentinel `Account`).
    pub derived: u64,
    /// Events read from the message text or `_raw` (the fields were not exported).
    pub from_text: u64,
    /// Gaps: (count, first place) of events that lack what a conclusion needs.
    pub no_caller: (u64, Option<Place>),
    pub no_source: (u64, Option<Place>),
    pub no_account: (u64, Option<Place>),
    pub no_time: (u64, Option<Place>),
    pub no_computer: (u64, Option<Place>),
}

fn gap(g: &mut (u64, Option<Place>), place: &Place) {
    g.0 += 1;
    g.1.get_or_insert_with(|| place.clone());
}

/// The event ID of a row, when it has one that is a number.
pub(super) fn event_id(f: &dyn Fields, family: &Family) -> Option<u32> {
    match f.first(family.id) {
        Some(id) => id.trim().parse().ok(),
        // Splunk's `_raw` alone: `EventCode=` (classic) or `<EventID>` (XML), §3.2, §3.3.
        None if std::ptr::eq(family, &SPLUNK) => raw_event_id(&f.value("_raw")?),
        None => None,
    }
}

fn raw_event_id(raw: &str) -> Option<u32> {
    let after = |tag: &str| raw.find(tag).map(|i| &raw[i + tag.len()..]);
    let rest = after("\nEventCode=").or_else(|| {
        let r = after("<EventID")?;
        Some(&r[r.find('>')? + 1..])
    })?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// A time read in one of the forms that carry their zone; `None` for [`TimeForm::PortalUtc`]
/// (the CSV reader decides those per file).
pub(super) fn time_of(text: &str, form: TimeForm) -> Option<crate::lockout::When> {
    use chrono::{DateTime, NaiveDateTime};
    let t = text.trim();
    let utc = |at: NaiveDateTime| Some(crate::lockout::When { at, utc: true });
    match form {
        TimeForm::PortalUtc => None,
        TimeForm::DotNet => match t
            .strip_prefix("/Date(")
            .or_else(|| t.strip_prefix("\\/Date("))
        {
            Some(rest) => {
                let digits: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '-')
                    .collect();
                let ms: i64 = digits.parse().ok()?;
                utc(DateTime::from_timestamp_millis(ms)?.naive_utc())
            }
            None => crate::lockout::parse_time(t, None).filter(|w| w.utc),
        },
        TimeForm::Iso => {
            if let Ok(secs) = t.parse::<f64>() {
                let ms = (secs * 1000.0).round() as i64;
                return utc(DateTime::from_timestamp_millis(ms)?.naive_utc());
            }
            if let Some(w) = crate::lockout::parse_time(t, None).filter(|w| w.utc) {
                return Some(w);
            }
            let d = DateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S%.f%z").ok()?;
            utc(d.naive_utc())
        }
    }
}

/// Builds the event of one row or document of an interesting ID. Its time is set here when
/// the form carries the zone; the caller sets portal times.
pub(super) fn read(
    f: &dyn Fields,
    family: &Family,
    id: u32,
    place: Place,
    tally: &mut Tally,
) -> SecEvent {
    debug_assert!(interesting(id));
    tally.relevant += 1;
    let mut ev = SecEvent {
        event_id: id,
        provider: f
            .first(family.provider)
            .unwrap_or_default()
            .into_owned()
            .into(),
        channel: f
            .first(family.channel)
            .unwrap_or_default()
            .into_owned()
            .into(),
        computer: f
            .first(family.computer)
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase()
            .into(),
        record_id: f.first(family.record).and_then(|r| r.trim().parse().ok()),
        place,
        ..SecEvent::default()
    };
    for (name, t) in family.time {
        if let Some(v) = f.value(name) {
            if let Some(w) = time_of(&v, *t) {
                ev.time = Some(crate::lockout::fmt_when(w));
                ev.time_is_utc = true;
            }
            break;
        }
    }
    for (name, names) in family.data {
        if let Some(v) = f.first(names) {
            set_data(&mut ev, name, &v);
        }
    }
    (family.extra)(f, &mut ev, tally);
    ev.provider = provider(&ev.provider, &ev.channel, tally).into();
    tally.no_record += u64::from(ev.record_id.is_none());
    ev
}

/// The provider's name as the Security log writes it: Splunk's classic `SourceName` is the
/// provider's display name (§3.2); an export without a provider column counts its events of
/// the Security channel as the auditing provider's (the only one writing 4740/4625/4771/4776).
fn provider(p: &str, channel: &str, tally: &mut Tally) -> String {
    let p = p.trim();
    if p.eq_ignore_ascii_case("Microsoft Windows security auditing.") {
        return SECURITY_PROVIDER.into();
    }
    if p.is_empty() && channel.trim().eq_ignore_ascii_case("security") {
        tally.provider_from_channel += 1;
        return SECURITY_PROVIDER.into();
    }
    p.to_string()
}

/// Sentinel: the EventData XML column fills what the columns left empty; `Account` /
/// `TargetAccount` (for 4740 caller computer \ user, §0.3, §2.4) are the last resort.
fn sentinel_extra(f: &dyn Fields, ev: &mut SecEvent, tally: &mut Tally) {
    if let Some(xml) = f.value("EventData") {
        for (name, value) in event_data(&xml) {
            let empty = match name.as_str() {
                "TargetUserName" => ev.target_user.is_empty(),
                "TargetDomainName" => ev.target_domain.is_empty(),
                "Status" => ev.status.is_empty(),
                "SubStatus" => ev.sub_status.is_empty(),
                "FailureReason" => ev.failure_reason.is_empty(),
                "LogonType" => ev.logon_type.is_empty(),
                "WorkstationName" | "Workstation" => ev.workstation.is_empty(),
                "IpAddress" => ev.ip.is_empty(),
                _ => false,
            };
            if empty {
                set_data(ev, &name, &value);
            }
        }
    }
    if ev.channel.is_empty() {
        // The SecurityEvent table holds the Security log (§2.1); an export cut to a few
        // columns may not carry Channel.
        ev.channel = "Security".into();
    }
    if ev.target_user.is_empty() || (ev.event_id == 4740 && ev.target_domain.is_empty()) {
        if let Some(acc) = f.first(&["TargetAccount", "Account"]) {
            if let Some((left, user)) = acc.rsplit_once('\\') {
                let mut used = false;
                if ev.target_user.is_empty() && !user.trim().is_empty() {
                    ev.target_user = user.trim().into();
                    used = true;
                }
                if ev.event_id == 4740 && ev.target_domain.is_empty() && !left.trim().is_empty() {
                    ev.target_domain = left.trim().into();
                    used = true;
                }
                tally.derived += u64::from(used);
            }
        }
    }
}

/// Splunk: classic `Account_Name` is multivalue (subject, then target: the last is the
/// account, §3.1); `Caller_Computer_Name` is the 4740 caller; `_raw` is read when the fields
/// were not exported (classic `key=value` lines and the message, or the XML event).
fn splunk_extra(f: &dyn Fields, ev: &mut SecEvent, tally: &mut Tally) {
    let last = |v: Cow<'_, str>| {
        v.rsplit('\n')
            .map(str::trim)
            .find(|s| !s.is_empty())
            .unwrap_or("")
            .to_string()
    };
    if ev.target_user.is_empty() {
        if let Some(v) = f.value("Account_Name") {
            ev.target_user = last(v).into();
        }
    }
    if ev.target_domain.is_empty() {
        let names: &[&str] = if ev.event_id == 4740 {
            &["Caller_Computer_Name"]
        } else {
            &["Account_Domain"]
        };
        if let Some(v) = f.first(names) {
            ev.target_domain = last(v).into();
        }
    }
    let Some(raw) = f.value("_raw") else { return };
    let raw = raw.trim_start();
    let from_raw = if raw.starts_with("<Event") {
        let mut one = FileResult::default();
        super::xml::scan_xml(raw.as_bytes(), &mut one);
        one.events.into_iter().next().map(|e| *e)
    } else {
        classic_raw(raw, ev.event_id)
    };
    let Some(r) = from_raw else { return };
    tally.from_text += 1;
    let fill = |a: &mut Text, b: Text| {
        if a.is_empty() {
            *a = b;
        }
    };
    fill(&mut ev.provider, r.provider);
    fill(&mut ev.channel, r.channel);
    fill(&mut ev.computer, r.computer);
    ev.record_id = ev.record_id.or(r.record_id);
    fill(&mut ev.target_user, r.target_user);
    fill(&mut ev.target_domain, r.target_domain);
    fill(&mut ev.status, r.status);
    fill(&mut ev.sub_status, r.sub_status);
    fill(&mut ev.failure_reason, r.failure_reason);
    fill(&mut ev.logon_type, r.logon_type);
    fill(&mut ev.workstation, r.workstation);
    fill(&mut ev.ip, r.ip);
    // `_raw`'s first line is the host's local time (§3.3): never used; `_time` is.
}

/// A classic `_raw`: a local date line, `key=value` header lines in any order, then
/// `Message=` and the rendered English message (§3.2, §3.3).
fn classic_raw(raw: &str, id: u32) -> Option<SecEvent> {
    let mut ev = SecEvent {
        event_id: id,
        ..SecEvent::default()
    };
    let (head, message) = match raw.find("\nMessage=") {
        Some(i) => (&raw[..i], Some(&raw[i + "\nMessage=".len()..])),
        None => (raw, None),
    };
    let mut any = false;
    for line in head.lines() {
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        any = true;
        let v = v.trim();
        match k.trim() {
            "ComputerName" => ev.computer = v.to_ascii_lowercase().into(),
            "RecordNumber" => ev.record_id = v.parse().ok(),
            "SourceName" => ev.provider = v.into(),
            "LogName" => ev.channel = v.into(),
            _ => {}
        }
    }
    if let Some(m) = message {
        super::csv::parse_message(&mut ev, m);
    }
    (any || message.is_some()).then_some(ev)
}

/// PowerShell JSON: the English message, and for 4740 the `Properties` values when exported
/// with `-Depth 3` or more (`[{"Value": …}]`, positional: `[0]` TargetUserName, `[1]`
/// TargetDomainName, the order of the 4740 EventData, §4.1).
fn powershell_extra(f: &dyn Fields, ev: &mut SecEvent, tally: &mut Tally) {
    if ev.event_id == 4740 {
        for (i, name) in ["TargetUserName", "TargetDomainName"].iter().enumerate() {
            if let Some(v) = f.value(&format!("Properties.{i}.Value")) {
                set_data(ev, name, &v);
            }
        }
    }
    if let Some(msg) = f.value("Message") {
        let mut from = SecEvent {
            event_id: ev.event_id,
            ..SecEvent::default()
        };
        super::csv::parse_message(&mut from, &msg);
        if from
            != (SecEvent {
                event_id: ev.event_id,
                ..SecEvent::default()
            })
        {
            tally.from_text += 1;
        }
        let fill = |a: &mut Text, b: Text| {
            if a.is_empty() {
                *a = b;
            }
        };
        fill(&mut ev.target_user, from.target_user);
        fill(&mut ev.target_domain, from.target_domain);
        fill(&mut ev.status, from.status);
        fill(&mut ev.sub_status, from.sub_status);
        fill(&mut ev.failure_reason, from.failure_reason);
        fill(&mut ev.logon_type, from.logon_type);
        fill(&mut ev.workstation, from.workstation);
        fill(&mut ev.ip, from.ip);
    }
}

/// The `<Data Name="…">value</Data>` pairs of an EventData XML fragment (Sentinel's
/// `EventData` column, §2.4). A fragment that is not XML gives what was read before the damage.
fn event_data(xml: &str) -> Vec<(String, String)> {
    use quick_xml::events::Event as X;
    let mut r = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut name: Option<String> = None;
    loop {
        match r.read_event() {
            Ok(X::Start(e)) if e.local_name().as_ref() == b"Data" => {
                name = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.local_name().as_ref() == b"Name")
                    .and_then(|a| a.unescape_value().ok())
                    .map(|v| v.into_owned());
            }
            Ok(X::Text(t)) => {
                if let (Some(n), Ok(v)) = (name.take(), t.unescape()) {
                    out.push((n, v.into_owned()));
                }
            }
            Ok(X::End(_)) => name = None,
            Ok(X::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    out
}

/// Counts what an event lacks for a conclusion (a SIEM search cut to a few columns).
pub(super) fn gaps(ev: &SecEvent, tally: &mut Tally) {
    let empty = |s: &str| s.trim().is_empty() || s.trim() == "-";
    if ev.event_id == 4740 && empty(&ev.target_domain) {
        gap(&mut tally.no_caller, &ev.place);
    }
    if matches!(ev.event_id, 4625 | 4771 | 4776) && empty(&ev.ip) && empty(&ev.workstation) {
        gap(&mut tally.no_source, &ev.place);
    }
    if ev.event_id != 4767 && empty(&ev.target_user) {
        gap(&mut tally.no_account, &ev.place);
    }
    if ev.time.is_none() {
        gap(&mut tally.no_time, &ev.place);
    }
    if ev.computer.is_empty() {
        gap(&mut tally.no_computer, &ev.place);
    }
}

/// The first note of an export of a named family.
pub(super) fn heading(family: &Family, out: &mut FileResult) {
    out.note(
        Note::new(
            "note-named-heading",
            "{family}: fields read by name (raw EventData names first, the product's names as the fallback)",
        )
        .arg("family", family_name(family)),
    );
}

/// Every family's name as a note, for the catalogue's test.
#[cfg(test)]
pub(crate) fn family_names() -> Vec<Note> {
    [&SENTINEL, &SPLUNK, &GRAYLOG, &POWERSHELL_JSON]
        .into_iter()
        .map(family_name)
        .collect()
}

/// A family's name as a note (`family-<name>`), written in the report's language.
fn family_name(family: &Family) -> Note {
    let slug: String = family
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    Note {
        id: format!("family-{slug}").into(),
        english: family.name.into(),
        args: vec![],
    }
}

/// What the events of one export cannot tell, and how they were read.
pub(super) fn notes(t: &Tally, out: &mut FileResult) {
    let count = |n: u64, note: Note, out: &mut FileResult| {
        if n > 0 {
            out.note(note.arg("n", n));
        }
    };
    count(t.derived, Note::new("note-derived-account", "{n} event(s) took the account or the 4740 caller from Sentinel's Account / TargetAccount (caller computer\\user for 4740): TargetUserName / TargetDomainName were not in the export"), out);
    count(t.from_text, Note::new("note-from-text", "{n} event(s) were read from the rendered message or _raw text (English labels): their fields were not exported"), out);
    count(
        t.provider_from_channel,
        Note::new("note-provider-from-channel", "{n} event(s) have no provider field: counted as {provider}, the Security log's auditing provider")
            .arg("provider", SECURITY_PROVIDER),
        out,
    );
    count(t.no_record, Note::new("note-no-record", "{n} event(s) have no record ID: they are matched with the same events in another export by computer, time (to the second, UTC), event ID, account and caller"), out);
    let say = |g: &(u64, Option<Place>), what: Note, out: &mut FileResult| {
        if g.0 > 0 {
            let first = g.1.as_ref().and_then(|p| {
                p.line
                    .map(|l| {
                        Note::new("note-first-line", " (the first at line {line})")
                            .arg("line", l.to_string())
                    })
                    .or_else(|| {
                        p.record.map(|r| {
                            Note::new("note-first-record", " (the first is record {record})")
                                .arg("record", r.to_string())
                        })
                    })
            });
            let first = first.unwrap_or_else(|| Note::new("note-first-none", ""));
            out.note(what.arg("n", g.0).arg("first", first));
        }
    };
    say(&t.no_caller, Note::new("note-no-caller-export", "{n} lockout(s) (4740) have no caller computer (TargetDomainName, or the family's name for it, is not in the export): the lockout source is unknown for them{first}"), out);
    say(&t.no_source, Note::new("note-no-source", "{n} failed logon(s) (4625/4771/4776) have neither a workstation name nor an address: where they came from is unknown{first}"), out);
    say(
        &t.no_account,
        Note::new(
            "note-no-account",
            "{n} event(s) have no account name: they count only when no --account is given{first}",
        ),
        out,
    );
    say(&t.no_time, Note::new("note-no-time", "{n} event(s) have no readable time: the timeline and the split at a rollout leave them out{first}"), out);
    say(&t.no_computer, Note::new("note-no-computer", "{n} event(s) have no computer name: they cannot be matched with the same events in another export{first}"), out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_in_every_form_that_carries_its_zone() {
        let at = |t, f| time_of(t, f).map(crate::lockout::fmt_when);
        assert_eq!(
            at("1554242253", TimeForm::Iso).as_deref(),
            Some("2019-04-02T21:57:33Z")
        );
        assert_eq!(
            at("2020-01-13T17:41:56.000+0000", TimeForm::Iso).as_deref(),
            Some("2020-01-13T17:41:56Z")
        );
        assert_eq!(
            at("/Date(1595374458918)/", TimeForm::DotNet).as_deref(),
            Some("2020-07-21T23:34:18Z")
        );
        assert_eq!(
            at("2019-11-19T22:32:50Z", TimeForm::DotNet).as_deref(),
            Some("2019-11-19T22:32:50Z")
        );
        assert_eq!(at("5/31/2026 4:36:21 PM", TimeForm::Iso), None);
    }

    #[test]
    fn eventdata_fragment_by_name() {
        let xml = r#"<EventData xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <Data Name="TargetUserName">KustoKing</Data>
  <Data Name="TargetDomainName">CL01</Data>
  <Data Name="SubjectLogonId">0x3e7</Data>
</EventData>"#;
        let d = event_data(xml);
        assert_eq!(d[0], ("TargetUserName".into(), "KustoKing".into()));
        assert_eq!(d[1], ("TargetDomainName".into(), "CL01".into()));
        assert_eq!(event_data("<EventData><Data Name=\"A\">x").len(), 1);
        assert!(event_data("not xml").is_empty());
    }
}
