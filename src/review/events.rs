//! Where the review's input comes from, and stopping on a signal.
//!
//! A terminal closed under claimcheck (SIGHUP), a `timeout` or a shutdown (SIGTERM), or `kill
//! -INT` must not leave the terminal in raw mode on the alternate screen, the session's last
//! changes only in its journal, or its lock file behind. So the keys are read on a thread of
//! their own and the signals caught by signal-hook's iterator on another; both feed one channel,
//! and a signal arrives in the event loop as [`Input::Terminate`], which saves and quits by the
//! same path as Ctrl-C — then the terminal is restored as on any other exit.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use anyhow::{Context, Result};
use signal_hook::consts::signal::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::{Handle, Signals};

use super::terminal::{EventSource, Input};

/// The signals that stop a review (SIGINT only arrives this way outside raw mode, or from
/// `kill`: in the review screen Ctrl-C is a key).
pub const STOP_SIGNALS: [i32; 3] = [SIGTERM, SIGHUP, SIGINT];

/// The conventional name of a stop signal ("SIGTERM").
pub fn signal_name(signal: i32) -> String {
    match signal {
        SIGTERM => "SIGTERM".into(),
        SIGHUP => "SIGHUP".into(),
        SIGINT => "SIGINT".into(),
        other => format!("signal {other}"),
    }
}

type Message = Result<Option<Input>>;

/// How often a review in a terminal checks, while idle, that the terminal is still there.
const TERMINAL_CHECK: Duration = Duration::from_secs(1);

/// Input read on a thread of its own, with [`Input::Terminate`] when a stop signal arrives.
/// The signals are caught from the moment this exists until it is dropped.
pub struct Events {
    sender: Sender<Message>,
    receiver: Receiver<Message>,
    signals: Handle,
    stopped_by: Arc<AtomicI32>,
    ended: bool,
    watch_terminal: bool,
}

impl Events {
    /// Starts catching the stop signals; a signal that arrives before the review's loop begins
    /// stops it as soon as it does.
    pub fn catching_signals() -> Result<Events> {
        let (sender, receiver) = mpsc::channel();
        let mut signals =
            Signals::new(STOP_SIGNALS).context("cannot catch SIGTERM, SIGHUP and SIGINT")?;
        let handle = signals.handle();
        let stopped_by = Arc::new(AtomicI32::new(0));
        let (to_loop, record) = (sender.clone(), Arc::clone(&stopped_by));
        std::thread::Builder::new()
            .name("claimcheck-signals".into())
            .spawn(move || {
                // Ends when the handle is closed (the Events dropped).
                for signal in signals.forever() {
                    let _ = record.compare_exchange(0, signal, Ordering::SeqCst, Ordering::SeqCst);
                    if to_loop.send(Ok(Some(Input::Terminate))).is_err() {
                        break;
                    }
                }
            })
            .context("cannot start the signal thread")?;
        Ok(Events {
            sender,
            receiver,
            signals: handle,
            stopped_by,
            ended: false,
            watch_terminal: false,
        })
    }

    /// Also stops (as for SIGHUP) when the terminal goes away without a signal — say, when the
    /// shell that started claimcheck ignores SIGHUP and so never passes it on. A terminal that
    /// has hung up is no longer a terminal to `isatty`, and reading from it never returns (the
    /// terminal library spins on it), so this is checked while waiting, not by reading.
    pub fn watch_terminal(&mut self) {
        self.watch_terminal = true;
    }

    /// Reads `source` on a thread of its own until it ends or fails.
    pub fn read_from(&self, mut source: Box<dyn EventSource + Send>) -> Result<()> {
        let to_loop = self.sender.clone();
        std::thread::Builder::new()
            .name("claimcheck-input".into())
            .spawn(move || {
                loop {
                    let next = source.next();
                    let last = !matches!(next, Ok(Some(_)));
                    if to_loop.send(next).is_err() || last {
                        break;
                    }
                }
            })
            .context("cannot start the input thread")?;
        Ok(())
    }

    /// The first stop signal that arrived, if any.
    pub fn stopped_by(&self) -> Option<i32> {
        match self.stopped_by.load(Ordering::SeqCst) {
            0 => None,
            signal => Some(signal),
        }
    }
}

impl EventSource for Events {
    fn next(&mut self) -> Result<Option<Input>> {
        if self.ended {
            return Ok(None);
        }
        let next = loop {
            if !self.watch_terminal {
                break self.receiver.recv().unwrap_or(Ok(None));
            }
            match self.receiver.recv_timeout(TERMINAL_CHECK) {
                Ok(next) => break next,
                Err(RecvTimeoutError::Disconnected) => break Ok(None),
                Err(RecvTimeoutError::Timeout) if std::io::stdout().is_terminal() => {}
                Err(RecvTimeoutError::Timeout) => {
                    let _ = self.stopped_by.compare_exchange(
                        0,
                        SIGHUP,
                        Ordering::SeqCst,
                        Ordering::SeqCst,
                    );
                    break Ok(Some(Input::Terminate));
                }
            }
        };
        self.ended = !matches!(next, Ok(Some(_)));
        next
    }
}

impl Drop for Events {
    fn drop(&mut self) {
        self.signals.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::script::Script;

    /// A source that never ends, like a terminal nobody types into.
    struct Idle;

    impl EventSource for Idle {
        fn next(&mut self) -> Result<Option<Input>> {
            std::thread::park();
            Ok(None)
        }
    }

    // One test, so that the raised signal cannot reach another test's `Events`.
    #[test]
    fn keys_pass_in_order_and_a_signal_arrives_as_terminate() {
        let mut events = Events::catching_signals().unwrap();
        let script = Script::new(std::io::Cursor::new("j\nk\n"), "test");
        events.read_from(Box::new(script)).unwrap();
        let mut keys = 0;
        while let Some(input) = events.next().unwrap() {
            assert!(matches!(input, Input::Event(_)), "{input:?}");
            keys += 1;
        }
        assert_eq!(keys, 2);
        assert_eq!(events.next().unwrap(), None, "the end stays the end");
        assert_eq!(events.stopped_by(), None);
        drop(events);

        let mut events = Events::catching_signals().unwrap();
        events.read_from(Box::new(Idle)).unwrap();
        signal_hook::low_level::raise(SIGHUP).unwrap();
        assert_eq!(events.next().unwrap(), Some(Input::Terminate));
        assert_eq!(events.stopped_by(), Some(SIGHUP));
        assert_eq!(signal_name(SIGHUP), "SIGHUP");
    }
}
