//! Report writers: JSON and CSV, written atomically (a temporary name in the same folder, then
//! a rename), so a failure never leaves half a report.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tokenready_model::{ExportFormat, Report};

/// Writes `path` through `f` under a temporary name and renames it into place when `f` succeeds.
///
/// Only a regular file is replaced this way. A device, FIFO or other special file (`/dev/null`,
/// `/dev/stdout`, a named pipe) is written directly — renaming over it would replace the device
/// with a file. A symbolic link keeps pointing where it did: its target is replaced.
pub fn atomic_write(
    path: &Path,
    f: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let target = match std::fs::metadata(path) {
        Ok(m) if !m.is_file() => {
            let mut w = BufWriter::new(std::fs::OpenOptions::new().write(true).open(path)?);
            f(&mut w)?;
            return w.flush();
        }
        Ok(_) => std::fs::canonicalize(path)?,
        Err(_) => path.to_path_buf(),
    };
    let path = target.as_path();
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "output path has no file name")
    })?;
    let tmp: PathBuf = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut w = BufWriter::new(File::create(&tmp)?);
        f(&mut w)?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The report as pretty JSON.
pub fn write_json(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, report)?;
    w.write_all(b"\n")
}

/// A cell made safe for spreadsheets: one that starts with `=`, `+`, `-`, `@`, tab or CR is
/// prefixed with `'` so Excel shows it as text instead of running it as a formula.
pub fn safe_cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

fn table(
    w: &mut dyn Write,
    header: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    w.write_all(&[0xEF, 0xBB, 0xBF])?; // UTF-8 BOM so Excel detects the encoding
    let mut c = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(w);
    c.write_record(header)?;
    for r in rows {
        c.write_record(r.iter().map(|v| safe_cell(v)))?;
    }
    c.flush()
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(|v| v.to_string()).unwrap_or_default()
}

/// The CSV tables and their columns (stable; documented in the README).
pub const CSV_TABLES: [&str; 6] = [
    "inputs.csv",
    "locations.csv",
    "findings.csv",
    "lockout-sources.csv",
    "log-signals.csv",
    "checklist.csv",
];

/// The name an export is offered under: `tokenready-<customer>.pdf` (or `.json`, or
/// `-csv` for the folder of CSV tables), the customer's name with anything but letters and
/// digits as `-`.
pub fn export_name(customer: Option<&str>, format: ExportFormat) -> String {
    let stem: String = customer
        .unwrap_or("assessment")
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    match format {
        ExportFormat::PdfA4 | ExportFormat::PdfLetter => format!("tokenready-{stem}.pdf"),
        ExportFormat::Json => format!("tokenready-{stem}.json"),
        ExportFormat::Csv => format!("tokenready-{stem}-csv"),
    }
}

/// Writes one CSV file per table into `dir` (created if needed).
pub fn write_csv_dir(report: &Report, dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, write) in CSV_TABLES.iter().zip(CSV_WRITERS) {
        atomic_write(&dir.join(name), |w| write(report, w))?;
    }
    if report.comparison.is_some() {
        atomic_write(&dir.join(COMPARISON_CSV), |w| comparison_csv(report, w))?;
    }
    Ok(())
}

/// The follow-up's table, written when the report has a comparison.
pub const COMPARISON_CSV: &str = "comparison.csv";

mod comparison;
use comparison::comparison_csv;

/// Writes one CSV table of a report.
type CsvWriter = fn(&Report, &mut dyn Write) -> io::Result<()>;

/// The writer of each table, in the order of [`CSV_TABLES`].
const CSV_WRITERS: [CsvWriter; 6] = [
    inputs_csv,
    locations_csv,
    findings_csv,
    lockout_sources_csv,
    log_signals_csv,
    checklist_csv,
];

fn inputs_csv(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    table(
        w,
        &[
            "path", "kind", "sha256", "size", "records", "errors", "note",
        ],
        report.inputs.iter().map(|i| {
            vec![
                i.path.clone(),
                i.kind.as_str().into(),
                i.sha256.clone(),
                i.size.to_string(),
                i.records.to_string(),
                i.errors.to_string(),
                opt(&i.note),
            ]
        }),
    )
}

fn locations_csv(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    table(
        w,
        &[
            "location",
            "normalized",
            "kind",
            "host",
            "share",
            "auth",
            "sources",
            "packages",
            "sightings",
        ],
        report.locations.iter().map(|l| {
            vec![
                l.location.clone(),
                l.normalized.clone(),
                serde_plain(&l.kind),
                opt(&l.host),
                opt(&l.share),
                serde_plain(&l.auth),
                l.sources.join(" | "),
                l.packages.join(" | "),
                l.sightings.to_string(),
            ]
        }),
    )
}

fn findings_csv(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    table(
        w,
        &[
            "id",
            "severity",
            "title",
            "rationale",
            "evidence",
            "remediation",
            "references",
            "accepted",
        ],
        report.findings.iter().map(|f| {
            let ev: Vec<String> = f
                .evidence
                .iter()
                .map(|e| {
                    let mut s = e.file.clone();
                    if let Some(l) = e.line {
                        s.push_str(&format!(":{l}"));
                    }
                    if let Some(r) = e.record {
                        s.push_str(&format!("#{r}"));
                    }
                    s
                })
                .collect();
            vec![
                f.id.clone(),
                serde_plain(&f.severity),
                f.title.clone(),
                f.rationale.clone(),
                ev.join(" | "),
                f.remediation.clone(),
                f.references.join(", "),
                f.accepted
                    .as_ref()
                    .map(|a| format!("{} (by {}, until {})", a.reason, a.name, a.expiry))
                    .unwrap_or_default(),
            ]
        }),
    )
}

fn lockout_sources_csv(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    table(
        w,
        &["computer", "count"],
        report
            .lockouts
            .sources
            .iter()
            .map(|s| vec![s.computer.clone(), s.count.to_string()]),
    )
}

fn log_signals_csv(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    table(
        w,
        &["kind", "count", "hosts", "first_seen", "last_seen"],
        report.log_indicators.iter().map(|i| {
            vec![
                i.kind.clone(),
                i.count.to_string(),
                i.hosts.join(" | "),
                opt(&i.first_seen),
                opt(&i.last_seen),
            ]
        }),
    )
}

fn checklist_csv(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    table(
        w,
        &[
            "id",
            "test",
            "expected",
            "status",
            "notes",
            "who",
            "when",
            "basis",
            "evidence_status",
            "evidence_reason",
        ],
        report.checklist.iter().map(|c| {
            vec![
                c.id.clone(),
                c.test.clone(),
                c.expected.clone(),
                serde_plain(&c.status),
                c.notes.clone(),
                c.who.clone(),
                c.when.clone(),
                serde_plain(&c.basis),
                c.decided
                    .as_ref()
                    .map(|d| serde_plain(&d.status))
                    .unwrap_or_default(),
                c.decided
                    .as_ref()
                    .map(|d| d.reason.clone())
                    .unwrap_or_default(),
            ]
        }),
    )
}

fn serde_plain<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_are_named_after_the_customer() {
        assert_eq!(
            export_name(None, ExportFormat::PdfA4),
            "tokenready-assessment.pdf"
        );
        let r = Some("Müller & Ødegård AG");
        assert_eq!(
            export_name(r, ExportFormat::Json),
            "tokenready-Müller---Ødegård-AG.json"
        );
        assert_eq!(
            export_name(r, ExportFormat::Csv),
            "tokenready-Müller---Ødegård-AG-csv"
        );
        assert_eq!(
            export_name(r, ExportFormat::PdfLetter),
            "tokenready-Müller---Ødegård-AG.pdf"
        );
    }

    #[test]
    fn formula_injection_is_neutralised() {
        for bad in [
            "=1+1",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert!(safe_cell(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(safe_cell("\\\\ps01\\share"), "\\\\ps01\\share");
        assert_eq!(safe_cell(""), "");
    }

    /// Special files are written, never replaced (a report sent to /dev/null once turned
    /// /dev/null into a regular file); links keep pointing at their target.
    #[cfg(unix)]
    #[test]
    fn special_files_and_links_are_written_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        atomic_write(&fifo, |w| w.write_all(b"through the pipe")).unwrap();
        assert_eq!(reader.join().unwrap(), b"through the pipe");
        assert!(std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo());

        let real = dir.path().join("real.json");
        std::fs::write(&real, b"old").unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        atomic_write(&link, |w| w.write_all(b"new")).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
    }

    #[test]
    fn atomic_write_leaves_nothing_on_failure() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.json");
        let r = atomic_write(&p, |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        });
        assert!(r.is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        atomic_write(&p, |w| w.write_all(b"whole")).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"whole");
    }
}
