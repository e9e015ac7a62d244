//! EVTX files on disk: read in aligned 1 MiB blocks that the parser uses and a hashing thread
//! hashes, without copying, so the file is read once.

use super::hashing::{hash_thread, CANCELLED};
use super::*;

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
        let mut next = recycled.unwrap_or_default();
        // Read into the block's bytes as they are (zeroed once, when the block is new): a
        // `read_to_end` would zero its spare room before every read, a memset of the whole
        // file over again.
        next.resize(PREFIX_BLOCK as usize, 0);
        // Blocks are aligned, so consecutive ones extend the hashed prefix.
        let at = self.pos - self.pos % PREFIX_BLOCK;
        self.seek_file(at)?;
        let n = read_full(&mut self.file, &mut next)?;
        next.truncate(n);
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
        let done = read_full(&mut self.file, buf)?;
        self.file_pos += done as u64;
        self.pos += done as u64;
        Ok(done)
    }
}

/// Reads until `buf` is full or the file ends: how much was read.
fn read_full(file: &mut File, buf: &mut [u8]) -> io::Result<usize> {
    let mut done = 0;
    while done < buf.len() {
        match file.read(&mut buf[done..]) {
            Ok(0) => break,
            Ok(n) => done += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(done)
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

pub(super) fn read_evtx_file(
    path: &Path,
    display: &str,
    reason: crate::collect::Note,
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
                let watcher = s2.spawn(|| {
                    while !done.load(Ordering::Relaxed) {
                        if cancel.load(Ordering::Relaxed) {
                            own_cancel.store(true, Ordering::Relaxed);
                            return;
                        }
                        std::thread::park_timeout(std::time::Duration::from_millis(20));
                    }
                });
                // The reader (and its sender) is dropped when the parser is done with it,
                // which ends the hashing thread's loop.
                crate::events::scan_evtx_reader(reader, &mut result);
                done.store(true, Ordering::Relaxed);
                // Woken now rather than at its next look: the scan ended up to 20 ms later
                // than it was done.
                watcher.thread().unpark();
            }),
            Err(e) => result.problem(
                Place::default(),
                crate::collect::Note::new("problem-cannot-open", "cannot open: {detail}")
                    .arg("detail", e.to_string()),
            ),
        }
        hashing.join().expect("hash thread")
    };
    if cancel.load(Ordering::Relaxed) {
        return Err(Cancelled);
    }
    let hashed = hashed.load(Ordering::Relaxed);
    let (sha, size) = hash_rest(path, hashed, hasher, cancel, &mut result)?;
    result.notes.insert(0, reason);
    out.push(Read1 {
        input: input(display, InputKind::Evtx, sha, size, &result),
        result,
    });
    Ok(())
}

/// Hashes the rest of the file, which the parser did not read in order (or at all), from
/// `hashed` on: the file's digest and size. A read error is reported; the digest is then empty.
fn hash_rest(
    path: &Path,
    hashed: u64,
    hasher: Sha256,
    cancel: &AtomicBool,
    result: &mut FileResult,
) -> Result<(String, u64), Cancelled> {
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
    match rest {
        Ok(h) => Ok((h.hasher.finalize(), hashed + h.bytes)),
        Err(e) if is_cancel(&e) => Err(Cancelled),
        Err(e) => {
            result.problem(
                Place {
                    offset: Some(hashed),
                    ..Place::default()
                },
                crate::collect::Note::new(
                    "problem-hash-read-error",
                    "read error while hashing: {detail}",
                )
                .arg("detail", e.to_string()),
            );
            Ok((String::new(), hashed))
        }
    }
}
