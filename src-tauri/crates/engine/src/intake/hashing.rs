//! The hashing readers: every byte the parsers read is hashed (inline, or on a thread of its
//! own for large files) and counted; cancellation and read errors end a stream cleanly.

use super::*;

/// Where a file's bytes are hashed: inline, or on a thread of its own for large files so the
/// hash does not sit on the parser's read path.
pub(super) enum HashSink {
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
pub(super) fn hash_thread(
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
    pub(super) fn new(off_thread: bool) -> HashSink {
        if !off_thread {
            return HashSink::Inline(Sha256::new());
        }
        let (tx, back, handle) = hash_thread(32);
        HashSink::Thread { tx, back, handle }
    }

    pub(super) fn update(&mut self, data: &[u8]) {
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

    pub(super) fn finalize(self) -> String {
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
pub(super) struct Hashing<'c, R> {
    pub(super) inner: R,
    pub(super) hasher: HashSink,
    pub(super) bytes: u64,
    pub(super) cancel: &'c AtomicBool,
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
pub(super) const HASH_OFF_THREAD: u64 = 4 << 20;

pub(super) const CANCELLED: &str = "assessment cancelled";

pub(super) fn is_cancel(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::Interrupted && e.to_string() == CANCELLED
}

/// Ends the stream at the first read error (kept in `error`) instead of failing, so a parser
/// finishes with what it has; cancellation still fails.
pub(super) struct StopOnError<R> {
    pub(super) inner: R,
    pub(super) error: Option<io::Error>,
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
