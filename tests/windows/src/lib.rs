//! Helpers for the smoke tests of the Windows packages: where the packages are, Wine prefixes,
//! running a program with a deadline, and comparing reports written on Windows and on Linux.
//!
//! The tests (`tests/smoke.rs`) are `#[ignore]`d: they need the packages built by
//! `.ci/package-windows`, Wine, and an X display. That script runs them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The repository's top folder.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("target"))
}

/// `target/dist/windows`, where `.ci/package-windows` writes the packages.
pub fn dist() -> PathBuf {
    target_dir().join("dist/windows")
}

/// The workspace version: the packages are named after it.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// The Linux `tokenready` to compare with (`TOKENREADY_LINUX_CLI`, else the debug build).
pub fn linux_cli() -> PathBuf {
    std::env::var_os("TOKENREADY_LINUX_CLI")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug/tokenready"))
}

/// A scratch folder inside the target folder, emptied first.
pub fn scratch(name: &str) -> PathBuf {
    let dir = target_dir().join("windows-smoke").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A timestamped progress line on stderr, so a CI log shows how far a test got.
pub fn step(what: &str) {
    use std::sync::OnceLock;
    static T0: OnceLock<Instant> = OnceLock::new();
    let t0 = T0.get_or_init(Instant::now);
    eprintln!("[windows {:>6.1}s] {what}", t0.elapsed().as_secs_f64());
}

/// Runs `cmd` to the end, or kills it after `limit` and panics naming `what`: a hang fails the
/// test instead of stalling CI.
pub fn run(what: &str, cmd: &mut Command, limit: Duration) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{what}: could not start ({e})"));
    let t0 = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if t0.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "{what}: still running after {limit:?}; stderr:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A Wine prefix: its folder, and `wine`/`wineserver` commands bound to it.
pub struct Prefix {
    pub dir: PathBuf,
}

impl Prefix {
    /// A new prefix in `dir` (emptied first), initialised with `wineboot`. With
    /// `rust_runtime`, the test-only `bcryptprimitives.dll` stand-in (tests/windows, for
    /// Wine 8, which lacks the DLL Rust's standard library imports) goes into system32.
    pub fn create(dir: PathBuf, rust_runtime: bool) -> Prefix {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let p = Prefix { dir };
        step(&format!("creating the Wine prefix {}", p.dir.display()));
        run(
            "wineboot -i",
            p.command("wineboot").arg("-i"),
            Duration::from_secs(180),
        );
        p.wait();
        if rust_runtime {
            let dll = p.dir.join("drive_c/windows/system32/bcryptprimitives.dll");
            let out = run(
                "building the bcryptprimitives stand-in",
                Command::new("x86_64-w64-mingw32-gcc")
                    .args(["-O2", "-shared", "-o"])
                    .arg(&dll)
                    .arg(repo().join("tests/windows/bcryptprimitives.c"))
                    .arg("-ladvapi32"),
                Duration::from_secs(60),
            );
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        p
    }

    /// `program` (wine, wineserver, wineboot) with this prefix and Wine's own messages off.
    pub fn command(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.env("WINEPREFIX", &self.dir)
            .env("WINEDEBUG", "-all")
            .env("WINEDLLOVERRIDES", "mscoree,mshtml=");
        c
    }

    /// `wine exe args…`.
    pub fn wine(&self, exe: &Path) -> Command {
        let mut c = self.command("wine");
        c.arg(exe);
        c
    }

    /// Waits until every program in the prefix has ended (and the registry is written out).
    pub fn wait(&self) {
        run(
            "wineserver -w",
            self.command("wineserver").arg("-w"),
            Duration::from_secs(120),
        );
    }

    /// `reg query KEY` in the prefix: the output, or None when the key does not exist.
    pub fn reg_query(&self, key: &str) -> Option<String> {
        let out = run(
            "wine reg query",
            self.command("wine").args(["reg", "query", key]),
            Duration::from_secs(60),
        );
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// The current user's profile folder inside the prefix (`drive_c/users/<name>`).
    pub fn profile(&self) -> PathBuf {
        let users = self.dir.join("drive_c/users");
        std::fs::read_dir(&users)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_name().is_some_and(|n| n != "Public") && p.is_dir())
            .unwrap_or_else(|| panic!("no user profile under {}", users.display()))
    }
}

impl Drop for Prefix {
    fn drop(&mut self) {
        let _ = self.command("wineserver").arg("-k").status();
    }
}

/// Unpacks `zip` into `into` with Debian's unzip.
pub fn unzip(zip: &Path, into: &Path) {
    let out = run(
        "unzip",
        Command::new("unzip").arg("-q").arg(zip).arg("-d").arg(into),
        Duration::from_secs(120),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Evidence paths as the Windows build shows them (`demo-evidence\cmdb\x.csv`, or in JSON text
/// `demo-evidence\\cmdb\\x.csv`) rewritten with `/`, from each `root` up to the end of the path,
/// so the rest (UNC code bases, which keep their `\`) is compared as it is.
pub fn portable_paths(text: &str, root: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(root) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail
            .find(['"', ',', '!', '\n', '\r', ' ', ')', ';', '\t'])
            .unwrap_or(tail.len());
        out.push_str(&tail[..end].replace("\\\\", "/").replace('\\', "/"));
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// The first place where two JSON values differ, as a path (`$.inputs[3].path`), with both
/// sides; None when they are equal.
pub fn first_difference(a: &serde_json::Value, b: &serde_json::Value, at: &str) -> Option<String> {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys()) {
                let here = format!("{at}.{k}");
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => {
                        if let Some(d) = first_difference(p, q, &here) {
                            return Some(d);
                        }
                    }
                    (p, q) => return Some(format!("{here}: {p:?} vs {q:?}")),
                }
            }
            None
        }
        (Value::Array(x), Value::Array(y)) => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                if let Some(d) = first_difference(p, q, &format!("{at}[{i}]")) {
                    return Some(d);
                }
            }
            (x.len() != y.len()).then(|| format!("{at}: {} vs {} items", x.len(), y.len()))
        }
        _ => (a != b).then(|| format!("{at}: {a} vs {b}")),
    }
}

/// SHA-256 of a file, lower-case hex.
pub fn sha256_file(path: &Path) -> String {
    use sha2::Digest;
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    sha2::Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_evidence_paths_become_portable_and_unc_paths_stay() {
        let json = r#"{"path":"demo-evidence\\cmdb\\codebases.csv","location":"\\\\fs01\\pkg"}"#;
        assert_eq!(
            portable_paths(json, "demo-evidence"),
            r#"{"path":"demo-evidence/cmdb/codebases.csv","location":"\\\\fs01\\pkg"}"#
        );
        let text = r"demo-evidence\smp01\Logs\a.zip!/a.log line 3: \\fs01\pkg";
        assert_eq!(
            portable_paths(text, "demo-evidence"),
            r"demo-evidence/smp01/Logs/a.zip!/a.log line 3: \\fs01\pkg"
        );
    }

    #[test]
    fn the_first_difference_is_named_by_its_path() {
        let a = serde_json::json!({"inputs": [{"path": "a"}, {"path": "b"}], "n": 1});
        let b = serde_json::json!({"inputs": [{"path": "a"}, {"path": "c"}], "n": 1});
        assert_eq!(
            first_difference(&a, &b, "$").as_deref(),
            Some(r#"$.inputs[1].path: "b" vs "c""#)
        );
        assert_eq!(first_difference(&a, &a, "$"), None);
        let short = serde_json::json!({"inputs": [{"path": "a"}], "n": 1});
        assert_eq!(
            first_difference(&a, &short, "$").as_deref(),
            Some("$.inputs: 2 vs 1 items")
        );
    }
}
