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
//!
//! Here: the chunk walk (string table, records, the event of each); [`template`]: what a
//! template definition says about the fields; [`values`]: the substitution values, checked and
//! rendered the crate's way.

mod template;
mod values;

use super::{data_slot, interesting, raw_event_id};
use crate::collect::{SecEvent, Text};
use template::{Ctx, Field, Piece, Templates, DATA_NAMES};
use tokenready_model::Place;
use values::{instance, parses, render, renders_cleanly, u16_at, u32_at, utf16_ok};

/// What a record's fields came to: their texts, one after the other in `buf`.
#[derive(Default)]
struct Found {
    buf: String,
    /// The computer's name in lower case (kept from record to record: no allocation each).
    lower: String,
    fields: Vec<(Field, usize, usize)>,
    event_id: Option<u32>,
}

impl Found {
    fn clear(&mut self) {
        self.buf.clear();
        self.fields.clear();
        self.event_id = None;
    }

    /// Where field `f`'s text is in `buf` (empty when the record has none).
    fn span(&self, f: Field) -> (usize, usize) {
        self.fields
            .iter()
            .find(|(g, ..)| *g == f)
            .map_or((0, 0), |&(_, a, b)| (a, b))
    }

    fn get(&self, f: Field) -> &str {
        let (a, b) = self.span(f);
        &self.buf[a..b]
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
    let (from, to) = found.span(Field::Computer);
    found.lower.clear();
    found.lower.push_str(&found.buf[from..to]);
    found.lower.make_ascii_lowercase();
    let mut ev = SecEvent {
        event_id: found.event_id?,
        provider: texts.get(found.get(Field::Provider)),
        channel: texts.get(found.get(Field::Channel)),
        computer: texts.get(&found.lower),
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
