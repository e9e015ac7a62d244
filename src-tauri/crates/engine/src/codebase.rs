//! Package code base and package source tables: SQL results over `SWDPackageCodebase`
//! (PackageId, URL, Source, Snapshot), ASDK-style package details (SourceType, PackageLocation,
//! PackageDirectory — a URL package's PackageDirectory is a UNC alternate location and counts),
//! console report exports. Any delimiter, quoted fields, with or without a header.
//!
//! Location columns are found by name and by content: a cell that is a UNC path or a URL is a
//! location whatever its column is called.

use std::io::BufRead;

use tokenready_model::Place;

use crate::collect::{FileResult, Sighting};
use crate::sniff::{normalise_header, sniff_delimiter, LOCATION_COLUMNS};

const ID_COLUMNS: &[&str] = &[
    "packagename",
    "packageid",
    "packageguid",
    "package",
    "name",
    "guid",
    "itemguid",
];

/// The 1-based line a CSV record starts on. The csv crate counts a record that follows a
/// `\r\n` from the line of that `\r` (the `\n` is consumed with the next record), so CRLF
/// files need one added for every record after the first.
pub(crate) fn csv_line(pos: &csv::Position, crlf: bool) -> u64 {
    pos.line() + u64::from(crlf && pos.record() > 0)
}

/// Does this head use CRLF line ends?
pub(crate) fn is_crlf(head: &[u8]) -> bool {
    memchr::memchr(b'\n', head).is_some_and(|i| i > 0 && head[i - 1] == b'\r')
}

/// Reads up to 64 KiB of a stream's head (a decoder may hand out only a few bytes per read)
/// and returns it with a reader that still yields the whole stream.
pub(crate) fn peek_head<R: BufRead>(mut r: R) -> std::io::Result<(Vec<u8>, impl BufRead)> {
    use std::io::Read;
    let mut head = Vec::new();
    (&mut r).take(64 * 1024).read_to_end(&mut head)?;
    Ok((head.clone(), std::io::Cursor::new(head).chain(r)))
}

/// True when a cell holds a path or URL (and so is a location whatever its column).
pub(crate) fn looks_like_location(v: &str) -> bool {
    let b = v.trim().trim_matches('"').as_bytes();
    let starts = |p: &[u8]| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p);
    starts(b"\\\\")
        || starts(b"//")
        || starts(b"http://")
        || starts(b"https://")
        || starts(b"file:")
        || (b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'\\')
}

/// A row's locations: every cell that is a path, and a named location column's cell that
/// holds a separator.
fn locations_in_row(
    cells: &[&str],
    header: Option<&[String]>,
    line: Option<u64>,
    out: &mut FileResult,
) {
    let package = package_of(cells, header);
    for (i, cell) in cells.iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        let by_name = header
            .and_then(|h| h.get(i))
            .is_some_and(|n| LOCATION_COLUMNS.contains(&n.as_str()));
        // A named location column counts only when the cell is a path; "Source" may hold
        // a server name and "Location" a site name.
        if looks_like_location(cell) || (by_name && cell.contains(['\\', '/'])) {
            out.sightings.push(Sighting {
                raw: cell.to_string(),
                line,
                record: Some(out.records),
                package: package.clone(),
                extra: 0,
            });
        }
    }
}

pub fn scan(reader: impl BufRead, out: &mut FileResult) -> std::io::Result<()> {
    // The delimiter comes from the first non-empty line (after an optional `#TYPE` line).
    let (head, reader) = peek_head(reader)?;
    let crlf = is_crlf(&head);
    let head_text = String::from_utf8_lossy(&head).into_owned();
    let first = head_text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("#TYPE"))
        .unwrap_or("");
    let delimiter = sniff_delimiter(first).unwrap_or(b',');
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(crate::lines::CappedReader::new(
            reader,
            crate::lines::MAX_LINE,
        ));
    let mut header: Option<Vec<String>> = None;
    let mut record = csv::ByteRecord::new();
    let mut first_row = true;
    loop {
        match csv.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let pos = e.position().cloned();
                out.problem(
                    Place {
                        line: pos.as_ref().map(|p| csv_line(p, crlf)),
                        offset: pos.as_ref().map(|p| p.byte()),
                        record: pos.as_ref().map(|p| p.record()),
                    },
                    crate::collect::Note::new("problem-unreadable-row", "unreadable row: {detail}")
                        .arg("detail", e.to_string()),
                );
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
                continue;
            }
        }
        let line = record.position().map(|p| csv_line(p, crlf));
        let cells: Vec<std::borrow::Cow<'_, str>> =
            record.iter().map(String::from_utf8_lossy).collect();
        let cells: Vec<&str> = cells.iter().map(|c| c.trim()).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        if first_row {
            first_row = false;
            let names: Vec<String> = cells.iter().map(|c| normalise_header(c)).collect();
            let named = names.iter().any(|n| {
                LOCATION_COLUMNS.contains(&n.as_str()) || ID_COLUMNS.contains(&n.as_str())
            });
            if named && !cells.iter().any(|c| looks_like_location(c)) {
                header = Some(names);
                continue;
            }
        }
        out.records += 1;
        locations_in_row(&cells, header.as_deref(), line, out);
    }
    crate::lines::report_too_long(&csv.get_ref().too_long, out);
    if header.is_none() && out.records > 0 {
        out.note(crate::collect::Note::new(
            "note-no-header",
            "no header row: locations found by content",
        ));
    }
    Ok(())
}

fn package_of(cells: &[&str], header: Option<&[String]>) -> Option<String> {
    let h = header?;
    for want in ID_COLUMNS {
        if let Some(i) = h.iter().position(|n| n == want) {
            if let Some(v) = cells.get(i).filter(|v| !v.is_empty()) {
                return Some(v.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> FileResult {
        let mut out = FileResult::default();
        scan(input.as_bytes(), &mut out).unwrap();
        out
    }

    #[test]
    fn swdpackagecodebase_export() {
        let out = run("PackageId,URL,Source,Snapshot\r\n\
            053effa6-130e-45b5-b959-100f9a499f8b,http://ps01/Altiris/PS/Share/{053effa6}/cache,ps01,1\r\n\
            053effa6-130e-45b5-b959-100f9a499f8b,\\\\ps01\\PkgSvrHost\\053effa6,ps01,1\r\n");
        assert_eq!(out.records, 2);
        assert_eq!(out.sightings.len(), 2);
        assert_eq!(out.sightings[1].raw, "\\\\ps01\\PkgSvrHost\\053effa6");
        assert_eq!(out.sightings[1].line, Some(3));
        assert_eq!(
            out.sightings[1].package.as_deref(),
            Some("053effa6-130e-45b5-b959-100f9a499f8b")
        );
    }

    #[test]
    fn asdk_url_package_with_unc_package_directory_counts_both() {
        let out = run("Name;SourceType;PackageLocation;PackageDirectory\n\
            Office;Url;http://web01/office;\\\\files01\\office$\n\
            Notes;Local;C:\\pkgs\\notes;\n");
        let got: Vec<_> = out.sightings.iter().map(|s| s.raw.as_str()).collect();
        assert_eq!(
            got,
            vec![
                "http://web01/office",
                "\\\\files01\\office$",
                "C:\\pkgs\\notes"
            ]
        );
        assert_eq!(out.sightings[1].package.as_deref(), Some("Office"));
    }

    #[test]
    fn quoted_tab_separated_and_headerless() {
        let out = run("\"pkg one\"\t\"\\\\srv\\share\\a b\"\n\"pkg two\"\t\"https://ps:443/x\"\n");
        assert_eq!(out.records, 2);
        assert_eq!(out.sightings[0].raw, "\\\\srv\\share\\a b");
        assert_eq!(out.notes.len(), 1);
    }

    #[test]
    fn ragged_rows_are_kept_and_bad_quotes_do_not_stop_the_file() {
        let out = run("PackageId,URL\n1,\\\\a\\b\n2\n3,\"\\\\c\\d\" trailing\n4,http://e/f\n");
        assert_eq!(out.records, 4);
        let got: Vec<_> = out.sightings.iter().map(|s| s.raw.as_str()).collect();
        assert!(
            got.contains(&"\\\\a\\b") && got.contains(&"http://e/f"),
            "{got:?}"
        );
    }
}
