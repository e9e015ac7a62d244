//! Zip archives (and zips inside them): members read in place or in memory, within the
//! expansion, size and depth limits.

use super::hashing::CANCELLED;
use super::*;

pub(super) fn read_zip<R: Read + Seek + Send>(
    mut r: R,
    display: &str,
    depth: usize,
    cancel: &AtomicBool,
    result: &mut FileResult,
    members: &mut Vec<Read1>,
) -> io::Result<()> {
    let mut zip = match zip::ZipArchive::new(&mut r) {
        Ok(z) => z,
        Err(e) => {
            // No readable central directory (a zip cut off by a copy or a download): read the
            // members that are there from their local headers, in order, until the damage.
            result.problem(
                Place::default(),
                crate::collect::Note::new("problem-zip-damaged", "damaged zip archive ({detail}); members were read from their local headers up to the damage, so the list may be incomplete").arg("detail", e.to_string()),
            );
            r.seek(io::SeekFrom::Start(0))?;
            let mut i = 0;
            loop {
                match zip::read::read_zipfile_from_stream(&mut r) {
                    Ok(Some(mut entry)) => {
                        read_member(&mut entry, i, display, depth, cancel, result, members)?;
                        i += 1;
                    }
                    Ok(None) => break,
                    Err(e) => {
                        result.problem(
                            at_record(i),
                            crate::collect::Note::new("problem-zip-member-stops", "zip member {member} unreadable: {detail}; nothing after it was read")
                                .arg("member", (i + 1).to_string())
                                .arg("detail", e.to_string()),
                        );
                        break;
                    }
                }
            }
            return Ok(());
        }
    };
    for i in 0..zip.len() {
        let mut entry = match zip.by_index(i) {
            Ok(e) => e,
            Err(e) => {
                result.problem(
                    at_record(i),
                    crate::collect::Note::new(
                        "problem-zip-member",
                        "zip member {member} unreadable: {detail}",
                    )
                    .arg("member", (i + 1).to_string())
                    .arg("detail", e.to_string()),
                );
                continue;
            }
        };
        read_member(&mut entry, i, display, depth, cancel, result, members)?;
    }
    Ok(())
}

/// One zip member (number `i`, 0-based): counted, and read like any other stream within the
/// archive's limits.
fn read_member<R: Read + Send>(
    entry: &mut zip::read::ZipFile<'_, R>,
    i: usize,
    display: &str,
    depth: usize,
    cancel: &AtomicBool,
    result: &mut FileResult,
    members: &mut Vec<Read1>,
) -> io::Result<()> {
    if entry.is_dir() {
        return Ok(());
    }
    result.records += 1;
    // Member names are shown, never used as paths on disk: `..\` and absolute names are harmless.
    let name = entry.name().replace('\\', "/");
    let member_display = format!("{display}!/{name}");
    if depth >= MAX_ZIP_DEPTH {
        result.problem(
            at_record(i),
            crate::collect::Note::new(
                "problem-zip-too-deep",
                "{name}: archives nested deeper than {depth} levels are not opened",
            )
            .arg("name", name.as_str())
            .arg("depth", MAX_ZIP_DEPTH),
        );
        return Ok(());
    }
    if EXPANDED.get() >= MAX_ARCHIVE_EXPANSION {
        result.problem(
            at_record(i),
            crate::collect::Note::new("problem-zip-expanded", "{name}: not read: more than {gib} GiB were already expanded from this evidence file's archives")
                .arg("name", name.as_str())
                .arg("gib", MAX_ARCHIVE_EXPANSION >> 30),
        );
        return Ok(());
    }
    let size = entry.size();
    let compressed = entry.compressed_size();
    let limit = MAX_MEMBER_BYTES
        .min(BOMB_FLOOR.max(compressed.saturating_mul(MAX_EXPANSION_RATIO)))
        .min(MAX_ARCHIVE_EXPANSION - EXPANDED.get());
    let modified = entry
        .last_modified()
        .filter(|d| d.year() > 1980)
        .map(|d| (i32::from(d.year()), u32::from(d.month())));
    let mut limited = (&mut *entry).take(limit);
    let info = StreamInfo {
        display: &member_display,
        disk_path: None,
        size_hint: size,
        modified,
        depth: depth + 1,
    };
    match read_stream(&mut limited, &info, cancel, members) {
        Ok(()) => {}
        Err(Cancelled) => return Err(io::Error::new(io::ErrorKind::Interrupted, CANCELLED)),
    }
    let read = limit - limited.limit();
    EXPANDED.set(EXPANDED.get() + read);
    if limited.limit() == 0 && size > read {
        let why =
            if limit < MAX_MEMBER_BYTES && size > compressed.saturating_mul(MAX_EXPANSION_RATIO) {
                crate::collect::Note::new(
                    "problem-zip-bomb",
                    "expands to {mib} MiB from {kib} KiB, more than {ratio}× (a zip bomb?)",
                )
                .arg("mib", size >> 20)
                .arg("kib", compressed >> 10)
                .arg("ratio", MAX_EXPANSION_RATIO)
            } else {
                crate::collect::Note::new("problem-zip-member-size", "has {mib} MiB")
                    .arg("mib", size >> 20)
            };
        result.problem(
            at_record(i),
            crate::collect::Note::new(
                "problem-zip-partly-read",
                "{name}: {why}; only the first {mib} MiB were read",
            )
            .arg("name", name.as_str())
            .arg("why", why)
            .arg("mib", read >> 20),
        );
    }
    Ok(())
}
