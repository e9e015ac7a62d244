//! Evidence intake: files, folders (recursively) and zip archives (and zips inside them), each
//! file's kind detected from its content, its SHA-256 computed while it is parsed, in one pass.

use std::fs::File;
use std::io::{self, BufReader, Cursor, Read, Seek};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use sha2::{Digest, Sha256};
use tokenready_model::{InputFile, InputKind, Place};

use crate::collect::FileResult;
use crate::sniff::{detect, TextEncoding, HEAD_LEN};

mod archive;
mod evtx_blocks;
mod hashing;
mod walk;

use archive::read_zip;
use evtx_blocks::read_evtx_file;
use hashing::{is_cancel, HashSink, Hashing, StopOnError, HASH_OFF_THREAD};
pub use walk::{discover, Discovered, Found};

/// A zip member or nested archive is read into memory only up to this size (EVTX and nested
/// zips need random access); larger ones are reported and skipped.
pub const MAX_IN_MEMORY: u64 = 512 << 20;
/// At most this many bytes are read from one zip member (a zip bomb stops here).
pub const MAX_MEMBER_BYTES: u64 = 8 << 30;
/// Zips inside zips are opened to this depth.
pub const MAX_ZIP_DEPTH: usize = 3;
/// A member that expands more than this many times its compressed size is read only up to
/// [`BOMB_FLOOR`] bytes (real logs compress 10–50×; zeros 1000×).
pub const MAX_EXPANSION_RATIO: u64 = 100;
/// Below this many bytes, any ratio is accepted.
pub const BOMB_FLOOR: u64 = 64 << 20;
/// At most this many bytes are expanded from one evidence file's archives, nested ones
/// included; later members are listed as not read.
pub const MAX_ARCHIVE_EXPANSION: u64 = 16 << 30;

thread_local! {
    /// Bytes expanded from archives for the evidence file this thread is reading.
    static EXPANDED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Why reading stopped.
#[derive(Debug)]
pub(crate) struct Cancelled;

/// One read input and what it yielded.
pub struct Read1 {
    pub input: InputFile,
    pub result: FileResult,
}

/// Reads one discovered file (a zip yields itself and its members).
pub(crate) fn read_file(d: &Discovered, cancel: &AtomicBool) -> Result<Vec<Read1>, Cancelled> {
    EXPANDED.set(0);
    let mut out = Vec::new();
    match File::open(&d.path) {
        Ok(f) => {
            let modified = f.metadata().and_then(|m| m.modified()).ok().map(|t| {
                let t: chrono::DateTime<chrono::Utc> = t.into();
                use chrono::Datelike;
                (t.year(), t.month())
            });
            let info = StreamInfo {
                display: &d.display,
                disk_path: Some(&d.path),
                size_hint: d.size,
                modified,
                depth: 0,
            };
            read_stream(f, &info, cancel, &mut out)?
        }
        Err(e) => {
            let mut result = FileResult::default();
            result.problem(
                Place::default(),
                crate::collect::Note::new("problem-cannot-open-file", "cannot open file: {detail}")
                    .arg("detail", e.to_string()),
            );
            out.push(Read1 {
                input: input(
                    &d.display,
                    InputKind::Unknown,
                    String::new(),
                    d.size,
                    &result,
                ),
                result,
            });
        }
    }
    Ok(out)
}

/// Reads one stream that is not a file on disk (a zip's bytes, a pasted export): its kind is
/// detected, zips are opened (members follow it), and each input is returned with what was
/// found in it. The fuzz targets and the bad-input tests use this path.
pub fn read_bytes(display: &str, bytes: &[u8]) -> Vec<InputFile> {
    let info = StreamInfo {
        display,
        disk_path: None,
        size_hint: bytes.len() as u64,
        modified: None,
        depth: 0,
    };
    EXPANDED.set(0);
    let mut out = Vec::new();
    let never = AtomicBool::new(false);
    let _ = read_stream(bytes, &info, &never, &mut out);
    out.into_iter().map(|r| r.input).collect()
}

/// The place of zip member `i` (0-based) in its archive.
fn at_record(i: usize) -> Place {
    Place {
        record: Some(i as u64 + 1),
        ..Place::default()
    }
}

fn input(path: &str, kind: InputKind, sha256: String, size: u64, r: &FileResult) -> InputFile {
    InputFile {
        path: path.to_string(),
        kind,
        sha256,
        size,
        records: r.records,
        errors: r.errors,
        problems: r.problem_list(tokenready_i18n::Tr::default()),
        note: crate::collect::notes_text(&r.notes, tokenready_i18n::Tr::default()),
        language: r.language.clone(),
    }
}

/// What is known about a stream before it is read.
#[derive(Clone, Copy)]
struct StreamInfo<'a> {
    display: &'a str,
    /// Set for files on disk (zip and EVTX are then opened in place).
    disk_path: Option<&'a Path>,
    size_hint: u64,
    /// (year, month) of the last modification.
    modified: Option<(i32, u32)>,
    /// How many zips deep.
    depth: usize,
}

/// Reads a stream: detects its kind from the head, then parses, hashes and counts in one pass.
fn read_stream<R: Read + Send>(
    reader: R,
    info: &StreamInfo<'_>,
    cancel: &AtomicBool,
    out: &mut Vec<Read1>,
) -> Result<(), Cancelled> {
    let mut h = Hashing {
        inner: reader,
        hasher: HashSink::new(info.size_hint > HASH_OFF_THREAD),
        bytes: 0,
        cancel,
    };
    let mut result = FileResult {
        modified: info.modified,
        ..FileResult::default()
    };
    let mut head = Vec::with_capacity(HEAD_LEN);
    // Set when the stream failed (a damaged deflate stream, a disk error): what was read is
    // still parsed, and the error is reported once.
    let mut failed = false;
    if let Err(e) = (&mut h).take(HEAD_LEN as u64).read_to_end(&mut head) {
        read_error(e, h.bytes, &mut result)?;
        failed = true;
    }
    let detected = detect(&head);
    if let (InputKind::Evtx, Some(path)) = (detected.kind, info.disk_path) {
        return read_evtx_file(path, info.display, detected.reason, cancel, out);
    }
    let mut members = Vec::new();
    let io_result = match detected.kind {
        InputKind::Zip | InputKind::Evtx => {
            read_random_access(detected.kind, head, &mut h, info, &mut result, &mut members)
        }
        InputKind::Unknown => Some(Ok(())),
        kind => {
            let enc = detected.encoding.unwrap_or(TextEncoding::Utf8);
            let rest: &mut dyn Read = if failed { &mut io::empty() } else { &mut h };
            Some(read_text(kind, enc, &head, rest, &mut result))
        }
    };
    if let Some(Err(e)) = io_result {
        read_error(e, h.bytes, &mut result)?;
    }
    finish(h, info.display, detected.kind, detected.reason, result, out)?;
    out.extend(members);
    Ok(())
}

/// A read error, reported at the offset reached; a cancel is passed on as one.
fn read_error(e: io::Error, offset: u64, result: &mut FileResult) -> Result<(), Cancelled> {
    if is_cancel(&e) {
        return Err(Cancelled);
    }
    result.problem(
        Place {
            offset: Some(offset),
            ..Place::default()
        },
        crate::collect::Note::new("problem-read-error", "read error: {detail}")
            .arg("detail", e.to_string()),
    );
    Ok(())
}

/// A zip, or an EVTX that is not a file on disk: both need random access. A file on disk is
/// used in place, anything else is buffered (bounded). `None` when the stream was too big to
/// buffer (reported in `result`).
fn read_random_access<R: Read + Send>(
    kind: InputKind,
    head: Vec<u8>,
    h: &mut Hashing<'_, R>,
    info: &StreamInfo<'_>,
    result: &mut FileResult,
    members: &mut Vec<Read1>,
) -> Option<io::Result<()>> {
    let (display, depth, cancel) = (info.display, info.depth, h.cancel);
    let data = match info.disk_path {
        Some(_) => None,
        None => Some(buffer_rest(head, h, result)?),
    };
    Some(match (kind, data, info.disk_path) {
        (InputKind::Evtx, Some(buf), _) => {
            crate::events::scan_evtx_buffer(buf, result);
            Ok(())
        }
        (_, Some(buf), _) => read_zip(Cursor::new(buf), display, depth, cancel, result, members),
        (_, None, Some(p)) => File::open(p)
            .and_then(|f| read_zip(BufReader::new(f), display, depth, cancel, result, members)),
        _ => Ok(()),
    })
}

/// A text stream: its head and the rest, decoded when not UTF-8 (a BOM skipped), parsed as
/// `kind`. A read error stops the parse where it happened and is returned.
fn read_text(
    kind: InputKind,
    enc: TextEncoding,
    head: &[u8],
    rest: &mut dyn Read,
    result: &mut FileResult,
) -> io::Result<()> {
    // UTF-8 goes to the parser as it is (BOM skipped); other encodings are decoded.
    let skip = if enc == TextEncoding::Utf8Bom { 3 } else { 0 };
    let mut stop = StopOnError {
        inner: Cursor::new(&head[skip.min(head.len())..]).chain(rest),
        error: None,
    };
    let input: Box<dyn Read + '_> = match enc {
        TextEncoding::Utf8 | TextEncoding::Utf8Bom => Box::new(&mut stop),
        other => Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(other.encoding()))
                .strip_bom(true)
                .build_with_buffer(&mut stop, vec![0; 64 * 1024])
                .expect("a 64 KiB buffer is more than the 4 bytes required"),
        ),
    };
    let buffered = BufReader::with_capacity(256 * 1024, input);
    let parsed = parse_text(kind, buffered, result);
    match stop.error {
        Some(e) => Err(e),
        None => parsed,
    }
}

fn parse_text(kind: InputKind, r: impl io::BufRead, result: &mut FileResult) -> io::Result<()> {
    match kind {
        InputKind::CodebaseList => crate::codebase::scan(r, result),
        InputKind::NsLog | InputKind::AgentLog => crate::nslog::scan(r, result),
        InputKind::EventXml => {
            crate::events::scan_xml(r, result);
            Ok(())
        }
        InputKind::EventCsv => crate::events::scan_csv(r, result),
        InputKind::EventJson => crate::events::scan_json(r, result),
        InputKind::EventSyslog => crate::events::scan_payloads(r, result),
        _ => crate::text::scan(r, result),
    }
}

fn buffer_rest<R: Read>(
    mut head: Vec<u8>,
    h: &mut Hashing<'_, R>,
    result: &mut FileResult,
) -> Option<Vec<u8>> {
    let before = head.len() as u64;
    match h.take(MAX_IN_MEMORY + 1 - before).read_to_end(&mut head) {
        Ok(_) if head.len() as u64 > MAX_IN_MEMORY => {
            result.problem(
                Place::default(),
                crate::collect::Note::new("problem-member-too-large", "archive member larger than {mib} MiB cannot be opened inside a zip; extract it and add it directly").arg("mib", MAX_IN_MEMORY >> 20),
            );
            None
        }
        Ok(_) => Some(head),
        Err(e) => {
            result.problem(
                Place {
                    offset: Some(h.bytes),
                    ..Place::default()
                },
                crate::collect::Note::new("problem-read-error", "read error: {detail}")
                    .arg("detail", e.to_string()),
            );
            None
        }
    }
}

fn finish<R: Read>(
    mut h: Hashing<'_, R>,
    display: &str,
    kind: InputKind,
    reason: crate::collect::Note,
    mut result: FileResult,
    out: &mut Vec<Read1>,
) -> Result<(), Cancelled> {
    // Whatever the parser did not consume still counts towards the hash and size.
    if let Err(e) = io::copy(&mut h, &mut io::sink()) {
        if is_cancel(&e) {
            return Err(Cancelled);
        }
    }
    let sha = h.hasher.finalize();
    // How the input was recognised is its first note.
    result.notes.insert(0, reason);
    out.push(Read1 {
        input: input(display, kind, sha, h.bytes, &result),
        result,
    });
    Ok(())
}
