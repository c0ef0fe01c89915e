//! `prodcoord check` against the baseline of merely parsing the same files
//! with the `toml` crate, on generated productions of scale 1 and 10.
//!
//! ```text
//! cargo bench --bench check                      # everything
//! cargo bench --bench check -- parse_only        # one benchmark
//! cargo bench --bench check -- --sample-count 5  # quicker
//! ```
//!
//! The productions are written by `prodgen` (crates/prodgen) once, into
//! `$TMPDIR/prodcoord-bench-1` and `$TMPDIR/prodcoord-bench-10`, and reused by
//! later runs as long as the marker file in them matches what the current
//! generator would write (a changed generator regenerates them). Scale 1 is
//! about 300 scenes, 180 people, 120 shoot days, 800 budget lines and 3000
//! expenses in ~46 files (~0.65 MB); scale 10 is ten times that (~6.6 MB).
//!
//! Targets (see also scripts/bench-check.sh, which measures the release
//! binary end to end): check ≤ 2× parse_only at each scale, and check at
//! scale 10 ≤ 12× check at scale 1.
//!
//! The allocation profiler also reports allocations and bytes allocated per
//! run, a first look at memory use. How many findings the check reports on
//! these productions is printed by scripts/bench-check.sh (it should be few).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use divan::counter::BytesCount;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

const SEED: u64 = 42;
const SCALES: [u32; 2] = [1, 10];
const MARKER: &str = ".prodgen-bench";

fn main() {
    divan::main();
}

/// A generated production and its size.
struct Production {
    dir: PathBuf,
    bytes: u64,
}

fn production(scale: u32) -> &'static Production {
    static PRODUCTIONS: [OnceLock<Production>; SCALES.len()] = [OnceLock::new(), OnceLock::new()];
    let slot = SCALES
        .iter()
        .position(|&s| s == scale)
        .expect("a benched scale");
    PRODUCTIONS[slot].get_or_init(|| prepare(scale))
}

/// FNV-1a over the rendered files: what the generator would write now.
fn fingerprint(files: &[(String, String)]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (path, text) in files {
        for b in path.bytes().chain([0]).chain(text.bytes()).chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn prepare(scale: u32) -> Production {
    let dir = std::env::temp_dir().join(format!("prodcoord-bench-{scale}"));
    let (files, stats) = prodgen::render(scale, SEED);
    let marker = format!(
        "prodgen scale {scale} seed {SEED} fingerprint {:016x}\n",
        fingerprint(&files)
    );
    if fs::read_to_string(dir.join(MARKER)).ok().as_deref() != Some(marker.as_str()) {
        let _ = fs::remove_dir_all(&dir);
        // Write next to the final folder, then rename, so that an interrupted
        // run never leaves a half-written production that looks complete.
        let tmp = dir.with_extension(format!("tmp-{}", std::process::id()));
        let _ = fs::remove_dir_all(&tmp);
        prodgen::generate(&tmp, scale, SEED)
            .unwrap_or_else(|e| panic!("generating {}: {e}", tmp.display()));
        fs::write(tmp.join(MARKER), &marker).expect("write marker");
        if fs::rename(&tmp, &dir).is_err() {
            // Another run got there first; use its copy.
            let _ = fs::remove_dir_all(&tmp);
        }
        eprintln!(
            "generated {} ({} files, {} bytes)",
            dir.display(),
            stats.files,
            stats.bytes
        );
    }
    Production {
        dir,
        bytes: stats.bytes,
    }
}

/// Reads and parses every `.toml` file of the production, and nothing else.
fn parse_all(dir: &Path) -> usize {
    let mut keys = 0;
    for path in prodgen::toml_files(dir).expect("list production files") {
        let text = fs::read_to_string(&path).expect("read production file");
        let table = toml::from_str::<toml::Table>(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        keys += table.len();
    }
    keys
}

#[divan::bench(args = SCALES, sample_count = 20, sample_size = 1)]
fn parse_only(bencher: divan::Bencher, scale: u32) {
    let p = production(scale);
    bencher
        .counter(BytesCount::new(p.bytes))
        .bench(|| parse_all(&p.dir));
}

#[divan::bench(args = SCALES, sample_count = 20, sample_size = 1)]
fn check(bencher: divan::Bencher, scale: u32) {
    let p = production(scale);
    bencher.counter(BytesCount::new(p.bytes)).bench(|| {
        let outcome = prodcoord::check_production(&p.dir)
            .unwrap_or_else(|e| panic!("prodcoord check on {}: {e}", p.dir.display()));
        outcome.diagnostics.len()
    });
}
