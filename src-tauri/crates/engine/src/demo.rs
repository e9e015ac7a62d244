//! The built-in demo evidence: a small, realistic evidence folder for a fictional site
//! (Contoso, NS `smp01`, package servers `ps01`/`ps02`, ACC `CONTOSO\svc_itms_acc`).
//!
//! It is generated here, deterministically, so the app and the CLI can always materialise it;
//! the committed copy in `tests/demo-evidence/` is checked against this generator. Every kind
//! of evidence the engine reads appears at least once, in the encodings customers hand over.

use std::io::{self, Write};
use std::path::Path;

use tokenready_model::{Fallback, Parameters};

pub mod followup;

/// The answers a consultant would give for the demo site.
pub fn parameters() -> Parameters {
    Parameters {
        account: Some(r"CONTOSO\svc_itms_acc".into()),
        itms_version: Some("8.7.3".into()),
        software_library: Some(r"\\smp01\SoftwareLibrary".into()),
        ds_image_store: None,
        fallback: Some(Fallback::On),
        csv_time_offset: None,
        ..Parameters::default()
    }
}

const PACKAGES: &[(&str, &str)] = &[
    ("053effa6-130e-45b5-b959-100f9a499f8b", "7-Zip 24.08"),
    (
        "1a2b3c4d-0000-4a5b-8c9d-0123456789ab",
        "Adobe Acrobat Reader DC",
    ),
    (
        "22c5e6f0-1111-4b6c-9d0e-1234567890bc",
        "Google Chrome Enterprise",
    ),
    (
        "3f9d2e10-2222-4c7d-8e1f-2345678901cd",
        "Microsoft Office LTSC 2021",
    ),
    ("4e8c1b20-3333-4d8e-9f20-3456789012de", "Notepad++ 8.6"),
    ("5d7b0a30-4444-4e9f-a031-4567890123ef", "VLC media player"),
    ("6c6a9f40-5555-4fa0-b142-5678901234f0", "Zoom Workplace"),
    ("7b599e50-6666-40b1-8253-678901234501", "Citrix Workspace"),
];

fn codebases_csv() -> Vec<u8> {
    let mut s = String::from("\u{feff}PackageId,URL,Source,Snapshot\r\n");
    for (i, (id, _)) in PACKAGES.iter().enumerate() {
        s.push_str(&format!(
            "{id},http://smp01.contoso.local/Altiris/PackageShare/{{{id}}}/cache,smp01,{}\r\n",
            1000 + i
        ));
        for ps in ["ps01", "ps02"] {
            s.push_str(&format!(
                "{id},http://{ps}.contoso.local/Altiris/PS/Share/{{{id}}}/cache,{ps},{}\r\n",
                1000 + i
            ));
        }
        // The first three packages also publish UNC code bases on ps01 (FILE delineator).
        if i < 3 {
            s.push_str(&format!(
                "{id},\\\\ps01.contoso.local\\PkgSvrHost\\{{{id}}}\\cache,ps01,{}\r\n",
                1000 + i
            ));
        }
    }
    s.into_bytes()
}

fn package_sources_ssv() -> Vec<u8> {
    // ASDK-style export, semicolon-separated: a URL package with a UNC alternate location.
    let mut s = String::from("Name;SourceType;PackageLocation;PackageDirectory\r\n");
    s.push_str("Microsoft Office LTSC 2021;Url;https://web01.contoso.local/pkgs/office2021;\\\\files01\\Packages$\\Office2021\r\n");
    s.push_str("Citrix Workspace;Unc;\\\\files01\\Packages$\\Citrix;\r\n");
    s.push_str("Zoom Workplace;Library;\\\\smp01\\SoftwareLibrary\\6c6a9f40-5555-4fa0-b142-5678901234f0;\r\n");
    s.push_str("Legacy HR client;Local;P:\\Installers\\HR;\r\n");
    s.into_bytes()
}

fn ns_event(
    date: &str,
    sev: u8,
    host: &str,
    source: &str,
    module: &str,
    process: &str,
    body: &str,
) -> String {
    format!(
        "<event date=\"{date}\" severity=\"{sev}\" hostName=\"{host}\" source=\"{source}\" module=\"{module}\" process=\"{process}\" pid=\"4120\" thread=\"57\" tickCount=\"369203781\"><![CDATA[{body}]]></event>\r\n"
    )
}

/// The NS's hourly distribution point update, at `h`:12 on 2025-04-`day`.
pub(crate) fn dp_update(day: u32, h: u32) -> String {
    ns_event(
        &format!("04/{day:02}/2025 0{h}:12:04.1223067 -04:00"),
        4,
        "SMP01",
        "PackageDistributionPointUpdate",
        "Altiris.NS.dll",
        "AeXSvc",
        "Distribution point update finished: 8 packages checked.",
    )
}

/// The NS failing with the ACC on `share`, at `h`:15 on 2025-04-`day`.
pub(crate) fn share_logon_failure(day: u32, h: u32, share: &str) -> String {
    ns_event(
        &format!("04/{day:02}/2025 0{h}:15:44.5000000 -04:00"),
        1,
        "SMP01",
        "AeXNetworkTransport",
        "Altiris.NS.dll",
        "AeXSvc",
        &format!("Failed to access {share}: Logon failure: unknown user name or bad password. (0x8007052E)"),
    )
}

fn ns_log(day: u32) -> Vec<u8> {
    let mut s = String::new();
    for h in 0..6u32 {
        s.push_str(&dp_update(day, h));
        if h % 2 == 1 {
            s.push_str(&share_logon_failure(
                day,
                h,
                "\\\\files01\\Packages$\\Citrix",
            ));
        }
    }
    s.push_str(&ns_event(
        &format!("04/{day:02}/2025 07:34:22.1223067 -04:00"),
        1,
        "SMP01",
        "Item.RaiseItemLoadFlagsSecurityException",
        "Altiris.NS.dll",
        "w3wp",
        "Failed initiate push installation\r\n\r\nCurrent user does not have required permission to load item: 'Access Tokens Configuration' (44b20a50-825c-4b62-958d-91607cc47d5a)\r\n\r\n   [AeXUnauthorizedAccessException @ Altiris.NS.dll]\r\n",
    ));
    s.into_bytes()
}

fn agent_log_utf16() -> Vec<u8> {
    let mut s = String::new();
    let ev = |date: &str, sev: u8, source: &str, body: &str| {
        format!("<event date='{date}' severity='{sev}' hostName='PS01' source='{source}' module='AeXNSAgent.exe' process='AeXNSAgent.exe' pid='724' thread='1740' tickCount='495844828' >\r\n  <![CDATA[{body}]]></event>\r\n")
    };
    s.push_str(&ev("Apr 16 08:00:02", 4, "SiteServerAction", "Agent Connectivity Credential refresh: account CONTOSO\\svc_itms_acc is a domain account and is not managed"));
    for (i, min) in [3u32, 6, 12, 24, 48].iter().enumerate() {
        s.push_str(&ev(
            &format!("Apr 16 {:02}:{:02}:10", 8 + (min / 60), min % 60),
            2,
            "PackageDownload",
            &format!("Download of package {{3f9d2e10-2222-4c7d-8e1f-2345678901cd}} from \\\\files01\\Packages$\\Office2021 failed (attempt {}): The referenced account is currently locked out and may not be logged on to. (0x80070775)", i + 1),
        ));
    }
    s.push_str(&ev("Apr 16 09:40:00", 2, "AeXNetworkTransport", "Failed to request 'https://smp01.contoso.local:443/altiris/TaskManagement/CTAgent/GetClientTaskServers.aspx?shares=1', error: HTTP status 401: The request requires user authentication (0x8FA10191)"));
    let mut out = vec![0xFF, 0xFE];
    for u in s.encode_utf16() {
        out.extend_from_slice(&u.to_le_bytes());
    }
    out
}

fn evt(id: u32, rec: u64, time: &str, computer: &str, data: &[(&str, &str)]) -> String {
    let mut d = String::new();
    for (k, v) in data {
        d.push_str(&format!("<Data Name='{k}'>{v}</Data>"));
    }
    format!("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{{54849625-5478-4994-A5BA-3E3B0328C30D}}'/><EventID>{id}</EventID><Version>0</Version><Level>0</Level><Task>13824</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='{time}'/><EventRecordID>{rec}</EventRecordID><Correlation/><Execution ProcessID='520' ThreadID='1112'/><Channel>Security</Channel><Computer>{computer}</Computer><Security/></System><EventData>{d}</EventData></Event>\r\n")
}

/// The domain controller's Security events of the demo site. Kept whole: it is the demo's
/// story told in order (each caller's Kerberos failures on the agent's retry schedule, then
/// its lockout; then the single events that test the edges).
fn dc_events_xml() -> Vec<u8> {
    let mut s = String::new();
    let mut rec = 175_700;
    let ips = [
        "10.20.1.11",
        "10.20.1.11",
        "10.20.1.11",
        "10.20.1.5",
        "10.20.30.142",
    ];
    for (i, caller) in ["PS01", "PS01", "PS01", "SMP01", "WS0142"]
        .iter()
        .enumerate()
    {
        let ip = format!("::ffff:{}", ips[i]);
        // Attempts on the agent's retry schedule (KB 181098): 3, 6 and 12 minutes apart.
        for k in [0u32, 3, 9, 21] {
            rec += 1;
            s.push_str(&evt(
                4771,
                rec,
                &format!("2025-04-16T1{i}:{k:02}:08.5768875Z"),
                "DC01.contoso.local",
                &[
                    ("TargetUserName", "svc_itms_acc"),
                    ("TargetSid", "S-1-5-21-3457937927-2839227994-823803824-2104"),
                    ("ServiceName", "krbtgt/CONTOSO.LOCAL"),
                    ("Status", "0x18"),
                    ("IpAddress", ip.as_str()),
                ],
            ));
        }
        rec += 1;
        s.push_str(&evt(
            4740,
            rec,
            &format!("2025-04-16T1{i}:22:08.5768875Z"),
            "DC01.contoso.local",
            &[
                ("TargetUserName", "svc_itms_acc"),
                ("TargetDomainName", caller),
                ("TargetSid", "S-1-5-21-3457937927-2839227994-823803824-2104"),
                ("SubjectUserSid", "S-1-5-18"),
                ("SubjectUserName", "DC01$"),
                ("SubjectDomainName", "CONTOSO"),
                ("SubjectLogonId", "0x3e7"),
            ],
        ));
    }
    rec += 1;
    s.push_str(&evt(
        4776,
        rec,
        "2025-04-16T15:00:00.0000000Z",
        "DC01.contoso.local",
        &[
            ("PackageName", "MICROSOFT_AUTHENTICATION_PACKAGE_V1_0"),
            ("TargetUserName", "svc_itms_acc"),
            ("Workstation", "PS02"),
            ("Status", "0xc000006a"),
        ],
    ));
    // A failed SMB logon on the DC names PS01 and its address together.
    rec += 1;
    s.push_str(&evt(
        4625,
        rec,
        "2025-04-16T10:00:09.1000000Z",
        "DC01.contoso.local",
        &[
            ("TargetUserName", "svc_itms_acc"),
            ("TargetDomainName", "CONTOSO"),
            ("Status", "0xc000006d"),
            ("FailureReason", "%%2313"),
            ("SubStatus", "0xc000006a"),
            ("LogonType", "3"),
            ("WorkstationName", "PS01"),
            ("IpAddress", "10.20.1.11"),
        ],
    ));
    // Another account locked out: must not count for the ACC.
    rec += 1;
    s.push_str(&evt(
        4740,
        rec,
        "2025-04-16T16:00:00.0000000Z",
        "DC01.contoso.local",
        &[("TargetUserName", "jdoe"), ("TargetDomainName", "WS0077")],
    ));
    s.into_bytes()
}

/// The same day's lockouts and the failed SMB logon of DC01 as the customer's Microsoft
/// Sentinel keeps them: a portal "Export → CSV" of `SecurityEvent` (the shape of the real
/// export A in siem-exports.md §2.3/§2.4: UTC times in the portal's en-US rendering, no record
/// ID, `Account` = caller\user for 4740, EventData as a multi-line XML cell). Every row is an
/// event of `dc01-security.xml`: the report counts each once, matched by computer, time,
/// event ID, account and caller, and says so.
fn dc_events_sentinel_csv() -> Vec<u8> {
    let mut s = String::from("TenantId,\"TimeGenerated [UTC]\",SourceSystem,Account,AccountType,Computer,EventSourceName,Channel,Task,Level,EventData,EventID,Activity,IpAddress,LogonType,Status,SubStatus,TargetAccount,TargetDomainName,TargetUserName,WorkstationName,Type,\"_ResourceId\"\r\n");
    let tenant = "5f1c2a9e-7d44-4b0e-9a55-2c3d6e8f0a11";
    let data = |pairs: &[(&str, &str)]| {
        let mut x = String::from(
            "\"<EventData xmlns=\"\"http://schemas.microsoft.com/win/2004/08/events/event\"\">\r\n",
        );
        for (k, v) in pairs {
            x.push_str(&format!("  <Data Name=\"\"{k}\"\">{v}</Data>\r\n"));
        }
        x + "</EventData>\""
    };
    for (i, caller) in ["PS01", "PS01", "PS01", "SMP01", "WS0142"]
        .iter()
        .enumerate()
    {
        let h = 10 + i;
        let (h12, ampm) = if h < 12 {
            (h, "AM")
        } else if h == 12 {
            (12, "PM")
        } else {
            (h - 12, "PM")
        };
        let ed = data(&[
            ("TargetUserName", "svc_itms_acc"),
            ("TargetDomainName", caller),
            ("TargetSid", "S-1-5-21-3457937927-2839227994-823803824-2104"),
            ("SubjectUserSid", "S-1-5-18"),
            ("SubjectUserName", "DC01$"),
            ("SubjectDomainName", "CONTOSO"),
            ("SubjectLogonId", "0x3e7"),
        ]);
        s.push_str(&format!("{tenant},\"4/16/2025, {h12}:22:08.576 {ampm}\",OpsManager,\"{caller}\\svc_itms_acc\",User,\"DC01.contoso.local\",\"Microsoft-Windows-Security-Auditing\",Security,13824,0,{ed},4740,\"4740 - A user account was locked out.\",,,,,\"{caller}\\svc_itms_acc\",{caller},svc_itms_acc,,SecurityEvent,\r\n"));
    }
    s.push_str(&format!("{tenant},\"4/16/2025, 10:00:09.100 AM\",OpsManager,\"CONTOSO\\svc_itms_acc\",User,\"DC01.contoso.local\",\"Microsoft-Windows-Security-Auditing\",Security,12544,0,,4625,\"4625 - An account failed to log on.\",\"10.20.1.11\",3,0xc000006d,0xc000006a,\"CONTOSO\\svc_itms_acc\",CONTOSO,svc_itms_acc,PS01,SecurityEvent,\r\n"));
    s.into_bytes()
}

fn ps01_events_csv() -> Vec<u8> {
    let mut s = String::from("Keywords,Date and Time,Source,Event ID,Task Category\r\n");
    for i in 0..4 {
        s.push_str(&format!("Audit Failure,4/16/2025 {}:{:02}:10 AM,Microsoft-Windows-Security-Auditing,4625,Logon,\"An account failed to log on.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t-\r\n\tAccount Domain:\t\t-\r\n\tLogon ID:\t\t0x0\r\n\r\nLogon Type:\t\t\t3\r\n\r\nAccount For Which Logon Failed:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\tsvc_itms_acc\r\n\tAccount Domain:\t\tCONTOSO\r\n\r\nFailure Information:\r\n\tFailure Reason:\t\tUnknown user name or bad password.\r\n\tStatus:\t\t\t0xC000006D\r\n\tSub Status:\t\t0xC000006A\r\n\r\nNetwork Information:\r\n\tWorkstation Name:\tWS0142\r\n\tSource Network Address:\t10.20.30.142\r\n\tSource Port:\t\t0\"\r\n", 8 + i / 2, (i % 2) * 30 + 3));
    }
    s.into_bytes()
}

/// PS02 runs a German Windows Server: its Security log exported with Event Viewer "Save as CSV"
/// (header, keyword, date order and message labels from the de-DE table in
/// `events/locale/de.rs`, all cited there). Two more failed logons of the ACC from WS0142. The
/// German task category name and the German text of %%2313 are not sourced: the category is
/// left empty and the Failure Reason line out.
fn ps02_events_csv_de() -> Vec<u8> {
    let mut s =
        String::from("Schlüsselwörter,Datum und Uhrzeit,Quelle,Ereignis-ID,Aufgabenkategorie\r\n");
    for i in 0..2 {
        s.push_str(&format!("Überwachung fehlgeschlagen,16.04.2025 {:02}:{:02}:12,Microsoft-Windows-Security-Auditing,4625,,\"Fehler beim Anmelden eines Kontos.\r\n\r\nAntragsteller:\r\n\tSicherheits-ID:\t\tNULL SID\r\n\tKontoname:\t\t-\r\n\tKontodomäne:\t\t-\r\n\tAnmelde-ID:\t\t0x0\r\n\r\nAnmeldetyp:\t\t\t3\r\n\r\nKonto, für das die Anmeldung fehlgeschlagen ist:\r\n\tSicherheits-ID:\t\tNULL SID\r\n\tKontoname:\t\tsvc_itms_acc\r\n\tKontodomäne:\t\tCONTOSO\r\n\r\nFehlerinformationen:\r\n\tStatus:\t\t\t0xC000006D\r\n\tUnterstatus::\t\t0xC000006A\r\n\r\nNetzwerkinformationen:\r\n\tArbeitsstationsname:\tWS0142\r\n\tQuellnetzwerkadresse:\t10.20.30.142\r\n\tQuellport:\t\t0\"\r\n", 9 + i, 15));
    }
    s.into_bytes()
}

fn script_txt() -> Vec<u8> {
    "@echo off\r\nREM Nightly copy of installers to the package share (maintained by the desktop team)\r\nrobocopy \\\\files01\\Packages$\\Office2021 \"D:\\Staging\\Office2021\" /MIR /R:2\r\nrobocopy //files01/Packages$/Citrix D:\\Staging\\Citrix /MIR\r\nREM Status page: https://smp01.contoso.local/Altiris/Console\r\n"
        .as_bytes()
        .to_vec()
}

fn zip_of(members: &[(&str, Vec<u8>)]) -> io::Result<Vec<u8>> {
    let mut buf = io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default());
        for (name, data) in members {
            z.start_file(*name, opts).map_err(io::Error::other)?;
            z.write_all(data)?;
        }
        z.finish().map_err(io::Error::other)?;
    }
    Ok(buf.into_inner())
}

/// Every demo file: relative path and content.
pub fn files() -> io::Result<Vec<(&'static str, Vec<u8>)>> {
    Ok(vec![
        ("README.txt", b"TokenReady demo evidence for the fictional Contoso site. Generated by src-tauri/crates/engine/src/demo.rs; do not edit.\r\n".to_vec()),
        ("cmdb/codebases.csv", codebases_csv()),
        ("cmdb/package-sources.txt", package_sources_ssv()),
        ("smp01/Logs/a.log", ns_log(16)),
        ("smp01/Logs/Archive/a-2025-04-15.zip", zip_of(&[("a1.log", ns_log(15))])?),
        ("ps01/Logs/agent.log", agent_log_utf16()),
        ("events/dc01-security.xml", dc_events_xml()),
        ("events/sentinel-securityevent.csv", dc_events_sentinel_csv()),
        ("events/ps01-security.csv", ps01_events_csv()),
        ("events/ps02-sicherheit.csv", ps02_events_csv_de()),
        ("notes/copy-installers.cmd", script_txt()),
    ])
}

/// Writes the demo evidence under `dir` (created if needed).
pub fn write(dir: &Path) -> io::Result<()> {
    for (rel, data) in files()? {
        let p = dir.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(p, data)?;
    }
    Ok(())
}

/// Materialises the demo evidence in a fresh folder under the system temp dir and returns it.
pub fn materialise() -> io::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("tokenready-demo-evidence-{}", crate::VERSION));
    write(&dir)?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed demo folder is exactly what the generator writes.
    #[test]
    fn committed_demo_evidence_matches_the_generator() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/demo-evidence");
        if std::env::var_os("TOKENREADY_BLESS").is_some() {
            let _ = std::fs::remove_dir_all(&dir);
            write(&dir).unwrap();
        }
        for (rel, data) in files().unwrap() {
            let on_disk = std::fs::read(dir.join(rel)).unwrap_or_default();
            assert!(on_disk == data, "tests/demo-evidence/{rel} is stale: run TOKENREADY_BLESS=1 cargo test -p tokenready-engine");
        }
    }

    /// The committed follow-up folder is exactly what its generator writes.
    #[test]
    fn committed_demo_followup_matches_the_generator() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/demo-followup");
        if std::env::var_os("TOKENREADY_BLESS").is_some() {
            let _ = std::fs::remove_dir_all(&dir);
            for (rel, data) in followup::files() {
                let p = dir.join(rel);
                std::fs::create_dir_all(p.parent().unwrap()).unwrap();
                std::fs::write(p, data).unwrap();
            }
        }
        for (rel, data) in followup::files() {
            let on_disk = std::fs::read(dir.join(rel)).unwrap_or_default();
            assert!(on_disk == data, "tests/demo-followup/{rel} is stale: run TOKENREADY_BLESS=1 cargo test -p tokenready-engine");
        }
    }

    /// The follow-up tells its story: lockouts after the rollout from WS0142 only, DC02 not
    /// covered, the file share gone, CHK-04 and CHK-05 failed by the evidence.
    #[test]
    fn the_demo_followup_tells_its_story() {
        let dir =
            std::env::temp_dir().join(format!("tokenready-followup-test-{}", std::process::id()));
        let f = followup::write(&dir).unwrap();
        let request = tokenready_model::AssessRequest {
            evidence: vec![f.evidence.display().to_string()],
            parameters: Parameters {
                baseline: Some(f.baseline.display().to_string()),
                ..followup::parameters()
            },
            engagement: Default::default(),
        };
        let r = crate::assess(
            &request,
            &|_| {},
            &std::sync::atomic::AtomicBool::new(false),
        )
        .unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        let c = r.comparison.as_ref().expect("a comparison");
        assert!(c.baseline.is_some());
        let src = |name: &str| {
            c.sources
                .iter()
                .find(|s| s.computer == name)
                .map(|s| (s.before, s.after))
        };
        assert_eq!(src("ws0142"), Some((1, 2)), "{:?}", c.sources);
        assert_eq!(src("ps01"), Some((4, 0)), "{:?}", c.sources);
        let cov = |name: &str| {
            c.coverage
                .iter()
                .find(|x| x.computer == name)
                .map(|x| x.covers_after)
        };
        assert_eq!(cov("dc01.contoso.local"), Some(true), "{:?}", c.coverage);
        assert_eq!(cov("dc02.contoso.local"), Some(false), "{:?}", c.coverage);
        assert!(
            c.locations
                .removed
                .iter()
                .any(|l| l.host.as_deref() == Some("files01")),
            "{:?}",
            c.locations
        );
        let check = |id: &str| r.checklist.iter().find(|c| c.id == id).unwrap();
        assert_eq!(check("CHK-04").status, tokenready_model::CheckStatus::Fail);
        assert_eq!(check("CHK-04").basis, tokenready_model::Basis::Evidence);
        assert_eq!(check("CHK-05").status, tokenready_model::CheckStatus::Fail);
        let ns = c
            .signals
            .iter()
            .find(|s| s.kind == "logon-failure")
            .expect("NS log signals split");
        assert_eq!((ns.before, ns.after), (3, 0), "{:?}", c.signals);
        let lck = r
            .findings
            .iter()
            .find(|f| f.id == "TR-LCK-001")
            .expect("lockouts go on");
        assert!(
            lck.rationale.contains("they have not stopped"),
            "{}",
            lck.rationale
        );
    }
}
