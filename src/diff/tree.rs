//! The files of one commit, as `git ls-tree -r -z` lists them, read the way
//! the loader reads a folder: which files are the production's data files,
//! with symbolic links followed inside the repository and each real folder
//! read once.

use crate::load::ROOT_FILE;
use crate::model::Kind;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Links followed one after another before giving up (as the kernel does).
const MAX_LINKS: usize = 40;

#[derive(Debug, Default)]
pub struct Tree {
    /// Every file, by its path from the top of the repository.
    entries: BTreeMap<Vec<u8>, Entry>,
}

#[derive(Debug)]
struct Entry {
    /// The blob's id.
    id: String,
    /// For a symbolic link: `Some`; its target once read.
    link: Option<Option<Vec<u8>>>,
}

/// What a path is.
enum Node<'t> {
    File(&'t str),
    Dir(Vec<u8>),
    Missing,
}

impl Tree {
    /// Reads `git ls-tree -r -z` output: `MODE TYPE ID\tPATH\0` entries.
    /// Submodules (commits) are left out: they hold no files of this
    /// repository.
    pub fn parse(listing: &[u8]) -> Tree {
        let mut tree = Tree::default();
        for record in listing.split(|&b| b == 0) {
            let Some(tab) = record.iter().position(|&b| b == b'\t') else {
                continue;
            };
            let (meta, path) = (&record[..tab], &record[tab + 1..]);
            let meta = String::from_utf8_lossy(meta);
            let mut parts = meta.split(' ');
            let (Some(mode), Some(kind), Some(id)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            if kind != "blob" {
                continue;
            }
            tree.entries.insert(
                path.to_vec(),
                Entry {
                    id: id.to_string(),
                    link: (mode == "120000").then_some(None),
                },
            );
        }
        tree
    }

    /// The symbolic links, whose targets are still to be read: `(path,
    /// blob id)`.
    pub fn links(&self) -> Vec<(Vec<u8>, String)> {
        self.entries
            .iter()
            .filter(|(_, e)| e.link.is_some())
            .map(|(path, e)| (path.clone(), e.id.clone()))
            .collect()
    }

    pub fn set_link_target(&mut self, path: &[u8], target: Vec<u8>) {
        if let Some(entry) = self.entries.get_mut(path)
            && entry.link.is_some()
        {
            entry.link = Some(Some(target));
        }
    }

    /// The data files of the production whose folder is `prefix` (from the
    /// top, `/`-separated, empty or ending in `/`): `(path relative to the
    /// production, blob id)` in byte-wise path order. Empty when there is
    /// no `prodcoord.toml` there.
    pub fn production_files(&self, prefix: &[u8]) -> Vec<(String, String)> {
        let root = prefix.strip_suffix(b"/").unwrap_or(prefix);
        let Node::Dir(root) = self.node(root) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        match self.node(&join(&root, ROOT_FILE.as_bytes())) {
            Node::File(id) => found.push((ROOT_FILE.to_string(), id.to_string())),
            _ => return Vec::new(),
        }
        for &kind in Kind::DATA {
            let stem = kind.file_stem();
            let file_name = format!("{stem}.toml");
            if let Node::File(id) = self.node(&join(&root, file_name.as_bytes())) {
                found.push((file_name, id.to_string()));
            }
            if let Node::Dir(real) = self.node(&join(&root, stem.as_bytes())) {
                let mut seen = HashSet::new();
                self.walk(&real, stem, &mut seen, &mut found);
            }
        }
        found.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        found
    }

    fn walk(
        &self,
        real: &[u8],
        rel: &str,
        seen: &mut HashSet<Vec<u8>>,
        found: &mut Vec<(String, String)>,
    ) {
        if !seen.insert(real.to_vec()) {
            return; // a link back to a folder already read
        }
        for name in self.children(real) {
            if name.starts_with(b".") {
                continue;
            }
            let child_rel = format!("{rel}/{}", String::from_utf8_lossy(&name));
            match self.node(&join(real, &name)) {
                Node::Dir(child) => self.walk(&child, &child_rel, seen, found),
                Node::File(id) if name.ends_with(b".toml") => {
                    found.push((child_rel, id.to_string()));
                }
                _ => {}
            }
        }
    }

    /// The names directly inside the folder `dir` (from the top).
    fn children(&self, dir: &[u8]) -> BTreeSet<Vec<u8>> {
        let start = if dir.is_empty() {
            Vec::new()
        } else {
            join(dir, b"")
        };
        self.entries
            .range(start.clone()..)
            .take_while(|(path, _)| path.starts_with(&start))
            .filter_map(|(path, _)| {
                path[start.len()..]
                    .split(|&b| b == b'/')
                    .next()
                    .map(<[u8]>::to_vec)
            })
            .filter(|name| !name.is_empty())
            .collect()
    }

    /// What `path` is once every symbolic link on the way is followed.
    fn node(&self, path: &[u8]) -> Node<'_> {
        let Some(real) = self.real_path(path, &mut 0) else {
            return Node::Missing;
        };
        match self.entries.get(&real) {
            Some(entry) if entry.link.is_none() => Node::File(&entry.id),
            Some(_) => Node::Missing,
            None if self.is_dir(&real) => Node::Dir(real),
            None => Node::Missing,
        }
    }

    /// `path` with every link followed; `None` when a link leaves the
    /// repository, cannot be read, or links go round in circles.
    fn real_path(&self, path: &[u8], hops: &mut usize) -> Option<Vec<u8>> {
        let mut current: Vec<u8> = Vec::new();
        for part in path.split(|&b| b == b'/') {
            match part {
                b"" | b"." => {}
                b".." => {
                    // Leaving the top of the repository: outside it.
                    let cut = current.iter().rposition(|&b| b == b'/');
                    if current.is_empty() {
                        return None;
                    }
                    current.truncate(cut.unwrap_or(0));
                }
                name => {
                    let candidate = join(&current, name);
                    match self.entries.get(&candidate).and_then(|e| e.link.as_ref()) {
                        Some(target) => {
                            let target = target.as_ref()?;
                            *hops += 1;
                            if *hops > MAX_LINKS || target.starts_with(b"/") {
                                return None; // a loop, or a path outside the repository
                            }
                            current = self.real_path(&join(&current, target), hops)?;
                        }
                        None => current = candidate,
                    }
                }
            }
        }
        Some(current)
    }

    fn is_dir(&self, path: &[u8]) -> bool {
        if path.is_empty() {
            return true;
        }
        let start = join(path, b"");
        self.entries
            .range(start.clone()..)
            .next()
            .is_some_and(|(p, _)| p.starts_with(&start))
    }
}

/// `base/name`, or `name` at the top.
fn join(base: &[u8], name: &[u8]) -> Vec<u8> {
    if base.is_empty() {
        return name.to_vec();
    }
    let mut path = base.to_vec();
    path.push(b'/');
    path.extend_from_slice(name);
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(entries: &[(&str, &str, &str)]) -> Tree {
        let mut listing = Vec::new();
        for (mode, id, path) in entries {
            listing.extend_from_slice(format!("{mode} blob {id}\t{path}\0").as_bytes());
        }
        Tree::parse(&listing)
    }

    #[test]
    fn reads_the_production_under_its_prefix_only() {
        let t = tree(&[
            ("100644", "a", "films/one/prodcoord.toml"),
            ("100644", "b", "films/one/scenes/ep1.toml"),
            ("100644", "c", "films/one/scenes/.draft.toml"),
            ("100644", "d", "films/one/scenes/notes.txt"),
            ("100644", "e", "films/one/cast.toml"),
            ("100644", "f", "films/one/README.md"),
            ("100644", "g", "films/two/prodcoord.toml"),
        ]);
        let files = t.production_files(b"films/one/");
        let rel: Vec<&str> = files.iter().map(|(r, _)| r.as_str()).collect();
        assert_eq!(rel, ["cast.toml", "prodcoord.toml", "scenes/ep1.toml"]);
        assert!(t.production_files(b"films/three/").is_empty());
    }

    #[test]
    fn follows_links_inside_the_repository() {
        let mut t = tree(&[
            ("100644", "a", "prodcoord.toml"),
            ("120000", "l1", "cast.toml"),
            ("100644", "b", "shared/cast.toml"),
            ("120000", "l2", "scenes"),
            ("100644", "c", "shared/scenes/ep1.toml"),
            ("120000", "l3", "shared/scenes/loop"),
            ("120000", "l4", "crew.toml"),
        ]);
        t.set_link_target(b"cast.toml", b"shared/cast.toml".to_vec());
        t.set_link_target(b"scenes", b"./shared/scenes".to_vec());
        t.set_link_target(b"shared/scenes/loop", b"../scenes".to_vec());
        t.set_link_target(b"crew.toml", b"../../etc/passwd".to_vec());
        let files = t.production_files(b"");
        assert_eq!(
            files,
            [
                ("cast.toml".to_string(), "b".to_string()),
                ("prodcoord.toml".to_string(), "a".to_string()),
                ("scenes/ep1.toml".to_string(), "c".to_string()),
            ]
        );
    }
}
