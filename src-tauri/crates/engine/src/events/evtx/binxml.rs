//! A reader of our own for the few values TokenReady uses from EVTX records (issue 21): the
//! System values (EventID, provider, channel, computer, time) and the EventData fields the
//! analysis reads, taken from each record's substitution array by the index its template
//! gives them, without building XML or JSON.
//!
//! The format (MS-EVEN6 BinXML, as the `evtx` crate reads it): a record's BinXML is a fragment
//! header (`0F 01 01 00`), a template instance token (`0C`, 1 byte, template id u32, the
//! chunk offset of the template definition u32), the definition itself when it is stored right
//! there (next offset u32, GUID, data size u32, then its tokens), then the number of
//! substitution values u32, their descriptors (size u16, type u8, 0) and the values one after
//! the other. A template definition is a token stream: elements (`01`/`41`: dependency u16,
//! data size u32, name offset u32, attribute list size u32 when `41`), attributes (`06`/`46`:
//! name offset), literal values (`05`/`45`: type u8 and value), substitutions (`0D`/`0E`:
//! index u16, type u8), the ends of start tags (`02`, empty `03`) and of elements (`04`), and
//! `00` at its end. Names are strings of the chunk (next offset u32, hash u16, length u16,
//! UTF-16, NUL), stored in place at their first use. A value of type `21` is a BinXML fragment
//! of its own (a nested template instance) standing for an element's content.
//!
//! Anything this reader does not expect (another token, a value type it does not render the
//! crate's way, a name used twice, a string that is not valid UTF-16) makes it give up on the
//! whole chunk, which the crate then parses as before: the same answers, never a guess.

use std::collections::HashMap;
use std::rc::Rc;

use super::{data_slot, interesting, raw_event_id};
use crate::collect::{SecEvent, Text};
use tokenready_model::Place;

/// The EventData names the analysis reads ([`set_data`]).
const DATA_NAMES: [&str; 9] = [
    "TargetUserName",
    "TargetDomainName",
    "Status",
    "SubStatus",
    "FailureReason",
    "LogonType",
    "WorkstationName",
    "Workstation",
    "IpAddress",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Field {
    EventId,
    Provider,
    Channel,
    Computer,
    Time,
    Data(u8),
}

/// A part of a value as the template writes it: literal text, or substitution `n`.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Piece {
    Text(String),
    Sub(u16),
}

/// Where in the event an element is, as far as the fields are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Ctx {
    Root,
    Event,
    System,
    EventData,
    /// `System/EventID`, `Channel`, `Computer`: its content is the field.
    Leaf(Field),
    /// `System/Provider`, `System/TimeCreated`: an attribute is the field.
    Attrs(Field),
    /// `EventData/Data`, whose `Name` attribute says which field it is.
    Data,
    Other,
}

impl Ctx {
    fn child(self, name: Name<'_>) -> Ctx {
        let Some(name) = name.known() else {
            return Ctx::Other;
        };
        match (self, name) {
            (Ctx::Root, "Event") => Ctx::Event,
            (Ctx::Event, "System") => Ctx::System,
            (Ctx::Event, "EventData") => Ctx::EventData,
            (Ctx::System, "EventID") => Ctx::Leaf(Field::EventId),
            (Ctx::System, "Channel") => Ctx::Leaf(Field::Channel),
            (Ctx::System, "Computer") => Ctx::Leaf(Field::Computer),
            (Ctx::System, "Provider") => Ctx::Attrs(Field::Provider),
            (Ctx::System, "TimeCreated") => Ctx::Attrs(Field::Time),
            (Ctx::EventData, "Data") => Ctx::Data,
            _ => Ctx::Other,
        }
    }

    /// The attribute of this element that holds a field.
    fn attribute_field(self, name: Name<'_>) -> Option<Field> {
        match (self, name.known()?) {
            (Ctx::Attrs(Field::Provider), "Name") => Some(Field::Provider),
            (Ctx::Attrs(Field::Time), "SystemTime") => Some(Field::Time),
            _ => None,
        }
    }
}

/// What a template definition says about the fields: the pieces of each, and the
/// substitutions that stand for a whole element's content where a nested fragment may hold
/// fields (with the element's place).
#[derive(Debug, Default)]
struct Template {
    fields: Vec<(Field, Vec<Piece>)>,
    nested: Vec<(Ctx, u16)>,
    /// The number of substitutions the template refers to (its highest index + 1).
    uses: usize,
    /// The substitutions that stand in an attribute's value (where a nested fragment is an
    /// error to the crate).
    in_attributes: Vec<u16>,
}

fn u16_at(d: &[u8], p: usize) -> Option<u16> {
    d.get(p..p.checked_add(2)?)
        .map(|b| u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(d: &[u8], p: usize) -> Option<u32> {
    d.get(p..p.checked_add(4)?)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// UTF-16LE up to the first NUL, as the crate reads it; `None` for an unpaired surrogate.
fn utf16(b: &[u8]) -> Option<String> {
    let mut s = String::new();
    utf16_into(b, &mut s)?;
    Some(s)
}

/// Whether `b` is UTF-16LE the crate decodes (up to the first NUL; no unpaired surrogate).
fn utf16_ok(b: &[u8]) -> bool {
    let units = b
        .chunks_exact(2)
        .map(|u| u16::from_le_bytes([u[0], u[1]]))
        .take_while(|u| *u != 0);
    char::decode_utf16(units).all(|c| c.is_ok())
}

/// An element or attribute name as the chunk stores it (UTF-16LE, up to its first NUL),
/// compared with the few names the reader looks for without being decoded.
#[derive(Clone, Copy)]
struct Name<'d>(&'d [u8]);

impl Name<'_> {
    fn is(self, s: &str) -> bool {
        self.0.len() == 2 * s.len()
            && self
                .0
                .chunks_exact(2)
                .zip(s.bytes())
                .all(|(u, c)| u[0] == c && u[1] == 0)
    }

    /// The name when it is one the reader looks for.
    fn known(self) -> Option<&'static str> {
        const KNOWN: [&str; 11] = [
            "Event",
            "System",
            "EventData",
            "EventID",
            "Channel",
            "Computer",
            "Provider",
            "TimeCreated",
            "Data",
            "Name",
            "SystemTime",
        ];
        KNOWN.into_iter().find(|k| self.is(k))
    }
}

/// The chunk string at `off` (next u32, hash u16, length u16, UTF-16). The crate writes names
/// into JSON keys as they are: a name with a control character, a quote or a backslash makes
/// JSON that does not read back, so such a record is left to the crate.
fn name_at(d: &[u8], off: usize) -> Option<Name<'_>> {
    let len = usize::from(u16_at(d, off.checked_add(6)?)?);
    let b = d.get(off + 8..off + 8 + 2 * len)?;
    let units = b.chunks_exact(2).take_while(|u| *u != [0, 0]).count();
    let b = &b[..2 * units];
    let clean = char::decode_utf16(b.chunks_exact(2).map(|u| u16::from_le_bytes([u[0], u[1]])))
        .all(|c| c.is_ok_and(|c| c >= ' ' && c != '"' && c != '\\'));
    clean.then_some(Name(b))
}

/// A name reference at `p`: the name, and where the tokens go on (past the name when it is
/// stored in place).
fn name_ref(d: &[u8], p: usize) -> Option<(Name<'_>, usize)> {
    let off = u32_at(d, p)? as usize;
    let mut next = p + 4;
    if off == next {
        next += 10 + 2 * usize::from(u16_at(d, off + 6)?);
    }
    Some((name_at(d, off)?, next))
}

/// Reads the template definition at chunk offset `def` (its header, then its tokens), whose
/// elements sit at `base` (the root of a record, or the element a nested fragment fills).
fn template(d: &[u8], def: usize, base: Ctx) -> Option<Template> {
    let size = u32_at(d, def.checked_add(20)?)? as usize;
    let start = def + 24;
    let end = start.checked_add(size)?;
    if end > d.len() || size == 0 {
        return None;
    }
    let mut t = Template::default();
    // Open elements: their place, and the pieces of their content (for leaves and Data).
    let mut stack: Vec<(Ctx, Vec<Piece>, Option<String>)> = Vec::new();
    // The attribute being read: the field it holds (or None) and its pieces.
    let mut attr: Option<(Option<Field>, bool, Vec<Piece>)> = None;
    let here = |stack: &Vec<(Ctx, Vec<Piece>, Option<String>)>| stack.last().map_or(base, |s| s.0);
    let mut p = start;
    let mut used: Vec<u16> = Vec::new();
    // Inside a start tag (its attributes), and how many elements closed at the top level:
    // the crate builds the tree the same way and refuses what does not nest.
    let mut in_start = false;
    let mut roots = 0;
    let finish_attr = |attr: &mut Option<(Option<Field>, bool, Vec<Piece>)>,
                       stack: &mut Vec<(Ctx, Vec<Piece>, Option<String>)>,
                       t: &mut Template|
     -> Option<()> {
        if let Some((field, is_data_name, pieces)) = attr.take() {
            if is_data_name {
                // A Data element's Name: literal text only, or nothing is known of it.
                let mut name = String::new();
                for piece in pieces {
                    match piece {
                        Piece::Text(s) => name.push_str(&s),
                        Piece::Sub(_) => return None,
                    }
                }
                stack.last_mut()?.2 = Some(name);
            } else if let Some(f) = field {
                add(t, f, pieces)?;
            }
        }
        Some(())
    };
    while p < end {
        let token = d[p];
        p += 1;
        match token {
            0x00 => break,
            0x0F => p += 3,
            0x01 | 0x41 => {
                if in_start || stack.len() >= 64 {
                    return None;
                }
                in_start = true;
                let (name, next) = name_ref(d, p + 6)?;
                p = next + if token == 0x41 { 4 } else { 0 };
                let ctx = here(&stack).child(name);
                stack.push((ctx, Vec::new(), None));
            }
            0x02 => {
                if !in_start {
                    return None;
                }
                in_start = false;
                finish_attr(&mut attr, &mut stack, &mut t)?;
            }
            0x03 | 0x04 => {
                if in_start != (token == 0x03) {
                    return None;
                }
                in_start = false;
                finish_attr(&mut attr, &mut stack, &mut t)?;
                let (ctx, pieces, data_name) = stack.pop()?;
                roots += usize::from(stack.is_empty());
                match ctx {
                    Ctx::Leaf(f) => add(&mut t, f, pieces)?,
                    Ctx::Data => {
                        let Some(name) = data_name else { continue };
                        if let Some(i) = DATA_NAMES.iter().position(|n| *n == name) {
                            add(&mut t, Field::Data(i as u8), pieces)?;
                        }
                    }
                    _ => {}
                }
            }
            0x06 | 0x46 => {
                if !in_start {
                    return None;
                }
                finish_attr(&mut attr, &mut stack, &mut t)?;
                let (name, next) = name_ref(d, p)?;
                p = next;
                let ctx = here(&stack);
                let is_data_name = ctx == Ctx::Data && name.is("Name");
                attr = Some((ctx.attribute_field(name), is_data_name, Vec::new()));
            }
            0x05 | 0x45 => {
                // A literal: only strings are read (type 01, u16 length, UTF-16).
                if *d.get(p)? != 0x01 {
                    return None;
                }
                let len = usize::from(u16_at(d, p + 1)?);
                let text = utf16(d.get(p + 3..p + 3 + 2 * len)?)?;
                p += 3 + 2 * len;
                let piece = Piece::Text(text);
                match (&mut attr, stack.last_mut()) {
                    (Some((_, _, pieces)), _) => pieces.push(piece),
                    (None, Some(top)) if !in_start => top.1.push(piece),
                    _ => return None,
                }
            }
            0x0D | 0x0E => {
                let index = u16_at(d, p)?;
                // The declared type must be one the crate knows (it refuses the record else).
                if !known_type(*d.get(p + 2)?) {
                    return None;
                }
                p += 3;
                // A value used twice could render without bound (the crate then stops at its
                // output budget): not a template this reader reads.
                if used.contains(&index) {
                    return None;
                }
                used.push(index);
                t.uses = t.uses.max(usize::from(index) + 1);
                let piece = Piece::Sub(index);
                match (&mut attr, stack.last_mut()) {
                    (Some((_, _, pieces)), _) => {
                        pieces.push(piece);
                        t.in_attributes.push(index);
                    }
                    (None, Some(top)) if !in_start => match top.0 {
                        Ctx::Leaf(_) | Ctx::Data => top.1.push(piece),
                        c @ (Ctx::Event | Ctx::EventData | Ctx::System) => {
                            t.nested.push((c, index))
                        }
                        _ => {}
                    },
                    // A value outside any element, or in a start tag outside an attribute.
                    _ => return None,
                }
            }
            _ => return None,
        }
    }
    // A record is one element; a nested fragment's elements go into the element it fills.
    if !stack.is_empty() || attr.is_some() || in_start || (base == Ctx::Root && roots != 1) {
        return None;
    }
    Some(t)
}

/// A value type the crate's table has: 0x00–0x15, 0x20, 0x21, 0x23, 0x81–0x95.
fn known_type(ty: u8) -> bool {
    matches!(ty, 0x00..=0x15 | 0x20 | 0x21 | 0x23 | 0x81..=0x95)
}

/// Adds a field's pieces; a field met twice is not read (the crate would rename the second).
fn add(t: &mut Template, f: Field, pieces: Vec<Piece>) -> Option<()> {
    if t.fields.iter().any(|(g, _)| *g == f) {
        return None;
    }
    t.fields.push((f, pieces));
    Some(())
}

/// The substitution values of a template instance: their descriptors (size u16, type u8, 0)
/// and where the first value starts in the chunk; each value follows the one before.
struct Values<'d> {
    d: &'d [u8],
    desc: &'d [u8],
    start: usize,
}

impl<'d> Values<'d> {
    fn len(&self) -> usize {
        self.desc.len() / 4
    }

    /// Type, bytes and chunk offset of each value, in order.
    fn iter(&self) -> impl Iterator<Item = (u8, &'d [u8], usize)> + '_ {
        let mut at = self.start;
        self.desc.chunks_exact(4).map(move |x| {
            let size = usize::from(u16::from_le_bytes([x[0], x[1]]));
            let v = (x[2], &self.d[at..at + size], at);
            at += size;
            v
        })
    }

    fn get(&self, i: usize) -> Option<(u8, &'d [u8], usize)> {
        self.iter().nth(i)
    }
}

/// One template instance at chunk offset `p` (the `0C` token), within `end`: its template
/// definition's offset and its values.
fn instance(d: &[u8], p: usize, end: usize) -> Option<(usize, Values<'_>)> {
    if *d.get(p)? != 0x0C {
        return None;
    }
    let def = u32_at(d, p + 6)? as usize;
    let mut q = p + 10;
    if def == q {
        q += 24 + u32_at(d, q + 20)? as usize;
    }
    let n = u32_at(d, q)? as usize;
    q += 4;
    if n > 4096 {
        return None;
    }
    let desc = d.get(q..q + 4 * n)?;
    let start = q + 4 * n;
    let mut v = start;
    for x in desc.chunks_exact(4) {
        v += usize::from(u16::from_le_bytes([x[0], x[1]]));
    }
    if v > d.len() {
        return None;
    }
    // Nothing after the values but the end of the stream (the crate would read more tokens).
    if v > end || (v < end && d[v] != 0x00) {
        return None;
    }
    Some((def, Values { d, desc, start }))
}

/// The templates of one chunk, read once each.
#[derive(Default)]
pub(super) struct Templates {
    seen: HashMap<(usize, Ctx), Option<Rc<Template>>, foldhash::fast::RandomState>,
    /// The two asked for last (a record's and its EventData's, most records in a row).
    last: [Option<Recent>; 2],
}

/// A template asked for lately, with its key (definition offset, place).
type Recent = ((usize, Ctx), Rc<Template>);

impl Templates {
    fn get(&mut self, d: &[u8], def: usize, base: Ctx) -> Option<Rc<Template>> {
        let key = (def, base);
        let slot = usize::from(base != Ctx::Root);
        if let Some((k, t)) = &self.last[slot] {
            if *k == key {
                return Some(t.clone());
            }
        }
        let t = self
            .seen
            .entry(key)
            .or_insert_with(|| template(d, def, base).map(Rc::new))
            .clone()?;
        self.last[slot] = Some((key, t.clone()));
        Some(t)
    }
}

/// What a record's fields came to: their texts, one after the other in `buf`.
#[derive(Default)]
struct Found {
    buf: String,
    fields: Vec<(Field, usize, usize)>,
    event_id: Option<u32>,
}

impl Found {
    fn clear(&mut self) {
        self.buf.clear();
        self.fields.clear();
        self.event_id = None;
    }

    fn get(&self, f: Field) -> &str {
        self.fields
            .iter()
            .find(|(g, ..)| *g == f)
            .map_or("", |&(_, a, b)| &self.buf[a..b])
    }
}

/// The texts of one chunk's events, kept once each (the intake then shares them across the
/// whole input): a chunk of a DC's log names the same computer, provider and status codes in
/// every record.
#[derive(Default)]
pub(super) struct Interner {
    texts: std::collections::HashSet<Text, foldhash::fast::RandomState>,
}

impl Interner {
    fn get(&mut self, s: &str) -> Text {
        if let Some(t) = self.texts.get(s) {
            return t.clone();
        }
        let t = Text::from(s);
        self.texts.insert(t.clone());
        t
    }
}

/// Whether the crate reads a value of type `ty` held in `b` without an error when it parses
/// the record (rendering aside): a type it knows, of its type's size, strings of whole UTF-16
/// units, a SID of its stated length. Stricter than the crate in places (exact sizes), never
/// looser: a record with any other value leaves its chunk to the crate.
fn parses(ty: u8, b: &[u8]) -> bool {
    match ty {
        0x01 => b.len().is_multiple_of(2),
        0x0B => b.len() == 4,
        0x0C => b.len() == 8,
        0x21 => true,
        _ => renders_cleanly(ty, b),
    }
}

/// Whether the crate renders a value of type `ty` held in `b` into JSON that reads back: a type
/// it knows, of the size its type has, strings of valid UTF-16, finite reals. (An event whose
/// record has any other value is left to the crate, whose rendering may fail.)
fn renders_cleanly(ty: u8, b: &[u8]) -> bool {
    let fixed = |n: usize| b.len() == n;
    let valid_utf16 = || {
        b.len().is_multiple_of(2)
            && char::decode_utf16(b.chunks_exact(2).map(|u| u16::from_le_bytes([u[0], u[1]])))
                .all(|c| c.is_ok())
    };
    let reals32 = || {
        b.chunks_exact(4)
            .all(|x| f32::from_le_bytes([x[0], x[1], x[2], x[3]]).is_finite())
    };
    let reals64 = || {
        b.chunks_exact(8).all(|x| {
            let mut a = [0u8; 8];
            a.copy_from_slice(x);
            f64::from_le_bytes(a).is_finite()
        })
    };
    match ty {
        0x00 | 0x0E => true,
        0x01 => valid_utf16(),
        0x03 | 0x04 => fixed(1),
        0x05 | 0x06 => fixed(2),
        0x07 | 0x08 | 0x0D | 0x14 => fixed(4),
        0x09 | 0x0A | 0x11 | 0x15 => fixed(8),
        0x0B => fixed(4) && reals32(),
        0x0C => fixed(8) && reals64(),
        0x0F | 0x12 => fixed(16),
        0x10 => fixed(4) || fixed(8),
        0x13 => b.len() >= 8 && b.len() == 8 + 4 * usize::from(b[1]),
        // Arrays (0x81…): the crate expands them into repeated elements, a tree this reader
        // does not build.
        _ => false,
    }
}

/// Appends a value the way the crate renders it into JSON, as TokenReady then reads it back;
/// `None` for a type this reader does not render.
fn render(ty: u8, b: &[u8], out: &mut String) -> Option<()> {
    use std::fmt::Write;
    let le = |n: usize| -> Option<u64> {
        if b.len() != n {
            return None;
        }
        let mut x = [0u8; 8];
        x[..n].copy_from_slice(b);
        Some(u64::from_le_bytes(x))
    };
    match ty {
        0x00 => {}
        0x01 => {
            if !b.len().is_multiple_of(2) {
                return None;
            }
            utf16_into(b, out)?;
        }
        0x04 => write!(out, "{}", le(1)?).ok()?,
        0x06 => write!(out, "{}", le(2)?).ok()?,
        0x08 => write!(out, "{}", le(4)?).ok()?,
        0x0A => write!(out, "{}", le(8)?).ok()?,
        0x14 => write!(out, "0x{:x}", le(4)?).ok()?,
        0x15 => write!(out, "0x{:x}", le(8)?).ok()?,
        0x11 => filetime(le(8)?, out)?,
        _ => return None,
    }
    Some(())
}

/// UTF-16LE up to the first NUL, appended; `None` for an unpaired surrogate.
fn utf16_into(b: &[u8], out: &mut String) -> Option<()> {
    let units = b
        .chunks_exact(2)
        .map(|u| u16::from_le_bytes([u[0], u[1]]))
        .take_while(|u| *u != 0);
    for c in char::decode_utf16(units) {
        out.push(c.ok()?);
    }
    Some(())
}

/// Appends a FILETIME as the crate writes it: `YYYY-MM-DDTHH:MM:SS.fffffffZ` (seven digits, the
/// 100 ns a FILETIME counts); `None` after 9999, where the crate's own rules take over.
fn filetime(ft: u64, out: &mut String) -> Option<()> {
    use chrono::Datelike;
    const TICKS_PER_SEC: u64 = 10_000_000;
    const TICKS_PER_DAY: u64 = 86_400 * TICKS_PER_SEC;
    // 1601-01-01 counted from 0001-01-01 (day 1), as chrono counts.
    const DAY_1601: i64 = 584_389;
    let (days, ticks) = (ft / TICKS_PER_DAY, ft % TICKS_PER_DAY);
    let days = i32::try_from(DAY_1601 + i64::try_from(days).ok()?).ok()?;
    let date = chrono::NaiveDate::from_num_days_from_ce_opt(days)?;
    if date.year() > 9999 {
        return None;
    }
    let secs = ticks / TICKS_PER_SEC;
    let digits = |out: &mut String, v: u64, n: u32| {
        for i in (0..n).rev() {
            out.push(char::from(b'0' + (v / 10u64.pow(i) % 10) as u8));
        }
    };
    digits(out, date.year() as u64, 4);
    out.push('-');
    digits(out, u64::from(date.month()), 2);
    out.push('-');
    digits(out, u64::from(date.day()), 2);
    out.push('T');
    digits(out, secs / 3600, 2);
    out.push(':');
    digits(out, secs / 60 % 60, 2);
    out.push(':');
    digits(out, secs % 60, 2);
    out.push('.');
    digits(out, ticks % TICKS_PER_SEC, 7);
    out.push('Z');
    Some(())
}

/// Reads one template instance at `p` (within `end`) whose elements sit at `base`: checks that
/// the crate reads every value (and with `render`, renders it into JSON that reads back),
/// nested fragments included (two levels at most); with `found`, collects the fields.
fn read_instance(
    d: &[u8],
    (p, end): (usize, usize),
    (base, depth, rendered): (Ctx, u8, bool),
    templates: &mut Templates,
    mut found: Option<&mut Found>,
) -> Option<()> {
    if depth > 2 {
        return None;
    }
    let (def, values) = instance(d, p, end)?;
    let t = templates.get(d, def, base)?;
    if t.uses > values.len() {
        return None;
    }
    for (i, (ty, b, at)) in values.iter().enumerate() {
        if ty == 0x21 {
            // A fragment filling an element (one template instance, after a fragment header
            // or straight away; an empty one is an error to the crate): read for its fields
            // where they can be, checked everywhere.
            let i = i as u16;
            if t.in_attributes.contains(&i) {
                return None;
            }
            let skip = match b {
                [0x0F, _, _, _, 0x0C, ..] => 4,
                [0x0C, ..] => 0,
                _ => return None,
            };
            let ctx = t
                .nested
                .iter()
                .find(|&&(_, j)| j == i)
                .map_or(Ctx::Other, |&(c, _)| c);
            let sub = if ctx == Ctx::Other {
                None
            } else {
                found.as_deref_mut()
            };
            let span = (at + skip, at + b.len());
            read_instance(d, span, (ctx, depth + 1, rendered), templates, sub)?;
        } else if !(if rendered {
            renders_cleanly(ty, b)
        } else {
            parses(ty, b)
        }) {
            return None;
        }
    }
    let Some(found) = found else {
        return Some(());
    };
    for (f, pieces) in &t.fields {
        if found.fields.iter().any(|(g, ..)| g == f) {
            return None;
        }
        if *f == Field::EventId {
            // A number in the JSON: one substitution of an unsigned type.
            let [Piece::Sub(i)] = pieces.as_slice() else {
                return None;
            };
            let (ty, b, _) = values.get(usize::from(*i))?;
            let id = match (ty, b.len()) {
                (0x04, 1) => u32::from(b[0]),
                (0x06, 2) => u32::from(u16::from_le_bytes([b[0], b[1]])),
                (0x08, 4) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
                _ => return None,
            };
            found.event_id = Some(id);
            continue;
        }
        let from = found.buf.len();
        match pieces.as_slice() {
            [] => {}
            [Piece::Sub(i)] => {
                let (ty, b, _) = values.get(usize::from(*i))?;
                render(ty, b, &mut found.buf)?;
            }
            texts => {
                for piece in texts {
                    match piece {
                        Piece::Text(x) => found.buf.push_str(x),
                        Piece::Sub(_) => return None,
                    }
                }
            }
        }
        let to = found.buf.len();
        found.fields.push((*f, from, to));
    }
    for &(_, i) in &t.nested {
        // Text where elements with fields could be: not what this reader knows.
        if !matches!(values.get(usize::from(i))?.0, 0x00 | 0x21) {
            return None;
        }
    }
    Some(())
}

/// The event of one record at chunk offset `o` (size `size`), `None` when the reader cannot
/// say for sure.
fn record_event(
    d: &[u8],
    (o, size, record_id): (usize, usize, u64),
    templates: &mut Templates,
    found: &mut Found,
    texts: &mut Interner,
) -> Option<SecEvent> {
    let start = o + 24;
    let end = o + size - 4;
    if d.get(start..start + 5)? != [0x0F, 0x01, 0x01, 0x00, 0x0C] {
        return None;
    }
    found.clear();
    read_instance(
        d,
        (start + 4, end),
        (Ctx::Root, 0, true),
        templates,
        Some(found),
    )?;
    let mut ev = SecEvent {
        event_id: found.event_id?,
        provider: texts.get(found.get(Field::Provider)),
        channel: texts.get(found.get(Field::Channel)),
        computer: texts.get(&found.get(Field::Computer).to_ascii_lowercase()),
        record_id: Some(record_id),
        time: Some(found.get(Field::Time).to_string()),
        time_is_utc: true,
        place: Place {
            record: Some(record_id),
            ..Place::default()
        },
        ..SecEvent::default()
    };
    for &(f, a, b) in &found.fields {
        if let Field::Data(i) = f {
            if let Some(slot) = data_slot(&mut ev, DATA_NAMES[usize::from(i)]) {
                *slot = texts.get(found.buf[a..b].trim());
            }
        }
    }
    Some(ev)
}

/// Whether the crate builds the chunk's string table, which it does before reading any record:
/// from each of the 64 offsets in the chunk header (bytes 128..384), names linked by their
/// next offset (next u32, hash u16, length u16, UTF-16, NUL), each inside the chunk and valid
/// UTF-16, until a link is 0 or leads to a name already read.
fn strings_ok(d: &[u8]) -> bool {
    let mut seen: std::collections::HashSet<usize, foldhash::fast::RandomState> =
        Default::default();
    for i in 0..64 {
        let Some(first) = u32_at(d, 128 + 4 * i) else {
            return false;
        };
        let mut at = first as usize;
        if at == 0 {
            continue;
        }
        loop {
            let Some(next) = u32_at(d, at) else {
                return false;
            };
            let Some(len) = u16_at(d, at + 6) else {
                return false;
            };
            let end = at + 8 + 2 * usize::from(len);
            if end + 2 > d.len() || !utf16_ok(&d[at + 8..end]) {
                return false;
            }
            seen.insert(at);
            let next = next as usize;
            if next == 0 || seen.contains(&next) {
                break;
            }
            at = next;
        }
    }
    true
}

/// The records of a chunk and the events among them, read without the crate; `None` when a
/// record is not framed as the format says or holds anything this reader does not expect
/// (the crate then parses the chunk). `d` is the chunk (header included).
pub(super) fn chunk_events(
    d: &[u8],
    h: &evtx::EvtxChunkHeader,
) -> Option<(u64, Vec<SecEvent>, (u64, u64))> {
    let end = h.free_space_offset as usize;
    if end > d.len() || end < 512 || !strings_ok(d) {
        return None;
    }
    let mut templates = Templates::default();
    let mut found = Found::default();
    let mut texts = Interner::default();
    let mut events = Vec::new();
    let mut o = 512;
    let mut n = 0;
    // The least and greatest written time, as `chunk_span` finds them.
    let mut span = (u64::MAX, 0);
    while o < end {
        if d.get(o..o + 4)? != [0x2a, 0x2a, 0, 0] {
            return None;
        }
        let size = u32_at(d, o + 4)? as usize;
        if size < 28 || o + size > end || u32_at(d, o + size - 4)? as usize != size {
            return None;
        }
        let id = raw_event_id(d, o + 24, size - 28)?;
        let record_id = u64::from(u32_at(d, o + 8)?) | (u64::from(u32_at(d, o + 12)?) << 32);
        // The written time must be a time the crate can hold (it refuses the record
        // otherwise): up to 9999-12-30 (the crate's limit is 22:00 that day).
        const LAST_FILETIME: u64 = 3_067_669 * 86_400 * 10_000_000;
        let written = u64::from(u32_at(d, o + 16)?) | (u64::from(u32_at(d, o + 20)?) << 32);
        if written > LAST_FILETIME {
            return None;
        }
        if written != 0 {
            span = (span.0.min(written), span.1.max(written));
        }
        if interesting(id) {
            let at = (o, size, record_id);
            let ev = record_event(d, at, &mut templates, &mut found, &mut texts)?;
            if ev.event_id != id {
                return None;
            }
            events.push(ev);
        } else {
            // Only counted, as the crate counts a record it can parse (its tree built).
            let span = (o + 28, o + size - 4);
            read_instance(d, span, (Ctx::Root, 0, false), &mut templates, None)?;
        }
        n += 1;
        o += size;
        if record_id == h.last_event_record_id {
            break;
        }
    }
    // The span goes on past the last record, over whatever is framed as one.
    let span = super::span_from(d, end, o, span)?;
    Some((n, events, span))
}
