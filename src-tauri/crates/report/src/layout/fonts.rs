//! The fonts: DejaVu Sans (regular and bold) embedded in every report, Droid Sans Fallback
//! for what DejaVu lacks (embedded only when used), and measuring text by the font that draws
//! each character.

use printpdf::{FontId, ParsedFont};

use super::Doc;

pub(super) const REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
pub(super) const BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");
/// For what DejaVu Sans lacks (CJK: a customer in 北京). Embedded in a PDF only when used.
const FALLBACK: &[u8] = include_bytes!("../../fonts/DroidSansFallbackFull.ttf");

pub(super) struct Font {
    pub(super) id: FontId,
    pub(super) parsed: ParsedFont,
}

impl Font {
    fn has(&self, c: char) -> bool {
        c.is_control()
            || self
                .parsed
                .lookup_glyph_index(c as u32)
                .is_some_and(|g| g != 0)
    }

    fn char_width(&self, c: char, size: f32) -> f32 {
        let upem = f32::from(self.parsed.units_per_em.max(1));
        let gid = self.parsed.lookup_glyph_index(c as u32).unwrap_or(0);
        f32::from(
            self.parsed
                .get_glyph_width(gid)
                .unwrap_or(self.parsed.units_per_em / 2),
        ) / upem
            * size
    }
}

/// The fallback font, parsed on first use (4 MB: most reports never need it).
pub(super) fn fallback() -> &'static ParsedFont {
    static F: std::sync::OnceLock<ParsedFont> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        ParsedFont::from_bytes(FALLBACK, 0, &mut Vec::new())
            .expect("the embedded Droid Sans Fallback font parses")
    })
}

pub(super) fn fallback_has(c: char) -> bool {
    // Only characters outside Latin, Greek and Cyrillic can need it: skip the parse otherwise.
    (c as u32) >= 0x2E80
        && fallback()
            .lookup_glyph_index(c as u32)
            .is_some_and(|g| g != 0)
}

pub(super) fn fallback_width(c: char, size: f32) -> f32 {
    let f = fallback();
    let upem = f32::from(f.units_per_em.max(1));
    let gid = f.lookup_glyph_index(c as u32).unwrap_or(0);
    f32::from(f.get_glyph_width(gid).unwrap_or(f.units_per_em)) / upem * size
}

/// Which font draws a run of text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Face {
    Primary,
    Fallback,
}

impl Doc {
    /// Splits text into runs by the font that has its glyphs: DejaVu first, then the fallback.
    pub(super) fn runs<'s>(&self, s: &'s str, bold: bool) -> Vec<(Face, &'s str)> {
        let mut runs: Vec<(Face, &str)> = Vec::new();
        let mut start = 0;
        let mut face = Face::Primary;
        for (i, c) in s.char_indices() {
            let f = self.face(c, bold);
            if f != face && i > start {
                runs.push((face, &s[start..i]));
                start = i;
            }
            face = f;
        }
        if start < s.len() {
            runs.push((face, &s[start..]));
        }
        runs
    }

    /// The width of `s` as drawn (each character in the font that draws it).
    pub fn width(&self, s: &str, size: f32, bold: bool) -> f32 {
        let primary = if bold { &self.bold } else { &self.regular };
        s.chars()
            .map(|c| match self.face(c, bold) {
                Face::Primary => primary.char_width(c, size),
                Face::Fallback => fallback_width(c, size),
            })
            .sum()
    }

    /// DejaVu when it has the glyph (or nothing has it), else the fallback font.
    pub(super) fn face(&self, c: char, bold: bool) -> Face {
        let primary = if bold { &self.bold } else { &self.regular };
        if primary.has(c) || !fallback_has(c) {
            Face::Primary
        } else {
            Face::Fallback
        }
    }
}
