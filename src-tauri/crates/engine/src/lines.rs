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
        let keep = self.max + 2; // room for the line plus "\r\n"
        let mut total: u64 = 0;
        let mut ended_nl = false;
        loop {
            let chunk = match self.inner.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                break;
            }
            let (take, done) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            let room = keep.saturating_sub(self.buf.len());
            self.buf.extend_from_slice(&chunk[..take.min(room)]);
            total += take as u64;
            self.inner.consume(take);
            if done {
                ended_nl = true;
                break;
            }
        }
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
    fn overlong_lines_are_reported_not_buffered() {
        let mut input = vec![b'x'; 50];
        input.extend_from_slice(b"\nok\n");
        let got = lines(&input, 10);
        assert_eq!(got[0].2, Err(50));
        assert_eq!(got[1], (2, 51, Ok(b"ok".to_vec())));
        assert_eq!(lines(b"", 10), vec![]);
    }
}
