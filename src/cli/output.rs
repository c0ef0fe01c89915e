use super::ColorWhen;
use anstream::AutoStream;
use anstyle::{AnsiColor, Style};
use std::io::Write;

/// Where reports (stdout) and messages (stderr) go, coloured only where
/// colour is wanted.
pub struct Output {
    choice: anstream::ColorChoice,
    pub quiet: bool,
}

impl Output {
    pub fn new(color: ColorWhen, quiet: bool) -> Self {
        let choice = match color {
            ColorWhen::Auto => anstream::ColorChoice::Auto,
            ColorWhen::Always => anstream::ColorChoice::Always,
            ColorWhen::Never => anstream::ColorChoice::Never,
        };
        Output { choice, quiet }
    }

    pub fn color_choice(&self) -> anstream::ColorChoice {
        self.choice
    }

    /// Whether report text on stdout may be coloured: `--color`, `NO_COLOR`
    /// and whether stdout is a terminal, resolved as `print` resolves them.
    pub fn stdout_color(&self) -> bool {
        AutoStream::new(std::io::stdout(), self.choice).current_choice()
            != anstream::ColorChoice::Never
    }

    /// Writes report text to stdout, stripping colour when not wanted.
    pub fn print(&self, text: &str) -> Result<(), crate::Error> {
        let mut stdout = AutoStream::new(std::io::stdout().lock(), self.choice);
        stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(|source| crate::Error::Io {
                context: "cannot write to standard output".into(),
                source,
            })
    }

    /// Like [`print`](Self::print), but a reader that stopped early (`| head`)
    /// is not an error: the command still ends with its own exit status.
    pub fn print_report(&self, text: &str) -> Result<(), crate::Error> {
        match self.print(text) {
            Err(crate::Error::Io { source, .. })
                if source.kind() == std::io::ErrorKind::BrokenPipe =>
            {
                Ok(())
            }
            other => other,
        }
    }

    /// A message for the person at the terminal, on stderr.
    pub fn note(&self, text: &str) {
        if self.quiet {
            return;
        }
        let mut stderr = AutoStream::new(std::io::stderr().lock(), self.choice);
        let _ = writeln!(stderr, "{text}");
    }

    pub fn error(&self, text: &str, help: Option<&str>) {
        let mut stderr = AutoStream::new(std::io::stderr().lock(), self.choice);
        let red = Style::new().bold().fg_color(Some(AnsiColor::Red.into()));
        let _ = writeln!(stderr, "{red}error{red:#}: {text}");
        if let Some(help) = help {
            let cyan = Style::new().bold().fg_color(Some(AnsiColor::Cyan.into()));
            let _ = writeln!(stderr, "{cyan}help{cyan:#}: {help}");
        }
    }
}
