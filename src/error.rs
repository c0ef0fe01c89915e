use std::path::PathBuf;

/// Why a command could not run at all (exit status 2).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "no production found: there is no prodcoord.toml in {} or any folder above it",
        searched.display()
    )]
    NoRoot { searched: PathBuf },
    #[error("no production found: there is no prodcoord.toml in {}", dir.display())]
    NoRootIn { dir: PathBuf },
    #[error("{path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("{0}")]
    Usage(String),
    /// A git revision that does not exist, or git that cannot be run.
    #[error("{message}")]
    Git {
        message: String,
        help: Option<String>,
    },
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    pub fn help(&self) -> Option<String> {
        match self {
            Error::NoRoot { .. } | Error::NoRootIn { .. } => Some(
                "run `prodcoord init` to start a production here, or pass `--project DIR`".into(),
            ),
            Error::Git { help, .. } => help.clone(),
            _ => None,
        }
    }
}
