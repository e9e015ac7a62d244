//! Finding the evidence files: the roots given, folders walked recursively in a stable order.
//! What a folder holds that is not a file to read (links to folders, pipes, devices, sockets,
//! links whose target is gone) is listed as skipped with the reason, never dropped silently.

use super::*;
use crate::collect::Note;

/// One file to read, as discovered.
#[derive(Clone, Debug)]
pub struct Discovered {
    pub path: PathBuf,
    pub display: String,
    pub size: u64,
}

/// What the walk found: files to read, roots or folders that could not be opened (problems),
/// and entries passed over with the reason.
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<Discovered>,
    pub problems: Vec<(String, Note)>,
    pub skipped: Vec<(String, Note)>,
}

/// Lists the files under the evidence roots, in a stable order. Unreadable roots and folders
/// become problems, not failures.
pub fn discover(roots: &[PathBuf]) -> Found {
    let mut found = Found::default();
    for root in roots {
        match std::fs::metadata(root) {
            Ok(m) if m.is_dir() => walk(root, &mut found),
            Ok(m) => found.files.push(Discovered {
                path: root.clone(),
                display: root.display().to_string(),
                size: m.len(),
            }),
            Err(e) => found
                .problems
                .push((root.display().to_string(), cannot_open(&e))),
        }
    }
    found
}

fn cannot_open(e: &std::io::Error) -> Note {
    Note::new("problem-cannot-open", "cannot open: {detail}").arg("detail", e.to_string())
}

/// What a special file is, in words (`None` for a regular file or folder).
fn special(t: std::fs::FileType) -> Option<Note> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some(Note::new(
                "skipped-fifo",
                "a named pipe (FIFO), not a file: reading it could wait forever",
            ));
        }
        if t.is_socket() {
            return Some(Note::new("skipped-socket", "a socket, not a file"));
        }
        if t.is_block_device() || t.is_char_device() {
            return Some(Note::new("skipped-device", "a device, not a file"));
        }
    }
    (!t.is_file() && !t.is_dir()).then(not_regular)
}

fn not_regular() -> Note {
    Note::new("skipped-not-regular", "not a regular file")
}

pub(super) fn walk(dir: &Path, found: &mut Found) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            found.problems.push((
                dir.display().to_string(),
                Note::new("problem-cannot-list", "cannot list folder: {detail}")
                    .arg("detail", e.to_string()),
            ));
            return;
        }
    };
    let mut entries: Vec<_> = entries
        .filter_map(|e| match e {
            Ok(e) => Some(e),
            Err(err) => {
                found.problems.push((
                    dir.display().to_string(),
                    Note::new(
                        "problem-cannot-read-entry",
                        "cannot read an entry of the folder: {detail}",
                    )
                    .arg("detail", err.to_string()),
                ));
                None
            }
        })
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let shown = path.display().to_string();
        let meta = match std::fs::symlink_metadata(&path) {
            Ok(m) => m,
            Err(err) => {
                found.problems.push((shown, cannot_open(&err)));
                continue;
            }
        };
        if meta.is_dir() {
            walk(&path, found);
        } else if meta.file_type().is_symlink() {
            // Links to files are read; links to folders are not followed (they could loop).
            match std::fs::metadata(&path) {
                Ok(m) if m.is_file() => found.files.push(Discovered {
                    display: shown,
                    path,
                    size: m.len(),
                }),
                Ok(m) if m.is_dir() => found.skipped.push((
                    shown,
                    Note::new("skipped-link-to-folder", "a symbolic link to a folder, not followed (it could loop): add its target as evidence to read it"),
                )),
                Ok(m) => found.skipped.push((
                    shown,
                    Note::new("skipped-link-to", "a symbolic link to {what}").arg(
                        "what",
                        special(m.file_type()).unwrap_or_else(|| {
                            Note::new("skipped-not-a-file", "something that is not a file")
                        }),
                    ),
                )),
                Err(err) => found.skipped.push((
                    shown,
                    Note::new("skipped-link-broken", "a symbolic link whose target cannot be opened (a loop, or the target is gone): {detail}").arg("detail", err.to_string()),
                )),
            }
        } else if meta.is_file() {
            found.files.push(Discovered {
                display: shown,
                path,
                size: meta.len(),
            });
        } else {
            let why = special(meta.file_type()).unwrap_or_else(not_regular);
            found.skipped.push((shown, why));
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// A folder holding a link loop, a link to a folder, a dangling link, a named pipe and a
    /// socket: each is listed as skipped with its reason, the files are read, nothing hangs.
    #[test]
    fn what_is_passed_over_is_listed_with_the_reason() {
        let dir = std::env::temp_dir().join(format!("tokenready-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("logs")).unwrap();
        std::fs::write(dir.join("logs/a.log"), b"x").unwrap();
        std::os::unix::fs::symlink(dir.join("logs"), dir.join("logs-again")).unwrap();
        std::os::unix::fs::symlink(dir.join("loop-b"), dir.join("loop-a")).unwrap();
        std::os::unix::fs::symlink(dir.join("loop-a"), dir.join("loop-b")).unwrap();
        std::os::unix::fs::symlink(dir.join("gone.log"), dir.join("dangling.log")).unwrap();
        std::os::unix::fs::symlink(dir.join("logs/a.log"), dir.join("link.log")).unwrap();
        let fifo = std::process::Command::new("mkfifo")
            .arg(dir.join("pipe"))
            .status()
            .is_ok_and(|s| s.success());
        let _socket = std::os::unix::net::UnixListener::bind(dir.join("sock")).unwrap();
        let found = discover(std::slice::from_ref(&dir));
        let name = |p: &str| p.rsplit('/').next().unwrap().to_string();
        let files: Vec<String> = found.files.iter().map(|f| name(&f.display)).collect();
        assert_eq!(files, ["link.log", "a.log"]);
        let skipped: std::collections::BTreeMap<String, String> = found
            .skipped
            .iter()
            .map(|(p, why)| (name(p), why.english()))
            .collect();
        assert!(skipped["logs-again"].contains("link to a folder, not followed"));
        assert!(
            skipped["loop-a"].contains("cannot be opened"),
            "{skipped:?}"
        );
        assert!(skipped["loop-b"].contains("cannot be opened"));
        assert!(skipped["dangling.log"].contains("target is gone"));
        assert!(skipped["sock"].contains("a socket"));
        if fifo {
            assert!(skipped["pipe"].contains("named pipe"));
        }
        assert!(found.problems.is_empty(), "{:?}", found.problems);
        // The report lists them too, and the assessment does not wait on the pipe.
        let req = tokenready_model::AssessRequest {
            evidence: vec![dir.display().to_string()],
            ..Default::default()
        };
        let r = crate::assess(&req, &|_| {}, &std::sync::atomic::AtomicBool::new(false)).unwrap();
        assert_eq!(r.skipped.len(), found.skipped.len());
        assert_eq!(r.inputs.len(), 2);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
