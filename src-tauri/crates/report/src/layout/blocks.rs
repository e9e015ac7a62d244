//! The blocks a section is made of, beyond paragraphs: banners, tables that repeat their
//! header across pages, the bar chart, and signature lines.

use printpdf::{Op, PdfFontHandle, Pt, TextItem, TextMatrix};

use super::{rgb, Doc, BOTTOM, MARGIN};

/// What a bar chart takes with its title and labels: keep this much before the title.
pub const CHART_HEIGHT: f32 = 240.0;

impl Doc {
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
    pub fn table<S: AsRef<str>>(&mut self, headers: &[S], widths: &[f32], rows: &[Vec<String>]) {
        let size = 8.0;
        let lead = size * 1.3;
        let pad = 3.0;
        let cw = self.content_width();
        let cols = self.fit_columns(headers, widths, rows, size, pad);
        let draw_header = |d: &mut Doc| {
            let cells: Vec<Vec<String>> = headers
                .iter()
                .zip(&cols)
                .map(|(h, w)| d.wrap(h.as_ref(), size, true, w - 2.0 * pad))
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

    /// Column widths in points: the given fractions of the content width, widened where a
    /// word would otherwise be cut (a header word, or a word of letters in a cell: German
    /// "Datensätze", "Kontosperrungen"), the room taken from the columns with the most to
    /// spare. Paths and hashes still break anywhere.
    fn fit_columns<S: AsRef<str>>(
        &self,
        headers: &[S],
        widths: &[f32],
        rows: &[Vec<String>],
        size: f32,
        pad: f32,
    ) -> Vec<f32> {
        let cw = self.content_width();
        let mut cols: Vec<f32> = widths.iter().map(|f| f * cw).collect();
        let longest = |s: &str, bold: bool| {
            s.split([' ', '\n'])
                .filter(|w| !bold || !w.is_empty())
                .filter(|w| {
                    bold || (w.chars().count() <= 24
                        && w.chars().all(|c| c.is_alphabetic() || c == '-'))
                })
                .map(|w| self.width(w, size, bold))
                .fold(0.0f32, f32::max)
        };
        let need: Vec<f32> = (0..cols.len())
            .map(|i| {
                let head = headers.get(i).map_or(0.0, |h| longest(h.as_ref(), true));
                let body = rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|c| longest(c, false))
                    .fold(0.0f32, f32::max);
                head.max(body) + 2.0 * pad + 1.0
            })
            .collect();
        for i in 0..cols.len() {
            let mut short = need[i] - cols[i];
            while short > 0.01 {
                // The column with the most room to spare gives what it can.
                let Some((j, spare)) = (0..cols.len())
                    .filter(|&j| j != i)
                    .map(|j| (j, cols[j] - need[j].max(cw * 0.08)))
                    .filter(|(_, s)| *s > 0.01)
                    .max_by(|a, b| a.1.total_cmp(&b.1))
                else {
                    break;
                };
                let take = spare.min(short);
                cols[j] -= take;
                cols[i] += take;
                short -= take;
            }
        }
        cols
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

    /// Stacked bars: (label, dark value, light value), [`CHART_HEIGHT`] high with labels.
    pub fn bar_chart(&mut self, bars: &[(String, u64, u64)]) {
        let h = 150.0;
        self.keep(CHART_HEIGHT - 30.0);
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
                // The caller's label, as short as it made it (at most 12 characters).
                let short: String = label.chars().take(12).collect();
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
    pub fn signature_lines<S: AsRef<str>>(&mut self, labels: &[S]) {
        self.keep(40.0);
        let w = self.content_width() / labels.len() as f32;
        for (i, l) in labels.iter().enumerate() {
            let x = MARGIN + i as f32 * w;
            self.hline(x, x + w - 16.0, self.y, rgb(0.2, 0.2, 0.2), 0.75);
            self.text_at(
                x,
                self.y - 11.0,
                l.as_ref(),
                8.0,
                false,
                rgb(0.35, 0.38, 0.42),
            );
        }
        self.y -= 24.0;
    }
}
