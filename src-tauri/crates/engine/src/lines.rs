//! A line reader with a length cap: memory stays bounded whatever the input (a 100 MB line is
//! reported as too long and skipped, not buffered).

use std::io::{self, BufRead};

/// Lines longer than this are skipped and reported.
pub const MAX_LINE: usize = 1 << 20;

/// One line as read.
pub struct Line<'a> {
    /// 1-based line number.
    pub number: u64,
    /// Byte offset of the line's first byte in the (decoded) stream.
    pub offset: u64,
    /// The line without its `\n` / `\r\n`, or `Err(len)` when it exceeded the cap.
    pub bytes: Result<&'a [u8], u64>,
}

/// Reads one line (through its `\n`, if any) from `inner`, keeping at most `keep` bytes of it
/// in `buf` and skipping the rest. Returns the line's full length and whether it ended in `\n`.
fn read_line_capped<R: BufRead>(
    inner: &mut R,
    buf: &mut Vec<u8>,
    keep: usize,
) -> io::Result<(u64, bool)> {
    let mut total: u64 = 0;
    loop {
        let chunk = match inner.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok((total, false));
        }
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = keep.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..take.min(room)]);
        total += take as u64;
        inner.consume(take);
        if done {
            return Ok((total, true));
        }
    }
}

pub struct LineReader<R> {
    inner: R,
    buf: Vec<u8>,
    number: u64,
    offset: u64,
    max: usize,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(inner: R) -> Self {
        Self::with_max(inner, MAX_LINE)
    }

    pub fn with_max(inner: R, max: usize) -> Self {
        LineReader {
            inner,
            buf: Vec::new(),
            number: 0,
            offset: 0,
            max,
        }
    }

    /// The next line, or `None` at the end of the stream.
    pub fn next_line(&mut self) -> io::Result<Option<Line<'_>>> {
        self.buf.clear();
        let start = self.offset;
        let (total, ended_nl) = read_line_capped(&mut self.inner, &mut self.buf, self.max + 2)?;
        if total == 0 {
            return Ok(None);
        }
        self.number += 1;
        self.offset += total;
        let complete = total as usize == self.buf.len();
        let mut content_len = total - u64::from(ended_nl);
        if complete && ended_nl {
            self.buf.pop();
            if self.buf.last() == Some(&b'\r') {
                self.buf.pop();
                content_len -= 1;
            }
        }
        let bytes = if content_len as usize > self.max {
            Err(content_len)
        } else {
            Ok(&self.buf[..])
        };
        Ok(Some(Line {
            number: self.number,
            offset: start,
            bytes,
        }))
    }
}

/// A reader that passes its input through unchanged, line terminators included, except that a
/// line longer than `max` bytes is replaced by an empty line (its `\n` kept, so line numbers
/// after it still match) and recorded in [`CappedReader::too_long`]. For parsers that would
/// otherwise buffer a whole line (the CSV readers).
pub struct CappedReader<R> {
    inner: R,
    max: usize,
    line: Vec<u8>,
    pos: usize,
    number: u64,
    /// (1-based line number, length in bytes) of each line that was dropped.
    pub too_long: Vec<(u64, u64)>,
}

impl<R: BufRead> CappedReader<R> {
    pub fn new(inner: R, max: usize) -> Self {
        CappedReader {
            inner,
            max,
            line: Vec::new(),
            pos: 0,
            number: 0,
            too_long: Vec::new(),
        }
    }

    fn next_line(&mut self) -> io::Result<()> {
        self.line.clear();
        self.pos = 0;
        let (total, ended_nl) = read_line_capped(&mut self.inner, &mut self.line, self.max + 2)?;
        if total == 0 {
            return Ok(());
        }
        self.number += 1;
        let content = total - u64::from(ended_nl);
        if content > self.max as u64 {
            self.too_long.push((self.number, content));
            self.line.clear();
            if ended_nl {
                self.line.push(b'\n');
            }
        }
        Ok(())
    }
}

impl<R: BufRead> io::Read for CappedReader<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let mut n = 0;
        while n < out.len() {
            if self.pos == self.line.len() {
                self.next_line()?;
                if self.line.is_empty() {
                    break;
                }
            }
            let k = (out.len() - n).min(self.line.len() - self.pos);
            out[n..n + k].copy_from_slice(&self.line[self.pos..self.pos + k]);
            self.pos += k;
            n += k;
        }
        Ok(n)
    }
}

/// Turns the lines a [`CappedReader`] dropped into problems with their place.
pub fn report_too_long(too_long: &[(u64, u64)], out: &mut crate::collect::FileResult) {
    for &(line, len) in too_long {
        out.problem(
            crate::collect::at_line(line),
            crate::collect::Note::new(
                "problem-line-too-long",
                "line of {len} bytes is longer than the {mib} MiB limit; skipped",
            )
            .arg("len", len)
            .arg("mib", MAX_LINE >> 20),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: usize) -> Vec<(u64, u64, Result<Vec<u8>, u64>)> {
        let mut r = LineReader::with_max(io::BufReader::with_capacity(4, input), max);
        let mut out = vec![];
        while let Some(l) = r.next_line().unwrap() {
            out.push((l.number, l.offset, l.bytes.map(|b| b.to_vec())));
        }
        out
    }

    #[test]
    fn splits_lines_with_numbers_and_offsets() {
        let got = lines(b"ab\r\ncde\n\nlast", 100);
        assert_eq!(
            got,
            vec![
                (1, 0, Ok(b"ab".to_vec())),
                (2, 4, Ok(b"cde".to_vec())),
                (3, 8, Ok(vec![])),
                (4, 9, Ok(b"last".to_vec())),
            ]
        );
    }

    #[test]
    fn capped_reader_drops_overlong_lines_and_keeps_numbering() {
        use std::io::Read;
        let mut input = b"a,b\r\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', 50));
        input.extend_from_slice(b"\r\nc,d\n");
        input.extend(std::iter::repeat_n(b'y', 11));
        let mut r = CappedReader::new(io::BufReader::with_capacity(4, &input[..]), 10);
        let mut got = Vec::new();
        r.read_to_end(&mut got).unwrap();
        assert_eq!(got, b"a,b\r\n\nc,d\n");
        assert_eq!(r.too_long, vec![(2, 51), (4, 11)]);
    }

    #[test]
    fn overlong_lines_are_reported_not_buffered() {
        let mut input = vec![b'x'; 50];
        input.extend_from_slice(b"\nok\n");
        let got = lines(&input, 10);
        assert_eq!(got[0].2, Err(50));
        assert_eq!(got[1], (2, 51, Ok(b"ok".to_vec())));
        assert_eq!(lines(b"", 10), vec![]);
    }
}
