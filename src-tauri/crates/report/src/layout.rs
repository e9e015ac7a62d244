//! A small page-layout engine over printpdf's operations: measured text, wrapping, page breaks,
//! tables with repeated headers, banners, a bar chart, running header and page numbers.

use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};

mod blocks;
pub use blocks::CHART_HEIGHT;
mod fonts;

use fonts::{fallback, Face, Font, BOLD, REGULAR};

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
    /// The language the frame's texts are written in.
    pub tr: tokenready_i18n::Tr,
}

/// `path` relative to the longest evidence root it lies below (`/` or `\\` after the
/// root); a root that is itself the file shows as its file name; anything else as given.
pub fn rel(roots: &[String], path: &str) -> String {
    let mut best: Option<&str> = None;
    for root in roots {
        let root = root.trim_end_matches(['/', '\\']);
        if root.is_empty() || best.is_some_and(|b| b.len() >= root.len()) {
            continue;
        }
        if path == root {
            best = Some(root);
        } else if let Some(rest) = path.strip_prefix(root) {
            if rest.starts_with(['/', '\\']) {
                best = Some(root);
            }
        }
    }
    match best {
        Some(root) if path == root => path.rsplit(['/', '\\']).next().unwrap_or(path).to_string(),
        Some(root) => path[root.len() + 1..].to_string(),
        None => path.to_string(),
    }
}

fn rgb(r: f32, g: f32, b: f32) -> Color {
    Color::Rgb(Rgb::new(r, g, b, None))
}

impl Doc {
    pub fn new((w, h): (f32, f32), header: String, tr: tokenready_i18n::Tr) -> Doc {
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
            tr,
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
            let label = self
                .tr
                .args("page-of", &[("page", (i + 1).into()), ("pages", n.into())]);
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

#[cfg(test)]
mod rel_tests {
    use super::rel;

    #[test]
    fn paths_are_shown_below_their_longest_root() {
        let roots = vec![
            "tests/demo-evidence".to_string(),
            r"C:\Evidence\".to_string(),
            r"C:\Evidence\dc01".to_string(),
            "/x/security.evtx".to_string(),
        ];
        assert_eq!(rel(&roots, "tests/demo-evidence/cmdb/a.csv"), "cmdb/a.csv");
        assert_eq!(rel(&roots, r"C:\Evidence\ns\a.log"), r"ns\a.log");
        assert_eq!(rel(&roots, r"C:\Evidence\dc01\s.evtx"), "s.evtx");
        assert_eq!(rel(&roots, "/x/security.evtx"), "security.evtx");
        // Not below a root (a prefix of a name is not a folder), or a parameter: as given.
        assert_eq!(
            rel(&roots, "tests/demo-evidence2/a.csv"),
            "tests/demo-evidence2/a.csv"
        );
        assert_eq!(rel(&roots, "software-library"), "software-library");
    }
}
