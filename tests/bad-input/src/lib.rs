//! The bad-input corpus: whatever a customer may hand over, at its worst. Generated, never
//! committed (a 2 GiB file, a 100 MB line), by [`generate`] or `cargo run -p tokenready-bad-input
//! -- DIR`. `tests/bad_input.rs` feeds each case to the engine and checks that it ends with a
//! clear message naming the file and place, keeps what could be read, and stays bounded.

use std::fs::File;
use std::io::{self, Cursor, Seek, Write};
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;

/// One generated file and what it is.
#[derive(Clone, Debug)]
pub struct Case {
    /// File name inside the corpus folder.
    pub file: &'static str,
    pub what: &'static str,
}

/// A well-formed agent-log record (the shape of itms-domain.md §1.2) with a logon failure.
pub fn agent_record(n: usize) -> String {
    format!(
        "<event date='May 16 11:{:02}:{:02}' severity='2' hostName='PS01' source='Download' module='AeXNSAgent.exe' process='AeXNSAgent.exe' pid='724' thread='1740' tickCount='{}' >\r\n  <![CDATA[Download of package {{3f9d2e10}} from \\\\files01\\Packages$\\Office2021 failed: Logon failure: unknown user name or bad password. (0x8007052E)]]></event>\r\n",
        (n / 60) % 60,
        n % 60,
        495844828 + n
    )
}

fn agent_log(records: usize) -> String {
    (0..records).map(agent_record).collect()
}

const CODEBASES: &str = "PackageName,Prefix,Codebase\r\nOffice 2021,,\\\\files01\\Packages$\\Office2021\r\nChrome,,https://smp01.corp.example/Altiris/PS/Share/Chrome\r\n";

const WEVTUTIL_4740: &str = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/><EventID>4740</EventID><Version>0</Version><Level>0</Level><Task>13824</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='2025-04-16T11:34:22.1223067Z'/><EventRecordID>1001</EventRecordID><Correlation/><Execution ProcessID='740' ThreadID='948'/><Channel>Security</Channel><Computer>DC01.corp.example</Computer><Security UserID='S-1-5-18'/></System><EventData><Data Name='TargetUserName'>svc_acc</Data><Data Name='TargetDomainName'>PS01</Data><Data Name='TargetSid'>S-1-5-21-1-2-3-1104</Data><Data Name='SubjectUserSid'>S-1-5-18</Data><Data Name='SubjectUserName'>DC01$</Data><Data Name='SubjectDomainName'>CORP</Data><Data Name='SubjectLogonId'>0x3e7</Data></EventData></Event>\r\n";

/// Writes every case into `dir` (created if needed) and lists them.
pub fn generate(dir: &Path) -> io::Result<Vec<Case>> {
    std::fs::create_dir_all(dir)?;
    let mut cases = Vec::new();
    let mut add = |file: &'static str, what: &'static str, bytes: &[u8]| -> io::Result<()> {
        std::fs::write(dir.join(file), bytes)?;
        cases.push(Case { file, what });
        Ok(())
    };

    add("empty.log", "an empty file", b"")?;

    let mut log = agent_log(3);
    let fourth = agent_record(3);
    log.push_str(&fourth[..fourth.len() / 2]);
    add(
        "truncated-agent.log",
        "three records, then the file stops inside the fourth",
        log.as_bytes(),
    )?;

    add(
        "binary-garbage.bin",
        "64 KiB of pseudo-random bytes",
        &pseudo_random(64 << 10, 7),
    )?;

    let mut mixed = agent_log(2).into_bytes();
    mixed.extend_from_slice(&pseudo_random(4096, 11));
    mixed.extend_from_slice(agent_log(2).as_bytes());
    add(
        "garbage-between-records.log",
        "two records, 4 KiB of binary garbage, two more records",
        &mixed,
    )?;

    // Windows-1252 (what Excel writes as "CSV" on a German Windows): ä, ö, ß are single bytes.
    let mut latin = b"PackageName,Codebase\r\n".to_vec();
    latin.extend_from_slice(b"Gr\xf6\xdfe Pakete,\\\\files01\\Pakete\\Gr\xf6\xdfe\r\n");
    latin.extend_from_slice(b"B\xfcro,https://smp01.corp.example/Altiris/PS/Share/Buero\r\n");
    add(
        "windows-1252-codebases.csv",
        "a code base list in Windows-1252, not UTF-8",
        &latin,
    )?;

    let mut be = vec![0xFE, 0xFF];
    for u in agent_log(2).encode_utf16() {
        be.extend_from_slice(&u.to_be_bytes());
    }
    add(
        "utf16be-agent.log",
        "an agent log in UTF-16 big-endian with its BOM",
        &be,
    )?;

    let mut le_no_bom = Vec::new();
    for u in agent_log(2).encode_utf16() {
        le_no_bom.extend_from_slice(&u.to_le_bytes());
    }
    add(
        "utf16le-nobom-agent.log",
        "an agent log in UTF-16 little-endian without a BOM",
        &le_no_bom,
    )?;

    // A 100 MB line: a code base list whose second line never ends.
    let mut long_line = CODEBASES.as_bytes().to_vec();
    long_line.extend_from_slice(b"Huge,,\\\\files01\\");
    long_line.extend(std::iter::repeat_n(b'x', 100 << 20));
    add(
        "line-100mb.csv",
        "a code base list with one 100 MB line",
        &long_line,
    )?;

    // A 100 MB single record between good ones.
    let mut big = agent_log(1).into_bytes();
    big.extend_from_slice(
        b"<event date='May 16 11:59:59' severity='2' hostName='PS01' source='Dump'><![CDATA[",
    );
    big.extend(std::iter::repeat_n(b'A', 100 << 20));
    big.extend_from_slice(b"]]></event>\r\n");
    big.extend_from_slice(agent_record(7).as_bytes());
    add(
        "record-100mb.log",
        "one good record, one 100 MB record, one good record",
        &big,
    )?;

    let mut cdata = agent_log(1);
    cdata.push_str("<event date='May 16 11:59:59' severity='2' hostName='PS01' source='X'><![CDATA[no end of CDATA, and a stray ]] and <tag> & </event>\r\n");
    cdata.push_str(&agent_record(2));
    add(
        "unterminated-cdata.log",
        "a record whose CDATA lacks ]]> (</event> still ends it)",
        cdata.as_bytes(),
    )?;

    // Deeply nested XML inside an event, and a billion-laughs DOCTYPE.
    let depth = 200_000;
    let mut nested = String::from("<Events>");
    nested.push_str(WEVTUTIL_4740);
    nested.push_str(&"<Event><x>".repeat(depth));
    nested.push_str(&"</x></Event>".repeat(depth));
    nested.push_str(WEVTUTIL_4740.replace("1001", "1002").as_str());
    nested.push_str("</Events>");
    add(
        "nested-200k.xml",
        "an event export with 200,000 nested elements between two real events",
        nested.as_bytes(),
    )?;

    let mut laughs =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE Events [\n <!ENTITY lol \"lol\">\n");
    let mut prev = "lol".to_string();
    for i in 1..10 {
        let name = format!("lol{i}");
        laughs.push_str(&format!(
            " <!ENTITY {name} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
        prev = name;
    }
    laughs.push_str("]>\n<Events>");
    laughs.push_str(&WEVTUTIL_4740.replace("PS01", &format!("&{prev};")));
    laughs.push_str("</Events>\n");
    add(
        "billion-laughs.xml",
        "an event export with entity-expanding DOCTYPE (10^9 'lol's if expanded)",
        laughs.as_bytes(),
    )?;

    // Localized Event Viewer exports (issue 17). The German 4625 message uses the real labels of
    // localized-events.md §1.2 (with `Unterstatus::`); the rows repeat it.
    let de_row = |i: usize| {
        format!("\u{dc}berwachung fehlgeschlagen;16.04.2025 13:{:02}:08;Microsoft-Windows-Security-Auditing;4625;;\"Fehler beim Anmelden eines Kontos.\r\n\r\nAntragsteller:\r\n\tSicherheits-ID:\t\tNULL SID\r\n\tKontoname:\t\t-\r\n\r\nKonto, f\u{fc}r das die Anmeldung fehlgeschlagen ist:\r\n\tKontoname:\t\tsvc_acc\r\n\tKontodom\u{e4}ne:\t\tCORP\r\n\r\nFehlerinformationen:\r\n\tStatus:\t\t\t0xC000006D\r\n\tUnterstatus::\t\t0xC000006A\r\n\r\nNetzwerkinformationen:\r\n\tArbeitsstationsname:\tPS01\r\n\tQuellnetzwerkadresse:\t10.0.0.5\"\r\n", i % 60)
    };
    let de_header =
        "Schl\u{fc}sselw\u{f6}rter;Datum und Uhrzeit;Quelle;Ereignis-ID;Aufgabenkategorie\r\n";
    let de: String = std::iter::once(de_header.to_string())
        .chain((0..3).map(de_row))
        .collect();
    // Re-saved by Excel on a German Windows: semicolons, Windows-1252.
    let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&de);
    assert!(!unmappable);
    add(
        "localized-de-excel-1252.csv",
        "a German Event Viewer CSV re-saved by Excel: semicolons, Windows-1252, three 4625",
        &cp1252,
    )?;
    let mut utf16 = vec![0xFF, 0xFE];
    for u in de.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    add(
        "localized-de-utf16.csv",
        "the same German export in UTF-16LE with its BOM",
        &utf16,
    )?;
    let mut cut = de.len() - 60;
    while !de.is_char_boundary(cut) {
        cut -= 1;
    }
    add(
        "localized-de-truncated.csv",
        "the German export cut inside the third message",
        &de.as_bytes()[..cut],
    )?;
    let odd_dates = format!(
        "H1;H2;H3;H4;H5\r\n{}{}",
        de_row(1)
            .split_once(';')
            .map(|(_, r)| format!("K;{}", r.replacen("16.04.2025", "13/04/2025", 1)))
            .unwrap(),
        de_row(2)
            .split_once(';')
            .map(|(_, r)| format!("K;{}", r.replacen("16.04.2025", "04/13/2025", 1)))
            .unwrap(),
    );
    add(
        "localized-odd-dates.csv",
        "German messages under an unknown header; the second date is month first (13th month as day first)",
        odd_dates.as_bytes(),
    )?;

    // Elastic exports (issue 22): the shape of a raw winlogbeat 4740 (siem-exports.md §1.3).
    let doc = |rec: u32| {
        format!("{{\"@timestamp\":\"2025-04-16T11:34:22.085Z\",\"event\":{{\"code\":\"4740\"}},\"winlog\":{{\"channel\":\"Security\",\"computer_name\":\"DC01.corp.example\",\"event_data\":{{\"TargetUserName\":\"svc_acc\",\"TargetDomainName\":\"PS01\",\"SubjectUserName\":\"DC01$\"}},\"event_id\":\"4740\",\"provider_name\":\"Microsoft-Windows-Security-Auditing\",\"record_id\":{rec}}}}}")
    };
    let mut ndjson: String = (1..=3).map(|i| doc(i) + "\n").collect();
    let fourth = doc(4);
    ndjson.push_str(&fourth[..fourth.len() / 2]);
    add(
        "truncated-winlogbeat.ndjson",
        "three winlogbeat documents, then the file stops inside the fourth",
        ndjson.as_bytes(),
    )?;
    let array = format!(
        "[\n{}\n]\n",
        (1..=3).map(doc).collect::<Vec<_>>().join(",\n")
    );
    add(
        "winlogbeat-array.json",
        "the documents as one JSON array instead of one per line",
        array.as_bytes(),
    )?;
    let mixed = format!(
        "{}\n{{\"@timestamp\":\"2025-04-16T11:00:00Z\",\"message\":\"firewall: allowed\",\"winlog\":null}}\n{}\n",
        doc(1),
        doc(2)
    );
    add(
        "mixed-documents.ndjson",
        "winlogbeat documents with a document of another source between them",
        mixed.as_bytes(),
    )?;

    // Sentinel portal exports (issue 22, siem-exports.md §2.3): export B's shape as Excel
    // re-saves it — only dates quoted, `Account` / `TargetAccount` broken to `#NAME?`, a
    // record id — in Windows-1252 (an account with ü), one row with a date Excel mangled.
    let sentinel_row = |rec: u32, when: &str, user: &str| {
        format!(",{when},OpsManager,#NAME?,User,devops-vm,Microsoft-Windows-Security-Auditing,Security,12544,0,,4625,4625 - An account failed to log on.,66.90.100.200,0,3,0xc000006d,0xc0000064,#NAME?,-,{user},D-537,LogAlways,{rec},SecurityEvent,\r\n")
    };
    let sentinel = format!(
        "TenantId,TimeGenerated [UTC],SourceSystem,Account,AccountType,Computer,EventSourceName,Channel,Task,Level,EventData,EventID,Activity,IpAddress,IpPort,LogonType,Status,SubStatus,TargetAccount,TargetDomainName,TargetUserName,WorkstationName,EventLevelName,EventRecordId,Type,_ResourceId\r\n{}{}{}",
        sentinel_row(3287814, "\"10/18/2024, 9:29:21.125 AM\"", "weatheronline"),
        sentinel_row(3287815, "\"10/18/2024, 9:29:23.410 AM\"", "jürgen.müller"),
        sentinel_row(3287816, "45583.39539", "weatheronline"),
    );
    let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(&sentinel);
    add(
        "sentinel-excel-resaved.csv",
        "a Sentinel SecurityEvent CSV re-saved by Excel: #NAME? cells, Windows-1252, one date turned into a number",
        &cp1252,
    )?;
    let cut = "TenantId,\"TimeGenerated [UTC]\",Computer,EventSourceName,Channel,EventData,EventID,Activity,Type\r\n,\"7/8/2023, 10:21:05.504 PM\",\"DC1.kustoworks.com\",Microsoft-Windows-Security-Auditing,Security,\"<EventData xmlns=\"\"http://schemas.microsoft.com/win/2004/08/events/event\"\">\r\n  <Data Name=\"\"TargetUserName\"\">KustoKing</Data>\r\n  <Data Name=\"\"TargetDomainName\"\">CL01</Data>\r\n</EventData>\",4740,\"4740 - A user account was locked out.\",SecurityEvent\r\n,\"7/8/2023, 10:25:05.504 PM\",\"DC1.kustoworks.com\",Microsoft-Windows-Security-Auditing,Security,\"<EventData xmlns=\"\"http://schemas.microsoft.com/win/2004/08/events/event\"\">\r\n  <Data Name=\"\"TargetUserName\"\">KustoKing</Data>\r\n  <Data Na";
    add(
        "sentinel-cut-in-eventdata.csv",
        "a Sentinel export that stops inside the second row's multi-line EventData cell",
        cut.as_bytes(),
    )?;
    // Splunk search results as a JSON array (§3.3), cut inside the third result.
    let splunk = |rec: u32| {
        format!("{{\"_time\":\"1554242253\",\"sourcetype\":\"WinEventLog:Security\",\"EventCode\":\"4740\",\"ComputerName\":\"DC01.corp.example\",\"RecordNumber\":\"{rec}\",\"SourceName\":\"Microsoft Windows security auditing.\",\"Account_Name\":[\"DC01$\",\"svc_acc\"],\"Caller_Computer_Name\":\"PS01\",\"host\":\"fwd01\"}}")
    };
    let mut arr = format!("[{},{},", splunk(1), splunk(2));
    let third = splunk(3);
    arr.push_str(&third[..third.len() / 2]);
    add(
        "splunk-results-cut.json",
        "Splunk results as a JSON array that stops inside the third result",
        arr.as_bytes(),
    )?;

    let mut elf = b"ElfFile\0".to_vec();
    elf.extend_from_slice(&pseudo_random(70_000, 3));
    add(
        "corrupt.evtx",
        "an EVTX signature followed by garbage",
        &elf,
    )?;

    // Zips.
    add(
        "bomb.zip",
        "a zip whose one member expands 1 GiB of zeros (about 1000:1)",
        &bomb_zip()?,
    )?;
    add(
        "traversal.zip",
        "members named ..\\..\\, /etc/… and C:\\… (never extracted)",
        &zip_of(&[
            (
                "..\\..\\Windows\\System32\\agent.log",
                agent_log(2).as_bytes(),
            ),
            ("/etc/cron.d/a.log", agent_log(1).as_bytes()),
            ("C:\\Windows\\Temp\\codebases.csv", CODEBASES.as_bytes()),
        ])?,
    )?;
    add(
        "reserved-and-unicode-names.zip",
        "members named CON, NUL.log, aux.csv, 日本語.log, 🔒.log",
        &zip_of(&[
            ("CON", agent_log(1).as_bytes()),
            ("NUL.log", agent_log(1).as_bytes()),
            ("aux.csv", CODEBASES.as_bytes()),
            ("日本語.log", agent_log(1).as_bytes()),
            ("🔒.log", agent_log(1).as_bytes()),
        ])?,
    )?;
    let mut nested_zip = zip_of(&[("agent.log", agent_log(1).as_bytes())])?;
    for level in 0..5 {
        let name = format!("level{level}.zip");
        nested_zip = zip_of(&[(name.as_str(), &nested_zip)])?;
    }
    add(
        "nested-6-deep.zip",
        "a zip inside a zip … six levels deep, the log at the bottom",
        &nested_zip,
    )?;
    let whole = zip_of(&[
        ("agent.log", agent_log(50).as_bytes()),
        ("codebases.csv", CODEBASES.as_bytes()),
    ])?;
    add(
        "truncated.zip",
        "a zip cut off in the middle (no central directory)",
        &whole[..whole.len() / 2],
    )?;

    // Last: the 2 GiB sparse file (no blocks written; reads as zeros).
    let f = File::create(dir.join("sparse-2gib.bin"))?;
    f.set_len(2 << 30)?;
    cases.push(Case {
        file: "sparse-2gib.bin",
        what: "a 2 GiB sparse file (zeros)",
    });
    Ok(cases)
}

/// Deterministic bytes that look like nothing (xorshift).
pub fn pseudo_random(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn zip_of(members: &[(&str, &[u8])]) -> io::Result<Vec<u8>> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in members {
        w.start_file(*name, opts).map_err(io::Error::other)?;
        w.write_all(data)?;
    }
    Ok(w.finish().map_err(io::Error::other)?.into_inner())
}

fn bomb_zip() -> io::Result<Vec<u8>> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    w.start_file("a.log", opts).map_err(io::Error::other)?;
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..1024 {
        w.write_all(&zeros)?;
    }
    let mut c = w.finish().map_err(io::Error::other)?;
    c.rewind()?;
    Ok(c.into_inner())
}

/// The corpus folder used by the tests and the generator's default.
pub fn default_dir() -> PathBuf {
    PathBuf::from("target/bad-input")
}
