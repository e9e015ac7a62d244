//! Windows builds of `tokenready.exe` carry a version resource (product name, version,
//! description) and the app's icon, like the app's exe (which tauri-build gives them). Other
//! targets get nothing. The resource script is written from Cargo's package version, so the two
//! cannot disagree.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let icon = manifest.join("../../../icons/icon.ico");
    println!("cargo:rerun-if-changed={}", icon.display());
    let num = |k: &str| std::env::var(k).unwrap().parse::<u16>().unwrap();
    let (major, minor, patch) = (
        num("CARGO_PKG_VERSION_MAJOR"),
        num("CARGO_PKG_VERSION_MINOR"),
        num("CARGO_PKG_VERSION_PATCH"),
    );
    let version = std::env::var("CARGO_PKG_VERSION").unwrap();
    // Resource compilers take `/` in paths on every host; `\` would need escaping.
    let icon = icon.display().to_string().replace('\\', "/");
    let rc = format!(
        r#"#include <winver.h>
1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {major},{minor},{patch},0
PRODUCTVERSION {major},{minor},{patch},0
FILEOS VOS_NT_WINDOWS32
FILETYPE VFT_APP
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "TokenReady"
      VALUE "FileDescription", "TokenReady command-line assessment"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "tokenready"
      VALUE "LegalCopyright", "MIT licence"
      VALUE "OriginalFilename", "tokenready.exe"
      VALUE "ProductName", "TokenReady"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("tokenready.rc");
    std::fs::write(&out, rc).unwrap();
    embed_resource::compile(&out, embed_resource::NONE)
        .manifest_optional()
        .unwrap();
}
