//! Smoke tests of the Windows packages in `target/dist/windows`, as a consultant would meet
//! them: the portable zip's layout and checksums, the version resources, the CLI from the zip
//! under Wine against the Linux CLI on the same evidence, the app from the zip starting under
//! Wine (which has no WebView2 Runtime), and the installer and uninstaller, silent, in a fresh
//! Wine prefix. `.ci/package-windows` builds the packages and runs these (under xvfb-run).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use tokenready_windows_smoke::*;

fn zip_path() -> PathBuf {
    dist().join(format!("TokenReady_{}_x64-portable.zip", version()))
}

fn setup_path() -> PathBuf {
    dist().join(format!("TokenReady_{}_x64-setup.exe", version()))
}

/// The portable zip, unpacked into a scratch folder; returns its `TokenReady` folder.
fn unpacked(name: &str) -> PathBuf {
    let dir = scratch(name);
    unzip(&zip_path(), &dir);
    dir.join("TokenReady")
}

#[test]
#[ignore = "needs the packages from .ci/package-windows, Wine and an X display"]
fn the_zip_holds_the_documented_layout_and_the_checksums_match() {
    let out = run(
        "unzip -Z1",
        Command::new("unzip").arg("-Z1").arg(zip_path()),
        Duration::from_secs(60),
    );
    assert!(out.status.success());
    let mut names: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.ends_with('/'))
        .map(String::from)
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "TokenReady/LICENSE.txt",
            "TokenReady/README.txt",
            "TokenReady/TokenReady.exe",
            "TokenReady/WebView2Loader.dll",
            "TokenReady/cli/tokenready.exe",
            "TokenReady/licenses/LICENSE-DejaVu.txt",
            "TokenReady/licenses/LICENSE-DroidSansFallback.txt",
        ]
    );
    let dir = unpacked("layout");
    let readme = std::fs::read_to_string(dir.join("README.txt")).unwrap();
    assert!(readme.starts_with(&format!("TokenReady {} for Windows\r\n", version())));
    assert!(!readme.contains("@VERSION@"));
    assert_eq!(
        readme.matches('\n').count(),
        readme.matches("\r\n").count(),
        "README.txt has Windows line ends"
    );
    assert!(readme.contains(r"%APPDATA%\com.tokenready.desktop"));

    // SHA256SUMS names both packages, in sha256sum's format, with the right digests.
    let sums = std::fs::read_to_string(dist().join("SHA256SUMS")).unwrap();
    let mut listed = vec![];
    for line in sums.lines() {
        let (digest, name) = line.split_once("  ").expect("'<sha256>  <name>'");
        assert_eq!(digest, sha256_file(&dist().join(name)), "{name}");
        listed.push(name.to_string());
    }
    assert_eq!(
        listed,
        [
            format!("TokenReady_{}_x64-portable.zip", version()),
            format!("TokenReady_{}_x64-setup.exe", version()),
        ]
    );
}

/// The resources of a PE file, as `wrestool -l` (icoutils) lists them, and the strings of its
/// version resource.
fn resources(exe: &Path) -> (String, Vec<String>) {
    let list = run(
        "wrestool -l",
        Command::new("wrestool").arg("-l").arg(exe),
        Duration::from_secs(30),
    );
    assert!(list.status.success(), "{}", exe.display());
    let raw = run(
        "wrestool -x",
        Command::new("wrestool")
            .args(["-x", "--raw", "--type=16"])
            .arg(exe),
        Duration::from_secs(30),
    );
    // VS_VERSIONINFO strings are UTF-16LE, NUL-terminated, padded to 4 bytes.
    let units: Vec<u16> = raw
        .stdout
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    // Each key follows its block's header words (wLength, wValueLength, wType = 1 for text):
    // what comes after the last control character of a NUL-separated run is the text.
    let strings = units
        .split(|&u| u == 0)
        .map(String::from_utf16_lossy)
        .map(|s| match s.rfind(|c: char| c.is_control()) {
            Some(i) => s[i + 1..].to_string(),
            None => s,
        })
        .filter(|s| s.len() >= 2)
        .collect();
    (String::from_utf8_lossy(&list.stdout).into_owned(), strings)
}

fn value_after(strings: &[String], key: &str) -> Option<String> {
    let i = strings.iter().position(|s| s == key)?;
    strings.get(i + 1).cloned()
}

#[test]
#[ignore = "needs the packages from .ci/package-windows, Wine and an X display"]
fn the_app_embeds_the_ui_it_was_built_with() {
    // Without the custom-protocol feature the exe would load the dev server's URL instead.
    let exe = std::fs::read(unpacked("ui").join("TokenReady.exe")).unwrap();
    let assets = repo().join("ui/dist/assets");
    let mut names = 0;
    for e in std::fs::read_dir(&assets).expect("ui/dist: the UI is built before packaging") {
        let key = format!("/assets/{}", e.unwrap().file_name().to_string_lossy());
        assert!(
            exe.windows(key.len()).any(|w| w == key.as_bytes()),
            "{key} is not embedded in TokenReady.exe"
        );
        names += 1;
    }
    assert!(names >= 2, "the UI's script and style sheet");
}

#[test]
#[ignore = "needs the packages from .ci/package-windows, Wine and an X display"]
fn the_exes_carry_product_name_version_and_icon() {
    let dir = unpacked("resources");
    for exe in [
        dir.join("TokenReady.exe"),
        dir.join("cli/tokenready.exe"),
        setup_path(),
    ] {
        let (list, strings) = resources(&exe);
        assert!(
            list.contains("type=group_icon"),
            "{}: no icon\n{list}",
            exe.display()
        );
        assert!(
            list.contains("type=version"),
            "{}: no version\n{list}",
            exe.display()
        );
        assert_eq!(
            value_after(&strings, "ProductName").as_deref(),
            Some("TokenReady"),
            "{}: {strings:?}",
            exe.display()
        );
        assert_eq!(
            value_after(&strings, "ProductVersion").as_deref(),
            Some(version()),
            "{}: {strings:?}",
            exe.display()
        );
    }
}

/// The demo evidence with the answers a consultant gives, so that every part of the report
/// (rules, locations, lockouts, checklist) has something in it.
const ASSESS: &[&str] = &[
    "assess",
    "demo-evidence",
    "--account",
    r"CONTOSO\svc_acc",
    "--itms-version",
    "8.7.3",
    "--software-library",
    r"\\smp01\SoftwareLibrary",
    "--fallback",
    "on",
    "--customer",
    "Contoso Ltd",
    "--json",
    "report.json",
    "--csv",
    "csv",
    "--pdf",
    "report.pdf",
];

fn pdf_pages(pdf: &Path) -> String {
    let out = run(
        "pdfinfo",
        Command::new("pdfinfo").arg(pdf),
        Duration::from_secs(30),
    );
    assert!(out.status.success(), "{}: not a PDF", pdf.display());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .unwrap()
        .to_string()
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_dir() {
            copy_tree(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
#[ignore = "needs the packages from .ci/package-windows, Wine and an X display"]
fn the_cli_from_the_zip_writes_the_report_the_linux_cli_writes() {
    let dir = unpacked("cli");
    let work = scratch("cli-work");
    // One copy of the evidence, read by both (agent-log years come from file dates).
    copy_tree(
        &repo().join("tests/demo-evidence"),
        &work.join("demo-evidence"),
    );
    let linux = work.join("linux");
    let windows = work.join("windows");
    for d in [&linux, &windows] {
        std::fs::create_dir_all(d).unwrap();
        // The evidence is reached as ../demo-evidence from both output folders.
    }
    let args: Vec<String> = ASSESS
        .iter()
        .map(|a| match *a {
            "demo-evidence" => "../demo-evidence".to_string(),
            a => a.to_string(),
        })
        .collect();

    step("the Linux CLI");
    let out = run(
        "linux tokenready",
        Command::new(linux_cli()).args(&args).current_dir(&linux),
        Duration::from_secs(120),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let prefix = Prefix::create(scratch("cli-prefix").join("wine"), true);
    step("the Windows CLI from the zip, under Wine");
    let out = run(
        "wine tokenready.exe",
        prefix
            .wine(&dir.join("cli/tokenready.exe"))
            .args(&args)
            .current_dir(&windows),
        Duration::from_secs(300),
    );
    assert!(
        out.status.success(),
        "exit {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(r"../demo-evidence\cmdb\codebases.csv"),
        "{stderr}"
    );

    // The JSON report: equal but for the time it was made and the paths' separators.
    let read = |d: &Path| -> serde_json::Value {
        let text = std::fs::read_to_string(d.join("report.json")).unwrap();
        let mut v: serde_json::Value =
            serde_json::from_str(&portable_paths(&text, "../demo-evidence")).unwrap();
        v["generated_at"] = serde_json::Value::Null;
        v
    };
    let (l, w) = (read(&linux), read(&windows));
    assert!(
        l["inputs"].as_array().unwrap().len() >= 9,
        "the demo evidence was read"
    );
    if let Some(d) = first_difference(&l, &w, "$") {
        panic!("the Windows report differs from the Linux one at {d}");
    }

    // Every CSV table, byte for byte after the same rewriting.
    let mut tables: Vec<_> = std::fs::read_dir(linux.join("csv"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    tables.sort();
    assert!(tables.len() >= 6, "{tables:?}");
    for t in &tables {
        let l = std::fs::read_to_string(linux.join("csv").join(t)).unwrap();
        let w = std::fs::read_to_string(windows.join("csv").join(t)).unwrap();
        let w = portable_paths(&w, "../demo-evidence");
        assert_eq!(l, w, "{t:?} differs");
    }
    // The PDF: a real one, as long as Linux's.
    assert_eq!(
        pdf_pages(&linux.join("report.pdf")),
        pdf_pages(&windows.join("report.pdf"))
    );
}

/// The visible top-level windows on the X display, by id and name.
fn windows() -> Vec<(String, String)> {
    let out = run(
        "xdotool search",
        Command::new("xdotool").args(["search", "--onlyvisible", "--name", "."]),
        Duration::from_secs(10),
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|id| {
            let name = Command::new("xdotool")
                .args(["getwindowname", id])
                .output()
                .ok()?;
            Some((
                id.to_string(),
                String::from_utf8_lossy(&name.stdout).trim().to_string(),
            ))
        })
        .collect()
}

#[test]
#[ignore = "needs the packages from .ci/package-windows, Wine and an X display"]
fn the_app_from_the_zip_starts_and_shows_only_the_webview2_dialog() {
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "needs an X display: run under xvfb-run (.ci/package-windows does)"
    );
    let dir = unpacked("app");
    let data = scratch("app-data");
    let prefix = Prefix::create(scratch("app-prefix").join("wine"), true);
    step("starting TokenReady.exe from the zip under Wine");
    let stderr_path = data.join("stderr.txt");
    let mut child = prefix
        .wine(&dir.join("TokenReady.exe"))
        .current_dir(&dir)
        // Wine's loader errors (a missing DLL) are the one channel kept.
        .env("WINEDEBUG", "-all,err+module")
        .env("TOKENREADY_DATA_DIR", &data)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .spawn()
        .unwrap();

    // Wait for the main window and Tauri's dialog saying the WebView2 Runtime is missing.
    let t0 = Instant::now();
    let (main, dialog) = loop {
        let ws = windows();
        let main = ws.iter().find(|(_, n)| n == "TokenReady").cloned();
        let dialog = ws.iter().find(|(_, n)| n == "Error").cloned();
        if let (Some(m), Some(d)) = (&main, &dialog) {
            break (m.clone(), d.clone());
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!(
                "the app ended before showing its window ({status}); stderr:\n{}",
                std::fs::read_to_string(&stderr_path).unwrap_or_default()
            );
        }
        assert!(
            t0.elapsed() < Duration::from_secs(90),
            "no window and dialog after 90 s; windows: {ws:?}; stderr:\n{}",
            std::fs::read_to_string(&stderr_path).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(250));
    };
    step(&format!("window {main:?} and dialog {dialog:?} are up"));
    // Nothing else: no crash dialog (winedbg's "Program Error"), no missing-DLL box.
    let others: Vec<_> = windows()
        .into_iter()
        .filter(|(_, n)| n != "TokenReady" && n != "Error" && n != "Default IME")
        .collect();
    assert!(others.is_empty(), "other windows: {others:?}");
    if let Some(shot) = std::env::var_os("TOKENREADY_SMOKE_SCREENSHOT") {
        let _ = Command::new("import")
            .args(["-window", "root"])
            .arg(shot)
            .status();
    }

    // OK on the dialog: the app ends by itself, with status 1 and its one-line reason.
    step("dismissing the dialog");
    let ok = run(
        "xdotool key",
        Command::new("xdotool").args(["key", "--window", &dialog.0, "Return"]),
        Duration::from_secs(10),
    );
    assert!(ok.status.success());
    let t0 = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if t0.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("the app did not end within 30 s of the dialog's OK (a hang)");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    prefix.wait();
    let stderr = std::fs::read_to_string(&stderr_path).unwrap();
    assert!(
        !stderr.contains("err:module"),
        "a DLL is missing:\n{stderr}"
    );
    let reason = stderr
        .lines()
        .find(|l| l.starts_with("TokenReady could not start: "))
        .unwrap_or_else(|| panic!("no reason given on stderr:\n{stderr}"));
    assert!(
        reason.contains("Could not find the webview runtime"),
        "{reason}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status.code(), Some(1), "{stderr}");
}

/// Runs an NSIS installer or uninstaller with `/S` and waits for every program in the prefix
/// to end: the uninstaller copies itself to %TEMP% and runs from there.
fn silently(prefix: &Prefix, exe: &Path) {
    let name = exe.file_name().unwrap().to_string_lossy();
    step(&format!("{name} /S"));
    let out = run(&name, prefix.wine(exe).arg("/S"), Duration::from_secs(300));
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    prefix.wait();
}

#[test]
#[ignore = "needs the packages from .ci/package-windows, Wine and an X display"]
fn the_installer_and_uninstaller_run_silently_in_a_fresh_prefix() {
    const UNINSTALL: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\TokenReady";
    const OPEN: &str = r"HKCU\Software\Classes\TokenReady.Assessment\shell\open\command";
    let prefix = Prefix::create(scratch("setup-prefix").join("wine"), false);
    silently(&prefix, &setup_path());

    let profile = prefix.profile();
    let home = profile.join("AppData/Local/Programs/TokenReady");
    for f in [
        "TokenReady.exe",
        "WebView2Loader.dll",
        "cli/tokenready.exe",
        "README.txt",
        "LICENSE.txt",
        "uninstall.exe",
    ] {
        assert!(
            home.join(f).is_file(),
            "{f} is not installed in {}",
            home.display()
        );
    }
    let shortcut =
        profile.join("AppData/Roaming/Microsoft/Windows/Start Menu/Programs/TokenReady.lnk");
    assert!(shortcut.is_file(), "no Start-menu shortcut");
    let entry = prefix
        .reg_query(UNINSTALL)
        .expect("no Add/Remove Programs entry");
    for want in [
        "DisplayName    REG_SZ    TokenReady",
        &format!("DisplayVersion    REG_SZ    {}", version()),
        "Publisher    REG_SZ    TokenReady",
        r"\AppData\Local\Programs\TokenReady\uninstall.exe",
    ] {
        assert!(entry.contains(want), "{want:?} not in\n{entry}");
    }
    let open = prefix.reg_query(OPEN).expect("no .tokenready association");
    assert!(open.contains(r#"TokenReady.exe" "%1""#), "{open}");

    silently(&prefix, &home.join("uninstall.exe"));
    assert!(!home.exists(), "{} is left", home.display());
    assert!(!shortcut.exists(), "the shortcut is left");
    assert_eq!(
        prefix.reg_query(UNINSTALL),
        None,
        "the uninstall entry is left"
    );
    assert_eq!(prefix.reg_query(OPEN), None, "the association is left");
}
