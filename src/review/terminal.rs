//! The event loop, and the real terminal: raw mode, alternate screen and mouse, restored on normal
//! exit, on error and on panic.
//!
//! The loop takes its events from an [`EventSource`] (the terminal, or a key script) and draws on
//! any ratatui backend, so the same loop runs under a test backend without a terminal.

use std::io::{IsTerminal, stdout};

use anyhow::{Context, Result};
use crossterm::cursor;
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use crossterm::terminal::LeaveAlternateScreen;
use ratatui::backend::Backend;
use ratatui::{DefaultTerminal, Terminal};

use super::action::Action;
use super::app::{App, Change, Effect};
use super::events::Events;
use super::store::Store;
use super::ui;

/// What the event loop reacts to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A key, the mouse, or a new terminal size.
    Event(Event),
    /// claimcheck was told to stop (SIGTERM, SIGHUP, SIGINT): save and quit as Ctrl-C does.
    Terminate,
}

/// Where input comes from.
pub trait EventSource {
    /// The next input, waiting for it; `None` when there will be no more.
    fn next(&mut self) -> Result<Option<Input>>;
}

/// Events from the terminal.
#[derive(Debug, Default)]
pub struct TerminalEvents;

impl EventSource for TerminalEvents {
    fn next(&mut self) -> Result<Option<Input>> {
        let event = event::read().context("cannot read from the terminal")?;
        Ok(Some(Input::Event(event)))
    }
}

/// How the review ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Saved and quit.
    Saved,
    /// Quit without saving, as the reviewer confirmed.
    Abandoned,
}

/// The action an input asks for, if any.
pub fn action_for(app: &App, input: &Input) -> Option<Action> {
    let event = match input {
        Input::Event(event) => event,
        Input::Terminate => return Some(Action::Terminate),
    };
    match event {
        Event::Key(key) => app.keymap().action(app.context(), key),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: mouse.column,
                row: mouse.row,
            }),
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => Some(Action::Wheel {
                column: mouse.column,
                row: mouse.row,
                down: mouse.kind == MouseEventKind::ScrollDown,
            }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

/// Runs the review until the reviewer quits, a signal stops it, or the events end (all but the
/// first count as Ctrl-C).
///
/// Every change is handed to `store` before the next frame is drawn; `saved` hears of each change
/// once it is durable. When the loop fails (the terminal lost, say), the session is still closed
/// (saved) before the error is returned.
pub fn run_loop<B>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut dyn EventSource,
    store: &mut dyn Store,
    saved: &mut dyn FnMut(&Change),
) -> Result<Outcome>
where
    B: Backend,
    B::Error: std::error::Error + Send + Sync + 'static,
{
    // A closure called at once, so that every early return and `?` of the loop ends up here.
    let mut until_done = || -> Result<Outcome> {
        let size = terminal.size()?;
        app.update(Action::Resize {
            width: size.width,
            height: size.height,
        });
        terminal.draw(|frame| ui::draw(frame, app))?;
        let mut place = app.place();
        loop {
            let effect = match events.next()? {
                Some(input) => match action_for(app, &input) {
                    Some(action) => app.update(action),
                    None => continue,
                },
                // The end of the input counts as Ctrl-C: an editor's text is kept.
                None => app.update(Action::Terminate),
            };
            match effect {
                Effect::None => {}
                Effect::Persist(change) => {
                    let outcome = store.persist(app.session_for_save(), &change);
                    if outcome.is_ok() {
                        saved(&change);
                    }
                    app.persisted(outcome.map_err(|e| format!("{e:#}")));
                }
                Effect::Save => {
                    let outcome = store.save(app.session_for_save());
                    app.folded(outcome.map_err(|e| format!("{e:#}")));
                }
                Effect::Quit => match store.close(app.session_for_save()) {
                    Ok(()) => return Ok(Outcome::Saved),
                    Err(e) => app.folded(Err(format!("{e:#}"))),
                },
                Effect::ForceQuit { draft } => {
                    // The text of an open editor is a change like any other: journalled first,
                    // so that it survives even when the closing save fails.
                    if let Some(change) = draft {
                        let outcome = store.persist(app.session_for_save(), &change);
                        if outcome.is_ok() {
                            saved(&change);
                        }
                        app.persisted(outcome.map_err(|e| format!("{e:#}")));
                    }
                    // The store's error says whether the journal holds the changes or how many
                    // it could not hold either.
                    store.close(app.session_for_save()).with_context(|| {
                        format!("could not save {} on quitting", store.path().display())
                    })?;
                    return Ok(Outcome::Saved);
                }
                Effect::Abandon => return Ok(Outcome::Abandoned),
                Effect::Export(format) => {
                    let options = crate::export::Options::default();
                    let outcome =
                        crate::export::write_beside(app.session(), store.path(), format, &options);
                    app.exported(outcome.map_err(|e| format!("{e:#}")));
                }
            }
            // The place goes to the store too (cheaply, unsynced), so that a review resumed after a
            // crash opens where this one was.
            let now = app.place();
            if now != place {
                match store.place(&now) {
                    Ok(()) => place = now,
                    Err(e) => app.place_not_saved(format!("{e:#}")),
                }
            }
            terminal.draw(|frame| ui::draw(frame, app))?;
        }
    };
    let outcome = until_done();
    if outcome.is_err() {
        // What is not on disk yet is still in memory: write it whatever went wrong.
        let _ = store.close(app.session_for_save());
    }
    outcome
}

/// Puts the terminal back as it was: mouse off, raw mode off, main screen, cursor shown. Each
/// step is tried whatever the others did, and failures are silent: a terminal that has hung up
/// cannot be restored, and there is nowhere to say so.
fn restore() {
    let _ = crossterm::execute!(stdout(), DisableMouseCapture);
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = crossterm::execute!(stdout(), LeaveAlternateScreen, cursor::Show);
}

/// Restores the terminal when dropped: on return, on error and while unwinding from a panic.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore();
    }
}

/// Runs `body` in the real terminal (raw mode, alternate screen, mouse), restoring it however
/// `body` ends — returning, failing, panicking, or stopped by a signal, which `events` turns
/// into [`Input::Terminate`]: a session picker and the review it opens share one screen.
pub fn with_terminal<T>(
    events: &mut Events,
    body: impl FnOnce(&mut DefaultTerminal, &mut Events) -> Result<T>,
) -> Result<T> {
    // Installed before ratatui's own hook, which restores the screen and then calls this one: the
    // mouse is released before the panic message is printed.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(stdout(), DisableMouseCapture);
        previous(info);
    }));
    let mut terminal = ratatui::try_init().context("cannot set up the terminal")?;
    let _restore = Restore;
    crossterm::execute!(stdout(), EnableMouseCapture).context("cannot enable the mouse")?;
    events.read_from(Box::new(TerminalEvents))?;
    events.watch_terminal();
    let outcome = body(&mut terminal, events);
    if std::io::stdout().is_terminal() {
        let _ = terminal.show_cursor();
    } else {
        // The terminal hung up: showing the cursor on drop would fail, and its message fail to
        // print (a panic, for `eprintln!`).
        std::mem::forget(terminal);
    }
    outcome
}

/// Runs a review in the real terminal, stopping (saved) on SIGTERM, SIGHUP or SIGINT.
pub fn run(app: &mut App, store: &mut dyn Store) -> Result<Outcome> {
    let mut events = Events::catching_signals()?;
    with_terminal(&mut events, |terminal, events| {
        run_loop(terminal, app, events, store, &mut |_change: &Change| {})
    })
}

#[cfg(test)]
mod tests;
