//! `claimcheck extract -` on a binary standard input that never ends (QA round 11, item 11): it
//! stops at the first NUL byte with the error a file gives, without reading the rest.

#![cfg(unix)]

use std::fs::File;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn an_endless_binary_stdin_is_rejected_at_its_first_nul() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["extract", "-"])
        .stdin(File::open("/dev/zero").unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("claimcheck runs");
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("still reading /dev/zero after 20 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        message.trim_end(),
        "claimcheck: stdin: looks like a binary file, not an article (NUL byte at byte offset 0); \
         give a plain-text article"
    );
    assert!(output.stdout.is_empty());
}
