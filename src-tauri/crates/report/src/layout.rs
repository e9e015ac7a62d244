//! A small page-layout engine over printpdf's operations: measured text, wrapping, page breaks,
//! tables with repeated headers, banners, a bar chart, running header and page numbers.

use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
/// For what DejaVu Sans lacks (CJK: a customer in 北京). Embedded in a PDF only when used.
const FALLBACK: &[u8] = include_bytes!("../fonts/DroidSansFallbackFull.ttf");

const MARGIN: f32 = 50.0;
const TOP: f32 = 60.0;
const BOTTOM: f32 = 50.0;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Title,
    Subtitle,
    Heading1,
    Heading2,
    Body,
    Small,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Title => 24.0,
            Style::Subtitle => 13.0,
            Style::Heading1 => 16.0,
            Style::Heading2 => 11.5,
            Style::Body => 9.5,
            Style::Small => 8.0,
        }
    }
    fn bold(self) -> bool {
        matches!(self, Style::Title | Style::Heading1 | Style::Heading2)
    }
    fn before(self) -> f32 {
        match self {
            Style::Heading1 => 14.0,
            Style::Heading2 => 8.0,
            _ => 2.0,
        }
    }
}

struct Font {
    id: FontId,
    parsed: ParsedFont,
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
fn fallback() -> &'static ParsedFont {
    static F: std::sync::OnceLock<ParsedFont> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        ParsedFont::from_bytes(FALLBACK, 0, &mut Vec::new())
            .expect("the embedded Droid Sans Fallback font parses")
    })
}

fn fallback_has(c: char) -> bool {
    // Only characters outside Latin, Greek and Cyrillic can need it: skip the parse otherwise.
    (c as u32) >= 0x2E80
        && fallback()
            .lookup_glyph_index(c as u32)
            .is_some_and(|g| g != 0)
}

fn fallback_width(c: char, size: f32) -> f32 {
    let f = fallback();
    let upem = f32::from(f.units_per_em.max(1));
    let gid = f.lookup_glyph_index(c as u32).unwrap_or(0);
    f32::from(f.get_glyph_width(gid).unwrap_or(f.units_per_em)) / upem * size
}

/// Which font draws a run of text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Face {
    Primary,
    Fallback,
}

pub struct Doc {
    doc: PdfDocument,
    regular: Font,
    bold: Font,
    /// Set once the fallback font was added to this document.
    fallback_id: Option<FontId>,
    pages: Vec<Vec<Op>>,
    w: f32,
    h: f32,
    y: f32,
    header: String,
}

fn rgb(r: f32, g: f32, b: f32) -> Color {
    Color::Rgb(Rgb::new(r, g, b, None))
}

impl Doc {
    pub fn new((w, h): (f32, f32), header: String) -> Doc {
        let mut doc = PdfDocument::new("TokenReady report");
        let mut warnings = Vec::new();
        let load = |doc: &mut PdfDocument, bytes: &[u8], warnings: &mut Vec<_>| {
            let parsed = ParsedFont::from_bytes(bytes, 0, warnings)
                .expect("the embedded DejaVu font parses");
            Font {
                id: doc.add_font(&parsed),
                parsed,
            }
        };
        let regular = load(&mut doc, REGULAR, &mut warnings);
        let bold = load(&mut doc, BOLD, &mut warnings);
        Doc {
            doc,
            regular,
            bold,
            fallback_id: None,
            pages: vec![Vec::new()],
            w,
            h,
            y: h - TOP,
            header,
        }
    }

    fn content_width(&self) -> f32 {
        self.w - 2.0 * MARGIN
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("a page")
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.h - TOP;
    }

    /// Starts a new page unless `h` points still fit.
    pub fn keep(&mut self, h: f32) {
        if self.y - h < BOTTOM {
            self.new_page();
        }
    }

    pub fn space(&mut self, h: f32) {
        self.y -= h;
        if self.y < BOTTOM {
            self.new_page();
        }
    }

    /// Splits text into runs by the font that has its glyphs: DejaVu first, then the fallback.
    fn runs<'s>(&self, s: &'s str, bold: bool) -> Vec<(Face, &'s str)> {
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
    fn face(&self, c: char, bold: bool) -> Face {
        let primary = if bold { &self.bold } else { &self.regular };
        if primary.has(c) || !fallback_has(c) {
            Face::Primary
        } else {
            Face::Fallback
        }
    }

    fn text_at(&mut self, x: f32, y: f32, s: &str, size: f32, bold: bool, color: Color) {
        let mut x = x;
        for (face, run) in self.runs(s, bold) {
            let font = match face {
                Face::Primary if bold => self.bold.id.clone(),
                Face::Primary => self.regular.id.clone(),
                Face::Fallback => match &self.fallback_id {
                    Some(id) => id.clone(),
                    None => {
                        let id = self.doc.add_font(fallback());
                        self.fallback_id = Some(id.clone());
                        id
                    }
                },
            };
            let advance = self.width(run, size, bold);
            let ops = self.ops();
            ops.push(Op::StartTextSection);
            ops.push(Op::SetFillColor { col: color.clone() });
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt(size),
            });
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x), Pt(y)),
            });
            ops.push(Op::ShowText {
                items: vec![TextItem::Text(run.to_string())],
            });
            ops.push(Op::EndTextSection);
            x += advance;
        }
    }

    /// Wraps text to `width`: at spaces, and inside words too long for a line (paths, hashes).
    fn wrap(&self, s: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for para in s.split('\n') {
            let mut line = String::new();
            for word in para.split(' ') {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size, bold) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // Break a word that does not fit on a line of its own.
                let mut piece = String::new();
                for c in word.chars() {
                    piece.push(c);
                    if self.width(&piece, size, bold) > width {
                        piece.pop();
                        lines.push(std::mem::take(&mut piece));
                        piece.push(c);
                    }
                }
                line = piece;
            }
            lines.push(line);
        }
        lines
    }

    pub fn para(&mut self, s: &str, style: Style) {
        let size = style.size();
        let lead = size * 1.35;
        self.y -= style.before();
        let lines = self.wrap(s, size, style.bold(), self.content_width());
        if style.bold() {
            // A heading stays with at least two lines of what follows.
            self.keep(lead * (lines.len() as f32 + 2.0));
        }
        let color = if style == Style::Small {
            rgb(0.35, 0.38, 0.42)
        } else {
            rgb(0.1, 0.13, 0.18)
        };
        for l in lines {
            if self.y - lead < BOTTOM {
                self.new_page();
            }
            self.y -= lead;
            self.text_at(MARGIN, self.y, &l, size, style.bold(), color.clone());
        }
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Color) {
        let ops = self.ops();
        ops.push(Op::SetFillColor { col: fill });
        ops.push(Op::DrawRectangle {
            rectangle: Rect {
                mode: Some(PaintMode::Fill),
                ..Rect::from_xywh(Pt(x), Pt(y), Pt(w), Pt(h))
            },
        });
    }

    fn hline(&mut self, x1: f32, x2: f32, y: f32, color: Color, thickness: f32) {
        let ops = self.ops();
        ops.push(Op::SetOutlineColor { col: color });
        ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        ops.push(Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: Point {
                            x: Pt(x1),
                            y: Pt(y),
                        },
                        bezier: false,
                    },
                    LinePoint {
                        p: Point {
                            x: Pt(x2),
                            y: Pt(y),
                        },
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
    }

    /// A shaded warning box.
    pub fn banner(&mut self, s: &str) {
        let size = 9.5;
        let lines = self.wrap(s, size, true, self.content_width() - 16.0);
        let h = lines.len() as f32 * size * 1.35 + 10.0;
        self.keep(h + 6.0);
        self.y -= 6.0;
        self.rect(
            MARGIN,
            self.y - h,
            self.content_width(),
            h,
            rgb(0.99, 0.91, 0.78),
        );
        let mut y = self.y - 4.0;
        for l in lines {
            y -= size * 1.35;
            self.text_at(MARGIN + 8.0, y + 2.0, &l, size, true, rgb(0.55, 0.25, 0.0));
        }
        self.y -= h;
    }

    /// A table; `widths` are fractions of the content width. The header repeats on each page.
    pub fn table(&mut self, headers: &[&str], widths: &[f32], rows: &[Vec<String>]) {
        let size = 8.0;
        let lead = size * 1.3;
        let pad = 3.0;
        let cw = self.content_width();
        let cols: Vec<f32> = widths.iter().map(|f| f * cw).collect();
        let draw_header = |d: &mut Doc| {
            let cells: Vec<Vec<String>> = headers
                .iter()
                .zip(&cols)
                .map(|(h, w)| d.wrap(h, size, true, w - 2.0 * pad))
                .collect();
            let n = cells.iter().map(Vec::len).max().unwrap_or(1) as f32;
            let h = n * lead + 2.0 * pad;
            d.keep(h + lead * 2.0 + 2.0 * pad);
            d.rect(MARGIN, d.y - h, cw, h, rgb(0.86, 0.9, 0.95));
            d.cells(&cells, &cols, (size, lead, pad), true);
            d.y -= h;
        };
        self.y -= 4.0;
        draw_header(self);
        for row in rows {
            let cells: Vec<Vec<String>> = row
                .iter()
                .zip(&cols)
                .map(|(c, w)| self.wrap(c, size, false, w - 2.0 * pad))
                .collect();
            let n = cells.iter().map(Vec::len).max().unwrap_or(1) as f32;
            let h = n * lead + 2.0 * pad;
            if self.y - h < BOTTOM {
                self.new_page();
                draw_header(self);
            }
            self.cells(&cells, &cols, (size, lead, pad), false);
            self.y -= h;
            self.hline(MARGIN, MARGIN + cw, self.y, rgb(0.8, 0.83, 0.87), 0.5);
        }
        self.y -= 6.0;
    }

    /// One table row's wrapped cells, from the current line down.
    fn cells(
        &mut self,
        cells: &[Vec<String>],
        cols: &[f32],
        (size, lead, pad): (f32, f32, f32),
        bold: bool,
    ) {
        let mut x = MARGIN;
        for (c, w) in cells.iter().zip(cols) {
            let mut y = self.y - pad;
            for l in c {
                y -= lead;
                self.text_at(x + pad, y + 2.0, l, size, bold, rgb(0.1, 0.13, 0.18));
            }
            x += w;
        }
    }

    /// Stacked bars: (label, dark value, light value).
    pub fn bar_chart(&mut self, bars: &[(String, u64, u64)]) {
        let h = 150.0;
        self.keep(h + 60.0);
        let top = self.y - 10.0;
        let base = top - h;
        let max = bars.iter().map(|b| b.1 + b.2).max().unwrap_or(1).max(1) as f32;
        let cw = self.content_width() - 30.0;
        let step = (cw / bars.len().max(1) as f32).min(40.0);
        let bw = step * 0.7;
        self.hline(
            MARGIN + 25.0,
            MARGIN + 25.0 + cw,
            base,
            rgb(0.5, 0.5, 0.5),
            0.75,
        );
        self.text_at(
            MARGIN,
            top - 8.0,
            &format!("{}", max as u64),
            7.0,
            false,
            rgb(0.35, 0.38, 0.42),
        );
        for (i, (label, dark, light)) in bars.iter().enumerate() {
            let x = MARGIN + 30.0 + i as f32 * step;
            let hd = *dark as f32 / max * h;
            let hl = *light as f32 / max * h;
            self.rect(x, base, bw, hd, rgb(0.64, 0.09, 0.1));
            self.rect(x, base + hd, bw, hl, rgb(0.85, 0.62, 0.1));
            if bars.len() <= 24 || i % (bars.len() / 24 + 1) == 0 {
                let short: String = label
                    .chars()
                    .skip(5)
                    .take(11)
                    .collect::<String>()
                    .replace('T', " ");
                let font = self.regular.id.clone();
                let ops = self.ops();
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFillColor {
                    col: rgb(0.35, 0.38, 0.42),
                });
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font),
                    size: Pt(6.0),
                });
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::TranslateRotate(
                        Pt(x + bw / 2.0 - 2.0),
                        Pt(base - 6.0),
                        -45.0,
                    ),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(short)],
                });
                ops.push(Op::EndTextSection);
            }
        }
        self.y = base - 50.0;
    }

    /// Labelled blank lines to sign on.
    pub fn signature_lines(&mut self, labels: &[&str]) {
        self.keep(40.0);
        let w = self.content_width() / labels.len() as f32;
        for (i, l) in labels.iter().enumerate() {
            let x = MARGIN + i as f32 * w;
            self.hline(x, x + w - 16.0, self.y, rgb(0.2, 0.2, 0.2), 0.75);
            self.text_at(x, self.y - 11.0, l, 8.0, false, rgb(0.35, 0.38, 0.42));
        }
        self.y -= 24.0;
    }

    /// Adds the running header and page numbers, and writes the document.
    pub fn finish(mut self) -> Vec<u8> {
        let n = self.pages.len();
        let pages = std::mem::take(&mut self.pages);
        let mut out = Vec::with_capacity(n);
        for (i, ops) in pages.into_iter().enumerate() {
            self.pages = vec![ops];
            if i > 0 {
                let header = self.header.clone();
                let lines = self.wrap(&header, 7.5, false, self.content_width());
                let y = self.h - 30.0;
                if let Some(first) = lines.first() {
                    self.text_at(MARGIN, y, first, 7.5, false, rgb(0.35, 0.38, 0.42));
                }
                self.hline(MARGIN, self.w - MARGIN, y - 5.0, rgb(0.8, 0.83, 0.87), 0.5);
            }
            let label = format!("Page {} of {}", i + 1, n);
            let lw = self.width(&label, 7.5, false);
            self.text_at(
                self.w - MARGIN - lw,
                25.0,
                &label,
                7.5,
                false,
                rgb(0.35, 0.38, 0.42),
            );
            let ops = self.pages.pop().expect("page");
            out.push(PdfPage::new(Pt(self.w).into(), Pt(self.h).into(), ops));
        }
        let mut warnings = Vec::new();
        self.doc
            .with_pages(out)
            .save(&PdfSaveOptions::default(), &mut warnings)
    }
}
