//! Running the binary as a user does.

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

/// Ann's reviewed session of the sample article.
pub const ANN: &str = "tests/fixtures/sessions/ann.review.json";
/// Bo's review of the same claims, disagreeing on some.
pub const BO: &str = "tests/fixtures/sessions/bo.review.json";

/// `claimcheck ARGS` from the repository's root with an empty stdin, `COLUMNS` unset.
pub fn claimcheck(args: &[&str]) -> Output {
    claimcheck_with_stdin(args, None)
}

/// `claimcheck ARGS` from the repository's root with `stdin` (none: empty), `COLUMNS` unset.
pub fn claimcheck_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("COLUMNS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("claimcheck runs");
    let mut pipe = child.stdin.take().unwrap();
    if let Some(bytes) = stdin {
        pipe.write_all(bytes).unwrap();
    }
    drop(pipe);
    child.wait_with_output().unwrap()
}

/// `claimcheck review FILE --keys - --reviewer REVIEWER` started in `dir` without a terminal,
/// every stream piped: the caller writes the keys and decides when it ends.
pub fn headless_review(dir: &Path, file: &str, reviewer: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["review", file, "--keys", "-", "--reviewer", reviewer])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("claimcheck starts")
}
