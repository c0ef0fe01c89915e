//! `prodgen DIR [--scale N] [--seed S]`: write a generated production.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: prodgen DIR [--scale N] [--seed S] [--two-units]

Writes a large, valid prodcoord production into DIR (which must not exist or
be empty). Scale 1 is about 300 scenes, 180 people, 120 shoot days, 800
budget lines and 3000 expenses; scale N is N times that. Same scale and seed,
same bytes. Defaults: --scale 1 --seed 42. --two-units keeps every block on
the units main and second (person-days then grow with the square of the scale).";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("prodgen: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut dir: Option<PathBuf> = None;
    let mut scale: u32 = 1;
    let mut seed: u64 = 42;
    let mut layout = prodgen::Layout::Blocks;
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        match flag.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            "--two-units" => layout = prodgen::Layout::TwoUnits,
            "--scale" | "--seed" => {
                let value = match inline {
                    Some(v) => v,
                    None => it
                        .next()
                        .ok_or_else(|| format!("{flag} needs a value\n\n{USAGE}"))?,
                };
                if flag == "--scale" {
                    scale = value.parse().ok().filter(|&n| n >= 1).ok_or_else(|| {
                        format!("--scale must be a whole number ≥ 1, not {value:?}")
                    })?;
                } else {
                    seed = value
                        .parse()
                        .map_err(|_| format!("--seed must be a whole number, not {value:?}"))?;
                }
            }
            f if f.starts_with('-') && f.len() > 1 => {
                return Err(format!("unknown option {f}\n\n{USAGE}"));
            }
            _ if dir.is_none() => dir = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg:?}\n\n{USAGE}")),
        }
    }
    let dir = dir.ok_or_else(|| format!("missing DIR\n\n{USAGE}"))?;
    let stats =
        prodgen::generate_with_layout(&dir, scale, seed, layout).map_err(|e| e.to_string())?;
    println!("wrote {} (scale {scale}, seed {seed})", dir.display());
    println!("{stats}");
    Ok(())
}
