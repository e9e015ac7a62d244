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
    async fn start(port: u16, pick: &Path, save_dir: &Path) -> Driver {
        let child = Command::new("tauri-driver")
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &(port + 1).to_string(),
            ])
            // The app's folder picker returns this path instead of opening a native dialog.
            .env("TOKENREADY_E2E_PICK", pick)
            // Exports are written here instead of asking with a native save dialog.
            .env("TOKENREADY_E2E_SAVE_DIR", save_dir)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
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
        Driver { child, port }
    }

    async fn session(&self) -> WebDriverResult<WebDriver> {
        let mut caps = Capabilities::new();
        caps.set("browserName", "wry")?;
        caps.set(
            "tauri:options",
            serde_json::json!({ "application": app_path() }),
        )?;
        WebDriver::new(format!("http://127.0.0.1:{}", self.port), caps).await
    }

    /// SIGTERM lets tauri-driver stop WebKitWebDriver and the app; SIGKILL would orphan them.
    async fn stop(mut self) {
        if let Some(pid) = self.child.id() {
            let _ = std::process::Command::new("kill")
                .args(["-TERM", &pid.to_string()])
                .status();
        }
        let _ = tokio::time::timeout(Duration::from_secs(5), self.child.wait()).await;
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

    driver.find(By::Id("step-evidence")).await?.click().await?;
    driver.find(By::Id("pick")).await?.click().await?;
    let demo = demo_dir().display().to_string();
    wait_for("the picked folder", || {
        let d = driver.clone();
        let demo = demo.clone();
        async move { (texts(&d, "#evidence-paths li").await == [demo]).then_some(()) }
    })
    .await;

    driver.find(By::Id("analyse")).await?.click().await?;
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
    for (row, input) in rows.iter().zip(&report.inputs) {
        let cells = row.find_all(By::Css("td")).await?;
        assert_eq!(cells[0].text().await?, input.path);
        assert_eq!(cells[1].text().await?, input.kind.as_str());
        assert_eq!(cells[2].text().await?, input.records.to_string());
        assert_eq!(cells[4].text().await?, input.sha256[..12]);
    }

    // The findings step shows the engine's findings, in order.
    driver.find(By::Id("step-findings")).await?.click().await?;
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
    driver
        .find(By::Id("step-engagement"))
        .await?
        .click()
        .await?;
    let customer = driver.find(By::Id("customer")).await?;
    customer.clear().await?;
    customer.send_keys("Müller Ødegård AG").await?;
    driver.find(By::Id("step-report")).await?.click().await?;
    driver.find(By::Id("export-pdf")).await?.click().await?;
    let saved = wait_for("the exported PDF", || {
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
    .await;
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

    if let Ok(p) = std::env::var("E2E_SHOT") {
        std::fs::write(p, driver.screenshot_as_png().await?)?;
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs an X display, tauri-driver, WebKitWebDriver and a built app (see .ci/test)"]
async fn pick_folder_analyse_and_show_what_the_engine_returned() {
    let save_dir = std::env::temp_dir().join(format!("tokenready-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&save_dir).unwrap();
    let drv = Driver::start(4444, &demo_dir(), &save_dir).await;
    let driver = drv.session().await.expect("new WebDriver session");
    // In its own task, so a failed assertion still quits the session and stops the driver.
    let res = tokio::spawn(pick_and_analyse(driver.clone(), save_dir.clone())).await;
    let _ = driver.quit().await;
    drv.stop().await;
    match res {
        Ok(r) => r.expect("webdriver error"),
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => panic!("{e}"),
    }
}
