//! The real app in a real window (Xvfb), driven through tauri-driver and WebKitWebDriver.
//!
//! Run with: `xvfb-run -a cargo test -p tokenready-e2e -- --ignored --test-threads=1`
//! after `tauri build --debug --no-bundle` (the binary must embed the UI). `.ci/test` does both.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;
use tokio::process::{Child, Command};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// A scratch folder for one test, inside the build's target folder (not /tmp), emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A timestamped progress line on stderr, so a CI log shows how far a test got.
fn step(what: &str) {
    use std::sync::OnceLock;
    static T0: OnceLock<Instant> = OnceLock::new();
    let t0 = T0.get_or_init(Instant::now);
    eprintln!("[e2e {:>6.1}s] {what}", t0.elapsed().as_secs_f64());
}

fn app_path() -> PathBuf {
    if let Ok(p) = std::env::var("APP_BIN") {
        return PathBuf::from(p);
    }
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| repo().join("target"));
    target.join("debug/tokenready-app")
}

fn demo_dir() -> PathBuf {
    repo().join("tests/demo-evidence")
}

struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    /// `env`: the test seams the app reads instead of showing native dialogs
    /// (TOKENREADY_E2E_PICK, _SAVE_DIR, _OPEN) and its data folder (TOKENREADY_DATA_DIR).
    async fn start(port: u16, env: &[(&str, &Path)]) -> Driver {
        step(&format!("starting tauri-driver on port {port}"));
        let mut cmd = Command::new("tauri-driver");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &(port + 1).to_string(),
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            // Its own process group: stopping it can take WebKitWebDriver and the app along.
            .process_group(0)
            .spawn()
            .expect("tauri-driver not found: cargo install tauri-driver --locked");
        let t0 = Instant::now();
        while tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err()
        {
            assert!(
                t0.elapsed() < Duration::from_secs(15),
                "tauri-driver did not listen"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        step("tauri-driver is listening");
        Driver { child, port }
    }

    /// A new session. The first request sometimes fails on a loaded machine (seen once in a
    /// cold CI run: the connection to tauri-driver was dropped), so it is tried three times.
    async fn session(&self, args: &[String]) -> WebDriverResult<WebDriver> {
        let mut attempt = 0;
        loop {
            let mut caps = Capabilities::new();
            caps.set("browserName", "wry")?;
            caps.set(
                "tauri:options",
                serde_json::json!({ "application": app_path(), "args": args }),
            )?;
            step("requesting a session (the app starts)");
            match WebDriver::new(format!("http://127.0.0.1:{}", self.port), caps).await {
                Err(e) if attempt < 2 => {
                    attempt += 1;
                    eprintln!("new session failed ({e}); trying again");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                other => return other,
            }
        }
    }

    /// SIGTERM lets tauri-driver stop WebKitWebDriver and the app; then the whole process group
    /// is ended, so nothing is left holding a port even when a test failed half-way.
    ///
    /// Signals go through system calls with a checked pid: the `kill` program (procps-ng
    /// 4.0.2) turned `kill -KILL -PGID` into kill(-1, SIGKILL) — every process on the machine —
    /// when the group had already gone (seen with strace; it ended the CI runs).
    async fn stop(mut self) {
        use nix::sys::signal::{kill, killpg, Signal};
        use nix::unistd::Pid;
        step("stopping tauri-driver");
        let Some(pid) = self.child.id().and_then(|p| i32::try_from(p).ok()) else {
            return;
        };
        if pid <= 1 {
            return;
        }
        let _ = kill(Pid::from_raw(pid), Signal::SIGTERM);
        let _ = tokio::time::timeout(Duration::from_secs(5), self.child.wait()).await;
        // The group tauri-driver led (process_group(0)): WebKitWebDriver and the app, if left.
        let _ = killpg(Pid::from_raw(pid), Signal::SIGKILL);
    }
}

async fn wait_for<F, Fut, T>(what: &str, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let t0 = Instant::now();
    loop {
        if let Some(v) = f().await {
            return v;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Whether `id` stands in `text` as a whole token (case-insensitive), as in the CLI's proof:
/// a redacted path segment `cache` must be gone, the English word "cached" may stay.
fn contains_token(text: &str, id: &str) -> bool {
    let hay = text.to_lowercase();
    let needle = id.to_lowercase();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    hay.match_indices(&needle).any(|(i, _)| {
        !word(hay[..i].chars().next_back()) && !word(hay[i + needle.len()..].chars().next())
    })
}

/// On Evidence: clears the list and picks the demo folder (the dialog answers with it).
async fn pick_demo(driver: &WebDriver) -> WebDriverResult<String> {
    click(driver, "step-evidence").await?;
    click(driver, "clear-evidence").await?;
    click(driver, "pick").await?;
    let demo = demo_dir().display().to_string();
    wait_for("the picked folder", || {
        let d = driver.clone();
        let demo = demo.clone();
        async move { (texts(&d, "#evidence-paths li").await == [demo]).then_some(()) }
    })
    .await;
    Ok(demo)
}

async fn texts(driver: &WebDriver, css: &str) -> Vec<String> {
    let mut out = vec![];
    if let Ok(els) = driver.find_all(By::Css(css)).await {
        for e in els {
            out.push(e.text().await.unwrap_or_default());
        }
    }
    out
}

async fn pick_and_analyse(driver: WebDriver, save_dir: PathBuf) -> WebDriverResult<()> {
    ready(&driver).await;
    assert_eq!(driver.title().await?, "TokenReady");
    let labels = texts(&driver, "#step-list .label").await;
    assert_eq!(
        labels,
        [
            "Engagement",
            "Environment",
            "Evidence",
            "Package locations",
            "Logs & events",
            "Findings",
            "Plan",
            "Validation",
            "Report"
        ]
    );

    let demo = pick_demo(&driver).await?;

    click(&driver, "analyse").await?;
    let rows = wait_for("the inventory", || {
        let d = driver.clone();
        async move {
            let rows = d.find_all(By::Css("#inventory tbody tr")).await.ok()?;
            (!rows.is_empty()).then_some(rows)
        }
    })
    .await;

    // What the engine returns for the same evidence and the answers the app started with.
    let req = tokenready_engine::model::AssessRequest {
        evidence: vec![demo.clone()],
        parameters: tokenready_engine::demo::parameters(),
        engagement: Default::default(),
    };
    let report = tokenready_engine::assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap();
    assert_eq!(rows.len(), report.inputs.len());
    assert!(
        report
            .inputs
            .iter()
            .any(|i| i.language.as_deref() == Some("de-DE")),
        "the demo holds a German export"
    );
    for (row, input) in rows.iter().zip(&report.inputs) {
        let cells = row.find_all(By::Css("td")).await?;
        assert_eq!(cells[0].text().await?, input.path);
        // A localized export shows the language it was read in beside its kind.
        let kind = match &input.language {
            Some(l) => format!("{} · {l}", input.kind.as_str()),
            None => input.kind.as_str().to_string(),
        };
        assert_eq!(cells[1].text().await?, kind);
        assert_eq!(cells[2].text().await?, input.records.to_string());
        assert_eq!(cells[4].text().await?, input.sha256[..12]);
    }
    // The inventory, to look at (E2E_SHOT_DIR=folder): the German export's row in view.
    if let Ok(dir) = std::env::var("E2E_SHOT_DIR") {
        if let Some(row) = rows.get(5) {
            row.scroll_into_view().await?;
        }
        let png = driver.screenshot_as_png().await?;
        std::fs::write(Path::new(&dir).join("evidence-inventory.png"), png)?;
    }

    // The findings step shows the engine's findings, in order.
    click(&driver, "step-findings").await?;
    let titles = texts(&driver, "#findings article h3").await;
    let want: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            format!(
                "{} {} — {}",
                serde_json::to_value(f.severity)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_uppercase(),
                f.id,
                f.title
            )
        })
        .collect();
    assert_eq!(titles, want);

    // The report step exports a real PDF of what the engine found.
    click(&driver, "step-engagement").await?;
    let customer = driver.find(By::Id("customer")).await?;
    customer.clear().await?;
    customer.send_keys("Müller Ødegård AG").await?;
    let saved = export_pdf(&driver).await?;
    let pdf = std::fs::read(&saved).expect("the PDF was written");
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(Path::new(&saved).starts_with(&save_dir));
    let text = std::process::Command::new("pdftotext")
        .args([saved.as_str(), "-"])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Müller Ødegård AG"), "customer on the cover");
    for f in &report.findings {
        assert!(text.contains(&f.id), "{} in the PDF", f.id);
    }

    // "Export redacted": a preview of the replacements, then a PDF under another name that
    // keeps the findings and shows none of the previewed originals nor the customer.
    click(&driver, "redact").await?;
    let samples = wait_for("the redaction preview", || {
        let d = driver.clone();
        async move {
            let rows = d
                .find_all(By::Css("#redaction-preview tbody tr"))
                .await
                .ok()?;
            let mut out = vec![];
            for r in rows {
                let cells = r.find_all(By::Css("td")).await.ok()?;
                out.push((cells[1].text().await.ok()?, cells[2].text().await.ok()?));
            }
            (!out.is_empty()).then_some(out)
        }
    })
    .await;
    assert_eq!(
        driver.find(By::Id("export-pdf")).await?.text().await?,
        "Export redacted PDF (A4)"
    );
    let redacted = export_pdf(&driver).await?;
    assert_ne!(
        redacted, saved,
        "a redacted export never replaces the plain one"
    );
    assert!(redacted.contains("redacted"), "{redacted}");
    assert!(std::fs::read(&saved).unwrap().starts_with(b"%PDF-"));
    let out = std::process::Command::new("pdftotext")
        .args([redacted.as_str(), "-"])
        .output()
        .expect("pdftotext");
    let red_text = String::from_utf8_lossy(&out.stdout);
    assert!(!red_text.contains("Müller Ødegård AG"), "customer redacted");
    for (original, pseudonym) in &samples {
        // A name that is a plain word (`a` of a.log, a `cache` folder, the `Packages` share) may
        // stand in the report's own prose ("move these packages"); the CLI's proof checks such
        // names in their places. Names with digits, dots or `$` must be gone everywhere.
        let plain_word = original.len() < 3 || original.chars().all(char::is_alphabetic);
        assert!(
            plain_word || !contains_token(&red_text, original),
            "{original} in the redacted PDF"
        );
        assert_ne!(original, pseudonym);
    }
    assert!(
        samples.iter().any(|(_, p)| red_text.contains(p.as_str())),
        "a previewed pseudonym is in the redacted PDF: {samples:?}"
    );
    for f in &report.findings {
        assert!(red_text.contains(&f.id), "{} in the redacted PDF", f.id);
    }
    click(&driver, "redact").await?;

    if let Ok(p) = std::env::var("E2E_SHOT") {
        std::fs::write(p, driver.screenshot_as_png().await?)?;
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs an X display, tauri-driver, WebKitWebDriver and a built app (see .ci/test)"]
async fn pick_folder_analyse_and_show_what_the_engine_returned() {
    let save_dir = scratch("pick-analyse-export");
    let data = save_dir.join("data");
    let dir = save_dir.clone();
    run_session(
        4444,
        &[
            ("TOKENREADY_E2E_PICK", &demo_dir()),
            ("TOKENREADY_E2E_SAVE_DIR", &save_dir),
            ("TOKENREADY_DATA_DIR", &data),
        ],
        move |driver| pick_and_analyse(driver, dir),
    )
    .await;
}

async fn value_of(driver: &WebDriver, id: &str) -> WebDriverResult<String> {
    let t0 = Instant::now();
    loop {
        let got = async { driver.find(By::Id(id)).await?.prop("value").await }.await;
        match got {
            Err(e)
                if e.to_string().to_lowercase().contains("stale")
                    && t0.elapsed() < Duration::from_secs(5) =>
            {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            other => return Ok(other?.unwrap_or_default()),
        }
    }
}

/// First run: type, analyse, record a validation result, save; quit.
async fn first_run(driver: WebDriver) -> WebDriverResult<String> {
    ready(&driver).await;
    driver
        .find(By::Id("consultant"))
        .await?
        .send_keys("Ana Sørensen")
        .await?;
    click(&driver, "step-evidence").await?;
    click(&driver, "clear-evidence").await?;
    click(&driver, "pick").await?;
    click(&driver, "analyse").await?;
    wait_css(&driver, "#inventory tbody tr", "the inventory").await;
    click(&driver, "step-validation").await?;
    driver
        .execute(
            "const s = document.getElementById('check-CHK-01-status'); s.value = 'pass'; s.dispatchEvent(new Event('change'));",
            vec![],
        )
        .await?;
    click(&driver, "file-save").await?;
    let saved = wait_for("the saved file", || {
        let d = driver.clone();
        async move {
            let t = d.find(By::Id("file-name")).await.ok()?.text().await.ok()?;
            t.strip_prefix("File: ").map(str::to_string)
        }
    })
    .await;
    // Typing after the save: only the autosaved recovery copy has this.
    click(&driver, "step-engagement").await?;
    driver
        .find(By::Id("scope"))
        .await?
        .send_keys("unsaved scope")
        .await?;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    Ok(saved)
}

/// Second run: the recovery copy is offered and restores the unsaved typing; the saved file
/// opens with everything saved in it.
async fn second_run(driver: WebDriver) -> WebDriverResult<()> {
    ready(&driver).await;
    let recover = wait_for("the recovery offer", || {
        let d = driver.clone();
        async move { d.find(By::Id("recover")).await.ok() }
    })
    .await;
    recover.click().await?;
    assert_eq!(value_of(&driver, "consultant").await?, "Ana Sørensen");
    assert_eq!(
        value_of(&driver, "scope").await?,
        "Demo evidenceunsaved scope"
    );
    click(&driver, "file-new").await?;
    assert_eq!(value_of(&driver, "consultant").await?, "");
    // The file saved in the first run is first in the recent list; one click reopens it.
    let recent = wait_for("the recent list", || {
        let d = driver.clone();
        async move { d.find(By::Id("recent-0")).await.ok() }
    })
    .await;
    assert_eq!(recent.text().await?, "assessment.tokenready");
    recent.click().await?;
    wait_value(
        &driver,
        "consultant",
        "Ana Sørensen",
        "the recent assessment did not open",
    )
    .await?;
    // And through Open… (the dialog's test seam names the same file).
    click(&driver, "file-new").await?;
    assert_eq!(value_of(&driver, "consultant").await?, "");
    click(&driver, "file-open").await?;
    wait_value(
        &driver,
        "consultant",
        "Ana Sørensen",
        "the saved assessment did not open",
    )
    .await?;
    assert_eq!(
        value_of(&driver, "scope").await?,
        "Demo evidence",
        "the file has what was saved"
    );
    click(&driver, "step-validation").await?;
    assert_eq!(value_of(&driver, "check-CHK-01-status").await?, "pass");
    assert!(
        driver.find(By::Css("#checklist tbody tr")).await.is_ok(),
        "the analysis came back with the file"
    );
    Ok(())
}

/// Waits until the input `id` holds `want`.
async fn wait_value(driver: &WebDriver, id: &str, want: &str, what: &str) -> WebDriverResult<()> {
    let t0 = Instant::now();
    while value_of(driver, id).await? != want {
        assert!(t0.elapsed() < Duration::from_secs(10), "{what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

/// Waits until an element matches `css`.
async fn wait_css(driver: &WebDriver, css: &str, what: &str) {
    wait_for(what, || {
        let d = driver.clone();
        let css = css.to_string();
        async move { d.find(By::Css(css)).await.ok().map(|_| ()) }
    })
    .await;
}

/// Finds and clicks an element by id, finding it again if a re-render replaced it meanwhile.
async fn click(driver: &WebDriver, id: &str) -> WebDriverResult<()> {
    let t0 = Instant::now();
    loop {
        match driver.find(By::Id(id)).await?.click().await {
            Err(e)
                if e.to_string().to_lowercase().contains("stale")
                    && t0.elapsed() < Duration::from_secs(5) =>
            {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            other => return other,
        }
    }
}

/// The app has loaded its start-up data (main.ts sets `data-ready` on the body).
async fn ready(driver: &WebDriver) {
    wait_for("the app to start", || {
        let d = driver.clone();
        async move {
            d.find(By::Css("body[data-ready='true']"))
                .await
                .ok()
                .map(|_| ())
        }
    })
    .await;
}

async fn run_session<
    T: Send + 'static,
    F: std::future::Future<Output = WebDriverResult<T>> + Send + 'static,
>(
    port: u16,
    env: &[(&str, &Path)],
    scenario: impl FnOnce(WebDriver) -> F,
) -> T {
    run_session_with_args(port, env, &[], scenario).await
}

/// `run_session`, with command-line arguments for the app.
async fn run_session_with_args<
    T: Send + 'static,
    F: std::future::Future<Output = WebDriverResult<T>> + Send + 'static,
>(
    port: u16,
    env: &[(&str, &Path)],
    args: &[String],
    scenario: impl FnOnce(WebDriver) -> F,
) -> T {
    let drv = Driver::start(port, env).await;
    let driver = drv.session(args).await.expect("new WebDriver session");
    step("session ready; running the scenario");
    // In its own task, so a failed assertion still quits the session and stops the driver.
    let res = tokio::spawn(scenario(driver.clone())).await;
    step("scenario ended; quitting the session");
    let _ = driver.quit().await;
    drv.stop().await;
    match res {
        Ok(r) => r.expect("webdriver error"),
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => panic!("{e}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs an X display, tauri-driver, WebKitWebDriver and a built app (see .ci/test)"]
async fn save_quit_reopen_and_recover_unsaved_work() {
    let dir = scratch("save-quit-reopen");
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let demo = demo_dir();
    let saved = run_session(
        4450,
        &[
            ("TOKENREADY_E2E_PICK", &demo),
            ("TOKENREADY_E2E_SAVE_DIR", &dir),
            ("TOKENREADY_DATA_DIR", &data),
        ],
        first_run,
    )
    .await;
    assert!(Path::new(&saved).is_file());
    let saved = PathBuf::from(saved);
    run_session(
        4452,
        &[
            ("TOKENREADY_E2E_OPEN", &saved),
            ("TOKENREADY_DATA_DIR", &data),
        ],
        second_run,
    )
    .await;
    // Third run: the file given on the command line (as Explorer does for a double-clicked
    // .tokenready file) opens at start, with a data folder that has never seen it.
    let fresh = dir.join("fresh-data");
    std::fs::create_dir_all(&fresh).unwrap();
    run_session_with_args(
        4460,
        &[("TOKENREADY_DATA_DIR", &fresh)],
        &[saved.display().to_string()],
        opened_from_the_command_line,
    )
    .await;
}

async fn opened_from_the_command_line(driver: WebDriver) -> WebDriverResult<()> {
    ready(&driver).await;
    wait_value(
        &driver,
        "consultant",
        "Ana Sørensen",
        "the assessment named on the command line did not open",
    )
    .await?;
    let recent = driver.find(By::Id("recent-0")).await?;
    assert_eq!(recent.text().await?, "assessment.tokenready");
    Ok(())
}

/// A log large enough that the analysis is still running when Cancel is clicked.
/// An agent log that takes seconds to analyse without filling the disk: real records, then a
/// sparse 8 GiB tail (no blocks written) that is still read and hashed in full.
fn big_evidence(dir: &Path) -> PathBuf {
    use std::io::Write;
    let folder = dir.join("big-evidence");
    std::fs::create_dir_all(&folder).unwrap();
    let rec = "<event date='May 16 11:51:05' severity='2' hostName='PS01' source='Download' module='AeXNSAgent.exe' process='AeXNSAgent.exe' pid='724' thread='1740' tickCount='495844828' ><![CDATA[Download of package {3f9d2e10} from \\\\files01\\Packages$\\Office2021 failed: Logon failure: unknown user name or bad password. (0x8007052E)]]></event>\r\n";
    let mut f = std::fs::File::create(folder.join("a.log")).unwrap();
    f.write_all(rec.repeat(64).as_bytes()).unwrap();
    f.set_len(8 << 30).unwrap();
    folder
}

async fn cancel_scenario(driver: WebDriver) -> WebDriverResult<()> {
    ready(&driver).await;
    click(&driver, "step-evidence").await?;
    click(&driver, "clear-evidence").await?;
    click(&driver, "pick").await?;
    wait_for("the picked folder", || {
        let d = driver.clone();
        async move { d.find(By::Css("#evidence-paths li")).await.ok().map(|_| ()) }
    })
    .await;
    click(&driver, "analyse").await?;
    // Progress shows while it runs; Cancel is enabled.
    driver.find(By::Id("progress")).await?;
    click(&driver, "cancel").await?;
    let message = wait_for("the cancellation message", || {
        let d = driver.clone();
        async move { d.find(By::Id("error")).await.ok()?.text().await.ok() }
    })
    .await;
    assert!(message.contains("cancelled"), "{message}");
    assert!(
        driver.find(By::Id("inventory")).await.is_err(),
        "no partial report is shown"
    );
    // The app stays usable: Analyse is enabled again.
    assert!(driver.find(By::Id("analyse")).await?.is_enabled().await?);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs an X display, tauri-driver, WebKitWebDriver and a built app (see .ci/test)"]
async fn cancel_during_analysis() {
    let dir = scratch("cancel");
    let evidence = big_evidence(&dir);
    step("big evidence written");
    let data = dir.join("data");
    run_session(
        4454,
        &[
            ("TOKENREADY_E2E_PICK", &evidence),
            ("TOKENREADY_DATA_DIR", &data),
        ],
        cancel_scenario,
    )
    .await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// The id of the focused element.
async fn focused_id(driver: &WebDriver) -> WebDriverResult<String> {
    Ok(driver
        .active_element()
        .await?
        .id()
        .await?
        .unwrap_or_default())
}

/// Presses Tab until the element `id` has the focus (at most `max` times).
async fn tab_to(driver: &WebDriver, id: &str, max: usize) -> WebDriverResult<()> {
    for _ in 0..max {
        if focused_id(driver).await? == id {
            return Ok(());
        }
        driver.active_element().await?.send_keys(Key::Tab).await?;
    }
    panic!(
        "{id} was not reached with {max} Tab presses (focus on {:?})",
        focused_id(driver).await?
    );
}

/// Keyboard only: Tab to a step, Enter opens it; Tab to Analyse, Enter runs it; the focused
/// control is visibly outlined.
async fn keyboard_scenario(driver: WebDriver) -> WebDriverResult<()> {
    ready(&driver).await;
    driver.active_element().await?.send_keys(Key::Tab).await?;
    tab_to(&driver, "step-evidence", 40).await?;
    let outline: String = driver
        .execute(
            "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;",
            vec![],
        )
        .await?
        .convert()?;
    assert!(
        !outline.starts_with("none") && !outline.ends_with(" 0px"),
        "the focused step button has no visible outline: {outline}"
    );
    driver.active_element().await?.send_keys(Key::Enter).await?;
    wait_for("the Evidence step", || {
        let d = driver.clone();
        async move {
            let t = d.find(By::Id("step-title")).await.ok()?.text().await.ok()?;
            (t == "Evidence").then_some(())
        }
    })
    .await;
    tab_to(&driver, "analyse", 60).await?;
    driver.active_element().await?.send_keys(Key::Enter).await?;
    wait_css(
        &driver,
        "#inventory tbody tr",
        "the inventory after Enter on Analyse",
    )
    .await;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs an X display, tauri-driver, WebKitWebDriver and a built app (see .ci/test)"]
async fn keyboard_only_walk_from_a_step_to_an_analysis() {
    let dir = scratch("keyboard");
    let data = dir.join("data");
    run_session(4456, &[("TOKENREADY_DATA_DIR", &data)], keyboard_scenario).await;
}

fn followup_dir() -> PathBuf {
    repo().join("tests/demo-followup")
}

/// Sets a date, time or select field as a person leaves it (its `change` event): typing into
/// date and time inputs follows the machine's locale, which WebDriver keys cannot know.
async fn set_field(driver: &WebDriver, id: &str, value: &str) -> WebDriverResult<()> {
    driver
        .execute(
            "const e = document.getElementById(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change'));",
            vec![serde_json::json!(id), serde_json::json!(value)],
        )
        .await?;
    Ok(())
}

/// The follow-up: pick the first assessment, give the rollout instant, analyse the new
/// evidence; the app shows what the engine decided (CHK-04 by the evidence), the consultant
/// overrides it with a note, and the PDF carries both.
async fn follow_up_scenario(driver: WebDriver, baseline: PathBuf) -> WebDriverResult<()> {
    ready(&driver).await;
    click(&driver, "pick-baseline").await?;
    let want = baseline.display().to_string();
    wait_for("the picked baseline", || {
        let d = driver.clone();
        let want = want.clone();
        async move { (texts(&d, "#baseline-path").await == [want]).then_some(()) }
    })
    .await;
    click(&driver, "step-environment").await?;
    set_field(&driver, "rollout-date", "2025-04-22").await?;
    set_field(&driver, "rollout-time", "10:00").await?;
    set_field(&driver, "rollout-zone", "+02:00").await?;
    let help = texts(&driver, "#rollout-help").await.join("");
    assert!(help.contains("2025-04-22T10:00:00+02:00"), "{help}");

    click(&driver, "step-evidence").await?;
    click(&driver, "clear-evidence").await?;
    click(&driver, "pick").await?;
    click(&driver, "analyse").await?;
    wait_css(&driver, "#inventory tbody tr", "the inventory").await;

    // What the engine says for the same evidence and answers.
    let req = tokenready_engine::model::AssessRequest {
        evidence: vec![followup_dir().display().to_string()],
        parameters: tokenready_engine::model::Parameters {
            rollout_at: Some("2025-04-22T10:00:00+02:00".into()),
            baseline: Some(want.clone()),
            ..tokenready_engine::demo::parameters()
        },
        engagement: Default::default(),
    };
    let report = tokenready_engine::assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap();
    let c = report.comparison.as_ref().expect("the engine compares");
    click(&driver, "step-logs").await?;
    wait_css(&driver, "#followup", "the before and after view").await;
    let mut rows = vec![];
    for tr in driver
        .find_all(By::Css("#followup-sources tbody tr"))
        .await?
    {
        let mut cells = vec![];
        for td in tr.find_all(By::Css("td")).await? {
            cells.push(td.text().await?);
        }
        rows.push(cells);
    }
    let want_rows: Vec<Vec<String>> = c
        .sources
        .iter()
        .map(|s| {
            vec![
                s.computer.clone(),
                s.before.to_string(),
                s.after.to_string(),
            ]
        })
        .collect();
    assert_eq!(rows, want_rows);
    assert!(driver
        .find(By::Css("#followup-chart #rollout-mark"))
        .await
        .is_ok());
    let coverage = texts(&driver, "#followup-coverage tbody tr")
        .await
        .join("\n");
    assert!(
        coverage.contains("dc02.contoso.local")
            && coverage.contains("no: nothing after the rollout is known"),
        "{coverage}"
    );

    click(&driver, "step-validation").await?;
    let chk04 = report.checklist.iter().find(|c| c.id == "CHK-04").unwrap();
    let decided = chk04
        .decided
        .as_ref()
        .expect("CHK-04 decided by the evidence");
    let shown = texts(&driver, "#check-CHK-04-decided").await.join("");
    assert!(shown.contains("Decided by the evidence: fail."), "{shown}");
    assert!(shown.contains(&decided.reason[..40]), "{shown}");
    // The consultant overrides it, with a note.
    set_field(&driver, "check-CHK-04-status", "pass").await?;
    wait_for("the override", || {
        let d = driver.clone();
        async move {
            texts(&d, "#check-CHK-04-decided")
                .await
                .join("")
                .contains("overridden by the consultant")
                .then_some(())
        }
    })
    .await;
    let status = texts(&driver, "#step-status").await.join("");
    assert!(status.contains("a note on why CHK-04"), "{status}");
    driver
        .find(By::Id("check-CHK-04-notes"))
        .await?
        .send_keys("WS0142 was reimaged on 2025-04-29")
        .await?;

    let saved = export_pdf(&driver).await?;
    let text = std::process::Command::new("pdftotext")
        .args(["-layout", saved.as_str(), "-"])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Before and after the rollout"),
        "the follow-up section"
    );
    assert!(
        text.contains("WS0142 was reimaged"),
        "the consultant's note"
    );
    assert!(
        text.contains("overridden"),
        "the override beside the evidence's result"
    );
    // Screenshots of the follow-up's steps, to look at (E2E_SHOT_DIR=folder).
    if let Ok(dir) = std::env::var("E2E_SHOT_DIR") {
        for step in ["engagement", "environment", "logs", "validation"] {
            click(&driver, &format!("step-{step}")).await?;
            let png = driver.screenshot_as_png().await?;
            std::fs::write(Path::new(&dir).join(format!("followup-{step}.png")), png)?;
        }
    }

    // The demo follow-up in one click: its evidence, baseline and rollout instant.
    click(&driver, "step-evidence").await?;
    click(&driver, "use-demo-followup").await?;
    wait_for("the demo follow-up", || {
        let d = driver.clone();
        async move {
            let paths = texts(&d, "#evidence-paths li").await;
            (paths.len() == 1 && paths[0].contains("tokenready-demo-followup")).then_some(())
        }
    })
    .await;
    click(&driver, "step-environment").await?;
    assert_eq!(value_of(&driver, "rollout-date").await?, "2025-04-22");
    assert_eq!(value_of(&driver, "rollout-time").await?, "08:00");
    click(&driver, "step-engagement").await?;
    let base = texts(&driver, "#baseline-path").await.join("");
    assert!(base.ends_with("baseline.json"), "{base}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs an X display, tauri-driver, WebKitWebDriver and a built app (see .ci/test)"]
async fn follow_up_pick_baseline_set_rollout_override_and_export() {
    let dir = scratch("follow-up");
    let data = dir.join("data");
    // The first assessment: the demo evidence's report, as the consultant saved it then.
    let first = tokenready_engine::assess(
        &tokenready_engine::model::AssessRequest {
            evidence: vec![demo_dir().display().to_string()],
            parameters: tokenready_engine::demo::parameters(),
            engagement: Default::default(),
        },
        &|_| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    let baseline = dir.join("first-report.json");
    let mut f = std::fs::File::create(&baseline).unwrap();
    tokenready_engine::output::write_json(&first, &mut f).unwrap();
    let b = baseline.clone();
    run_session(
        4462,
        &[
            ("TOKENREADY_E2E_PICK", &followup_dir()),
            ("TOKENREADY_E2E_BASELINE", &baseline),
            ("TOKENREADY_E2E_SAVE_DIR", &dir),
            ("TOKENREADY_DATA_DIR", &data),
        ],
        move |driver| follow_up_scenario(driver, b),
    )
    .await;
}

/// Exports the PDF from the Report step and waits for the path the app says it saved.
async fn export_pdf(driver: &WebDriver) -> WebDriverResult<String> {
    click(driver, "step-report").await?;
    click(driver, "export-pdf").await?;
    Ok(wait_for("the exported PDF", || {
        let d = driver.clone();
        async move {
            let t = d
                .find(By::Id("export-result"))
                .await
                .ok()?
                .text()
                .await
                .ok()?;
            t.strip_prefix("Saved: ").map(str::to_string)
        }
    })
    .await)
}

/// Engagement's language: German chosen in the app, the steps switch to German at once, the
/// findings the engine writes for it appear in German (the same texts as the engine gives for the same request), and the
/// choice stays when the consultant comes back to the step.
async fn german_scenario(driver: WebDriver) -> WebDriverResult<()> {
    ready(&driver).await;
    click(&driver, "step-engagement").await?;
    wait_css(&driver, "#language", "the language choice").await;
    driver
        .find(By::Css("#language option[value='de']"))
        .await?
        .click()
        .await?;
    wait_value(&driver, "language", "de", "German chosen").await?;
    // The steps change language at once (the same catalogue as the report's).
    wait_for("German steps", || {
        let d = driver.clone();
        async move {
            let labels = texts(&d, "#step-list .label").await;
            (labels
                == [
                    "Auftrag",
                    "Umgebung",
                    "Nachweise",
                    "Paketspeicherorte",
                    "Logs und Ereignisse",
                    "Befunde",
                    "Plan",
                    "Validierung",
                    "Bericht",
                ])
            .then_some(())
        }
    })
    .await;
    assert_eq!(
        driver
            .find(By::Css("label[for='language']"))
            .await?
            .text()
            .await?,
        "Sprache der App und des Berichts"
    );
    let demo = pick_demo(&driver).await?;
    click(&driver, "analyse").await?;
    wait_css(&driver, "#inventory tbody tr", "the inventory").await;
    let req = tokenready_engine::model::AssessRequest {
        evidence: vec![demo.clone()],
        parameters: tokenready_engine::demo::parameters(),
        engagement: tokenready_engine::model::Engagement {
            language: Some(tokenready_engine::model::Language::De),
            ..Default::default()
        },
    };
    let report = tokenready_engine::assess(&req, &|_| {}, &AtomicBool::new(false)).unwrap();
    click(&driver, "step-findings").await?;
    wait_css(&driver, "#findings .finding h3", "the findings").await;
    let shown = texts(&driver, "#findings .finding h3").await;
    for f in &report.findings {
        assert!(
            shown
                .iter()
                .any(|h| h.ends_with(&format!("{} — {}", f.id, f.title))),
            "{} {:?} not in {shown:?}",
            f.id,
            f.title
        );
    }
    assert!(
        shown.iter().any(|h| h.contains("UNC-Paketspeicherorte")),
        "German titles: {shown:?}"
    );
    // The German findings, to look at (E2E_SHOT_DIR=folder).
    let shot = |name: &'static str| {
        let d = driver.clone();
        async move {
            if let Ok(dir) = std::env::var("E2E_SHOT_DIR") {
                let png = d.screenshot_as_png().await?;
                std::fs::write(Path::new(&dir).join(name), png)?;
            }
            WebDriverResult::Ok(())
        }
    };
    shot("findings-de.png").await?;
    // The other steps speak German too: their headings and table columns.
    for (step, css, want) in [
        (
            "step-evidence",
            "#inventory-section h2",
            "Was gelesen wurde",
        ),
        ("step-locations", "#location-hosts th", "Freigabe"),
        ("step-logs", "#lockout-sources th", "Wiederholungsmuster"),
    ] {
        click(&driver, step).await?;
        wait_css(&driver, css, want).await;
        let shown = texts(&driver, css).await;
        assert!(shown.iter().any(|t| t == want), "{step}: {shown:?}");
        shot(match step {
            "step-evidence" => "evidence-de.png",
            "step-locations" => "locations-de.png",
            _ => "logs-de.png",
        })
        .await?;
    }
    click(&driver, "step-engagement").await?;
    wait_value(&driver, "language", "de", "the choice kept").await?;
    Ok(())
}

#[tokio::test]
#[ignore = "needs an X display, tauri-driver, WebKitWebDriver and a built app (see .ci/test)"]
async fn choose_german_on_engagement_and_read_german_findings() {
    let save_dir = scratch("german");
    let data = save_dir.join("data");
    run_session(
        4464,
        &[
            ("TOKENREADY_E2E_PICK", &demo_dir()),
            ("TOKENREADY_E2E_SAVE_DIR", &save_dir),
            ("TOKENREADY_DATA_DIR", &data),
        ],
        german_scenario,
    )
    .await;
}
