use crate::cli::{InitArgs, Output};
use crate::fsutil::create_new_atomic;
use crate::load::ROOT_FILE;
use std::path::{Path, PathBuf};

mod templates;

pub fn run(args: &InitArgs, out: &Output) -> Result<u8, crate::Error> {
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    if dir.join(ROOT_FILE).exists() {
        return Err(crate::Error::Usage(format!(
            "{} already has a prodcoord.toml; prodcoord init never overwrites a production",
            dir.display()
        )));
    }
    std::fs::create_dir_all(&dir).map_err(|source| crate::Error::Io {
        context: format!("cannot create {}", dir.display()),
        source,
    })?;
    let title = title_from(&dir);
    let mut created = Vec::new();
    let mut kept = Vec::new();
    for (name, contents) in templates::files(&title) {
        let path = dir.join(name);
        if path.exists() {
            kept.push(name);
            continue;
        }
        create_new_atomic(&path, &contents).map_err(|source| crate::Error::Io {
            context: format!("cannot create {}", path.display()),
            source,
        })?;
        created.push(name);
    }
    out.note(&format!(
        "Created the production \"{title}\" in {}: {}",
        dir.display(),
        created.join(", ")
    ));
    if !kept.is_empty() {
        out.note(&format!("Kept what was already there: {}", kept.join(", ")));
    }
    out.note("Next: fill in cast.toml, crew.toml, ... and run `prodcoord check`.");
    Ok(0)
}

/// "the-lighthouse-keeper" → "The Lighthouse Keeper".
fn title_from(dir: &Path) -> String {
    let name = std::fs::canonicalize(dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "New Production".into());
    name.split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}
