//! Writes the bad-input corpus: `cargo run -p tokenready-bad-input -- [DIR]`
//! (default `target/bad-input`). Then try it: `tokenready assess DIR --json -`.

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(tokenready_bad_input::default_dir);
    match tokenready_bad_input::generate(&dir) {
        Ok(cases) => {
            for c in &cases {
                println!("{:<34} {}", c.file, c.what);
            }
            println!("{} files in {}", cases.len(), dir.display());
        }
        Err(e) => {
            eprintln!("make-bad-input: cannot write {}: {e}", dir.display());
            std::process::exit(1);
        }
    }
}
