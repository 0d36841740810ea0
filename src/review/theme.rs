//! Colours and emphasis. Every verdict reads without colour (its glyph); colour only helps, and
//! uses the Okabe–Ito palette, which stays distinct under the common colour-vision deficiencies.
//! `NO_COLOR` or `--no-color` give a monochrome theme that keeps bold, reverse and underline.

use ratatui::style::{Color, Modifier, Style};

use crate::session::Verdict;

/// Okabe–Ito sky blue.
const BLUE: Color = Color::Rgb(86, 180, 233);
/// Okabe–Ito vermillion.
const VERMILLION: Color = Color::Rgb(213, 94, 0);
/// Okabe–Ito yellow.
const YELLOW: Color = Color::Rgb(240, 228, 66);
/// Okabe–Ito orange.
const ORANGE: Color = Color::Rgb(230, 159, 0);

/// Styles of the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// A colour theme.
    pub const COLOR: Theme = Theme { color: true };
    /// A monochrome theme.
    pub const MONO: Theme = Theme { color: false };

    /// Colour unless `no_color` or the `NO_COLOR` environment variable (no-color.org) says not.
    pub fn from_env(no_color: bool) -> Theme {
        let env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color || env {
            Theme::MONO
        } else {
            Theme::COLOR
        }
    }

    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// A verdict's glyph and word.
    pub fn verdict(self, verdict: Option<Verdict>) -> Style {
        match verdict {
            Some(Verdict::Verified) => self.fg(BLUE),
            Some(Verdict::Disputed) => self.fg(VERMILLION).add_modifier(Modifier::BOLD),
            Some(Verdict::Unclear) => self.fg(YELLOW),
            None => self.dim(),
        }
    }

    /// Secondary text: tags, scores, labels.
    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    /// Field labels and headings.
    pub fn label(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The selected list row.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The claim's span in the source pane.
    pub fn claim_span(self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(BLUE)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// A figure inside the highlighted claim, and search matches.
    pub fn mark(self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
    }

    /// The border of the focused pane.
    pub fn focused_border(self) -> Style {
        self.fg(ORANGE).add_modifier(Modifier::BOLD)
    }

    /// A warning: an unsaved change, a failed save.
    pub fn warning(self) -> Style {
        self.fg(VERMILLION).add_modifier(Modifier::BOLD)
    }

    /// The filled part of the progress gauge.
    pub fn gauge(self) -> Style {
        self.fg(BLUE)
    }

    /// Whether colours are used.
    pub fn has_color(self) -> bool {
        self.color
    }
}
