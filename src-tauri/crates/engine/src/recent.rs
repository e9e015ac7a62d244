//! The assessment files used recently, kept as a small JSON list in the app's data folder
//! (written atomically). Only paths the app itself opened or saved get into it, and only those
//! can be opened from it.

use std::io;
use std::path::Path;

use tokenready_model::RecentFile;

use crate::output::atomic_write;

/// How many files the list keeps.
pub const MAX_RECENT: usize = 8;

/// The list, newest first, each marked with whether the file is still there. A missing or
/// unreadable list is an empty one (it is a convenience, never a reason to fail).
pub fn load(list: &Path) -> Vec<RecentFile> {
    let mut files: Vec<RecentFile> = std::fs::read(list)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    files.truncate(MAX_RECENT);
    for f in &mut files {
        f.exists = Path::new(&f.path).is_file();
    }
    files
}

/// Puts `path` first (once), dated now, and saves the list.
pub fn remember(list: &Path, path: &Path) -> io::Result<Vec<RecentFile>> {
    let shown = path.display().to_string();
    let mut files = load(list);
    files.retain(|f| f.path != shown);
    files.insert(
        0,
        RecentFile {
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| shown.clone()),
            path: shown,
            used_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            exists: true,
        },
    );
    files.truncate(MAX_RECENT);
    if let Some(dir) = list.parent() {
        std::fs::create_dir_all(dir)?;
    }
    atomic_write(list, |w| {
        serde_json::to_writer_pretty(&mut *w, &files)?;
        w.write_all(b"\n")
    })?;
    Ok(files)
}

/// True when `path` is on the list: the app opens recent files only from it.
pub fn contains(list: &Path, path: &str) -> bool {
    load(list).iter().any(|f| f.path == path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_once_each_capped_and_marked_when_gone() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("data").join("recent.json");
        assert!(load(&list).is_empty());
        let mut paths = vec![];
        for i in 0..10 {
            let p = dir.path().join(format!("a{i}.tokenready.json"));
            std::fs::write(&p, "{}").unwrap();
            remember(&list, &p).unwrap();
            paths.push(p);
        }
        remember(&list, &paths[3]).unwrap();
        let files = load(&list);
        assert_eq!(files.len(), MAX_RECENT);
        assert_eq!(files[0].name, "a3.tokenready.json");
        assert_eq!(files[1].name, "a9.tokenready.json");
        assert_eq!(
            files
                .iter()
                .filter(|f| f.name == "a3.tokenready.json")
                .count(),
            1
        );
        std::fs::remove_file(&paths[9]).unwrap();
        let files = load(&list);
        assert!(!files[1].exists && files[0].exists);
        assert!(contains(&list, &paths[3].display().to_string()));
        assert!(!contains(&list, "/etc/passwd"));
    }

    #[test]
    fn a_damaged_list_is_an_empty_one() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("recent.json");
        std::fs::write(&list, b"\x00not json").unwrap();
        assert!(load(&list).is_empty());
        let p = dir.path().join("x.tokenready.json");
        std::fs::write(&p, "{}").unwrap();
        assert_eq!(remember(&list, &p).unwrap().len(), 1);
    }
}
