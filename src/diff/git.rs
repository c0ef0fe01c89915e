//! The `git` binary, run only with arguments prodcoord chose. A revision
//! someone typed is passed to git exactly once, to `git rev-parse --verify
//! --end-of-options REV^{commit}`, where it can only be read as a
//! revision; everything afterwards uses the commit id git answered.

use super::tree::Tree;
use crate::error::Error;
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository holding a production, and where in it the production is.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The production root in the working tree; git runs there.
    root: PathBuf,
    /// The top of the working tree.
    pub toplevel: PathBuf,
    /// The production's folder relative to the top, `/`-separated, with a
    /// trailing `/` (empty when the production is at the top).
    pub prefix: Vec<u8>,
}

/// A commit a revision named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    /// The full commit id, hexadecimal.
    pub id: String,
}

impl Commit {
    /// The first 7 characters of the id, as git shows it.
    pub fn short(&self) -> &str {
        self.id.get(..7).unwrap_or(&self.id)
    }
}

impl Repo {
    /// The repository holding the folder `root`.
    pub fn discover(root: &Path) -> Result<Repo, Error> {
        let toplevel = git(root, ["rev-parse", "--show-toplevel"])?;
        if !toplevel.success {
            return Err(not_a_repository(root, &toplevel.stderr));
        }
        let prefix = git(root, ["rev-parse", "--show-prefix"])?;
        if !prefix.success {
            return Err(not_a_repository(root, &prefix.stderr));
        }
        Ok(Repo {
            root: root.to_path_buf(),
            toplevel: PathBuf::from(String::from_utf8_lossy(chomp(&toplevel.stdout)).as_ref()),
            prefix: chomp(&prefix.stdout).to_vec(),
        })
    }

    /// The commit `revision` names; exit status 2 when there is none.
    pub fn resolve(&self, revision: &str) -> Result<Commit, Error> {
        if revision.is_empty() {
            return Err(Error::Git {
                message: "an empty revision names no commit".into(),
                help: Some("name a branch, a tag or a commit, e.g. `HEAD~1`".into()),
            });
        }
        let spec = format!("{revision}^{{commit}}");
        let answer = git(
            &self.root,
            [
                OsStr::new("rev-parse"),
                OsStr::new("--verify"),
                OsStr::new("--end-of-options"),
                OsStr::new(&spec),
            ],
        )?;
        let id = String::from_utf8_lossy(chomp(&answer.stdout)).into_owned();
        if answer.success && !id.is_empty() && id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Ok(Commit { id });
        }
        Err(self.unknown_revision(revision, &String::from_utf8_lossy(&answer.stderr)))
    }

    /// Why `revision` names no commit, in plain words.
    fn unknown_revision(&self, revision: &str, stderr: &str) -> Error {
        let shown = super::words::quoted(revision);
        if let Some(what) = stderr
            .split("dereferences to ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
        {
            return Error::Git {
                message: format!("{shown} names a {what} in git, not a commit"),
                help: Some("name a branch, a tag or a commit, e.g. `HEAD~1`".into()),
            };
        }
        if revision == "HEAD" && !self.has_commits() {
            return Error::Git {
                message: "the repository has no commit yet, so there is no HEAD to compare with"
                    .into(),
                help: Some(
                    "commit the production first, or compare two folders with \
                     `prodcoord diff --old-dir OLD --new-dir NEW`"
                        .into(),
                ),
            };
        }
        let mut message = format!(
            "{shown} is not a revision of this repository: git knows no branch, tag or commit by that name"
        );
        if revision.starts_with('-') {
            message.push_str(
                " (it starts with `-` like an option, but prodcoord gives it to git only as a revision)",
            );
        }
        let said: Vec<&str> = stderr
            .lines()
            .map(|l| l.trim_start_matches("fatal: ").trim())
            .filter(|l| !l.is_empty() && *l != "Needed a single revision")
            .collect();
        if !said.is_empty() {
            message.push_str(&format!(" (git says: {})", said.join("; ")));
        }
        let help = if self.is_shallow() {
            "this clone is shallow (it has only the latest commits): fetch the rest with \
             `git fetch --unshallow`; in GitHub Actions, check out with `fetch-depth: 0`"
        } else if revision.contains('/') {
            "a branch of another repository must be fetched first, e.g. `git fetch origin`; \
             `git branch -a` lists the branches there are"
        } else {
            "`git branch -a` lists the branches, `git tag` the tags, `git log --oneline` the commits"
        };
        Error::Git {
            message,
            help: Some(help.into()),
        }
    }

    fn has_commits(&self) -> bool {
        git(&self.root, ["rev-parse", "--verify", "--quiet", "HEAD"]).is_ok_and(|a| a.success)
    }

    fn is_shallow(&self) -> bool {
        git(&self.root, ["rev-parse", "--is-shallow-repository"])
            .is_ok_and(|a| a.success && chomp(&a.stdout) == b"true")
    }

    /// The production's data files at `commit`, as `(path relative to the
    /// production root, contents)`, chosen by the rules the loader follows
    /// in a folder (symbolic links followed inside the repository). Empty
    /// when the production has no `prodcoord.toml` at that commit.
    pub fn production_files(&self, commit: &Commit) -> Result<Vec<(String, Vec<u8>)>, Error> {
        let listing = git(
            &self.root,
            [
                OsStr::new("ls-tree"),
                OsStr::new("-r"),
                OsStr::new("-z"),
                OsStr::new("--full-tree"),
                OsStr::new(&commit.id),
            ],
        )?;
        if !listing.success {
            return Err(Error::Git {
                message: format!(
                    "git cannot list the files of commit {}: {}",
                    commit.short(),
                    String::from_utf8_lossy(&listing.stderr).trim()
                ),
                help: None,
            });
        }
        let mut tree = Tree::parse(&listing.stdout);
        let links = tree.links();
        if !links.is_empty() {
            let targets =
                self.read_blobs(&links.iter().map(|(_, id)| id.clone()).collect::<Vec<_>>())?;
            for ((path, _), target) in links.into_iter().zip(targets) {
                tree.set_link_target(&path, target);
            }
        }
        let wanted = tree.production_files(&self.prefix);
        if wanted.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<String> = wanted.iter().map(|(_, id)| id.clone()).collect();
        let contents = self.read_blobs(&ids)?;
        Ok(wanted
            .into_iter()
            .map(|(rel, _)| rel)
            .zip(contents)
            .collect())
    }

    /// The contents of each blob, in order, through one `git cat-file
    /// --batch`.
    fn read_blobs(&self, ids: &[String]) -> Result<Vec<Vec<u8>>, Error> {
        let mut child = command(&self.root)
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(spawn_error)?;
        let mut input = String::new();
        for id in ids {
            input.push_str(id);
            input.push('\n');
        }
        let mut stdin = child.stdin.take();
        let writer = std::thread::spawn(move || {
            if let Some(stdin) = stdin.as_mut() {
                let _ = stdin.write_all(input.as_bytes());
            }
            drop(stdin);
        });
        let mut stdout = Vec::new();
        if let Some(mut out) = child.stdout.take() {
            let _ = out.read_to_end(&mut stdout);
        }
        let _ = writer.join();
        let status = child.wait().map_err(spawn_error)?;
        let broken = |why: &str| Error::Git {
            message: format!("git could not read the production's files: {why}"),
            help: None,
        };
        if !status.success() {
            return Err(broken("`git cat-file` failed"));
        }
        let mut blobs = Vec::with_capacity(ids.len());
        let mut rest = stdout.as_slice();
        for id in ids {
            let end = rest
                .iter()
                .position(|&b| b == b'\n')
                .ok_or_else(|| broken("its answer was cut short"))?;
            let header = String::from_utf8_lossy(&rest[..end]).into_owned();
            let mut parts = header.split(' ');
            let (Some(got), Some(_kind), Some(size)) = (parts.next(), parts.next(), parts.next())
            else {
                return Err(broken(&format!("object {id} is missing")));
            };
            let size: usize = size
                .parse()
                .map_err(|_| broken("its answer was not understood"))?;
            let start = end + 1;
            let content = rest
                .get(start..start + size)
                .ok_or_else(|| broken("its answer was cut short"))?;
            if got != id {
                return Err(broken("its answer was not understood"));
            }
            blobs.push(content.to_vec());
            rest = rest.get(start + size + 1..).unwrap_or_default();
        }
        Ok(blobs)
    }
}

/// What one git command answered.
struct Answer {
    success: bool,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn command(dir: &Path) -> Command {
    let mut command = Command::new("git");
    command
        .current_dir(dir)
        // Messages in English, so that the reasons can be read; nothing
        // asks for a password or opens a pager.
        .env("LC_ALL", "C")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_PAGER", "cat")
        .stdin(Stdio::null());
    command
}

fn git<I, S>(dir: &Path, args: I) -> Result<Answer, Error>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let output = command(dir).args(args).output().map_err(spawn_error)?;
    Ok(Answer {
        success: output.status.success(),
        stdout: output.stdout,
        stderr: output.stderr,
    })
}

fn spawn_error(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::NotFound {
        Error::Git {
            message: "`git` is not installed, or not on the PATH, so revisions cannot be read"
                .into(),
            help: Some(
                "install git, or compare two folders with `prodcoord diff --old-dir OLD --new-dir NEW`"
                    .into(),
            ),
        }
    } else {
        Error::Git {
            message: format!("git could not be run: {e}"),
            help: None,
        }
    }
}

fn not_a_repository(root: &Path, stderr: &[u8]) -> Error {
    let said = String::from_utf8_lossy(stderr);
    let said = said.trim().trim_start_matches("fatal: ");
    if said.contains("not a git repository") {
        Error::Git {
            message: format!(
                "the production in {} is not in a git repository, so it has no revisions to compare",
                root.display()
            ),
            help: Some(
                "compare two folders with `prodcoord diff --old-dir OLD --new-dir NEW`".into(),
            ),
        }
    } else {
        Error::Git {
            message: format!(
                "git cannot read the repository holding {}: {said}",
                root.display()
            ),
            help: None,
        }
    }
}

/// Without the one line break git ends its answer with.
fn chomp(bytes: &[u8]) -> &[u8] {
    bytes.strip_suffix(b"\n").unwrap_or(bytes)
}
