//! A template instance's substitution values: where they are ([`instance`], [`Values`]),
//! whether the crate reads and renders each one ([`parses`], [`renders_cleanly`]), and their
//! text the way the crate renders it into JSON ([`render`]: strings, unsigned integers,
//! HexInt32/64, FILETIME).

pub(super) fn u16_at(d: &[u8], p: usize) -> Option<u16> {
    d.get(p..p.checked_add(2)?)
        .map(|b| u16::from_le_bytes([b[0], b[1]]))
}

pub(super) fn u32_at(d: &[u8], p: usize) -> Option<u32> {
    d.get(p..p.checked_add(4)?)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// UTF-16LE up to the first NUL, as the crate reads it; `None` for an unpaired surrogate.
pub(super) fn utf16(b: &[u8]) -> Option<String> {
    let mut s = String::new();
    utf16_into(b, &mut s)?;
    Some(s)
}

/// Whether `b` is UTF-16LE the crate decodes (up to the first NUL; no unpaired surrogate).
pub(super) fn utf16_ok(b: &[u8]) -> bool {
    valid_utf16(until_nul(b))
}

/// `b` up to its first NUL unit (whole units only).
fn until_nul(b: &[u8]) -> &[u8] {
    let units = b
        .chunks_exact(2)
        .position(|u| u == [0, 0])
        .unwrap_or(b.len() / 2);
    &b[..2 * units]
}

/// Whether the UTF-16LE units of `b` (a trailing odd byte aside) hold no unpaired surrogate.
/// Text without any surrogate (D800–DFFF: every name and value Windows writes in a Security
/// log) is valid as it is, found without decoding it.
fn valid_utf16(b: &[u8]) -> bool {
    let no_surrogate = b
        .chunks_exact(2)
        .fold(true, |ok, u| ok & (u[1] & 0xF8 != 0xD8));
    no_surrogate
        || char::decode_utf16(b.chunks_exact(2).map(|u| u16::from_le_bytes([u[0], u[1]])))
            .all(|c| c.is_ok())
}

/// The substitution values of a template instance: their descriptors (size u16, type u8, 0)
/// and where the first value starts in the chunk; each value follows the one before.
pub(super) struct Values<'d> {
    d: &'d [u8],
    desc: &'d [u8],
    start: usize,
}

impl<'d> Values<'d> {
    pub(super) fn len(&self) -> usize {
        self.desc.len() / 4
    }

    /// Type, bytes and chunk offset of each value, in order.
    pub(super) fn iter(&self) -> impl Iterator<Item = (u8, &'d [u8], usize)> + '_ {
        let mut at = self.start;
        self.desc.chunks_exact(4).map(move |x| {
            let size = usize::from(u16::from_le_bytes([x[0], x[1]]));
            let v = (x[2], &self.d[at..at + size], at);
            at += size;
            v
        })
    }

    pub(super) fn get(&self, i: usize) -> Option<(u8, &'d [u8], usize)> {
        self.iter().nth(i)
    }
}

/// One template instance at chunk offset `p` (the `0C` token), within `end`: its template
/// definition's offset and its values.
pub(super) fn instance(d: &[u8], p: usize, end: usize) -> Option<(usize, Values<'_>)> {
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

/// Whether the crate reads a value of type `ty` held in `b` without an error when it parses
/// the record (rendering aside): a type it knows, of its type's size, strings of whole UTF-16
/// units, a SID of its stated length. Stricter than the crate in places (exact sizes), never
/// looser: a record with any other value leaves its chunk to the crate.
pub(super) fn parses(ty: u8, b: &[u8]) -> bool {
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
pub(super) fn renders_cleanly(ty: u8, b: &[u8]) -> bool {
    let fixed = |n: usize| b.len() == n;
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
        0x01 => b.len().is_multiple_of(2) && valid_utf16(b),
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
pub(super) fn render(ty: u8, b: &[u8], out: &mut String) -> Option<()> {
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
    let b = until_nul(b);
    if b.chunks_exact(2).all(|u| u[1] == 0 && u[0] < 0x80) {
        // ASCII (names, numbers, most account and computer names): each unit is its char.
        out.extend(b.chunks_exact(2).map(|u| char::from(u[0])));
        return Some(());
    }
    for c in char::decode_utf16(b.chunks_exact(2).map(|u| u16::from_le_bytes([u[0], u[1]]))) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn le(units: &[u16]) -> Vec<u8> {
        units.iter().flat_map(|u| u.to_le_bytes()).collect()
    }

    #[test]
    fn text_is_decoded_as_the_standard_library_decodes_it() {
        let cases: [&[u16]; 8] = [
            &[],
            &[0x44, 0x43, 0x30, 0x31],             // "DC01"
            &[0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72], // "Müller"
            &[0x41, 0xD83D, 0xDE00, 0x42],         // a pair: valid
            &[0x41, 0xD83D, 0x42],                 // a lone high surrogate
            &[0xDE00, 0x41],                       // a lone low surrogate
            &[0x41, 0x00, 0xD800],                 // the surrogate after the NUL
            &[0x41, 0xDBFF],                       // a high surrogate at the end
        ];
        for units in cases {
            let until_nul: Vec<u16> = units.iter().copied().take_while(|u| *u != 0).collect();
            let expected = String::from_utf16(&until_nul).ok();
            assert_eq!(utf16(&le(units)), expected, "{units:x?}");
            assert_eq!(utf16_ok(&le(units)), expected.is_some(), "{units:x?}");
            let whole = String::from_utf16(units).is_ok();
            assert_eq!(renders_cleanly(0x01, &le(units)), whole, "{units:x?}");
        }
        // A trailing odd byte is not a unit: ignored by the decoder, refused as a value.
        assert_eq!(utf16(&[0x41, 0x00, 0x42]).as_deref(), Some("A"));
        assert!(!renders_cleanly(0x01, &[0x41, 0x00, 0x42]));
    }
}
