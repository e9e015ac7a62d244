//! The `<event>` record scan. The calling thread reads the stream and cuts it into pieces of
//! whole records (about 1 MiB, cut where a record starts); a helper thread scans pieces, and
//! the reader scans one itself whenever [`AHEAD`] are waiting, so both cores stay busy.
//! Results are merged in order, so the outcome is that of one pass (same records, lines,
//! samples and caps), whatever the timing or the read sizes. How one piece is scanned is in
//! [`piece`].

use std::collections::{BTreeMap, VecDeque};
use std::io::Read;
use std::sync::{Condvar, Mutex};

use memchr::memmem;

use super::{is_binary, is_event_start, MAX_RECORD};
use crate::collect::{at_line, FileResult};

mod piece;

use piece::{scan_piece, searchers, Scratch};

/// Bytes read for a piece, besides the partial record carried over from the one before.
const PIECE: usize = 1 << 20;
/// Pieces read ahead before the reader scans one itself.
const AHEAD: usize = 3;
/// `<event` and the byte after it, which tells a start tag from `<events`.
pub(super) const START_LEN: usize = 7;
pub(super) const END_TAG: &[u8] = b"</event>";

/// Binary bytes outside any record, and the line of the first such gap.
#[derive(Default)]
pub(super) struct Garbage {
    bytes: u64,
    line: Option<u64>,
}

impl Garbage {
    pub(super) fn add(&mut self, bytes: u64, line: impl FnOnce() -> u64) {
        self.bytes += bytes;
        if self.line.is_none() {
            self.line = Some(line());
        }
    }
}

/// What a piece yields, with lines counted from 1 and records from 0 at its start.
#[derive(Default)]
pub(super) struct Part {
    result: FileResult,
    newlines: u64,
    garbage: Garbage,
}

/// A piece of the stream to scan.
struct Piece {
    seq: usize,
    buf: Vec<u8>,
    len: usize,
    /// The piece ends the stream (otherwise the next piece starts with a record).
    last: bool,
}

/// Reads until `buf[..*valid]` holds `target` bytes or the stream ends (true). The buffer grows
/// as needed from 64 KiB, so a small file does not cost a whole piece of zeroed memory.
fn fill(
    reader: &mut impl Read,
    buf: &mut Vec<u8>,
    valid: &mut usize,
    target: usize,
) -> std::io::Result<bool> {
    while *valid < target {
        if *valid == buf.len() {
            let want = (buf.len() * 2).clamp(64 << 10, target.max(64 << 10));
            buf.resize(want, 0);
        }
        let end = buf.len().min(target);
        match reader.read(&mut buf[*valid..end])? {
            0 => return Ok(true),
            n => *valid += n,
        }
    }
    Ok(false)
}

/// Where to cut: the last record start after the first byte whose telling byte is there.
fn cut(data: &[u8]) -> Option<usize> {
    let mut upto = data.len();
    while let Some(at) = memmem::rfind(&data[1.min(upto)..upto], b"<event").map(|p| p + 1) {
        if at + START_LEN <= data.len() && is_event_start(&data[at..], false) {
            return Some(at);
        }
        upto = at;
    }
    None
}

/// Passes over a region in which no record starts for more than [`MAX_RECORD`] bytes: an
/// oversized record, or (at the start of a stream) something that is not records. Its lines
/// are counted and it is reported; the bytes from the next record start on are left at the
/// front of `buf`. True when the stream ended.
fn skip_region(
    reader: &mut impl Read,
    buf: &mut Vec<u8>,
    valid: &mut usize,
) -> std::io::Result<(Part, bool)> {
    let s = searchers();
    let is_record = buf[..*valid].starts_with(b"<event") && is_event_start(&buf[..*valid], true);
    let mut part = Part::default();
    let mut saw_end = false;
    let mut eof = false;
    let found = loop {
        let data = &buf[..*valid];
        let found = s
            .start
            .find_iter(&data[1.min(data.len())..])
            .map(|p| p + 1)
            .find(|&p| is_event_start(&data[p..], eof));
        let upto = match found {
            Some(p) => p,
            None if eof => data.len(),
            None => data.len() - START_LEN,
        };
        let region = &data[..upto];
        part.newlines += memchr::memchr_iter(b'\n', region).count() as u64;
        saw_end |= s.end.find(&data[..found.unwrap_or(data.len())]).is_some();
        if !is_record && is_binary(region) {
            part.garbage.add(region.len() as u64, || 1);
        }
        if found.is_some() || eof {
            break found;
        }
        buf.copy_within(upto..*valid, 0);
        *valid -= upto;
        eof = fill(reader, buf, valid, PIECE)?;
    };
    match found {
        Some(p) => {
            buf.copy_within(p..*valid, 0);
            *valid -= p;
        }
        None => *valid = 0,
    }
    if is_record {
        let big = MAX_RECORD >> 20;
        let message = if saw_end {
            crate::collect::Note::new("problem-record-too-large", "record larger than {mib} MiB; skipped")
        } else if found.is_some() {
            crate::collect::Note::new("problem-record-too-large-unterminated-next", "record larger than {mib} MiB and not terminated (no </event> before the next <event>); skipped")
        } else {
            crate::collect::Note::new("problem-record-too-large-unterminated", "record larger than {mib} MiB and not terminated; skipped")
        }
        .arg("mib", big);
        part.result.problem(at_line(1), message);
    }
    Ok((part, eof))
}

/// Puts parts together in order, into the input's result.
struct Merge<'o> {
    out: &'o mut FileResult,
    line: u64,
    records: u64,
    next: usize,
    waiting: BTreeMap<usize, Part>,
    garbage: Garbage,
    /// Buffers of scanned pieces, for reuse (fresh ones cost page faults).
    spare: Vec<Vec<u8>>,
}

impl Merge<'_> {
    fn add(&mut self, seq: usize, part: Part) {
        self.waiting.insert(seq, part);
        while let Some(p) = self.waiting.remove(&self.next) {
            if let Some(line) = p.garbage.line {
                self.garbage.add(p.garbage.bytes, || line + self.line - 1);
            }
            let records = p.result.records;
            self.out.absorb(p.result, self.line, self.records);
            self.records += records;
            self.line += p.newlines;
            self.next += 1;
        }
    }

    /// Reports the binary bytes found outside records, at the first place.
    fn finish(self) {
        if let (n, Some(line)) = (self.garbage.bytes, self.garbage.line) {
            self.out.problem(
                at_line(line),
                crate::collect::Note::new("problem-binary-outside-records", "{n} bytes of binary data outside any <event> record (damage?), the first here; skipped").arg("n", n),
            );
        }
    }
}

/// The reading side (on the calling thread only: the reader need not be `Send`).
struct Reading<R> {
    reader: R,
    /// The bytes read past the last piece handed out (they start with a record start).
    buf: Vec<u8>,
    valid: usize,
    seq: usize,
    done: bool,
    error: Option<std::io::Error>,
}

/// What the reader takes from the stream.
enum Take {
    Piece(Piece),
    /// A region passed over while reading, already accounted for.
    Done(usize, Box<Part>),
    End,
}

impl<R: Read> Reading<R> {
    /// The next piece; `spare` is a buffer to carry the rest over in.
    fn take(&mut self, spare: Option<Vec<u8>>) -> Take {
        if self.done {
            return Take::End;
        }
        match self.next_piece(spare) {
            Ok(t) => t,
            Err(e) => {
                self.done = true;
                self.error = Some(e);
                Take::End
            }
        }
    }

    fn next_piece(&mut self, spare: Option<Vec<u8>>) -> std::io::Result<Take> {
        loop {
            let target = self.valid + PIECE;
            let eof = fill(&mut self.reader, &mut self.buf, &mut self.valid, target)?;
            let end = match (eof, cut(&self.buf[..self.valid])) {
                (true, _) => self.valid,
                (false, Some(c)) => c,
                (false, None) if self.valid > MAX_RECORD + PIECE => {
                    let (part, ended) =
                        skip_region(&mut self.reader, &mut self.buf, &mut self.valid)?;
                    self.done = ended && self.valid == 0;
                    self.seq += 1;
                    return Ok(Take::Done(self.seq - 1, Box::new(part)));
                }
                (false, None) => continue,
            };
            let mut next = spare.unwrap_or_default();
            let rest = self.valid - end;
            if next.len() < rest + PIECE {
                next.resize(rest + PIECE, 0);
            }
            next[..rest].copy_from_slice(&self.buf[end..self.valid]);
            let buf = std::mem::replace(&mut self.buf, next);
            self.valid = rest;
            self.done = eof;
            self.seq += 1;
            return Ok(Take::Piece(Piece {
                seq: self.seq - 1,
                buf,
                len: end,
                last: eof,
            }));
        }
    }
}

/// Pieces read and not yet scanned.
#[derive(Default)]
struct Queue {
    pieces: VecDeque<Piece>,
    /// Set when nothing more will be queued.
    closed: bool,
}

/// The helper thread: scans queued pieces until the queue is closed and empty.
fn serve(queue: &Mutex<Queue>, ready: &Condvar, scan: &impl Fn(Piece, &mut Scratch)) {
    let mut sc = Scratch::default();
    loop {
        let mut q = queue.lock().expect("queue");
        while q.pieces.is_empty() && !q.closed {
            q = ready.wait(q).expect("queue");
        }
        let Some(piece) = q.pieces.pop_front() else {
            break;
        };
        drop(q);
        scan(piece, &mut sc);
    }
}

/// Scans `<event>` records (see the module's description). Memory is bounded by a few pieces
/// and one record of at most [`MAX_RECORD`] bytes.
pub fn scan_records(reader: impl Read, out: &mut FileResult) -> std::io::Result<()> {
    let modified = out.modified;
    let mut reading = Reading {
        reader,
        buf: vec![],
        valid: 0,
        seq: 0,
        done: false,
        error: None,
    };
    let merge = Mutex::new(Merge {
        out,
        line: 1,
        records: 0,
        next: 0,
        waiting: BTreeMap::new(),
        garbage: Garbage::default(),
        spare: vec![],
    });
    let queue = Mutex::new(Queue::default());
    let ready = Condvar::new();
    let scan = |piece: Piece, sc: &mut Scratch| {
        let part = scan_piece(&piece.buf[..piece.len], piece.last, modified, sc);
        let mut m = merge.lock().expect("merge");
        m.add(piece.seq, part);
        m.spare.push(piece.buf);
    };
    std::thread::scope(|threads| {
        let mut sc = Scratch::default();
        let mut helper = false;
        loop {
            let waiting = queue.lock().expect("queue").pieces.len();
            if waiting < AHEAD && !reading.done {
                let spare = merge.lock().expect("merge").spare.pop();
                match reading.take(spare) {
                    // A stream of one piece is scanned here, without a thread.
                    Take::Piece(piece) if piece.last && !helper => scan(piece, &mut sc),
                    Take::Piece(piece) => {
                        if !helper {
                            helper = true;
                            threads.spawn(|| serve(&queue, &ready, &scan));
                        }
                        queue.lock().expect("queue").pieces.push_back(piece);
                        ready.notify_one();
                    }
                    Take::Done(seq, part) => merge.lock().expect("merge").add(seq, *part),
                    Take::End => {}
                }
                continue;
            }
            let piece = queue.lock().expect("queue").pieces.pop_front();
            match piece {
                Some(piece) => scan(piece, &mut sc),
                None if reading.done => break,
                None => {}
            }
        }
        queue.lock().expect("queue").closed = true;
        ready.notify_all();
    });
    merge.into_inner().expect("merge").finish();
    match reading.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nslog::record;

    /// The same records, read the plain way: every `<event` start, each record up to the last
    /// `</event>` before the next, every record taken apart and searched on its own.
    fn reference(data: &[u8]) -> FileResult {
        let s = searchers();
        let mut out = FileResult::default();
        let starts: Vec<usize> = s
            .start
            .find_iter(data)
            .filter(|&at| is_event_start(&data[at..], true))
            .collect();
        let line_at = |p: usize| 1 + memchr::memchr_iter(b'\n', &data[..p]).count() as u64;
        let mut garbage: (u64, Option<u64>) = (0, None);
        let mut gap = |from: usize, to: usize| {
            if from < to && is_binary(&data[from..to]) {
                garbage.0 += (to - from) as u64;
                garbage.1.get_or_insert(line_at(from));
            }
        };
        gap(0, starts.first().copied().unwrap_or(data.len()));
        for (i, &at) in starts.iter().enumerate() {
            let next = starts.get(i + 1).copied().unwrap_or(data.len());
            let end = s.end_rev.rfind(&data[at + 6..next]).map(|e| at + 6 + e + 8);
            match end {
                Some(stop) => {
                    record(&data[at..stop], line_at(at), None, &mut out);
                    gap(stop, next);
                }
                None if i + 1 < starts.len() => out.problem(
                    at_line(line_at(at)),
                    crate::collect::Note::new(
                        "problem-record-not-terminated",
                        "record is not terminated (no </event> before the next <event>); skipped",
                    ),
                ),
                None => out.problem(
                    at_line(line_at(at)),
                    crate::collect::Note::new(
                        "problem-record-truncated",
                        "file ends inside a record (truncated: no </event>); skipped",
                    ),
                ),
            }
        }
        if let (n, Some(line)) = garbage {
            out.problem(
                at_line(line),
                crate::collect::Note::new("problem-binary-outside-records", "{n} bytes of binary data outside any <event> record (damage?), the first here; skipped").arg("n", n),
            );
        }
        out
    }

    /// A log of varied, partly damaged records (about `mib` MiB), deterministic.
    fn varied_log(mib: usize) -> Vec<u8> {
        let bodies = [
            "Failed to access \\\\PS01\\PkgSvrHost\\{pkg}: Logon failure: unknown user name or bad password. (0x8007052E)",
            "Download failed: THE REFERENCED ACCOUNT IS CURRENTLY LOCKED OUT and may not be logged on to.",
            "GET https://smp01.corp.example/Altiris/NS/Agent/GetPackageInfo.aspx returned HTTP status 401",
            "Snapshot is up to date, nothing to do.",
            "Access Token configuration loaded; aCcOuNt LoCkEd OuT earlier; FallBack to ACC disabled",
            "quoted xml: <event x='1'/> and </event> text and & and <![CDATA[nested",
            "Copied from //files02/share/dir/file.msi to C:\\Temp",
            "Error 1909 on \\\\ps03\\Deploy$",
        ];
        let mut log = Vec::new();
        let mut i = 0u64;
        while log.len() < mib << 20 {
            let body = bodies[(i * 7 % 8) as usize].replace("{pkg}", &format!("{i:x}"));
            let pad = "y".repeat((i as usize * 131) % 700);
            let rec = match i % 97 {
                13 => format!("<event date='May 16 11:51:{:02}' hostName='PS{:02}'><![CDATA[{body} no end here\n", i % 60, i % 9),
                29 => format!("<event source='SiteServerAction' hostName='SMP01'>\n  <![CDATA[ACC refreshed {pad}]]></event>\n\u{1}\u{2}\u{0}junk\r\n"),
                // A `>` inside a quoted attribute: the tag goes on (phrases there do not count).
                53 => format!("<event module='a>b access is denied' source='SiteServerAction' hostName=\"PS{:02}\">{body}</event>\n", i % 9),
                59 => "<event source='siteserveraction' hostName='x>y'>Account locked out</event>\n".to_string(),
                // A phrase, then a path, right after the start tag: the first byte of the text.
                71 => format!("<event hostName='PS{:02}'>Error 1909 at once</event>\n<event hostName='PS01'>\\\\ps04\\Pkgs$\\{i:x}</event>\n", i % 9),
                41 => format!("<events not='a record'/>\n<event hostName=\"h{i}\" date=\"04/16/2025 07:34:{:02}.1223067 -04:00\">{body}</event>   \n", i % 60),
                _ => format!("<event date=\"04/16/2025 07:{:02}:{:02}.1223067 -04:00\" hostName=\"SMP{:02}\" source='Pkg' >\r\n<![CDATA[{body} {pad}]]></event>\r\n", i / 60 % 60, i % 60, i % 5),
            };
            log.extend_from_slice(rec.as_bytes());
            i += 1;
        }
        log.extend_from_slice(b"<event hostName='last'><![CDATA[Account locked out, cut off");
        log
    }

    fn same(a: &FileResult, b: &FileResult) {
        assert_eq!((a.records, a.errors), (b.records, b.errors));
        assert_eq!(a.problems, b.problems);
        assert_eq!(a.signals, b.signals);
        assert_eq!(a.sightings, b.sightings);
    }

    /// Pieces cut wherever reads happen to end, scanned on two workers and merged: the same
    /// result as the plain reading, for every way of reading the stream.
    #[test]
    fn pieces_merge_to_the_plain_reading() {
        let log = varied_log(5);
        let want = reference(&log);
        assert!(
            want.records > 10_000 && want.errors > 100,
            "{}",
            want.records
        );
        assert_eq!(want.signals.len(), 6, "{:?}", want.signals.keys());
        for chunk in [4096, 65_536, 1 << 20, log.len()] {
            let mut got = FileResult::default();
            scan_records(std::io::BufReader::with_capacity(chunk, &log[..]), &mut got).unwrap();
            same(&got, &want);
        }
    }

    /// A record that no piece can hold is passed over with its lines counted; what follows keeps
    /// its lines.
    #[test]
    fn a_region_longer_than_any_piece_keeps_the_lines_after_it() {
        let mut log =
            b"<event hostName='a'><![CDATA[ok]]></event>\n<event hostName='big'>".to_vec();
        let line = "z".repeat(1023) + "\n";
        for _ in 0..(MAX_RECORD >> 10) + 2048 {
            log.extend_from_slice(line.as_bytes());
        }
        let big_lines = (MAX_RECORD >> 10) + 2048;
        log.extend_from_slice(b"\n<event hostName='b'><![CDATA[Account locked out]]></event>\n");
        let mut out = FileResult::default();
        scan_records(&log[..], &mut out).unwrap();
        assert_eq!(out.records, 2);
        assert_eq!(out.problems.len(), 1);
        assert_eq!(out.problems[0].0.line, Some(2));
        assert!(
            out.problems[0]
                .1
                .english()
                .contains("not terminated (no </event> before the next <event>)"),
            "{}",
            out.problems[0].1.english()
        );
        let sample = out.signals["account-locked-out"].samples[0].0;
        assert_eq!(sample, 2 + big_lines as u64 + 1);
    }

    #[test]
    fn phrases_are_found_in_any_case_and_only_in_the_body() {
        let log = "<event hostName='FallBack'><![CDATA[nothing]]></event>\n<event hostName='x'><![CDATA[LOGON FAILURE: Unknown User Name or Bad Password]]></event>\n";
        let mut out = FileResult::default();
        scan_records(log.as_bytes(), &mut out).unwrap();
        assert_eq!(out.records, 2);
        assert!(!out.signals.contains_key("acc-fallback"));
        assert_eq!(out.signals["logon-failure"].samples[0].0, 2);
    }
}
