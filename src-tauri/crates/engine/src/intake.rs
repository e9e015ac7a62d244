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

/// One file to read, as discovered.
#[derive(Clone, Debug)]
pub struct Discovered {
    pub path: PathBuf,
    pub display: String,
    pub size: u64,
}

/// Lists the files under the evidence roots, in a stable order. Unreadable roots and folders
/// become problems, not failures.
pub fn discover(roots: &[PathBuf]) -> (Vec<Discovered>, Vec<(String, String)>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for root in roots {
        match std::fs::metadata(root) {
            Ok(m) if m.is_dir() => walk(root, &mut files, &mut problems),
            Ok(m) => files.push(Discovered {
                path: root.clone(),
                display: root.display().to_string(),
                size: m.len(),
            }),
            Err(e) => problems.push((root.display().to_string(), format!("cannot open: {e}"))),
        }
    }
    (files, problems)
}

fn walk(dir: &Path, files: &mut Vec<Discovered>, problems: &mut Vec<(String, String)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push((
                dir.display().to_string(),
                format!("cannot list folder: {e}"),
            ));
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        // Symbolic links to folders are not followed (no loops); links to files are read.
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, files, problems);
        } else if meta.file_type().is_symlink() {
            match std::fs::metadata(&path) {
                Ok(m) if m.is_file() => files.push(Discovered {
                    display: path.display().to_string(),
                    path,
                    size: m.len(),
                }),
                _ => {}
            }
        } else if meta.is_file() {
            files.push(Discovered {
                display: path.display().to_string(),
                path,
                size: meta.len(),
            });
        }
    }
}

/// Where a file's bytes are hashed: inline, or on a thread of its own for large files so the
/// hash does not sit on the parser's read path.
enum HashSink {
    Inline(Sha256),
    Thread {
        tx: std::sync::mpsc::SyncSender<Vec<u8>>,
        /// Hashed buffers come back for reuse: fresh ones cost page faults (seen as 17% of a
        /// log scan's time in the kernel zeroing pages).
        back: std::sync::mpsc::Receiver<Vec<u8>>,
        handle: std::thread::JoinHandle<Sha256>,
    },
}

/// A thread that hashes the blocks sent to it, in order, and sends each back for reuse; it
/// returns the hasher when the sender is dropped. `queue` blocks may wait.
fn hash_thread(
    queue: usize,
) -> (
    std::sync::mpsc::SyncSender<Vec<u8>>,
    std::sync::mpsc::Receiver<Vec<u8>>,
    std::thread::JoinHandle<Sha256>,
) {
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(queue);
    let (give_back, back) = std::sync::mpsc::channel::<Vec<u8>>();
    let handle = std::thread::spawn(move || {
        let mut h = Sha256::new();
        for block in rx {
            h.update(&block);
            let _ = give_back.send(block);
        }
        h
    });
    (tx, back, handle)
}

impl HashSink {
    fn new(off_thread: bool) -> HashSink {
        if !off_thread {
            return HashSink::Inline(Sha256::new());
        }
        let (tx, back, handle) = hash_thread(32);
        HashSink::Thread { tx, back, handle }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            HashSink::Inline(h) => h.update(data),
            HashSink::Thread { tx, back, .. } => {
                let mut block = back.try_recv().unwrap_or_default();
                block.clear();
                block.extend_from_slice(data);
                let _ = tx.send(block);
            }
        }
    }

    fn finalize(self) -> String {
        let h = match self {
            HashSink::Inline(h) => h,
            HashSink::Thread { tx, handle, .. } => {
                drop(tx);
                handle.join().expect("hash thread")
            }
        };
        format!("{:x}", h.finalize())
    }
}

/// A reader that hashes and counts what passes through it and stops when cancelled.
struct Hashing<'c, R> {
    inner: R,
    hasher: HashSink,
    bytes: u64,
    cancel: &'c AtomicBool,
}

impl<R: Read> Read for Hashing<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(io::Error::new(io::ErrorKind::Interrupted, CANCELLED));
        }
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
}

/// Files larger than this are hashed on a thread of their own.
const HASH_OFF_THREAD: u64 = 4 << 20;

const CANCELLED: &str = "assessment cancelled";

fn is_cancel(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::Interrupted && e.to_string() == CANCELLED
}

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
            result.problem(Place::default(), format!("cannot open file: {e}"));
            out.push(Read1 {
                input: input(
                    &d.display,
                    InputKind::Unknown,
                    String::new(),
                    d.size,
                    &result,
                    None,
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

fn input(
    path: &str,
    kind: InputKind,
    sha256: String,
    size: u64,
    r: &FileResult,
    note: Option<String>,
) -> InputFile {
    let mut notes: Vec<String> = note.into_iter().collect();
    notes.extend(r.notes.iter().cloned());
    InputFile {
        path: path.to_string(),
        kind,
        sha256,
        size,
        records: r.records,
        errors: r.errors,
        problems: r.problems.clone(),
        note: (!notes.is_empty()).then(|| notes.join("; ")),
    }
}

/// Reads a stream: detects its kind from the head, then parses, hashes and counts in one pass.
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

fn read_stream<R: Read + Send>(
    reader: R,
    info: &StreamInfo<'_>,
    cancel: &AtomicBool,
    out: &mut Vec<Read1>,
) -> Result<(), Cancelled> {
    let StreamInfo {
        display,
        disk_path,
        size_hint,
        modified,
        depth,
    } = *info;
    let mut h = Hashing {
        inner: reader,
        hasher: HashSink::new(size_hint > HASH_OFF_THREAD),
        bytes: 0,
        cancel,
    };
    let mut result = FileResult {
        modified,
        ..FileResult::default()
    };
    let mut head = Vec::with_capacity(HEAD_LEN);
    // Set when the stream failed (a damaged deflate stream, a disk error): what was read is
    // still parsed, and the error is reported once.
    let mut failed = false;
    if let Err(e) = (&mut h).take(HEAD_LEN as u64).read_to_end(&mut head) {
        if is_cancel(&e) {
            return Err(Cancelled);
        }
        failed = true;
        result.problem(
            Place {
                offset: Some(h.bytes),
                ..Place::default()
            },
            format!("read error: {e}"),
        );
    }
    let detected = detect(&head);
    if let (InputKind::Evtx, Some(path)) = (detected.kind, disk_path) {
        return read_evtx_file(path, display, detected.reason, cancel, out);
    }
    let mut members = Vec::new();
    let io_result: io::Result<()> = match detected.kind {
        InputKind::Zip | InputKind::Evtx => {
            // Both need random access: a file on disk is used in place, anything else is
            // buffered (bounded).
            let data = match disk_path {
                Some(_) => None,
                None => match buffer_rest(head.clone(), &mut h, &mut result) {
                    Some(d) => Some(d),
                    None => {
                        finish(h, display, detected.kind, detected.reason, result, out)?;
                        return Ok(());
                    }
                },
            };
            match (detected.kind, data, disk_path) {
                (InputKind::Evtx, Some(buf), _) => {
                    crate::events::scan_evtx_buffer(buf, &mut result);
                    Ok(())
                }
                (_, Some(buf), _) => read_zip(
                    Cursor::new(buf),
                    display,
                    depth,
                    cancel,
                    &mut result,
                    &mut members,
                ),
                (_, None, Some(p)) => match File::open(p) {
                    Ok(f) => read_zip(
                        BufReader::new(f),
                        display,
                        depth,
                        cancel,
                        &mut result,
                        &mut members,
                    ),
                    Err(e) => Err(e),
                },
                _ => Ok(()),
            }
        }
        InputKind::Unknown => Ok(()),
        kind => {
            let enc = detected.encoding.unwrap_or(TextEncoding::Utf8);
            let rest: &mut dyn Read = if failed { &mut io::empty() } else { &mut h };
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
            let parsed = parse_text(kind, buffered, &mut result);
            match stop.error {
                Some(e) => Err(e),
                None => parsed,
            }
        }
    };
    if let Err(e) = io_result {
        if is_cancel(&e) {
            return Err(Cancelled);
        }
        result.problem(
            Place {
                offset: Some(h.bytes),
                ..Place::default()
            },
            format!("read error: {e}"),
        );
    }
    finish(h, display, detected.kind, detected.reason, result, out)?;
    out.extend(members);
    Ok(())
}

/// Ends the stream at the first read error (kept in `error`) instead of failing, so a parser
/// finishes with what it has; cancellation still fails.
struct StopOnError<R> {
    inner: R,
    error: Option<io::Error>,
}

impl<R: Read> Read for StopOnError<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.error.is_some() {
            return Ok(0);
        }
        match self.inner.read(buf) {
            Err(e) if is_cancel(&e) => Err(e),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => self.read(buf),
            Err(e) => {
                self.error = Some(e);
                Ok(0)
            }
            ok => ok,
        }
    }
}

/// A reader for the EVTX parser that passes every byte extending the hashed prefix of the file
/// to a hashing thread, so the file is read once and hashed off the parser's read path. Reads
/// elsewhere (chunk headers, a log that wrapped around) are passed through; whatever is left
/// unhashed is read afterwards.
struct PrefixHasher {
    file: File,
    /// Where the parser is in the file.
    pos: u64,
    /// The block read last (1 MiB) and its offset: the parser's small reads and its seeks to the
    /// next chunk are served from it, so the file is read in large sequential pieces.
    block: Vec<u8>,
    block_at: u64,
    /// Where the file handle is.
    file_pos: u64,
    /// How much of the file, from its start, has been handed to the hashing thread.
    hashed: Arc<AtomicU64>,
    /// A block is handed over once the parser has moved past it (no copy); it comes back
    /// through `back` to be filled again.
    to_hasher: std::sync::mpsc::SyncSender<Vec<u8>>,
    /// (In a mutex only because the parser wants a `Sync` reader; one thread uses it.)
    back: std::sync::Mutex<std::sync::mpsc::Receiver<Vec<u8>>>,
    cancel: Arc<AtomicBool>,
}

/// How much the EVTX reader reads at a time.
const PREFIX_BLOCK: u64 = 1 << 20;

impl PrefixHasher {
    /// Hands the current block to the hasher when it extends the hashed prefix exactly.
    fn hand_over(&mut self) {
        let block = std::mem::take(&mut self.block);
        let end = self.block_at + block.len() as u64;
        if !block.is_empty()
            && self.block_at == self.hashed.load(Ordering::Relaxed)
            && self.to_hasher.send(block).is_ok()
        {
            self.hashed.store(end, Ordering::Relaxed);
        }
    }

    fn refill(&mut self) -> io::Result<()> {
        self.hand_over();
        let recycled = self.back.lock().ok().and_then(|b| b.try_recv().ok());
        let mut next = recycled.unwrap_or_else(|| Vec::with_capacity(PREFIX_BLOCK as usize));
        next.clear();
        // Blocks are aligned, so consecutive ones extend the hashed prefix.
        let at = self.pos - self.pos % PREFIX_BLOCK;
        self.seek_file(at)?;
        let n = (&mut self.file).take(PREFIX_BLOCK).read_to_end(&mut next)?;
        self.file_pos += n as u64;
        self.block_at = at;
        self.block = next;
        Ok(())
    }

    fn seek_file(&mut self, to: u64) -> io::Result<()> {
        if self.file_pos != to {
            self.file.seek(io::SeekFrom::Start(to))?;
            self.file_pos = to;
        }
        Ok(())
    }

    /// A small read outside the current block (the parser's first pass over the chunk
    /// headers) goes straight to the file: reading a whole block for it would read the file
    /// twice over.
    fn read_direct(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.seek_file(self.pos)?;
        let mut done = 0;
        while done < buf.len() {
            match self.file.read(&mut buf[done..]) {
                Ok(0) => break,
                Ok(n) => done += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.file_pos += done as u64;
        self.pos += done as u64;
        Ok(done)
    }
}

impl Read for PrefixHasher {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(io::Error::new(io::ErrorKind::Interrupted, CANCELLED));
        }
        // Like a file, a read is served in full unless the file ends: a chunk that straddles
        // two blocks is read in one call (the parser may not ask twice).
        let end = self.block_at + self.block.len() as u64;
        if buf.len() < 16 << 10 && (self.pos < self.block_at || self.pos >= end) {
            return self.read_direct(buf);
        }
        let mut done = 0;
        while done < buf.len() {
            let end = self.block_at + self.block.len() as u64;
            if self.pos < self.block_at || self.pos >= end {
                self.refill()?;
                if self.block.is_empty() {
                    break;
                }
            }
            let off = (self.pos - self.block_at) as usize;
            let n = (buf.len() - done).min(self.block.len() - off);
            buf[done..done + n].copy_from_slice(&self.block[off..off + n]);
            self.pos += n as u64;
            done += n;
        }
        Ok(done)
    }
}

impl Seek for PrefixHasher {
    fn seek(&mut self, to: io::SeekFrom) -> io::Result<u64> {
        let target = match to {
            io::SeekFrom::Start(p) => Some(p),
            io::SeekFrom::Current(d) => self.pos.checked_add_signed(d),
            io::SeekFrom::End(d) => self.file.metadata()?.len().checked_add_signed(d),
        };
        self.pos = target.ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "seek before the start of the file",
            )
        })?;
        Ok(self.pos)
    }
}

impl Drop for PrefixHasher {
    fn drop(&mut self) {
        self.hand_over();
    }
}

fn read_evtx_file(
    path: &Path,
    display: &str,
    reason: String,
    cancel: &AtomicBool,
    out: &mut Vec<Read1>,
) -> Result<(), Cancelled> {
    let mut result = FileResult::default();
    let hashed = Arc::new(AtomicU64::new(0));
    // The parser needs an owned ('static) reader: it gets its own cancel flag, mirrored below.
    let own_cancel = Arc::new(AtomicBool::new(cancel.load(Ordering::Relaxed)));
    let (tx, back, hashing) = hash_thread(8);
    let opened = File::open(path).map(|file| PrefixHasher {
        file,
        pos: 0,
        block: Vec::new(),
        block_at: 0,
        file_pos: 0,
        hashed: hashed.clone(),
        to_hasher: tx,
        back: std::sync::Mutex::new(back),
        cancel: own_cancel.clone(),
    });
    let hasher = {
        let done = AtomicBool::new(false);
        match opened {
            Ok(reader) => std::thread::scope(|s2| {
                s2.spawn(|| {
                    while !done.load(Ordering::Relaxed) {
                        if cancel.load(Ordering::Relaxed) {
                            own_cancel.store(true, Ordering::Relaxed);
                            return;
                        }
                        std::thread::sleep(std::time::Duration::from_millis(20));
                    }
                });
                // The reader (and its sender) is dropped when the parser is done with it,
                // which ends the hashing thread's loop.
                crate::events::scan_evtx_reader(reader, &mut result);
                done.store(true, Ordering::Relaxed);
            }),
            Err(e) => result.problem(Place::default(), format!("cannot open: {e}")),
        }
        hashing.join().expect("hash thread")
    };
    if cancel.load(Ordering::Relaxed) {
        return Err(Cancelled);
    }
    let hashed = hashed.load(Ordering::Relaxed);
    // The rest of the file the parser did not read in order (or at all).
    let rest = File::open(path).and_then(|mut f| {
        f.seek(io::SeekFrom::Start(hashed))?;
        let mut h = Hashing {
            inner: f,
            hasher: HashSink::Inline(hasher),
            bytes: 0,
            cancel,
        };
        io::copy(&mut h, &mut io::sink())?;
        Ok(h)
    });
    let (sha, size) = match rest {
        Ok(h) => (h.hasher.finalize(), hashed + h.bytes),
        Err(e) if is_cancel(&e) => return Err(Cancelled),
        Err(e) => {
            result.problem(
                Place {
                    offset: Some(hashed),
                    ..Place::default()
                },
                format!("read error while hashing: {e}"),
            );
            (String::new(), hashed)
        }
    };
    out.push(Read1 {
        input: input(display, InputKind::Evtx, sha, size, &result, Some(reason)),
        result,
    });
    Ok(())
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
                format!("archive member larger than {} MiB cannot be opened inside a zip; extract it and add it directly", MAX_IN_MEMORY >> 20),
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
                format!("read error: {e}"),
            );
            None
        }
    }
}

fn finish<R: Read>(
    mut h: Hashing<'_, R>,
    display: &str,
    kind: InputKind,
    reason: String,
    result: FileResult,
    out: &mut Vec<Read1>,
) -> Result<(), Cancelled> {
    // Whatever the parser did not consume still counts towards the hash and size.
    if let Err(e) = io::copy(&mut h, &mut io::sink()) {
        if is_cancel(&e) {
            return Err(Cancelled);
        }
    }
    let sha = h.hasher.finalize();
    out.push(Read1 {
        input: input(display, kind, sha, h.bytes, &result, Some(reason)),
        result,
    });
    Ok(())
}

fn read_zip<R: Read + Seek + Send>(
    mut r: R,
    display: &str,
    depth: usize,
    cancel: &AtomicBool,
    result: &mut FileResult,
    members: &mut Vec<Read1>,
) -> io::Result<()> {
    let mut zip = match zip::ZipArchive::new(&mut r) {
        Ok(z) => z,
        Err(e) => {
            // No readable central directory (a zip cut off by a copy or a download): read the
            // members that are there from their local headers, in order, until the damage.
            result.problem(
                Place::default(),
                format!("damaged zip archive ({e}); members were read from their local headers up to the damage, so the list may be incomplete"),
            );
            r.seek(io::SeekFrom::Start(0))?;
            let mut i = 0;
            loop {
                match zip::read::read_zipfile_from_stream(&mut r) {
                    Ok(Some(mut entry)) => {
                        read_member(&mut entry, i, display, depth, cancel, result, members)?;
                        i += 1;
                    }
                    Ok(None) => break,
                    Err(e) => {
                        result.problem(
                            at_record(i),
                            format!(
                                "zip member {} unreadable: {e}; nothing after it was read",
                                i + 1
                            ),
                        );
                        break;
                    }
                }
            }
            return Ok(());
        }
    };
    for i in 0..zip.len() {
        let mut entry = match zip.by_index(i) {
            Ok(e) => e,
            Err(e) => {
                result.problem(
                    at_record(i),
                    format!("zip member {} unreadable: {e}", i + 1),
                );
                continue;
            }
        };
        read_member(&mut entry, i, display, depth, cancel, result, members)?;
    }
    Ok(())
}

/// One zip member (number `i`, 0-based): counted, and read like any other stream within the
/// archive's limits.
fn read_member<R: Read + Send>(
    entry: &mut zip::read::ZipFile<'_, R>,
    i: usize,
    display: &str,
    depth: usize,
    cancel: &AtomicBool,
    result: &mut FileResult,
    members: &mut Vec<Read1>,
) -> io::Result<()> {
    if entry.is_dir() {
        return Ok(());
    }
    result.records += 1;
    // Member names are shown, never used as paths on disk: `..\` and absolute names are harmless.
    let name = entry.name().replace('\\', "/");
    let member_display = format!("{display}!/{name}");
    if depth >= MAX_ZIP_DEPTH {
        result.problem(
            at_record(i),
            format!("{name}: archives nested deeper than {MAX_ZIP_DEPTH} levels are not opened"),
        );
        return Ok(());
    }
    if EXPANDED.get() >= MAX_ARCHIVE_EXPANSION {
        result.problem(
            at_record(i),
            format!(
                "{name}: not read: more than {} GiB were already expanded from this evidence file's archives",
                MAX_ARCHIVE_EXPANSION >> 30
            ),
        );
        return Ok(());
    }
    let size = entry.size();
    let compressed = entry.compressed_size();
    let limit = MAX_MEMBER_BYTES
        .min(BOMB_FLOOR.max(compressed.saturating_mul(MAX_EXPANSION_RATIO)))
        .min(MAX_ARCHIVE_EXPANSION - EXPANDED.get());
    let modified = entry
        .last_modified()
        .filter(|d| d.year() > 1980)
        .map(|d| (i32::from(d.year()), u32::from(d.month())));
    let mut limited = (&mut *entry).take(limit);
    let info = StreamInfo {
        display: &member_display,
        disk_path: None,
        size_hint: size,
        modified,
        depth: depth + 1,
    };
    match read_stream(&mut limited, &info, cancel, members) {
        Ok(()) => {}
        Err(Cancelled) => return Err(io::Error::new(io::ErrorKind::Interrupted, CANCELLED)),
    }
    let read = limit - limited.limit();
    EXPANDED.set(EXPANDED.get() + read);
    if limited.limit() == 0 && size > read {
        let why =
            if limit < MAX_MEMBER_BYTES && size > compressed.saturating_mul(MAX_EXPANSION_RATIO) {
                format!(
                    "expands to {} MiB from {} KiB, more than {MAX_EXPANSION_RATIO}× (a zip bomb?)",
                    size >> 20,
                    compressed >> 10
                )
            } else {
                format!("has {} MiB", size >> 20)
            };
        result.problem(
            at_record(i),
            format!("{name}: {why}; only the first {} MiB were read", read >> 20),
        );
    }
    Ok(())
}
