//! One piece of the record scan, in passes: the record starts (memmem for `<event`); the
//! framing of each record (its `</event>`, its start tag up to the first `>`, the gap after it,
//! lines counted on the way), which copies the text after the start tag case-folded into one
//! buffer; that buffer searched for every signal phrase at once (Teddy, the SIMD
//! multi-substring search) and for `//` (the fold turns `\` into `/`, so UNC paths match too);
//! and the piece searched for `SiteServerAction`. Start tags (most of a record's bytes) are not
//! searched for phrases: only bodies count. Only a record in which a phrase, `SiteServerAction`
//! or a path occurs is taken apart ([`super::super::record`], with the phrases already found):
//! in the others the full parse would find nothing.

use std::sync::OnceLock;

use aho_corasick::packed;
use memchr::memmem;

use super::super::{is_binary, is_event_start, record, Found, MAX_RECORD};
use super::{Garbage, Part, END_TAG, START_LEN};
use crate::collect::{at_line, FileResult};

pub(super) struct Searchers {
    pub(super) start: memmem::Finder<'static>,
    pub(super) end: memmem::Finder<'static>,
    pub(super) end_rev: memmem::FinderRev<'static>,
    slashes: memmem::Finder<'static>,
    /// `SiteServerAction`, as the agent writes it, over the text as it is.
    site_server_action: memmem::Finder<'static>,
    /// Every signal phrase, lower case, over case-folded text.
    phrases: packed::Searcher,
}

pub(super) fn searchers() -> &'static Searchers {
    static S: OnceLock<Searchers> = OnceLock::new();
    S.get_or_init(|| {
        let mut phrases = packed::Config::new()
            .match_kind(packed::MatchKind::LeftmostFirst)
            .builder();
        for (_, p) in super::super::phrases() {
            phrases.add(p);
        }
        Searchers {
            start: memmem::Finder::new(b"<event"),
            end: memmem::Finder::new(END_TAG),
            end_rev: memmem::FinderRev::new(END_TAG),
            slashes: memmem::Finder::new(b"//"),
            site_server_action: memmem::Finder::new(super::super::SITE_SERVER_SOURCE),
            phrases: phrases.build().expect("a few dozen phrases fit Teddy"),
        }
    })
}

/// Writes `src` into `dst` from `at` in ASCII lower case, with `\` as `/` so that one search
/// for `//` finds both UNC paths and URLs. `dst` is long enough.
fn fold_into(src: &[u8], dst: &mut [u8], at: usize) {
    for (d, &b) in dst[at..at + src.len()].iter_mut().zip(src) {
        let upper = b.wrapping_sub(b'A') < 26;
        let folded = b | ((upper as u8) << 5);
        *d = if b == b'\\' { b'/' } else { folded };
    }
}

/// Newlines in `b` (counted in byte-wide lanes, 255 bytes at a time, which vectorises).
fn newlines(b: &[u8]) -> u64 {
    b.chunks(255)
        .map(|c| c.iter().fold(0u8, |n, &x| n + (x == b'\n') as u8) as u64)
        .sum()
}

/// A whole record of a piece: where it starts and ends, its line, and where its text after
/// the start tag's first `>` (from `body`) is in the folded copy (from `low`).
struct Frame {
    at: usize,
    stop: usize,
    body: usize,
    low: usize,
    line: u64,
}

/// A scanning thread's buffers, kept from piece to piece.
#[derive(Default)]
pub(super) struct Scratch {
    low: Vec<u8>,
    starts: Vec<usize>,
    frames: Vec<Frame>,
    phrases: Vec<Found>,
    /// Which frames need taking apart.
    busy: Vec<bool>,
    found: Vec<Found>,
    /// Locations the last piece kept (room is made for as many in the next).
    sightings: usize,
}

/// Scans one piece: every record that starts in it (it ends where the next piece's first
/// record starts, or at the end of the stream when `last`).
// Kept whole: it is the scan's hot loop. Cut into frame / mark / take-apart functions it
// measured about 20 % slower (nslog benchmark, 128 MiB, 2 interleaved runs: 90–95 ms against
// 72–77 ms), so its passes are marked by comments instead.
pub(super) fn scan_piece(
    data: &[u8],
    last: bool,
    modified: Option<(i32, u32)>,
    sc: &mut Scratch,
) -> Part {
    let s = searchers();
    let mut result = FileResult {
        modified,
        ..FileResult::default()
    };
    result.reserve_sightings(sc.sightings);
    let mut garbage = Garbage::default();
    sc.starts.clear();
    sc.starts.extend(
        s.start
            .find_iter(data)
            .filter(|&at| is_event_start(&data[at..], true)),
    );
    // Each record framed and its line counted; the text after its start tag's first `>` (its
    // body, or more when an attribute holds a `>`) folded into one copy, records apart by a
    // NUL that no phrase or path holds. Start tags are not searched for phrases: only bodies
    // count. Each byte of the piece is looked at here once (start tag, folded text, gap after
    // the record), while it is in cache.
    // `low` only grows (no pass zeroes it); the bodies and a NUL each take at most the piece.
    if sc.low.len() < data.len() {
        sc.low.resize(data.len(), 0);
    }
    let mut low = 0;
    let mut line = 1;
    // Bytes between records: binary ones are damage; lines go on.
    let mut gap = |gap: &[u8], line: &mut u64| {
        if !gap.is_empty() && is_binary(gap) {
            garbage.add(gap.len() as u64, || *line);
        }
        *line += newlines(gap);
    };
    // Whatever comes before the first record (only the stream's first piece can have any).
    let first = sc.starts.first().copied().unwrap_or(data.len());
    gap(&data[..first], &mut line);
    sc.frames.clear();
    for (i, &at) in sc.starts.iter().enumerate() {
        let rec = &data[at..sc.starts.get(i + 1).copied().unwrap_or(data.len())];
        let start = line;
        // The record ends at the last `</event>` before the next record: in a well-formed
        // log, right before it (only whitespace between).
        let trimmed = rec.trim_ascii_end().len();
        let end = if trimmed >= START_LEN - 1 + END_TAG.len() && rec[..trimmed].ends_with(END_TAG) {
            Some(trimmed)
        } else {
            s.end_rev
                .rfind(&rec[START_LEN - 1..])
                .map(|e| START_LEN - 1 + e + END_TAG.len())
        };
        match end {
            None => {
                line += newlines(rec);
                let last = i + 1 == sc.starts.len() && last;
                let message = if last {
                    crate::collect::Note::new(
                        "problem-record-truncated",
                        "file ends inside a record (truncated: no </event>); skipped",
                    )
                } else {
                    crate::collect::Note::new(
                        "problem-record-not-terminated",
                        "record is not terminated (no </event> before the next <event>); skipped",
                    )
                };
                result.problem(at_line(start), message);
            }
            Some(stop) if stop > MAX_RECORD => {
                line += newlines(&rec[..stop]);
                gap(&rec[stop..], &mut line);
                result.problem(
                    at_line(start),
                    crate::collect::Note::new(
                        "problem-record-too-large",
                        "record larger than {mib} MiB; skipped",
                    )
                    .arg("mib", MAX_RECORD >> 20),
                );
            }
            Some(stop) => {
                // The start tag up to its first `>`, newlines counted on the way.
                let mut body = stop;
                let mut from = START_LEN - 1;
                while let Some(j) = memchr::memchr2(b'>', b'\n', &rec[from..stop]) {
                    if rec[from + j] == b'>' {
                        body = from + j + 1;
                        break;
                    }
                    line += 1;
                    from += j + 1;
                }
                // (Counted apart from the fold: in its loop the count would stop it being
                // vectorised.)
                fold_into(&rec[body..stop], &mut sc.low, low);
                line += newlines(&rec[body..stop]);
                sc.frames.push(Frame {
                    at,
                    stop,
                    body,
                    low,
                    line: start,
                });
                low += stop - body;
                sc.low[low] = 0;
                low += 1;
                gap(&rec[stop..], &mut line);
            }
        }
    }
    let folded = &sc.low[..low];
    sc.phrases.clear();
    sc.phrases
        .extend(s.phrases.find_iter(folded).map(|m| Found {
            start: m.start(),
            end: m.end(),
            phrase: m.pattern().as_usize(),
        }));
    // Only a record holding a phrase, a path or SiteServerAction needs taking apart (most
    // hold none): each search's matches come in order, so the records they fall in are found
    // by walking the frames beside them.
    let frames = &sc.frames[..];
    let busy = &mut sc.busy;
    busy.clear();
    busy.resize(frames.len(), false);
    // (A position before every frame marks the first: parsing a record that holds no match
    // finds what the plain reading finds, so marking one too many costs only time.)
    let mut mark = |at: &mut dyn Iterator<Item = usize>, key: fn(&Frame) -> usize| {
        if frames.is_empty() {
            return;
        }
        let mut f = 0;
        for x in at {
            while frames.get(f + 1).is_some_and(|next| key(next) <= x) {
                f += 1;
            }
            busy[f] = true;
        }
    };
    // (Phrases and paths are in the folded text, which holds nothing but the frames' text.)
    mark(&mut sc.phrases.iter().map(|m| m.start), |f| f.low);
    mark(&mut s.slashes.find_iter(folded), |f| f.low);
    // SiteServerAction is searched in the piece, which also holds damaged records and gaps:
    // one there marks the record before it, which is then parsed for nothing.
    mark(&mut s.site_server_action.find_iter(data), |f| f.at);
    let found = &mut sc.found;
    let mut p = 0;
    for (i, f) in frames.iter().enumerate() {
        if !sc.busy[i] {
            continue;
        }
        let low_end = f.low + (f.stop - f.body);
        while sc.phrases.get(p).is_some_and(|m| m.start < f.low) {
            p += 1;
        }
        found.clear();
        while let Some(m) = sc.phrases.get(p).filter(|m| m.start < low_end) {
            found.push(Found {
                start: m.start - f.low + f.body,
                end: m.end - f.low + f.body,
                phrase: m.phrase,
            });
            p += 1;
        }
        // The records before this one (`record` counts this one).
        result.records = i as u64;
        record(&data[f.at..f.at + f.stop], f.line, Some(found), &mut result);
    }
    result.records = frames.len() as u64;
    sc.sightings = result.sightings.len();
    Part {
        result,
        newlines: line - 1,
        garbage,
    }
}
