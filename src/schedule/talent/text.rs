//! The plain-text instance format of the published benchmarks
//! (<https://people.eng.unimelb.edu.au/pstuckey/talent/>, also used by the
//! `ddo` solver's examples), so the exact method can be measured on them:
//!
//! ```text
//! mobstory              name (one line, ignored)
//! 28                    number of scenes (may share a line with the next)
//! 8                     number of actors
//! 1 1 0 … 1  10         per actor: a 0/1 per scene (1: in it), then the daily cost
//! …
//! 1 1 1 … 1             the duration of each scene, in days
//! ```
//!
//! Blank lines are ignored. Numbers are separated by spaces or tabs.

use super::Instance;

/// Reads an instance; the error says what is wrong and on which line.
pub fn parse(text: &str) -> Result<Instance, String> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty());
    lines.next().ok_or("the file is empty")?;
    let mut numbers: Vec<(usize, i64)> = Vec::new();
    for (line, text) in lines {
        for word in text.split_whitespace() {
            let n = word
                .parse::<i64>()
                .map_err(|_| format!("line {line}: `{word}` is not a whole number"))?;
            numbers.push((line, n));
        }
    }
    let mut it = numbers.into_iter();
    let mut next = |what: &str| {
        it.next()
            .ok_or_else(|| format!("the file ends before {what}"))
    };
    let count = |(line, n): (usize, i64), what: &str| {
        usize::try_from(n).map_err(|_| format!("line {line}: the number of {what} is negative"))
    };
    let scenes = count(next("the number of scenes")?, "scenes")?;
    let actors = count(next("the number of actors")?, "actors")?;
    let mut cast = vec![Vec::new(); scenes];
    let mut costs = Vec::with_capacity(actors);
    for a in 0..actors {
        for (s, scene) in cast.iter_mut().enumerate() {
            let (line, v) = next(&format!("actor {}'s scene {}", a + 1, s + 1))?;
            match v {
                0 => {}
                1 => scene.push(a),
                _ => return Err(format!("line {line}: expected 0 or 1, found {v}")),
            }
        }
        let (line, cost) = next(&format!("actor {}'s cost", a + 1))?;
        if cost < 0 {
            return Err(format!("line {line}: a cost cannot be negative"));
        }
        costs.push(cost);
    }
    let mut durations = Vec::with_capacity(scenes);
    for s in 0..scenes {
        let (line, d) = next(&format!("the duration of scene {}", s + 1))?;
        let d = u32::try_from(d).map_err(|_| format!("line {line}: bad duration {d}"))?;
        durations.push(d);
    }
    if let Some((line, _)) = it.next() {
        return Err(format!(
            "line {line}: unexpected numbers after the durations"
        ));
    }
    let instance = Instance {
        durations,
        costs,
        cast,
    };
    instance.validate()?;
    Ok(instance)
}

/// Writes an instance in the same format.
pub fn write(instance: &Instance, name: &str) -> String {
    let mut out = format!("{name}\n{}\n{}\n\n", instance.scenes(), instance.actors());
    for (a, cost) in instance.costs.iter().enumerate() {
        let row: Vec<&str> = instance
            .cast
            .iter()
            .map(|c| if c.contains(&a) { "1" } else { "0" })
            .collect();
        out.push_str(&format!("{}  {cost}\n", row.join(" ")));
    }
    let durations: Vec<String> = instance.durations.iter().map(u32::to_string).collect();
    out.push_str(&format!("\n{}\n", durations.join(" ")));
    out
}
