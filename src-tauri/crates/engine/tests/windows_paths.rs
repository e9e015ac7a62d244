//! Path handling on the Windows build (run under Wine in CI, `.ci/windows`): evidence given in
//! every spelling a consultant types or pastes on Windows, zip members with backslashes, UNC
//! and drive-letter code bases, and reports written over an existing file.
#![cfg(windows)]

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use tokenready_engine::model::{AssessRequest, LocationKind, Report};
use tokenready_engine::unc::{classify, Context};

const RECORD: &str = "<event date='May 16 11:51:05' severity='2' hostName='PS01' source='Download' module='AeXNSAgent.exe' process='AeXNSAgent.exe' pid='724' thread='1740' tickCount='1' ><![CDATA[Download from \\\\files01\\Packages$\\Office2021 failed: Logon failure: unknown user name or bad password. (0x8007052E)]]></event>\r\n";

fn evidence() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let logs = dir.path().join("ps01").join("Logs");
    std::fs::create_dir_all(&logs).unwrap();
    std::fs::write(logs.join("agent.log"), RECORD.repeat(3)).unwrap();
    let root = dir.path().to_path_buf();
    (dir, root)
}

fn assess(path: &str) -> Report {
    let req = AssessRequest {
        evidence: vec![path.to_string()],
        ..AssessRequest::default()
    };
    tokenready_engine::assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap()
}

fn records(r: &Report) -> u64 {
    r.inputs.iter().map(|i| i.records).sum()
}

#[test]
fn evidence_paths_in_every_windows_spelling() {
    let (_keep, root) = evidence();
    let plain = root.display().to_string();
    assert!(
        plain.as_bytes().get(1) == Some(&b':'),
        "a drive path: {plain}"
    );
    let verbatim = format!("\\\\?\\{plain}");
    let forward = plain.replace('\\', "/");
    let trailing = format!("{plain}\\");
    let file = format!("{plain}\\ps01\\Logs\\agent.log");
    for spelling in [&plain, &verbatim, &forward, &trailing, &file] {
        let r = assess(spelling);
        assert_eq!(r.inputs.len(), 1, "{spelling}: {:?}", r.inputs);
        assert_eq!(records(&r), 3, "{spelling}");
        let shown = &r.inputs[0].path;
        assert!(
            shown.to_ascii_lowercase().ends_with("agent.log"),
            "{spelling} → {shown}"
        );
        assert_eq!(r.locations.len(), 1, "{spelling}");
        assert_eq!(r.locations[0].host.as_deref(), Some("files01"));
    }
}

#[test]
fn a_relative_evidence_path_is_read_from_the_working_folder() {
    let (_keep, root) = evidence();
    std::env::set_current_dir(&root).unwrap();
    let r = assess(".\\ps01");
    assert_eq!(records(&r), 3);
    assert!(
        r.inputs[0].path.starts_with(".\\ps01"),
        "{}",
        r.inputs[0].path
    );
}

#[test]
fn zip_members_with_backslashes_are_shown_with_slashes() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("logs.zip");
    let mut w = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    w.start_file(
        "NS\\Logs\\Archive\\agent.log",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    w.write_all(RECORD.as_bytes()).unwrap();
    w.finish().unwrap();
    let r = assess(&path.display().to_string());
    let member = r
        .inputs
        .iter()
        .find(|i| i.path.contains('!'))
        .expect("the member");
    assert!(
        member.path.ends_with("logs.zip!/NS/Logs/Archive/agent.log"),
        "{}",
        member.path
    );
    assert_eq!(member.records, 1);
}

#[test]
fn unc_verbatim_and_drive_code_bases() {
    let agent = Context::default();
    let server = Context::on_server();
    let c = classify("\\\\?\\UNC\\files01\\Packages$\\Office", &agent);
    assert_eq!(c.kind, LocationKind::Unc);
    assert_eq!(c.host.as_deref(), Some("files01"));
    let c = classify("\\\\files01.corp.example\\Packages$", &agent);
    assert_eq!(c.kind, LocationKind::Unc);
    assert_eq!(
        classify("D:\\Packages\\Office", &agent).kind,
        LocationKind::MappedDrive
    );
    assert_eq!(
        classify("\\\\?\\C:\\Packages", &server).kind,
        LocationKind::Local
    );
    assert_eq!(
        classify("https://smp01/Altiris/PS/Share", &agent).kind,
        LocationKind::Https
    );
}

#[test]
fn a_report_replaces_an_existing_file_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let target: &Path = &dir.path().join("report.json");
    std::fs::write(target, "old").unwrap();
    tokenready_engine::output::atomic_write(target, |w| w.write_all(b"new report")).unwrap();
    assert_eq!(std::fs::read_to_string(target).unwrap(), "new report");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left: {leftovers:?}");
}
