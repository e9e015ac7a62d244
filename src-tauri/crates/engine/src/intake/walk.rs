//! Finding the evidence files: the roots given, folders walked recursively in a stable order.

use super::*;

/// One file to read, as discovered.
#[derive(Clone, Debug)]
pub struct Discovered {
    pub path: PathBuf,
    pub display: String,
    pub size: u64,
}

/// Lists the files under the evidence roots, in a stable order. Unreadable roots and folders
/// become problems, not failures.
pub fn discover(roots: &[PathBuf]) -> (Vec<Discovered>, Vec<(String, String)>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for root in roots {
        match std::fs::metadata(root) {
            Ok(m) if m.is_dir() => walk(root, &mut files, &mut problems),
            Ok(m) => files.push(Discovered {
                path: root.clone(),
                display: root.display().to_string(),
                size: m.len(),
            }),
            Err(e) => problems.push((root.display().to_string(), format!("cannot open: {e}"))),
        }
    }
    (files, problems)
}

pub(super) fn walk(dir: &Path, files: &mut Vec<Discovered>, problems: &mut Vec<(String, String)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push((
                dir.display().to_string(),
                format!("cannot list folder: {e}"),
            ));
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        // Symbolic links to folders are not followed (no loops); links to files are read.
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, files, problems);
        } else if meta.file_type().is_symlink() {
            match std::fs::metadata(&path) {
                Ok(m) if m.is_file() => files.push(Discovered {
                    display: path.display().to_string(),
                    path,
                    size: m.len(),
                }),
                _ => {}
            }
        } else if meta.is_file() {
            files.push(Discovered {
                display: path.display().to_string(),
                path,
                size: meta.len(),
            });
        }
    }
}
