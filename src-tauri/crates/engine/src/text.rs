//! Any readable text (scripts, notes, exported XML, lists): every UNC path and URL, with its line.

use std::io::BufRead;

use crate::collect::{at_line, FileResult};
use crate::lines::LineReader;
use crate::unc::find_locations;

pub fn scan(reader: impl BufRead, out: &mut FileResult) -> std::io::Result<()> {
    let mut lines = LineReader::new(reader);
    while let Some(line) = lines.next_line()? {
        out.records += 1;
        match line.bytes {
            Ok(b) => {
                let text = String::from_utf8_lossy(b);
                for f in find_locations(&text) {
                    out.sight(f.text, Some(line.number), None);
                }
            }
            Err(len) => out.problem(
                at_line(line.number),
                crate::collect::Note::new(
                    "problem-line-too-long-bytes",
                    "line of {len} bytes is longer than the {limit} byte limit; skipped",
                )
                .arg("len", len)
                .arg("limit", crate::lines::MAX_LINE),
            ),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_paths_with_lines_and_reports_overlong_lines() {
        let mut input = b"first line\r\nrobocopy \\\\ps01\\pkgs$ D:\\x\nurl http://ns/a\n".to_vec();
        input.extend(std::iter::repeat_n(b'a', crate::lines::MAX_LINE + 10));
        input.extend_from_slice(b"\n\\\\after\\share\n");
        let mut out = FileResult::default();
        scan(&input[..], &mut out).unwrap();
        assert_eq!(out.records, 5);
        assert_eq!(out.errors, 1);
        assert_eq!(out.problems[0].0.line, Some(4));
        let got: Vec<_> = out
            .sightings
            .iter()
            .map(|s| (s.raw.as_str(), s.line.unwrap()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("\\\\ps01\\pkgs$", 2),
                ("http://ns/a", 3),
                ("\\\\after\\share", 5)
            ]
        );
    }
}
