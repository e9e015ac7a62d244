//! The Altiris Log Viewer's text copy of a log (`Date:` / `Source:` / `Description:` blocks).

use std::io::BufRead;

use super::{analyse, MAX_RECORD};
use crate::collect::{at_line, FileResult};

/// The Log Viewer's text copy: a record starts at each `Date:` line; `Source:` names the
/// source; `Description:` and every line up to the next `Date:` are the message. There is no
/// host in this format. A message is capped at [`MAX_RECORD`] bytes.
pub fn scan_viewer_copy(reader: impl BufRead, out: &mut FileResult) -> std::io::Result<()> {
    struct Block {
        line: u64,
        date: String,
        source: String,
        body: String,
        in_body: bool,
    }
    fn flush(b: Option<Block>, out: &mut FileResult) {
        if let Some(b) = b {
            out.records += 1;
            analyse(b.body.trim(), "", &b.date, &b.source, b.line, out);
        }
    }
    let mut lines = crate::lines::LineReader::new(reader);
    let mut current: Option<Block> = None;
    while let Some(line) = lines.next_line()? {
        let text = match line.bytes {
            Ok(b) => String::from_utf8_lossy(b).into_owned(),
            Err(len) => {
                out.problem(
                    at_line(line.number),
                    crate::collect::Note::new(
                        "problem-line-too-long",
                        "line of {len} bytes is longer than the {mib} MiB limit; skipped",
                    )
                    .arg("len", len)
                    .arg("mib", 1u64),
                );
                continue;
            }
        };
        let t = text.trim_start();
        if let Some(date) = t.strip_prefix("Date:") {
            flush(current.take(), out);
            current = Some(Block {
                line: line.number,
                date: date.trim().to_string(),
                source: String::new(),
                body: String::new(),
                in_body: false,
            });
            continue;
        }
        let Some(b) = current.as_mut() else {
            if !t.is_empty() {
                out.problem(
                    at_line(line.number),
                    crate::collect::Note::new(
                        "problem-viewer-before-date",
                        "text before the first Date: line; skipped",
                    ),
                );
            }
            continue;
        };
        if !b.in_body {
            if let Some(source) = t.strip_prefix("Source:") {
                b.source = source.trim().to_string();
                continue;
            }
            if let Some(desc) = t.strip_prefix("Description:") {
                b.in_body = true;
                b.body.push_str(desc.trim());
                continue;
            }
        }
        if b.body.len() + text.len() < MAX_RECORD {
            b.body.push('\n');
            b.body.push_str(&text);
        }
    }
    flush(current, out);
    Ok(())
}
