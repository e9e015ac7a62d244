//! What reading one input produces, before the evidence set is analysed as a whole.

use std::collections::BTreeMap;
use std::hash::BuildHasher;

use tokenready_model::{Place, Problem, MAX_PROBLEMS_PER_INPUT};

mod note;
mod text;

pub use note::{notes_text, Arg, Note};
pub use text::Text;

/// A package location seen in an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sighting {
    pub raw: String,
    pub line: Option<u64>,
    pub record: Option<u64>,
    /// The package (id or name) the row or message names, if any.
    pub package: Option<String>,
    /// Further occurrences of the same text in this input, counted but not kept one by one
    /// (see [`FileResult::sight`]).
    pub extra: u64,
}

/// Occurrences of one location text kept individually per input; later ones are counted.
pub const MAX_SIGHTINGS_PER_TEXT: u32 = 20;

/// One log signal occurrence, aggregated per kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignalAgg {
    pub count: u64,
    pub hosts: std::collections::BTreeSet<String>,
    /// (sortable key, as written)
    pub first: Option<(String, String)>,
    pub last: Option<(String, String)>,
    /// (line, excerpt)
    pub samples: Vec<(u64, String)>,
    /// Occurrences per hour (`2025-04-16T11Z` in UTC when the log's dates carry their zone,
    /// `2025-04-16T08` as written when they do not): what the follow-up splits at the
    /// rollout. Occurrences whose date has no year are not here (`count` has them). Memory
    /// follows the hours the log spans, not its size.
    pub hours: BTreeMap<String, u64>,
}

impl SignalAgg {
    /// Counts one occurrence in the hour of `key`, a record's sortable date
    /// (`2025-04-16T07:34:22.1223067 -04:00`, or `2025-04-16T08:00:02` with no zone).
    pub fn count_hour(&mut self, key: &str) {
        // The hour depends only on the key's date-and-hour and its zone (the "stem"). The
        // last stem's hour is kept per thread, one slot for dates with a zone and one for
        // dates without (NS and agent records alternate in a log), so a run of records in one
        // hour parses one date, not every one (parsing each cost the NS scan ~20%).
        thread_local! {
            static LAST: std::cell::RefCell<[(String, Option<String>); 2]> =
                const { std::cell::RefCell::new([(String::new(), None), (String::new(), None)]) };
        }
        let zone = zone_of(key);
        let head = key.get(..13).unwrap_or(key);
        LAST.with_borrow_mut(|slots| {
            let (stem, hour) = &mut slots[usize::from(zone.is_empty())];
            if stem.len() != head.len() + zone.len()
                || !stem.starts_with(head)
                || !stem.ends_with(zone)
            {
                stem.clear();
                stem.push_str(head);
                stem.push_str(zone);
                *hour = hour_of(key);
            }
            let Some(h) = hour.as_deref() else { return };
            match self.hours.get_mut(h) {
                Some(n) => *n += 1,
                None => {
                    self.hours.insert(h.to_string(), 1);
                }
            }
        });
    }
}

/// The zone a sortable date ends with (`Z`, `-04:00`), or "" when it has none.
fn zone_of(key: &str) -> &str {
    if key.ends_with(['Z', 'z']) {
        return &key[key.len() - 1..];
    }
    match key.len().checked_sub(6).and_then(|i| key.get(i..)) {
        Some(z) if matches!(z.as_bytes()[0], b'+' | b'-') && z.as_bytes()[3] == b':' => z,
        _ => "",
    }
}

/// The hour of a record's sortable date: UTC when it carries its offset, as written when it
/// does not; `None` when it has no year.
fn hour_of(key: &str) -> Option<String> {
    // Server dates keep their offset after a space: `…T07:34:22.1223067 -04:00`.
    let zoned = chrono::DateTime::parse_from_rfc3339(key)
        .or_else(|_| chrono::DateTime::parse_from_str(key, "%Y-%m-%dT%H:%M:%S%.f %:z"));
    match zoned {
        Ok(d) => Some(
            d.with_timezone(&chrono::Utc)
                .format("%Y-%m-%dT%HZ")
                .to_string(),
        ),
        Err(_) => match key.get(..13) {
            Some(h) if h.as_bytes()[4] == b'-' && h.as_bytes()[10] == b'T' => Some(h.to_string()),
            _ => None,
        },
    }
}

pub const MAX_SAMPLES: usize = 5;

/// A Windows Security event reduced to what the lockout analysis uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SecEvent {
    pub event_id: u32,
    pub provider: Text,
    pub channel: Text,
    /// Lower-case computer that logged the event.
    pub computer: Text,
    pub record_id: Option<u64>,
    /// RFC 3339 UTC when the source says the zone; otherwise as written.
    pub time: Option<String>,
    /// False when the time has no zone (CSV local times).
    pub time_is_utc: bool,
    pub target_user: Text,
    pub target_domain: Text,
    pub status: Text,
    pub sub_status: Text,
    pub failure_reason: Text,
    pub logon_type: Text,
    pub workstation: Text,
    pub ip: Text,
    pub place: Place,
}

impl SecEvent {
    /// The texts many events share, for [`FileResult::keep_event`].
    fn texts_mut(&mut self) -> [&mut Text; 11] {
        [
            &mut self.provider,
            &mut self.channel,
            &mut self.computer,
            &mut self.target_user,
            &mut self.target_domain,
            &mut self.status,
            &mut self.sub_status,
            &mut self.failure_reason,
            &mut self.logon_type,
            &mut self.workstation,
            &mut self.ip,
        ]
    }
}

/// One distinct location text of an input (see [`FileResult::sight`]).
#[derive(Debug)]
pub(crate) struct Seen {
    /// The text's hash, kept so that growing the table does not hash every text again.
    hash: u64,
    first: usize,
    last: usize,
    kept: u32,
}

/// Everything one input yields.
#[derive(Debug, Default)]
pub struct FileResult {
    pub records: u64,
    pub errors: u64,
    /// The items or regions skipped (up to [`MAX_PROBLEMS_PER_INPUT`]), each with where it is
    /// and what was wrong, written in the report's language ([`FileResult::problem_list`]).
    pub problems: Vec<(Place, Note)>,
    pub sightings: Vec<Sighting>,
    pub signals: BTreeMap<String, SignalAgg>,
    /// Each event boxed: the list grows by pointers, not by copying every event kept so far
    /// into a block twice the size (an export can hold millions of them).
    pub events: Vec<Box<SecEvent>>,
    pub notes: Vec<Note>,
    /// (year, month) the file was last modified: the year of agent-log dates that have none
    /// ("May 16 11:51:05") is inferred from it.
    pub modified: Option<(i32, u32)>,
    /// The earliest and latest time of any event record read (not only those kept): what the
    /// file covers, for the follow-up's coverage per domain controller.
    pub span: Option<(crate::lockout::When, crate::lockout::When)>,
    /// The input's kind was recognised but its content cannot be read (an Event Viewer CSV
    /// export in another language): it does not count as that kind of evidence.
    pub unsupported: bool,
    /// The language a localized export was read in (`de-DE`, or `structure`).
    pub language: Option<String>,
    /// Every distinct location text, by the index of its first sighting (which holds the
    /// text: no second copy), with its last kept sighting and how many are kept. foldhash:
    /// fast, and seeded per process, so crafted input cannot force collisions.
    pub(crate) seen: hashbrown::HashTable<Seen>,
    pub(crate) hasher: foldhash::fast::RandomState,
    /// Every distinct [`Text`] of the events kept, once.
    pub(crate) texts: hashbrown::HashTable<Text>,
}

impl FileResult {
    /// Widens [`Self::span`] to take in a record's time.
    pub fn saw_time(&mut self, w: crate::lockout::When) {
        self.span = Some(match self.span {
            None => (w, w),
            Some((a, b)) => (a.min(w), b.max(w)),
        });
    }

    /// Records a location seen in a log or text at a line (and record): the first
    /// [`MAX_SIGHTINGS_PER_TEXT`] occurrences of the same text are kept with their place, the
    /// rest only counted, so memory follows the distinct locations, not the input's size.
    pub fn sight(&mut self, raw: &str, line: Option<u64>, record: Option<u64>) {
        self.sight_text(raw, String::from, line, record);
    }

    /// Makes room for `n` more distinct location texts (a part of a log expecting about as
    /// many as the part before it: growing the table step by step was a visible cost).
    pub(crate) fn reserve_sightings(&mut self, n: usize) {
        self.sightings.reserve(n);
        self.seen.reserve(n, |s| s.hash);
    }

    /// [`Self::sight`] with the text's owned form made only when it is kept; returns the index
    /// of the text's last kept sighting.
    fn sight_text<T: AsRef<str>>(
        &mut self,
        raw: T,
        owned: impl FnOnce(T) -> String,
        line: Option<u64>,
        record: Option<u64>,
    ) -> usize {
        use std::hash::BuildHasher;
        let text = raw.as_ref();
        let hash = self.hasher.hash_one(text);
        let sightings = &mut self.sightings;
        let next = sightings.len();
        let entry = self
            .seen
            .entry(hash, |s| sightings[s.first].raw == text, |s| s.hash);
        match entry {
            hashbrown::hash_table::Entry::Occupied(mut o) => {
                let s = o.get_mut();
                if s.kept >= MAX_SIGHTINGS_PER_TEXT {
                    sightings[s.last].extra += 1;
                    return s.last;
                }
                s.kept += 1;
                s.last = next;
            }
            hashbrown::hash_table::Entry::Vacant(v) => {
                v.insert(Seen {
                    hash,
                    first: next,
                    last: next,
                    kept: 1,
                });
            }
        }
        sightings.push(Sighting {
            raw: owned(raw),
            line,
            record,
            package: None,
            extra: 0,
        });
        next
    }

    /// Adds what a later part of the same input yielded (read on its own, with lines counted
    /// from 1 and records from 0 at the part's start), as if it had been read right here:
    /// `line` is the line the part starts on, `records` how many records came before it. The
    /// caps (samples, sightings per text, problems) come out as they would in one pass. Parts
    /// come from logs, whose sightings name no package.
    pub fn absorb(&mut self, part: FileResult, line: u64, records: u64) {
        let at = |l: Option<u64>| l.map(|l| l + line - 1);
        self.records += part.records;
        self.errors += part.errors - part.problems.len() as u64;
        if let Some((first, last)) = part.span {
            self.saw_time(first);
            self.saw_time(last);
        }
        for (place, what) in part.problems {
            let place = Place {
                line: at(place.line),
                ..place
            };
            self.problem(place, what);
        }
        for (kind, agg) in part.signals {
            let mine = self.signals.entry(kind).or_default();
            mine.count += agg.count;
            mine.hosts.extend(agg.hosts);
            if let Some(f) = agg.first {
                if mine.first.as_ref().is_none_or(|(k, _)| &f.0 < k) {
                    mine.first = Some(f);
                }
            }
            if let Some(l) = agg.last {
                if mine.last.as_ref().is_none_or(|(k, _)| &l.0 > k) {
                    mine.last = Some(l);
                }
            }
            for (hour, n) in agg.hours {
                *mine.hours.entry(hour).or_default() += n;
            }
            let room = MAX_SAMPLES.saturating_sub(mine.samples.len());
            let samples = agg.samples.into_iter().take(room);
            mine.samples
                .extend(samples.map(|(l, text)| (l + line - 1, text)));
        }
        for s in part.sightings {
            debug_assert!(
                s.package.is_none(),
                "parts come from logs, which name no package"
            );
            let last = self.sight_text(s.raw, |r| r, at(s.line), s.record.map(|r| r + records));
            self.sightings[last].extra += s.extra;
        }
        for ev in part.events {
            self.keep_event(*ev);
        }
        for n in part.notes {
            self.note(n);
        }
    }

    /// Keeps a batch of events whose texts are already shared within the batch (one EVTX
    /// chunk's): each distinct text is looked up in this input's once, by its address.
    pub fn keep_events(&mut self, events: Vec<SecEvent>) {
        let mut seen: std::collections::HashMap<usize, Text, foldhash::fast::FixedState> =
            Default::default();
        // The batch's own texts stay alive until the end, so no address is reused meanwhile.
        let mut theirs = Vec::new();
        for mut ev in events {
            for t in ev.texts_mut() {
                let at = t.address();
                if at == 0 {
                    continue;
                }
                if let Some(kept) = seen.get(&at) {
                    *t = kept.clone();
                    continue;
                }
                theirs.push(t.clone());
                self.share(t);
                seen.insert(at, t.clone());
            }
            self.events.push(Box::new(ev));
        }
    }

    /// Replaces `t` by this input's copy of the same text (made the copy when it is new).
    fn share(&mut self, t: &mut Text) {
        let hash = self.hasher.hash_one(&**t);
        let hasher = &self.hasher;
        let kept = self
            .texts
            .entry(hash, |k| **k == **t, |k| hasher.hash_one(&**k))
            .or_insert_with(|| t.clone());
        *t = kept.get().clone();
    }

    /// Keeps an event, its shared texts replaced by this input's copy of each.
    pub fn keep_event(&mut self, mut ev: SecEvent) {
        for t in ev.texts_mut() {
            self.share(t);
        }
        self.events.push(Box::new(ev));
    }

    /// Adds a note on how this input was read (once).
    pub fn note(&mut self, note: Note) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    /// Counts one skipped item or region and keeps its description (up to a cap).
    pub fn problem(&mut self, place: Place, what: Note) {
        self.errors += 1;
        if self.problems.len() < MAX_PROBLEMS_PER_INPUT {
            self.problems.push((place, what));
        }
    }

    /// The problems as the report lists them, in `tr`'s language.
    pub fn problem_list(&self, tr: tokenready_i18n::Tr) -> Vec<Problem> {
        self.problems
            .iter()
            .map(|(place, what)| Problem {
                place: place.clone(),
                message: what.text(tr),
            })
            .collect()
    }
}

pub fn at_line(line: u64) -> Place {
    Place {
        line: Some(line),
        ..Place::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_text_is_a_thin_pointer_that_behaves_as_its_text() {
        assert_eq!(std::mem::size_of::<Text>(), 8);
        assert_eq!(Text::from(""), Text::default());
        assert_eq!(Text::from("").address(), 0);
        let set: std::collections::HashSet<Text> =
            ["DC01", "", "dc01"].into_iter().map(Text::from).collect();
        assert!(set.contains("DC01") && set.contains("") && !set.contains("DC02"));
        let mut sorted = vec![
            Text::from("b"),
            Text::from(String::from("a")),
            Text::default(),
        ];
        sorted.sort();
        assert_eq!(sorted, ["", "a", "b"]);
        // Events from two batches share one copy of each text; the empty text needs none.
        let mut r = FileResult::default();
        let ev = |c: &str| SecEvent {
            computer: Text::from(c),
            ..SecEvent::default()
        };
        r.keep_events(vec![ev("dc01"), ev("dc01")]);
        r.keep_events(vec![ev("dc01"), ev("")]);
        let at: Vec<usize> = r.events.iter().map(|e| e.computer.address()).collect();
        assert!(
            at[0] != 0 && at[1] == at[0] && at[2] == at[0] && at[3] == 0,
            "{at:?}"
        );
    }

    #[test]
    fn repeated_locations_are_counted_not_kept_one_by_one() {
        let mut r = FileResult::default();
        for line in 1..=25 {
            r.sight("\\\\files01\\pkgs", Some(line), None);
        }
        r.sight("\\\\files02\\pkgs", Some(26), None);
        assert_eq!(r.sightings.len(), 21);
        let kept: Vec<_> = r.sightings[..20].iter().map(|s| s.line).collect();
        assert_eq!(kept[0], Some(1));
        assert_eq!(kept[19], Some(20));
        assert_eq!(r.sightings[19].extra, 5, "occurrences 21..25 counted");
        let total: u64 = r.sightings.iter().map(|s| 1 + s.extra).sum();
        assert_eq!(total, 26);
    }
}
