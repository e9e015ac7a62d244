//! What a template definition says about the fields TokenReady reads: the place of each
//! element (Event, System, EventData, Data), the pieces of each field (literal text or a
//! substitution index), the substitutions a nested fragment fills, and the checks that make
//! the crate refuse a template (tree shape, names, value types, a value used twice). Read once
//! per chunk and place ([`Templates`]).

use std::collections::HashMap;
use std::rc::Rc;

use super::values::{u16_at, u32_at, utf16};

/// The EventData names the analysis reads (`events::set_data`).
pub(super) const DATA_NAMES: [&str; 9] = [
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
pub(super) enum Field {
    EventId,
    Provider,
    Channel,
    Computer,
    Time,
    Data(u8),
}

/// A part of a value as the template writes it: literal text, or substitution `n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Piece {
    Text(String),
    Sub(u16),
}

/// Where in the event an element is, as far as the fields are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Ctx {
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
pub(super) struct Template {
    pub(super) fields: Vec<(Field, Vec<Piece>)>,
    pub(super) nested: Vec<(Ctx, u16)>,
    /// The number of substitutions the template refers to (its highest index + 1).
    pub(super) uses: usize,
    /// The substitutions that stand in an attribute's value (where a nested fragment is an
    /// error to the crate).
    pub(super) in_attributes: Vec<u16>,
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
    pub(super) fn get(&mut self, d: &[u8], def: usize, base: Ctx) -> Option<Rc<Template>> {
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
