//! Where the two versions come from: git revisions, the working tree, or
//! two folders, each loaded exactly as `prodcoord check` loads a folder.

use super::changes::VersionInfo;
use super::git::Repo;
use crate::error::Error;
use crate::load::{Loaded, ROOT_FILE, find_root, load, load_files};
use std::path::{Path, PathBuf};

/// One version, loaded.
pub struct Opened {
    pub info: VersionInfo,
    /// `None` when the production does not exist in that version (no
    /// `prodcoord.toml` there): everything in the other one is new.
    pub loaded: Option<Loaded>,
}

/// What to compare.
#[derive(Debug, Clone)]
pub enum Versions {
    /// Git revisions of the repository holding the production; `new`
    /// `None` is the working tree.
    Git {
        project: Option<PathBuf>,
        old: String,
        new: Option<String>,
    },
    /// Two production folders, without git.
    Folders { old: PathBuf, new: PathBuf },
}

/// Loads both versions. Exit status 2 (an `Err`) for a revision that does
/// not exist, a folder without a production, or a production that cannot
/// be read.
pub fn open(versions: &Versions) -> Result<(Opened, Opened), Error> {
    match versions {
        Versions::Folders { old, new } => Ok((open_folder(old)?, open_folder(new)?)),
        Versions::Git { project, old, new } => {
            let root = git_root(project.as_deref(), new.is_none())?;
            let repo = Repo::discover(&root)?;
            // Both revisions are checked before anything is read, so a
            // mistake in the second is not reported after a long wait.
            let old_commit = repo.resolve(old)?;
            let new_commit = new.as_deref().map(|n| repo.resolve(n)).transpose()?;
            let old_side = open_commit(&repo, old, &old_commit)?;
            let new_side = match (new, new_commit) {
                (Some(name), Some(commit)) => open_commit(&repo, name, &commit)?,
                _ => Opened {
                    info: VersionInfo::working_tree(),
                    loaded: Some(load(&root)),
                },
            };
            Ok((old_side, new_side))
        }
    }
}

/// The production folder in the working tree. When neither version is the
/// working tree, the production need not exist there now: `--project DIR`
/// (or the current folder) still says where it is in the repository.
fn git_root(project: Option<&Path>, needs_production: bool) -> Result<PathBuf, Error> {
    match find_root(project) {
        Ok(root) => Ok(root),
        Err(e) if needs_production => Err(e),
        Err(e) => {
            let dir = match project {
                Some(dir) => dir.to_path_buf(),
                None => std::env::current_dir().map_err(|source| Error::Io {
                    context: "cannot read the current directory".into(),
                    source,
                })?,
            };
            if dir.is_dir() { Ok(dir) } else { Err(e) }
        }
    }
}

fn open_commit(repo: &Repo, name: &str, commit: &super::git::Commit) -> Result<Opened, Error> {
    let files = repo.production_files(commit)?;
    let exists = !files.is_empty();
    Ok(Opened {
        info: VersionInfo {
            kind: "revision",
            name: name.to_string(),
            commit: Some(commit.id.clone()),
            exists,
        },
        loaded: exists.then(|| load_files(files)),
    })
}

fn open_folder(dir: &Path) -> Result<Opened, Error> {
    if !dir.join(ROOT_FILE).is_file() {
        return Err(Error::Usage(format!(
            "{}: there is no {ROOT_FILE} in this folder, so it is not a production",
            dir.display()
        )));
    }
    Ok(Opened {
        info: VersionInfo {
            kind: "folder",
            name: dir.display().to_string(),
            commit: None,
            exists: true,
        },
        loaded: Some(load(dir)),
    })
}

#[cfg(test)]
mod tests {
    use crate::load::{data_kind, list_files, load, load_files};
    use std::path::Path;

    fn all_files(root: &Path, rel: &str, out: &mut Vec<(String, Vec<u8>)>) {
        for entry in std::fs::read_dir(root.join(rel)).expect("readable") {
            let entry = entry.expect("entry");
            let name = entry.file_name().to_string_lossy().into_owned();
            let child = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            if entry.file_type().expect("type").is_dir() {
                all_files(root, &child, out);
            } else {
                out.push((child, std::fs::read(entry.path()).expect("readable")));
            }
        }
    }

    #[test]
    fn files_in_memory_load_as_the_folder_does() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/lighthouse");
        let mut files = Vec::new();
        all_files(&root, "", &mut files);
        files.push(("notes.txt".into(), b"not a data file".to_vec()));
        files.push(("scenes/.draft.toml".into(), b"[[scene]]".to_vec()));
        let (found, failures) = list_files(&root);
        assert!(failures.is_empty());
        let mut kept: Vec<&str> = files
            .iter()
            .filter(|(rel, _)| data_kind(rel).is_some())
            .map(|(rel, _)| rel.as_str())
            .collect();
        kept.sort_unstable();
        let listed: Vec<&str> = found.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(kept, listed);

        let (a, b) = (load(&root), load_files(files));
        assert_eq!(a.diagnostics.len(), b.diagnostics.len());
        let (a, b) = (a.production, b.production);
        assert_eq!(a.sources.len(), b.sources.len());
        assert_eq!(
            (a.cast.len(), a.crew.len(), a.scenes.len(), a.days.len()),
            (b.cast.len(), b.crew.len(), b.scenes.len(), b.days.len())
        );
        assert_eq!(
            (a.locations.len(), a.lines.len(), a.expenses.len()),
            (b.locations.len(), b.lines.len(), b.expenses.len())
        );
        assert!(b.broken.is_empty());
    }

    #[test]
    fn data_files_by_path() {
        use crate::model::Kind;
        assert_eq!(data_kind("prodcoord.toml"), Some(Kind::Production));
        assert_eq!(data_kind("cast.toml"), Some(Kind::Cast));
        assert_eq!(data_kind("scenes/ep1/a.toml"), Some(Kind::Scenes));
        assert_eq!(data_kind("scenes/.hidden/a.toml"), None);
        assert_eq!(data_kind("scenes/a.toml.bak"), None);
        assert_eq!(data_kind("scenes.toml/a.toml"), None);
        assert_eq!(data_kind("other/cast.toml"), None);
        assert_eq!(data_kind("prodcoord.toml/x.toml"), None);
        assert_eq!(data_kind("scenes//a.toml"), None);
    }
}
