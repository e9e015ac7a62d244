//! Every case of the bad-input corpus through the engine, one by one and all together: each
//! ends with a clear message naming the file and the place, keeps what could be read, and
//! stays within bounded memory. Runs on Linux and, in CI, on the Windows build under Wine.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::OnceLock;

use tokenready_engine::model::{AssessRequest, InputFile, Report};

/// The corpus, generated once per test run into the build's scratch folder.
fn corpus() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bad-input");
        let _ = std::fs::remove_dir_all(&dir);
        tokenready_bad_input::generate(&dir).expect("corpus written");
        dir
    })
}

fn assess(paths: &[PathBuf]) -> Report {
    let req = AssessRequest {
        evidence: paths.iter().map(|p| p.display().to_string()).collect(),
        ..AssessRequest::default()
    };
    tokenready_engine::assess(&req, &|_| {}, &AtomicBool::new(false)).expect("a report")
}

fn one(file: &str) -> Report {
    assess(&[corpus().join(file)])
}

/// The input whose path ends with `suffix`.
fn input<'r>(r: &'r Report, suffix: &str) -> &'r InputFile {
    r.inputs
        .iter()
        .find(|i| i.path.replace('\\', "/").ends_with(suffix))
        .unwrap_or_else(|| panic!("no input ending in {suffix}: {:?}", paths(r)))
}

fn paths(r: &Report) -> Vec<&str> {
    r.inputs.iter().map(|i| i.path.as_str()).collect()
}

/// The first problem whose message contains `needle`, with its place.
fn problem<'i>(i: &'i InputFile, needle: &str) -> &'i tokenready_engine::model::Problem {
    i.problems
        .iter()
        .find(|p| p.message.contains(needle))
        .unwrap_or_else(|| panic!("{}: no problem with {needle:?}: {:?}", i.path, i.problems))
}

fn signal(r: &Report, kind: &str) -> u64 {
    r.log_indicators
        .iter()
        .find(|s| s.kind == kind)
        .map_or(0, |s| s.count)
}

#[test]
fn empty_and_binary_files_are_named_not_guessed() {
    let r = one("empty.log");
    let i = input(&r, "empty.log");
    assert_eq!(i.kind.as_str(), "unknown");
    assert!(i.note.as_deref().unwrap().contains("empty file"));

    let r = one("binary-garbage.bin");
    let i = input(&r, "binary-garbage.bin");
    assert_eq!(i.kind.as_str(), "unknown");
    assert!(i.note.as_deref().unwrap().contains("binary content"));
    assert_eq!(i.size, 64 << 10);
}

#[test]
fn a_truncated_log_keeps_its_records_and_says_where_it_ends() {
    let r = one("truncated-agent.log");
    let i = input(&r, "truncated-agent.log");
    assert_eq!(i.kind.as_str(), "agent-log");
    assert_eq!(i.records, 3);
    let p = problem(i, "truncated");
    assert_eq!(p.place.line, Some(7), "the fourth record starts on line 7");
    assert_eq!(signal(&r, "logon-failure"), 3);
}

#[test]
fn binary_garbage_between_records_is_counted_and_the_records_kept() {
    let r = one("garbage-between-records.log");
    let i = input(&r, "garbage-between-records.log");
    assert_eq!(i.kind.as_str(), "agent-log");
    assert_eq!(i.records, 4);
    let p = problem(i, "bytes of binary data outside any <event> record");
    assert_eq!(p.place.line, Some(4));
}

#[test]
fn wrong_encodings_are_detected_and_decoded() {
    let r = one("windows-1252-codebases.csv");
    let i = input(&r, "windows-1252-codebases.csv");
    assert!(
        i.note.as_deref().unwrap().contains("Windows-1252"),
        "{:?}",
        i.note
    );
    assert!(
        r.locations
            .iter()
            .any(|l| l.location == "\\\\files01\\Pakete\\Größe"),
        "{:?}",
        r.locations.iter().map(|l| &l.location).collect::<Vec<_>>()
    );
    for f in ["utf16be-agent.log", "utf16le-nobom-agent.log"] {
        let r = one(f);
        let i = input(&r, f);
        assert_eq!((i.kind.as_str(), i.records), ("agent-log", 2), "{f}");
        assert_eq!(signal(&r, "logon-failure"), 2, "{f}");
    }
}

#[test]
fn localized_exports_in_any_encoding_are_read_and_their_damage_named() {
    for f in ["localized-de-excel-1252.csv", "localized-de-utf16.csv"] {
        let r = one(f);
        let i = input(&r, f);
        assert_eq!(
            (i.kind.as_str(), i.records),
            ("event-csv", 3),
            "{f}: {:?}",
            i.problems
        );
        assert!(i.problems.is_empty(), "{f}: {:?}", i.problems);
        assert!(
            i.note.as_deref().unwrap().contains("de-DE"),
            "{f}: {:?}",
            i.note
        );
        assert_eq!(r.lockouts.events_by_id["4625"], 3, "{f}");
        let src = &r.lockout_analysis.sources;
        assert_eq!((src.len(), src[0].failures), (1, 3), "{f}: {src:?}");
    }
    // Cut inside the third message: the first two rows are kept, the third is read as far as
    // it goes (its quoted field ends with the file), and nothing aborts.
    let r = one("localized-de-truncated.csv");
    let i = input(&r, "localized-de-truncated.csv");
    assert_eq!(i.kind.as_str(), "event-csv");
    assert!(i.records >= 2, "{:?}", i.problems);
    assert!(r.lockouts.events_by_id["4625"] >= 2);
    // The labels say German, so dates are day first; the one that is not a date that way is
    // reported at its row, not guessed, and the event still counts.
    let r = one("localized-odd-dates.csv");
    let i = input(&r, "localized-odd-dates.csv");
    assert_eq!(i.records, 2);
    let p = problem(i, "not a date in the order day, month, year");
    assert_eq!(p.place.line, Some(19), "the second row");
    assert_eq!(r.lockouts.events_by_id["4625"], 2);
    assert_eq!(r.lockout_analysis.timeline.len(), 1);
}

#[test]
fn elastic_exports_cut_in_an_array_or_mixed_keep_their_events() {
    let r = one("truncated-winlogbeat.ndjson");
    let i = input(&r, "truncated-winlogbeat.ndjson");
    assert_eq!((i.kind.as_str(), i.records), ("event-json", 3));
    assert_eq!(problem(i, "ends early").place.line, Some(4));
    assert_eq!(r.lockouts.events_by_id["4740"], 3);
    let r = one("winlogbeat-array.json");
    let i = input(&r, "winlogbeat-array.json");
    assert_eq!((i.kind.as_str(), i.records, i.errors), ("event-json", 3, 0));
    let r = one("mixed-documents.ndjson");
    let i = input(&r, "mixed-documents.ndjson");
    assert_eq!((i.kind.as_str(), i.records), ("event-json", 2));
    assert_eq!(problem(i, "not Windows events").place.line, Some(2));
}

#[test]
fn siem_exports_resaved_cut_or_damaged_keep_their_events() {
    // Excel's `#NAME?` is no account; TargetUserName is read; the Windows-1252 name decoded;
    // the date Excel turned into a number is a problem at its row, its event still counted.
    let r = one("sentinel-excel-resaved.csv");
    let i = input(&r, "sentinel-excel-resaved.csv");
    assert_eq!((i.kind.as_str(), i.records), ("event-csv", 3));
    assert_eq!(r.lockouts.events_by_id["4625"], 3);
    assert_eq!(problem(i, "no readable time").place.line, Some(4));
    let failures: u64 = r.lockout_analysis.timeline.iter().map(|b| b.failures).sum();
    assert_eq!(failures, 2);
    assert!(r
        .lockout_analysis
        .sources
        .iter()
        .any(|s| s.source == "d-537"));
    // Cut inside a multi-line cell: the first row is kept whole, the second as far as it goes.
    let r = one("sentinel-cut-in-eventdata.csv");
    let i = input(&r, "sentinel-cut-in-eventdata.csv");
    assert_eq!(i.kind.as_str(), "event-csv");
    assert!(i.records >= 1);
    assert_eq!(r.lockouts.sources[0].computer, "cl01");
    // A cut JSON array keeps the results before the damage.
    let r = one("splunk-results-cut.json");
    let i = input(&r, "splunk-results-cut.json");
    assert_eq!((i.kind.as_str(), i.records), ("event-json", 2));
    assert!(problem(i, "could not be read past here")
        .place
        .line
        .is_some());
    assert_eq!(r.lockouts.sources[0].computer, "ps01");
    assert_eq!(r.lockouts.sources[0].count, 2);
}

#[test]
fn a_100_mb_line_is_skipped_with_its_line_number() {
    let r = one("line-100mb.csv");
    let i = input(&r, "line-100mb.csv");
    assert_eq!(i.records, 2, "the two rows before it are kept");
    let p = problem(i, "longer than the 1 MiB limit");
    assert_eq!(p.place.line, Some(4));
    assert_eq!(r.locations.len(), 2);
}

#[test]
fn a_100_mb_record_is_skipped_and_the_records_around_it_kept() {
    let r = one("record-100mb.log");
    let i = input(&r, "record-100mb.log");
    assert_eq!(i.records, 2);
    assert_eq!(problem(i, "larger than 16 MiB").place.line, Some(3));
    assert_eq!(signal(&r, "logon-failure"), 2);
}

#[test]
fn cdata_without_its_end_still_ends_at_the_event_tag() {
    let r = one("unterminated-cdata.log");
    let i = input(&r, "unterminated-cdata.log");
    assert_eq!(i.records, 3);
    assert_eq!(signal(&r, "logon-failure"), 2);
}

#[test]
fn hostile_xml_is_neither_expanded_nor_recursed() {
    let r = one("nested-200k.xml");
    let i = input(&r, "nested-200k.xml");
    assert_eq!(i.kind.as_str(), "event-xml");
    assert_eq!(
        r.lockouts.events_by_id.get("4740"),
        Some(&2),
        "both real events around the nesting are read"
    );

    let r = one("billion-laughs.xml");
    let i = input(&r, "billion-laughs.xml");
    assert!(problem(i, "DOCTYPE ignored").place.offset.is_some());
    // The entity reference is kept as written, not expanded to 10^9 characters.
    assert_eq!(r.lockouts.sources[0].computer, "&lol9;");
}

#[test]
fn a_damaged_evtx_says_so_instead_of_reporting_zero_events() {
    let r = one("corrupt.evtx");
    let i = input(&r, "corrupt.evtx");
    assert_eq!(i.kind.as_str(), "evtx");
    assert_eq!(i.records, 0);
    assert!(!i.problems.is_empty(), "a silent zero");
}

#[test]
fn a_zip_bomb_is_stopped_at_the_expansion_limit() {
    let r = one("bomb.zip");
    let zip = input(&r, "bomb.zip");
    let p = problem(zip, "zip bomb");
    assert_eq!(p.place.record, Some(1));
    let member = input(&r, "bomb.zip!/a.log");
    assert!(
        member.size < 128 << 20,
        "read {} bytes of a 1 GiB member",
        member.size
    );
}

#[test]
fn member_names_are_shown_never_used_as_paths() {
    let r = one("traversal.zip");
    input(&r, "traversal.zip!/../../Windows/System32/agent.log");
    input(&r, "traversal.zip!//etc/cron.d/a.log");
    input(&r, "traversal.zip!/C:/Windows/Temp/codebases.csv");
    assert_eq!(signal(&r, "logon-failure"), 3);
    assert!(!corpus().join("../Windows").exists());

    let r = one("reserved-and-unicode-names.zip");
    for name in ["CON", "NUL.log", "aux.csv", "日本語.log", "🔒.log"] {
        let i = input(&r, &format!("!/{name}"));
        assert!(i.records > 0, "{name}");
    }
}

#[test]
fn nesting_and_truncation_in_zips_are_reported_with_what_was_read() {
    let r = one("nested-6-deep.zip");
    let deepest = r
        .inputs
        .iter()
        .find(|i| !i.problems.is_empty())
        .expect("a problem");
    assert!(deepest.problems[0]
        .message
        .contains("nested deeper than 3 levels"));

    let r = one("truncated.zip");
    let zip = input(&r, "truncated.zip");
    problem(zip, "damaged zip archive");
    let log = input(&r, "truncated.zip!/agent.log");
    assert!(log.records > 10, "records before the cut are kept");
    problem(log, "read error");
}

#[test]
fn a_2_gib_sparse_file_is_hashed_in_full_with_bounded_memory() {
    let r = one("sparse-2gib.bin");
    let i = input(&r, "sparse-2gib.bin");
    assert_eq!(i.size, 2 << 30);
    assert_eq!(
        i.sha256,
        "a7c744c13cc101ed66c29f672f92455547889cc586ce6d44fe76ae824958ea51"
    );
}

#[test]
fn the_whole_corpus_at_once_never_aborts_and_memory_stays_bounded() {
    let dir = corpus();
    #[cfg(target_os = "linux")]
    let _ = std::fs::write("/proc/self/clear_refs", "5"); // reset the peak (VmHWM)
    let r = assess(&[dir.to_path_buf()]);
    let cases = std::fs::read_dir(dir).unwrap().count();
    let top: Vec<_> = r.inputs.iter().filter(|i| !i.path.contains('!')).collect();
    assert_eq!(top.len(), cases, "every file is an input: {:?}", paths(&r));
    #[cfg(target_os = "linux")]
    {
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let hwm_kb: u64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap();
        // Two workers, each bounded by one record (16 MiB) and a few buffers; the corpus is
        // 2.3 GB. Other tests in this process may run at the same time, hence the margin.
        assert!(hwm_kb < 700 * 1024, "peak RSS {} MB", hwm_kb / 1024);
    }
}

/// What could not be read is said in the report's language: every problem of these damaged
/// inputs has its German and French sentence, at the same place as the English one.
#[test]
fn the_damage_is_named_in_the_reports_language() {
    use tokenready_engine::model::{Engagement, Language};
    let files = [
        "truncated-agent.log",
        "garbage-between-records.log",
        "localized-odd-dates.csv",
        "truncated-winlogbeat.ndjson",
        "mixed-documents.ndjson",
        "sentinel-cut-in-eventdata.csv",
        "record-100mb.log",
        "nested-200k.xml",
        "billion-laughs.xml",
        "corrupt.evtx",
        "bomb.zip",
        "nested-6-deep.zip",
        "truncated.zip",
    ];
    let evidence: Vec<String> = files
        .iter()
        .map(|f| corpus().join(f).display().to_string())
        .collect();
    let report = |language| {
        let req = AssessRequest {
            evidence: evidence.clone(),
            engagement: Engagement {
                language,
                ..Engagement::default()
            },
            ..AssessRequest::default()
        };
        tokenready_engine::assess(&req, &|_| {}, &AtomicBool::new(false)).expect("a report")
    };
    let en = report(None);
    let english: Vec<&str> = ["skipped", "unreadable", "truncated", "bytes of", "not read"].into();
    for (lang, word) in [(Language::De, "übersprungen"), (Language::Fr, "ignoré")] {
        let other = report(Some(lang));
        assert_eq!(en.inputs.len(), other.inputs.len());
        let mut problems = 0;
        let mut own_word = 0;
        for (a, b) in en.inputs.iter().zip(&other.inputs) {
            assert_eq!(a.problems.len(), b.problems.len(), "{}", a.path);
            for (p, q) in a.problems.iter().zip(&b.problems) {
                problems += 1;
                assert_eq!(p.place, q.place, "{}", a.path);
                assert_ne!(p.message, q.message, "{}: still English", a.path);
                for w in &english {
                    assert!(!q.message.contains(w), "{}: {:?}", a.path, q.message);
                }
                own_word += usize::from(q.message.contains(word));
            }
        }
        assert!(problems >= 13, "{problems} problems");
        assert!(own_word >= 3, "{own_word} problems say {word:?}");
    }
}

/// TokenReady's own EVTX reader (issue 21) and the crate give the same records, problems and
/// events on every EVTX of the corpus.
#[test]
fn the_own_evtx_reader_agrees_with_the_crate_on_damaged_files() {
    use tokenready_engine::collect::FileResult;
    let mut n = 0;
    for entry in std::fs::read_dir(corpus()).unwrap() {
        let path = entry.unwrap().path();
        let mut head = [0u8; 8];
        let is_evtx = std::fs::File::open(&path)
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
            .is_ok()
            && &head == b"ElfFile\0";
        if !is_evtx {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let (mut a, mut b) = (FileResult::default(), FileResult::default());
        tokenready_engine::events::scan_evtx_buffer(bytes.clone(), &mut a);
        tokenready_engine::events::scan_evtx_buffer_by_crate(bytes, &mut b);
        let name = path.display();
        assert_eq!((a.records, a.errors), (b.records, b.errors), "{name}");
        assert_eq!(a.problems, b.problems, "{name}");
        assert_eq!(a.events, b.events, "{name}");
        assert_eq!(a.span, b.span, "{name}");
        n += 1;
    }
    assert!(n >= 1, "{n} EVTX files in the corpus");
}
