//! Editing a spec rebuilds the crate that uses it, and an untouched spec does not.
//!
//! A scratch crate with its own spec is built with cargo, offline, in a target directory of
//! its own under this workspace's `target/tests/rebuild` (kept between runs, so only the first
//! run builds the dependencies). Whether cargo compiled the scratch crate again or found it
//! fresh is read from cargo's JSON messages, not from timing.

#[path = "support/mod.rs"]
mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The scratch crate's package and binary name, unlike any other in the build.
const PROBE: &str = "status-codes-rebuild-probe";

// No code is cacheable: such a spec once expanded to `matches!(self, )`, which did not compile.
const SPEC: &str = "\
codes:
  200:
    phrase: OK
    description: {en: Fine.}
    reference: RFC 9110, Section 15.3.1
  404:
    phrase: Not Found
    description: {en: Not there.}
    reference: RFC 9110, Section 15.5.5
";

const MAIN: &str = r#"
#[status_codes::status_enum(spec = "spec/codes.yaml")]
enum Probe {}

fn main() {
    for code in Probe::ALL {
        println!("{code}");
    }
}
"#;

/// A crate in a directory of its own under the system's temp dir, removed when dropped.
struct Scratch {
    dir: PathBuf,
    target: PathBuf,
}

impl Scratch {
    fn new() -> Scratch {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("status-codes is in the workspace");
        let dir = std::env::temp_dir().join(format!("{PROBE}-{}", std::process::id()));
        // A leftover of an earlier run that was killed; nothing else writes there.
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("src")).expect("the temp dir is writable");
        fs::create_dir_all(dir.join("spec")).expect("the temp dir is writable");
        let manifest = format!(
            "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nstatus-codes = {{ path = {:?} }}\n\n\
             # Not a member of any workspace above the temp dir.\n[workspace]\n",
            PROBE,
            workspace.join("status-codes"),
        );
        fs::write(dir.join("Cargo.toml"), manifest).expect("the temp dir is writable");
        // The workspace's lock file, so that the offline build picks the versions already fetched.
        fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock")).expect("a lock file");
        fs::write(dir.join("src/main.rs"), MAIN).expect("the temp dir is writable");
        fs::write(dir.join("spec/codes.yaml"), SPEC).expect("the temp dir is writable");
        Scratch {
            dir,
            target: target_dir().join("tests").join("rebuild"),
        }
    }

    /// Builds the crate; returns the targets cargo compiled (the fresh ones are left out).
    fn build(&self) -> Vec<String> {
        let output = Command::new(support::cargo())
            .args([
                "build",
                "--offline",
                "--message-format=json",
                "--target-dir",
            ])
            .arg(&self.target)
            .current_dir(&self.dir)
            .env_remove("CARGO_TARGET_DIR")
            .output()
            .expect("cargo runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "cargo build failed:\n{stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        // cargo reports each unit it built or found fresh as one JSON line:
        // {"reason":"compiler-artifact", ..., "target":{..., "name":"NAME", ...}, ..., "fresh":BOOL}
        let artifacts: Vec<(String, bool)> = stdout
            .lines()
            .filter(|line| line.contains(r#""reason":"compiler-artifact""#))
            .map(|line| {
                let target = &line[line.find(r#""target":{"#).expect("a target")..];
                let name = target.split(r#""name":""#).nth(1).expect("a name");
                let name = &name[..name.find('"').expect("a closing quote")];
                (name.to_owned(), line.contains(r#""fresh":true"#))
            })
            .collect();
        assert!(
            artifacts.iter().any(|(name, _)| name == PROBE),
            "no artifact of the probe in:\n{stdout}"
        );
        artifacts
            .into_iter()
            .filter(|(_, fresh)| !fresh)
            .map(|(name, _)| name)
            .collect()
    }

    /// Runs the probe, which prints every code of its enum.
    fn run(&self) -> String {
        let output = Command::new(self.target.join("debug").join(PROBE))
            .output()
            .expect("the probe runs");
        assert!(output.status.success());
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }

    /// Writes the spec anew, as an editor does (which sets its modification time to now).
    fn edit_spec(&self, text: &str) {
        fs::write(self.dir.join("spec/codes.yaml"), text).expect("the temp dir is writable");
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// The target directory this test was built in: the test runs from `<target>/debug/deps`.
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    exe.ancestors()
        .nth(3)
        .expect("the test runs from <target>/<profile>/deps")
        .to_path_buf()
}

#[test]
fn editing_the_spec_rebuilds_and_nothing_else_does() {
    let scratch = Scratch::new();
    // A new crate: compiled (with its dependencies, the first time the target dir is used).
    assert!(scratch.build().iter().any(|name| name == PROBE));
    assert_eq!(scratch.run(), "200 OK\n404 Not Found\n");

    // Nothing changed: cargo finds everything fresh.
    assert_eq!(
        scratch.build(),
        Vec::<String>::new(),
        "rebuilt with nothing changed"
    );

    // Another file in the crate's folder is not part of the build.
    fs::write(scratch.dir.join("NOTES.md"), "unrelated").expect("the temp dir is writable");
    assert_eq!(
        scratch.build(),
        Vec::<String>::new(),
        "rebuilt for an unrelated file"
    );

    // An edited spec: the crate that uses it is compiled again, and only that crate; the new
    // code is there.
    scratch.edit_spec(&format!(
        "{SPEC}  418:\n    phrase: I'm a teapot\n    description: {{en: Short and stout.}}\n    reference: RFC 9110, Section 15.5.19\n"
    ));
    assert_eq!(
        scratch.build(),
        [PROBE],
        "not rebuilt after the spec changed"
    );
    assert_eq!(scratch.run(), "200 OK\n404 Not Found\n418 I'm a teapot\n");

    // And fresh again after that.
    assert_eq!(
        scratch.build(),
        Vec::<String>::new(),
        "rebuilt twice for one edit"
    );
}
