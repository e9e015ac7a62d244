//! The shared EVTX samples (`../shared/samples/evtx/`, used in place, never copied into the
//! repo), with the record and 4625 counts from its SOURCES.md.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use tokenready_engine::assess;
use tokenready_engine::model::{AssessRequest, InputKind, Parameters};

fn samples() -> PathBuf {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/samples/evtx");
    assert!(
        p.is_dir(),
        "the shared EVTX samples are expected beside the repository at {}",
        p.display()
    );
    p
}

/// (file, records, 4625 of the Security provider, errors)
const SOURCES: &[(&str, u64, u64, u64)] = &[
    ("evtx-Security_with_size_t.evtx", 636, 15, 0),
    ("evtx-Security_short_selected.evtx", 7, 1, 0),
    ("evtx-security.evtx", 2261, 0, 0),
    // 2 unreadable chunks (zeroed magic) and 1 damaged record; the rest is read.
    ("evtx-sample_with_a_bad_chunk_magic.evtx", 301, 0, 3),
    (
        "mitre-ID4776-4625-AccountRestore_local_bruteforce.evtx",
        16,
        16,
        0,
    ),
    (
        "mitre-ID4625-OpenSSH_bruteforce_non_existing_users.evtx",
        20,
        5,
        0,
    ),
    (
        "mitre-ID4625-failed_login_account_restriction.evtx",
        2,
        2,
        0,
    ),
    (
        "deepblue-smb-password-guessing-security.evtx",
        3561,
        3561,
        0,
    ),
];

fn run(files: &[PathBuf], account: Option<&str>) -> tokenready_engine::model::Report {
    let req = AssessRequest {
        evidence: files.iter().map(|f| f.display().to_string()).collect(),
        parameters: Parameters {
            account: account.map(str::to_string),
            ..Parameters::default()
        },
        engagement: Default::default(),
    };
    assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap()
}

#[test]
fn record_4625_and_error_counts_match_sources_md() {
    for (file, records, f4625, errors) in SOURCES {
        let r = run(&[samples().join(file)], None);
        let input = &r.inputs[0];
        assert_eq!(input.kind, InputKind::Evtx, "{file}");
        assert_eq!(input.records, *records, "{file} records");
        assert_eq!(input.errors, *errors, "{file} errors: {:?}", input.problems);
        assert_eq!(r.lockouts.events_by_id["4625"], *f4625, "{file} 4625");
        assert_eq!(r.lockouts.events_by_id["4740"], 0, "{file} 4740");
        // The hash taken while the parser reads (1 MiB blocks handed to a hashing thread)
        // is the file's SHA-256.
        use sha2::Digest;
        let bytes = std::fs::read(samples().join(file)).unwrap();
        assert_eq!(
            input.sha256,
            format!("{:x}", sha2::Sha256::digest(&bytes)),
            "{file}"
        );
        assert_eq!(input.size, bytes.len() as u64, "{file}");
    }
}

#[test]
fn the_corrupted_file_names_its_damage() {
    let r = run(
        &[samples().join("evtx-sample_with_a_bad_chunk_magic.evtx")],
        None,
    );
    let msgs: Vec<&str> = r.inputs[0]
        .problems
        .iter()
        .map(|p| p.message.as_str())
        .collect();
    assert!(
        msgs.iter().filter(|m| m.contains("chunk")).count() >= 2,
        "{msgs:?}"
    );
    assert!(r.verdict.summary.contains("incomplete") || !r.verdict.evidence_complete);
}

#[test]
fn the_same_events_in_two_exports_count_once() {
    let f = samples().join("mitre-ID4776-4625-AccountRestore_local_bruteforce.evtx");
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy-from-second-dc.evtx");
    std::fs::copy(&f, &copy).unwrap();
    let r = run(&[f, copy], None);
    assert_eq!(r.inputs.len(), 2);
    assert_eq!(r.lockouts.events_by_id["4625"], 16);
}

#[test]
fn account_filter_matches_trimmed_case_insensitive_user_names() {
    // Users Administrator and Admin (itms-domain / SOURCES.md notes).
    let f = samples().join("mitre-ID4776-4625-AccountRestore_local_bruteforce.evtx");
    let all = run(std::slice::from_ref(&f), None).lockouts.events_by_id["4625"];
    let admin = run(std::slice::from_ref(&f), Some("ADMINISTRATOR"))
        .lockouts
        .events_by_id["4625"];
    let other = run(std::slice::from_ref(&f), Some("nobody"))
        .lockouts
        .events_by_id["4625"];
    assert_eq!(all, 16);
    assert!(admin > 0 && admin < all, "{admin}");
    assert_eq!(other, 0);
}

/// What an EVTX file covers (the follow-up's coverage per DC) is the earliest and latest
/// written time of its records, as the crate reads them, whether or not a record matters
/// (EVTX chunks with nothing that matters are never parsed: the span comes from the record
/// headers).
#[test]
fn coverage_spans_every_record_the_crate_reads() {
    for name in [
        "evtx-Security_with_size_t.evtx",
        "evtx-security.evtx",
        "mitre-ID4625-OpenSSH_bruteforce_non_existing_users.evtx",
    ] {
        let path = samples().join(name);
        let mut parser = evtx::EvtxParser::from_path(&path).unwrap();
        let times: Vec<_> = parser
            .records()
            .filter_map(|r| r.ok())
            .map(|r| r.timestamp)
            // A zero FILETIME (1601-01-01, one record of the MITRE sample) is no time.
            .filter(|t| t.strftime("%Y").to_string() != "1601")
            .collect();
        let lo = times
            .iter()
            .min()
            .unwrap()
            .strftime("%Y-%m-%dT%H:%M:%SZ")
            .to_string();
        let hi = times
            .iter()
            .max()
            .unwrap()
            .strftime("%Y-%m-%dT%H:%M:%SZ")
            .to_string();
        let req = AssessRequest {
            evidence: vec![path.display().to_string()],
            parameters: Parameters {
                rollout_at: Some("2000-01-01T00:00:00Z".into()),
                ..Parameters::default()
            },
            engagement: Default::default(),
        };
        let r = assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap();
        let c = r.comparison.expect("a comparison");
        let first = c.coverage.iter().filter_map(|x| x.first.clone()).min();
        let last = c.coverage.iter().filter_map(|x| x.last.clone()).max();
        assert_eq!((first, last), (Some(lo), Some(hi)), "{name}");
    }
}

/// The own reader and the crate on one input: the same records, problems and events.
fn same_answers(name: &str, bytes: Vec<u8>) {
    use tokenready_engine::collect::FileResult;
    let (mut a, mut b) = (FileResult::default(), FileResult::default());
    tokenready_engine::events::scan_evtx_buffer(bytes.clone(), &mut a);
    tokenready_engine::events::scan_evtx_buffer_by_crate(bytes, &mut b);
    assert_eq!((a.records, a.errors), (b.records, b.errors), "{name}");
    assert_eq!(a.problems, b.problems, "{name}");
    assert_eq!(a.events, b.events, "{name}");
    assert_eq!(a.span, b.span, "{name}");
}

/// The same on every input the EVTX fuzz targets keep as seeds (tests/fuzz/corpus): damaged
/// chunks, odd templates and values the fuzzers found.
#[test]
fn the_own_reader_gives_the_crates_answers_on_the_fuzz_corpus() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fuzz/corpus");
    let mut n = 0;
    for target in ["evtx", "evtx_differential", "intake"] {
        let Ok(dir) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in dir {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            if !bytes.starts_with(b"ElfFile\0") {
                continue;
            }
            same_answers(&path.display().to_string(), bytes);
            n += 1;
        }
    }
    assert!(n >= 10, "{n} EVTX seeds");
}

/// TokenReady's own BinXML reader (issue 21) against the crate on every shared sample: the
/// same records, problems and events, field by field; and the reader takes the chunks with
/// events (it is not falling back everywhere).
#[test]
fn the_own_reader_gives_the_crates_answers_on_every_sample() {
    let settings = evtx::ParserSettings::default().validate_checksums(false);
    let (mut own, mut with_events) = (0, 0);
    for entry in std::fs::read_dir(samples()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "evtx") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        same_answers(&name, std::fs::read(&path).unwrap());
        let mut parser = evtx::EvtxParser::from_path(&path)
            .unwrap()
            .with_configuration(settings.clone());
        for chunk in parser.chunks().flatten() {
            if let Some((_, events)) =
                tokenready_engine::events::own_chunk_events(&chunk.data, &chunk.header)
            {
                own += 1;
                with_events += usize::from(!events.is_empty());
            }
        }
    }
    assert!(
        with_events >= 3,
        "{own} chunks read, {with_events} with events"
    );
}

#[test]
#[ignore = "replays one input: SEED=path"]
fn replay_one_input() {
    let p = std::env::var("SEED").unwrap();
    same_answers(&p, std::fs::read(&p).unwrap());
}

#[test]
#[ignore = "prints why the crate fails on one input: SEED=path"]
fn explain_one_input() {
    let p = std::env::var("SEED").unwrap();
    let mut parser = evtx::EvtxParser::from_path(&p).unwrap();
    for mut chunk in parser.chunks().flatten() {
        let mut c = chunk
            .parse(std::sync::Arc::new(
                evtx::ParserSettings::default().validate_checksums(false),
            ))
            .unwrap();
        for r in c.iter() {
            match r {
                Err(e) => eprintln!("record error {e:?}"),
                Ok(r) => {
                    let id = r.event_record_id;
                    match r.into_json() {
                        Err(e) => eprintln!("{id}: {e:?}"),
                        Ok(j) => {
                            if let Err(e) = serde_json::from_str::<serde_json::Value>(&j.data) {
                                eprintln!("{id}: {e}\n{}", j.data);
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
#[ignore = "counts the chunks the own reader leaves to the crate: SEED=path"]
fn count_fallbacks() {
    let p = std::env::var("SEED").unwrap();
    let settings = evtx::ParserSettings::default().validate_checksums(false);
    let mut parser = evtx::EvtxParser::from_path(&p)
        .unwrap()
        .with_configuration(settings);
    let (mut own, mut other) = (0, 0);
    for chunk in parser.chunks().flatten() {
        match tokenready_engine::events::own_chunk_events(&chunk.data, &chunk.header) {
            Some(_) => own += 1,
            None => other += 1,
        }
    }
    eprintln!("own {own}, crate {other}");
}
