//! `prodgen` writes large, realistic and (nearly) clean `prodcoord`
//! productions, for benchmarks and load tests of `prodcoord check`.
//!
//! At scale 1 a production has about 300 scenes, 180 people (30 cast, 150
//! crew), 120 shoot days on units `main` and `second` (90 + 30, Monday to
//! Saturday from 2027-03-01), 30 locations in Portugal, 30 accounts, 800
//! budget lines and 3000 expenses, spread over files in the kind folders.
//!
//! Scale N repeats that N times as consecutive *blocks* (think: the blocks of
//! a TV series): block `b` has its own cast, crew, locations, accounts and
//! its own pair of units (`main`/`second` for the first block,
//! `main-b2`/`second-b2` for the second, ...), and shoots after block `b-1`.
//! Everything, including the number of person-days, grows linearly with N,
//! so a checker that is linear in its input takes about N times as long.
//!
//! Output is deterministic for a given scale and seed. All files are valid
//! TOML 1.0 (times are written with seconds, `07:00:00`), so any TOML tool can
//! read them.
//!
//! The production is designed to be clean under `prodcoord check`:
//! ids are unique and every reference resolves; day shoots run 07:00–18:00
//! (17:00 on Saturdays) with an 08:00 shooting call; the two units of a block
//! never shoot on the same date, so crew on both units are never
//! double-booked; cast pickups (06:30) leave 12.5 hours of turnaround; the
//! minor is called at 09:15 (8.75 hours); no day has more than 8 pages or 2
//! locations; every scene that is not omitted is scheduled exactly once;
//! exterior scenes are DAY scenes; every location has a hospital and a
//! permit covering its block; expenses stay under every line and account,
//! and the cap is above the grand total.

mod data;
mod date;
mod rng;

use std::collections::{BTreeMap, HashSet};
use std::fmt::{self, Write as _};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use data::{TOWNS, Units};
pub use date::Date;
use rng::Rng;

/// Shoot days per block and unit split: 90 main + 30 second.
pub const DAYS_PER_BLOCK: usize = 120;
pub const SCENES_PER_BLOCK: usize = 300;
pub const OMITTED_PER_BLOCK: usize = 3;
pub const CAST_PER_BLOCK: usize = 30;
pub const CREW_PER_BLOCK: usize = 150;
pub const LOCATIONS_PER_BLOCK: usize = 30;
pub const ACCOUNTS_PER_BLOCK: usize = 30;
pub const LINES_PER_BLOCK: usize = 800;
pub const EXPENSES_PER_BLOCK: usize = 3000;
/// Of the expenses, how many are charged to an account directly.
const ACCOUNT_EXPENSES_PER_BLOCK: usize = 300;
/// Scenes per file in `scenes/`.
const SCENES_PER_FILE: usize = 50;

/// The scale of a production: how many blocks of the base size it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    pub factor: u32,
}

/// What [`generate`] wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub scenes: usize,
    pub omitted_scenes: usize,
    pub cast: usize,
    pub crew: usize,
    /// cast + crew
    pub people: usize,
    pub locations: usize,
    pub units: usize,
    /// every `[[day]]` entry (shoot days plus the rehearsal and travel day)
    pub days: usize,
    pub shoot_days: usize,
    pub accounts: usize,
    pub lines: usize,
    pub expenses: usize,
    pub files: usize,
    pub bytes: u64,
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "files      {:>10}", self.files)?;
        writeln!(f, "bytes      {:>10}", self.bytes)?;
        writeln!(
            f,
            "scenes     {:>10} ({} omitted)",
            self.scenes, self.omitted_scenes
        )?;
        writeln!(
            f,
            "people     {:>10} ({} cast, {} crew)",
            self.people, self.cast, self.crew
        )?;
        writeln!(f, "locations  {:>10}", self.locations)?;
        writeln!(f, "units      {:>10}", self.units)?;
        writeln!(
            f,
            "days       {:>10} ({} shoot days)",
            self.days, self.shoot_days
        )?;
        writeln!(f, "accounts   {:>10}", self.accounts)?;
        writeln!(f, "lines      {:>10}", self.lines)?;
        write!(f, "expenses   {:>10}", self.expenses)
    }
}

/// Writes a production of the given scale into `dir`, which must not exist
/// or be empty (stale files from a bigger run would change the data).
pub fn generate(dir: &Path, factor: u32, seed: u64) -> io::Result<Stats> {
    generate_with_layout(dir, factor, seed, Layout::Blocks)
}

/// How the units of a scaled production are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Each block of the base size has its own pair of units.
    Blocks,
    /// Every block shoots on the same two units, `main` and `second`: at
    /// scale N each unit has N times the days *and* N times the crew, so
    /// person-days grow N² (the literal reading of "the same at 10×").
    TwoUnits,
}

/// [`generate`] with a choice of [`Layout`].
pub fn generate_with_layout(
    dir: &Path,
    factor: u32,
    seed: u64,
    layout: Layout,
) -> io::Result<Stats> {
    if factor == 0 {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "scale must be at least 1",
        ));
    }
    if dir.exists()
        && fs::read_dir(dir)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?
            .next()
            .is_some()
    {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} exists and is not empty", dir.display()),
        ));
    }
    let (files, mut stats) = render_with_layout(factor, seed, layout);
    let with_path =
        |e: io::Error, p: &Path| io::Error::new(e.kind(), format!("{}: {e}", p.display()));
    fs::create_dir_all(dir).map_err(|e| with_path(e, dir))?;
    for (rel, text) in &files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| with_path(e, parent))?;
        }
        fs::write(&path, text).map_err(|e| with_path(e, &path))?;
    }
    stats.files = files.len();
    stats.bytes = files.iter().map(|(_, t)| t.len() as u64).sum();
    Ok(stats)
}

/// Builds the whole production in memory: `(relative path, contents)` in
/// byte-wise path order, plus its counts (`files` and `bytes` filled in).
pub fn render(factor: u32, seed: u64) -> (Vec<(String, String)>, Stats) {
    render_with_layout(factor, seed, Layout::Blocks)
}

/// [`render`] with a choice of [`Layout`].
pub fn render_with_layout(
    factor: u32,
    seed: u64,
    layout: Layout,
) -> (Vec<(String, String)>, Stats) {
    let g = Generator::new(factor.max(1) as usize, seed, layout);
    let (files, mut stats) = g.run();
    stats.files = files.len();
    stats.bytes = files.values().map(|t| t.len() as u64).sum();
    (files.into_iter().collect(), stats)
}

/// Every `*.toml` file under `root` (recursively, following symbolic links,
/// each real folder once), skipping names that start with `.`, sorted
/// byte-wise by path. This is the set of files a production consists of.
pub fn toml_files(root: &Path) -> io::Result<Vec<PathBuf>> {
    fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<PathBuf>) -> io::Result<()> {
        if !seen.insert(fs::canonicalize(dir)?) {
            return Ok(());
        }
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let meta = fs::metadata(&path)?;
            if meta.is_dir() {
                walk(&path, seen, out)?;
            } else if meta.is_file() && path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(root, &mut HashSet::new(), &mut out)?;
    out.sort();
    Ok(out)
}

// ---------------------------------------------------------------------------
// Model

struct Location {
    id: String,
    /// `None` for a studio stage (interiors only).
    kind: Option<&'static data::LocationKind>,
}

struct CastMember {
    id: String,
    name: String,
    number: usize,
    character: String,
    minor: bool,
}

struct CrewMember {
    id: String,
    name: String,
    role: &'static str,
    units: Units,
}

struct Scene {
    number: usize,
    int_ext: &'static str,
    time: &'static str,
    set: &'static str,
    location: usize,
    eighths: u32,
    cast: Vec<usize>,
    background: u32,
    elements: Vec<(&'static str, Vec<&'static str>)>,
    synopsis: Option<String>,
    omitted: bool,
    block: usize,
}

struct Day {
    date: Date,
    second: bool,
    scenes: Vec<usize>,
}

struct Block {
    first: Date,
    last: Date,
    main_unit: String,
    second_unit: String,
    cast: Vec<usize>,
    crew: Vec<usize>,
    locations: Vec<usize>,
}

struct Generator {
    factor: usize,
    layout: Layout,
    seed: u64,
    rng: Rng,
    cast: Vec<CastMember>,
    crew: Vec<CrewMember>,
    locations: Vec<Location>,
    scenes: Vec<Scene>,
    days: Vec<Day>,
    blocks: Vec<Block>,
    people_ids: HashSet<String>,
    location_ids: HashSet<String>,
    files: BTreeMap<String, String>,
    stats: Stats,
}

/// `write!` into a `String` cannot fail.
macro_rules! w {
    ($out:expr, $($arg:tt)*) => {{ let _ = writeln!($out, $($arg)*); }};
}

impl Generator {
    fn new(factor: usize, seed: u64, layout: Layout) -> Self {
        Generator {
            factor,
            layout,
            seed,
            rng: Rng::new(seed),
            cast: Vec::new(),
            crew: Vec::new(),
            locations: Vec::new(),
            scenes: Vec::new(),
            days: Vec::new(),
            blocks: Vec::new(),
            people_ids: HashSet::new(),
            location_ids: HashSet::new(),
            files: BTreeMap::new(),
            stats: Stats::default(),
        }
    }

    fn run(mut self) -> (BTreeMap<String, String>, Stats) {
        self.plan_dates();
        for b in 0..self.factor {
            self.make_people(b);
            self.make_locations(b);
            self.make_scenes_and_days(b);
        }
        self.write_production();
        self.write_cast();
        self.write_crew();
        self.write_locations();
        self.write_scenes();
        self.write_schedule();
        self.write_budget_and_expenses();
        self.stats.scenes = self.scenes.len();
        self.stats.omitted_scenes = self.scenes.iter().filter(|s| s.omitted).count();
        self.stats.cast = self.cast.len();
        self.stats.crew = self.crew.len();
        self.stats.people = self.cast.len() + self.crew.len();
        self.stats.locations = self.locations.len();
        self.stats.units = if self.layout == Layout::TwoUnits {
            2
        } else {
            2 * self.factor
        };
        (self.files, self.stats)
    }

    fn start() -> Date {
        Date::ymd(2027, 3, 1)
    }

    /// Shoot dates: Monday to Saturday from 2027-03-01, one unit per date
    /// (every fourth date is second unit), blocks one after another.
    fn plan_dates(&mut self) {
        let mut d = Self::start();
        for i in 0..self.factor * DAYS_PER_BLOCK {
            while d.is_sunday() {
                d = d.plus_days(1);
            }
            self.days.push(Day {
                date: d,
                second: i % 4 == 3,
                scenes: Vec::new(),
            });
            d = d.plus_days(1);
        }
        for b in 0..self.factor {
            let (main_unit, second_unit) = if b == 0 || self.layout == Layout::TwoUnits {
                ("main".to_string(), "second".to_string())
            } else {
                (format!("main-b{}", b + 1), format!("second-b{}", b + 1))
            };
            self.blocks.push(Block {
                first: self.days[b * DAYS_PER_BLOCK].date,
                last: self.days[(b + 1) * DAYS_PER_BLOCK - 1].date,
                main_unit,
                second_unit,
                cast: Vec::new(),
                crew: Vec::new(),
                locations: Vec::new(),
            });
        }
    }

    fn unique_person_id(&mut self, name: &str) -> String {
        unique(&mut self.people_ids, &slug(name))
    }

    fn person_name(rng: &mut Rng) -> String {
        let female = rng.chance(50);
        Self::person_name_as(rng, female)
    }

    fn person_name_as(rng: &mut Rng, female: bool) -> String {
        let first = if female {
            rng.pick(data::FEMALE_NAMES)
        } else {
            rng.pick(data::MALE_NAMES)
        };
        format!("{first} {}", rng.pick(data::LAST_NAMES))
    }

    fn make_people(&mut self, b: usize) {
        let mut rng = self.rng.fork(0x100 + b as u64);
        for i in 0..CAST_PER_BLOCK {
            let name = match data::CHARACTERS.get(i) {
                Some(&(_, female)) => Self::person_name_as(&mut rng, female),
                None => Self::person_name(&mut rng),
            };
            let id = self.unique_person_id(&name);
            let character = match data::CHARACTERS.get(i) {
                Some((c, _)) => c.to_string(),
                None => {
                    let k = i - data::CHARACTERS.len();
                    let roles = data::DAY_PLAYER_ROLES;
                    format!("{} #{}", roles[k % roles.len()], k / roles.len() + 1)
                }
            };
            self.blocks[b].cast.push(self.cast.len());
            self.cast.push(CastMember {
                id,
                name,
                number: b * CAST_PER_BLOCK + i + 1,
                character,
                minor: i == data::MINOR_INDEX,
            });
        }
        for r in data::CREW_ROLES {
            for _ in 0..r.count {
                let name = Self::person_name(&mut rng);
                let id = self.unique_person_id(&name);
                self.blocks[b].crew.push(self.crew.len());
                self.crew.push(CrewMember {
                    id,
                    name,
                    role: r.role,
                    units: r.units,
                });
            }
        }
    }

    fn make_locations(&mut self, b: usize) {
        let mut rng = self.rng.fork(0x200 + b as u64);
        for i in 0..LOCATIONS_PER_BLOCK {
            // Three stages per block, the rest real places.
            let (kind, base) = if i % 10 == 9 {
                (None, format!("stage-{}", i / 10 + 1))
            } else {
                let kind = rng.pick(data::LOCATION_KINDS);
                let town = &TOWNS[rng.below(TOWNS.len() as u64) as usize];
                (Some(kind), format!("{} {}", kind.name, town.name))
            };
            let id = unique(&mut self.location_ids, &slug(&base));
            self.blocks[b].locations.push(self.locations.len());
            self.locations.push(Location { id, kind });
        }
    }

    fn make_scenes_and_days(&mut self, b: usize) {
        let mut rng = self.rng.fork(0x300 + b as u64);
        let scheduled = SCENES_PER_BLOCK - OMITTED_PER_BLOCK;
        // Script numbers of this block, shuffled: the shooting order differs
        // from the script order.
        let mut numbers: Vec<usize> =
            (b * SCENES_PER_BLOCK + 1..=(b + 1) * SCENES_PER_BLOCK).collect();
        rng.shuffle(&mut numbers);
        let mut next_number = numbers.into_iter();

        let locs = self.blocks[b].locations.clone();
        let stage_locs: Vec<usize> = locs
            .iter()
            .copied()
            .filter(|&l| self.locations[l].kind.is_none())
            .collect();
        let real_locs: Vec<usize> = locs
            .iter()
            .copied()
            .filter(|&l| self.locations[l].kind.is_some())
            .collect();
        let cast_pool = self.blocks[b].cast.clone();

        let mut primary = real_locs[0];
        for k in 0..DAYS_PER_BLOCK {
            let di = b * DAYS_PER_BLOCK + k;
            let n = (k + 1) * scheduled / DAYS_PER_BLOCK - k * scheduled / DAYS_PER_BLOCK;
            let second = self.days[di].second;
            let day_locs: Vec<usize> = if second {
                vec![*rng.pick(&real_locs)]
            } else {
                // Stay at a place for a few days, as a real schedule does.
                if k == 0 || rng.chance(45) {
                    primary = if rng.chance(20) {
                        *rng.pick(&stage_locs)
                    } else {
                        *rng.pick(&real_locs)
                    };
                }
                if n >= 2 && rng.chance(40) {
                    let mut other = *rng.pick(&locs);
                    while other == primary {
                        other = *rng.pick(&locs);
                    }
                    vec![primary, other]
                } else {
                    vec![primary]
                }
            };
            for slot in 0..n {
                let location = if day_locs.len() == 2 && slot == n - 1 {
                    day_locs[1]
                } else {
                    day_locs[0]
                };
                let number = next_number.next().unwrap_or_default();
                let scene =
                    self.make_scene(&mut rng, b, number, location, n, second, &cast_pool, false);
                self.days[di].scenes.push(self.scenes.len());
                self.scenes.push(scene);
            }
        }
        for number in next_number {
            let location = *rng.pick(&locs);
            let scene = self.make_scene(&mut rng, b, number, location, 3, false, &cast_pool, true);
            self.scenes.push(scene);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn make_scene(
        &self,
        rng: &mut Rng,
        block: usize,
        number: usize,
        location: usize,
        scenes_that_day: usize,
        second: bool,
        cast_pool: &[usize],
        omitted: bool,
    ) -> Scene {
        let kind = self.locations[location].kind;
        let int_ext = match kind {
            None => "INT",
            Some(_) if second => {
                if rng.chance(80) {
                    "EXT"
                } else {
                    "INT/EXT"
                }
            }
            Some(_) => match rng.below(100) {
                0..=49 => "INT",
                50..=87 => "EXT",
                _ => "INT/EXT",
            },
        };
        let time = if int_ext == "INT" {
            match rng.below(100) {
                0..=59 => "DAY",
                60..=89 => "NIGHT",
                90..=94 => "DUSK",
                _ => "DAWN",
            }
        } else {
            "DAY"
        };
        let set = match kind {
            None => *rng.pick(data::STAGE_SETS),
            Some(k) if int_ext == "EXT" => *rng.pick(k.exterior),
            Some(k) => *rng.pick(k.interior),
        };
        let max = (64 / scenes_that_day as u32).min(if second { 12 } else { 28 });
        let eighths = if second {
            rng.range(1, i64::from(max))
        } else {
            rng.range(3, i64::from(max))
        } as u32;

        let mut cast = Vec::new();
        if !omitted {
            let k = if second {
                usize::from(rng.chance(30))
            } else {
                match rng.below(100) {
                    0..=24 => 1,
                    25..=59 => 2,
                    60..=84 => 3,
                    _ => 4,
                }
            };
            while cast.len() < k {
                // Skewed towards the top of the call sheet.
                let u = rng.unit();
                let idx = ((u * u) * cast_pool.len() as f64) as usize;
                let c = cast_pool[idx.min(cast_pool.len() - 1)];
                if !cast.contains(&c) {
                    cast.push(c);
                }
            }
            cast.sort_by_key(|&c| self.cast[c].number);
        }

        let background = if !omitted && rng.chance(40) {
            rng.range(2, 40) as u32
        } else {
            0
        };
        let mut elements = Vec::new();
        let exterior = int_ext != "INT";
        let mut add = |rng: &mut Rng,
                       key: &'static str,
                       pct: u64,
                       list: &'static [&'static str],
                       max: u64| {
            if rng.chance(pct) {
                let mut items: Vec<&'static str> = Vec::new();
                for _ in 0..=rng.below(max) {
                    let it = *rng.pick(list);
                    if !items.contains(&it) {
                        items.push(it);
                    }
                }
                elements.push((key, items));
            }
        };
        if !omitted {
            add(rng, "props", 60, data::ELEMENTS_PROPS, 3);
            add(rng, "wardrobe", 30, data::ELEMENTS_WARDROBE, 2);
            add(rng, "makeup", 10, data::ELEMENTS_MAKEUP, 1);
            add(
                rng,
                "vehicles",
                if exterior { 20 } else { 0 },
                data::ELEMENTS_VEHICLES,
                2,
            );
            add(rng, "animals", 4, data::ELEMENTS_ANIMALS, 1);
            add(rng, "stunts", 5, data::ELEMENTS_STUNTS, 1);
            add(rng, "sfx", 10, data::ELEMENTS_SFX, 2);
            add(rng, "vfx", 5, data::ELEMENTS_VFX, 1);
        }
        let synopsis = if omitted {
            Some("Omitted in the blue revision.".to_string())
        } else if rng.chance(70) {
            let who = match cast.first() {
                Some(&c) => self.cast[c].character.clone(),
                None => "The camera".to_string(),
            };
            let who = title_case(&who);
            Some(format!(
                "{who} {} {}.",
                rng.pick(data::SYNOPSIS_VERBS),
                rng.pick(data::SYNOPSIS_OBJECTS)
            ))
        } else {
            None
        };
        Scene {
            number,
            int_ext,
            time,
            set,
            location,
            eighths,
            cast,
            background,
            elements,
            synopsis,
            omitted,
            block,
        }
    }

    // -----------------------------------------------------------------------
    // Writers

    fn write_production(&mut self) {
        let mut o = String::new();
        w!(
            o,
            "# Generated by prodgen (scale {}, seed {}). Regenerate rather than edit.",
            self.factor,
            self.seed
        );
        w!(o, "[production]");
        if self.factor == 1 {
            w!(o, "title = \"The Lighthouse Keeper\"");
        } else {
            w!(
                o,
                "title = \"The Lighthouse Keeper: the series ({} blocks)\"",
                self.factor
            );
        }
        w!(o, "company = \"North Pier Pictures\"");
        w!(o, "currency = \"EUR\"");
        w!(o, "timezone = \"Europe/Lisbon\"");
        w!(o, "start = {}", Self::start());
        let mut units: Vec<String> = Vec::new();
        for name in self
            .blocks
            .iter()
            .flat_map(|b| [q(&b.main_unit), q(&b.second_unit)])
        {
            if !units.contains(&name) {
                units.push(name);
            }
        }
        w!(o, "units = [{}]", units.join(", "));
        let b0 = &self.blocks[0];
        let contacts: Vec<String> = ["Production Coordinator", "Unit Production Manager"]
            .iter()
            .filter_map(|role| b0.crew.iter().find(|&&c| self.crew[c].role == *role))
            .map(|&c| q(&self.crew[c].id))
            .collect();
        w!(o, "contacts = [{}]", contacts.join(", "));
        w!(o, "default_crew_call = 07:00:00");
        w!(o, "night_crew_call = 18:00:00");
        w!(o, "default_day_hours = 11");
        w!(o, "days_off = [\"sun\"]");
        w!(o, "\n[rules]");
        w!(o, "crew_turnaround_hours = 10");
        w!(o, "cast_turnaround_hours = 12");
        w!(o, "max_day_hours = 12");
        w!(o, "minor_max_hours = 9");
        w!(o, "max_pages_per_day = \"8\"");
        w!(o, "max_locations_per_day = 2");
        w!(o, "allow_drop_pickup = true");
        w!(o, "drop_pickup_min_days = 10");
        w!(o, "move_cost = 2000");
        w!(o, "\n[check]");
        w!(o, "allow = []");
        w!(o, "warn = []");
        w!(o, "deny = []");
        self.files.insert("prodcoord.toml".into(), o);
    }

    /// A Sunday in the block (nobody works on Sundays).
    fn sunday_in(&self, rng: &mut Rng, b: usize) -> Date {
        let k = rng.below(DAYS_PER_BLOCK as u64 - 7) as usize;
        let d = self.days[b * DAYS_PER_BLOCK + k].date;
        d.plus_days(6 - i64::from(d.weekday()))
    }

    fn write_cast(&mut self) {
        let mut rng = self.rng.fork(0x400);
        let mut o = String::new();
        w!(o, "# Cast, numbered as on the board.");
        for (b, block) in self.blocks.iter().enumerate() {
            let mut brng = rng.fork(b as u64);
            for (i, &c) in block.cast.iter().enumerate() {
                let m = &self.cast[c];
                w!(o, "\n[[cast]]");
                w!(o, "id = {}", q(&m.id));
                w!(o, "number = {}", m.number);
                w!(o, "name = {}", q(&m.name));
                w!(o, "character = {}", q(&m.character));
                w!(o, "phone = {}", q(&phone(&mut brng, "91")));
                w!(o, "email = {}", q(&format!("{}@talent.example.pt", m.id)));
                if i < 6 {
                    let agent = Self::person_name(&mut rng);
                    let agency = rng.pick(&[
                        "Lisbon Talent",
                        "Atlântico Artists",
                        "Tejo Management",
                        "Independent",
                    ]);
                    w!(o, "agent = {}", q(&format!("{agent} ({agency})")));
                }
                let rate = match i {
                    0 => 3500,
                    1..=2 => 2500,
                    3..=7 => 1200,
                    _ => 450 + 50 * (i as i64 % 5),
                };
                w!(o, "rate = {}", money(rate * 100));
                if m.minor {
                    w!(o, "minor = true");
                }
                if brng.chance(20) {
                    let sun = self.sunday_in(&mut brng, b);
                    w!(
                        o,
                        "unavailable = [{{ from = {sun}, reason = \"family commitment\" }}]"
                    );
                }
            }
        }
        self.files.insert("cast.toml".into(), o);
    }

    fn write_crew(&mut self) {
        let rng = self.rng.fork(0x500);
        let mut by_dept: BTreeMap<String, String> = BTreeMap::new();
        for (b, block) in self.blocks.iter().enumerate() {
            let mut brng = rng.fork(b as u64);
            let mut idx = 0;
            for r in data::CREW_ROLES {
                for _ in 0..r.count {
                    let m = &self.crew[block.crew[idx]];
                    idx += 1;
                    let o = by_dept
                        .entry(slug(r.department))
                        .or_insert_with(|| format!("# Crew: {}\n", r.department));
                    w!(o, "\n[[crew]]");
                    w!(o, "id = {}", q(&m.id));
                    w!(o, "name = {}", q(&m.name));
                    w!(o, "role = {}", q(r.role));
                    w!(o, "department = {}", q(r.department));
                    if brng.chance(70) {
                        w!(o, "phone = {}", q(&phone(&mut brng, "93")));
                    }
                    if brng.chance(50) {
                        w!(
                            o,
                            "email = {}",
                            q(&format!("{}@northpier.example.pt", m.id))
                        );
                    }
                    w!(o, "rate = {}", money(r.rate * 100));
                    match m.units {
                        // Block 1's main unit crew rely on the default.
                        Units::Main if b == 0 => {}
                        Units::Main => w!(o, "units = [{}]", q(&block.main_unit)),
                        Units::Second => w!(o, "units = [{}]", q(&block.second_unit)),
                        Units::Both => {
                            w!(
                                o,
                                "units = [{}, {}]",
                                q(&block.main_unit),
                                q(&block.second_unit)
                            )
                        }
                        Units::None => w!(o, "units = []"),
                    }
                    if brng.chance(10) {
                        let sun = self.sunday_in(&mut brng, b);
                        w!(
                            o,
                            "unavailable = [{{ from = {sun}, to = {sun}, reason = \"personal day\" }}]"
                        );
                    }
                }
            }
        }
        for (dept, text) in by_dept {
            self.files.insert(format!("crew/{dept}.toml"), text);
        }
    }

    fn write_locations(&mut self) {
        let mut rng = self.rng.fork(0x600);
        let mut o = String::new();
        w!(o, "# Locations: real places and studio stages.");
        for (b, block) in self.blocks.iter().enumerate() {
            for (i, &l) in block.locations.iter().enumerate() {
                let loc = &self.locations[l];
                let town = match loc.kind {
                    None => &TOWNS[0],
                    Some(_) => TOWNS
                        .iter()
                        .find(|t| loc.id.contains(&slug(t.name)))
                        .unwrap_or(&TOWNS[0]),
                };
                w!(o, "\n[[location]]");
                w!(o, "id = {}", q(&loc.id));
                let name = match loc.kind {
                    None => format!("Estúdios Tejo, Stage {}", i / 10 + 1 + 3 * b),
                    Some(k) => format!("{}, {}", k.name, town.name),
                };
                w!(o, "name = {}", q(&name));
                w!(
                    o,
                    "address = {}",
                    q(&format!(
                        "{} {}, {} {}",
                        rng.pick(data::STREETS),
                        rng.range(1, 240),
                        town.postcode,
                        town.name
                    ))
                );
                if rng.chance(60) {
                    w!(
                        o,
                        "parking = {}",
                        q("Unit base in the public car park; crew parking 300 m along the road.")
                    );
                }
                if let Some(k) = loc.kind {
                    w!(o, "notes = {}", q(k.notes));
                }
                let lat = town.lat + (rng.unit() - 0.5) * 0.04;
                let lon = town.lon + (rng.unit() - 0.5) * 0.04;
                w!(o, "lat = {lat:.4}");
                w!(o, "lon = {lon:.4}");
                let contact = Generator::person_name(&mut rng);
                w!(
                    o,
                    "contact = {{ name = {}, phone = {} }}",
                    q(&contact),
                    q(&phone(&mut rng, "96"))
                );
                w!(
                    o,
                    "hospital = {{ name = {}, address = {}, phone = {} }}",
                    q(town.hospital),
                    q(&format!("{} {}", town.postcode, town.name)),
                    q(&phone(&mut rng, "2"))
                );
                if rng.chance(30) {
                    w!(
                        o,
                        "available = [{{ from = {}, to = {}, reason = \"agreed with the owner\" }}]",
                        block.first.plus_days(-30),
                        block.last.plus_days(30)
                    );
                }
                w!(
                    o,
                    "permit = {{ number = {}, from = {}, to = {} }}",
                    q(&format!("CM-{}-{:04}", block.first.to_ymd().0, l + 1)),
                    block.first.plus_days(-14),
                    block.last.plus_days(14)
                );
            }
        }
        self.files.insert("locations.toml".into(), o);
    }

    fn write_scenes(&mut self) {
        let mut order: Vec<usize> = (0..self.scenes.len()).collect();
        order.sort_by_key(|&s| self.scenes[s].number);
        let files = order.len().div_ceil(SCENES_PER_FILE);
        let width = files.to_string().len().max(2);
        for (f, chunk) in order.chunks(SCENES_PER_FILE).enumerate() {
            let mut o = String::new();
            let first = self.scenes[chunk[0]].number;
            let last = self.scenes[chunk[chunk.len() - 1]].number;
            w!(o, "# Scenes {first}–{last}.");
            for &s in chunk {
                let sc = &self.scenes[s];
                w!(o, "\n[[scene]]");
                w!(o, "number = \"{}\"", sc.number);
                w!(o, "int_ext = \"{}\"", sc.int_ext);
                w!(o, "time = \"{}\"", sc.time);
                w!(o, "set = {}", q(sc.set));
                w!(o, "location = {}", q(&self.locations[sc.location].id));
                if sc.eighths.is_multiple_of(8) && sc.number.is_multiple_of(3) {
                    w!(o, "pages = {}", sc.eighths / 8);
                } else {
                    w!(o, "pages = \"{}\"", pages(sc.eighths));
                }
                if self.factor > 1 {
                    w!(o, "episode = \"{}\"", sc.block + 1);
                }
                let within = sc.number - sc.block * SCENES_PER_BLOCK;
                w!(o, "script_day = \"D{}\"", (within - 1) / 8 + 1);
                if let Some(syn) = &sc.synopsis {
                    w!(o, "synopsis = {}", q(syn));
                }
                if !sc.cast.is_empty() {
                    let ids: Vec<String> = sc.cast.iter().map(|&c| q(&self.cast[c].id)).collect();
                    w!(o, "cast = [{}]", ids.join(", "));
                }
                if sc.background > 0 {
                    w!(o, "background = {}", sc.background);
                }
                if sc.omitted {
                    w!(o, "omitted = true");
                }
                if !sc.elements.is_empty() {
                    let parts: Vec<String> = sc
                        .elements
                        .iter()
                        .map(|(k, items)| {
                            let v: Vec<String> = items.iter().map(|i| q(i)).collect();
                            format!("{k} = [{}]", v.join(", "))
                        })
                        .collect();
                    if sc.number.is_multiple_of(2) {
                        w!(o, "elements = {{ {} }}", parts.join(", "));
                    } else {
                        w!(o, "\n[scene.elements]");
                        for p in parts {
                            w!(o, "{p}");
                        }
                    }
                }
            }
            self.files
                .insert(format!("scenes/block{:0width$}.toml", f + 1), o);
        }
    }

    fn write_schedule(&mut self) {
        let mut rng = self.rng.fork(0x700);
        self.stats.shoot_days = self.days.len();
        self.stats.days = self.days.len() + 2;

        // Prep: a rehearsal and a travel day before block 1 starts.
        let b0 = &self.blocks[0];
        let leads: Vec<String> = b0
            .cast
            .iter()
            .take(4)
            .map(|&c| q(&self.cast[c].id))
            .collect();
        let captain = b0
            .crew
            .iter()
            .find(|&&c| self.crew[c].role == "Transport Captain")
            .map(|&c| q(&self.crew[c].id))
            .unwrap_or_default();
        let mut o = String::new();
        w!(o, "# Prep before day 1.");
        w!(o, "\n[[day]]");
        w!(o, "date = {}", Self::start().plus_days(-3));
        w!(o, "kind = \"rehearsal\"");
        w!(o, "crew_call = 10:00:00");
        w!(o, "wrap = 16:00:00");
        w!(o, "cast = [{}]", leads.join(", "));
        w!(
            o,
            "notes = \"Read-through and blocking, production office.\""
        );
        w!(o, "\n[[day]]");
        w!(o, "date = {}", Self::start().plus_days(-2));
        w!(o, "kind = \"travel\"");
        w!(o, "cast = [{}]", leads.join(", "));
        w!(o, "add_crew = [{captain}]");
        w!(
            o,
            "notes = \"Cast travel Lisboa to Peniche; hotel check-in from 15:00.\""
        );
        self.files.insert("schedule/prep.toml".into(), o);

        let mut out: BTreeMap<String, String> = BTreeMap::new();
        for (b, block) in self.blocks.iter().enumerate() {
            let role_ids = |role: &str| -> Vec<String> {
                block
                    .crew
                    .iter()
                    .filter(|&&c| self.crew[c].role == role)
                    .map(|&c| q(&self.crew[c].id))
                    .collect()
            };
            let stunts: Vec<String> =
                [role_ids("Stunt Coordinator"), role_ids("Stunt Performer")].concat();
            let wranglers = role_ids("Animal Wrangler");
            let pyro = role_ids("Pyrotechnician");
            let main_crew: Vec<usize> = block
                .crew
                .iter()
                .copied()
                .filter(|&c| self.crew[c].units == Units::Main)
                .collect();
            for k in 0..DAYS_PER_BLOCK {
                let day = &self.days[b * DAYS_PER_BLOCK + k];
                let unit = if day.second {
                    &block.second_unit
                } else {
                    &block.main_unit
                };
                let o = out
                    .entry(unit.clone())
                    .or_insert_with(|| format!("# Unit {unit}.\n"));
                let saturday = day.date.weekday() == 5;
                w!(o, "\n[[day]]");
                w!(o, "date = {}", day.date);
                if !(b == 0 && !day.second && k % 2 == 0) {
                    // Block 1's main unit sometimes relies on the default unit.
                    w!(o, "unit = {}", q(unit));
                }
                w!(o, "crew_call = 07:00:00");
                w!(o, "shooting_call = 08:00:00");
                w!(
                    o,
                    "wrap = {}",
                    if saturday { "17:00:00" } else { "18:00:00" }
                );
                let nums: Vec<String> = day
                    .scenes
                    .iter()
                    .map(|&s| format!("\"{}\"", self.scenes[s].number))
                    .collect();
                w!(o, "scenes = [{}]", nums.join(", "));

                // Cast calls: the two top-billed adults get pickups; a minor
                // is always called late to stay within 9 hours.
                let mut cast: Vec<usize> = day
                    .scenes
                    .iter()
                    .flat_map(|&s| self.scenes[s].cast.iter().copied())
                    .collect();
                cast.sort_by_key(|&c| self.cast[c].number);
                cast.dedup();
                let mut calls = Vec::new();
                let mut adults = 0;
                for &c in &cast {
                    let m = &self.cast[c];
                    if m.minor {
                        calls.push(format!(
                            "{} = {{ pickup = 09:15:00, set = 09:45:00 }}",
                            q(&m.id)
                        ));
                    } else if adults < 2 && !day.second {
                        adults += 1;
                        calls.push(format!(
                            "{} = {{ pickup = 06:30:00, makeup = 06:45:00, set = 07:45:00 }}",
                            q(&m.id)
                        ));
                    }
                }
                if !calls.is_empty() {
                    w!(o, "cast_calls = {{ {} }}", calls.join(", "));
                }
                if day.second {
                    w!(o, "department_calls = {{ \"catering\" = 06:00:00 }}");
                } else {
                    w!(
                        o,
                        "department_calls = {{ \"hair & makeup\" = 06:00:00, \"catering\" = 05:30:00, \"transport\" = 06:00:00 }}"
                    );
                }
                let has = |key: &str, item: Option<&str>| {
                    day.scenes.iter().any(|&s| {
                        self.scenes[s]
                            .elements
                            .iter()
                            .any(|(k, items)| *k == key && item.is_none_or(|i| items.contains(&i)))
                    })
                };
                let mut add: Vec<String> = Vec::new();
                if has("stunts", None) {
                    add.extend(stunts.iter().cloned());
                }
                if has("animals", None) {
                    add.extend(wranglers.iter().cloned());
                }
                if has("sfx", Some("smoke")) {
                    add.extend(pyro.iter().cloned());
                }
                if !add.is_empty() {
                    w!(o, "add_crew = [{}]", add.join(", "));
                }
                if !day.second && rng.chance(5) {
                    let c = *rng.pick(&main_crew);
                    w!(o, "off_crew = [{}]", q(&self.crew[c].id));
                }
                if rng.chance(30) {
                    w!(o, "weather = {}", q(rng.pick::<&str>(data::WEATHER)));
                }
                if rng.chance(10) {
                    w!(o, "notes = {}", q(rng.pick::<&str>(data::DAY_NOTES)));
                }
            }
        }
        for (unit, text) in out {
            self.files.insert(format!("schedule/{unit}.toml"), text);
        }
    }

    fn write_budget_and_expenses(&mut self) {
        const FRINGES: &[(&str, &str, &str, i64)] = &[
            ("payroll", "Employer social security", "7.65", 765),
            ("union-ph", "Union pension and health", "18", 1800),
            ("workers-comp", "Workers' compensation", "3.5", 350),
        ];
        let rng = self.rng.fork(0x800);
        let mut lines_total: i128 = 0;
        let mut fringes_total: i128 = 0;
        let mut group_files: BTreeMap<&'static str, String> = BTreeMap::new();
        let mut accounts_text = String::new();
        // (date, (block, sequence), text)
        let mut expenses: Vec<(Date, (usize, usize), String)> = Vec::new();

        for (b, block) in self.blocks.iter().enumerate() {
            let mut brng = rng.fork(b as u64);
            // Accounts and lines.
            struct Line {
                id: String,
                account: usize,
                total: i64,
                spend: i64,
                expenses: usize,
            }
            let mut lines: Vec<Line> = Vec::new();
            let mut account_codes = Vec::new();
            for (a, acc) in data::ACCOUNTS.iter().enumerate() {
                let code = if b == 0 {
                    acc.code.to_string()
                } else if b < 100 {
                    (acc.code + b as u32).to_string()
                } else {
                    format!("{}-{}", acc.code, b + 1)
                };
                w!(accounts_text, "\n[[account]]");
                w!(accounts_text, "code = {}", q(&code));
                if b == 0 {
                    w!(accounts_text, "name = {}", q(acc.name));
                } else {
                    w!(
                        accounts_text,
                        "name = {}",
                        q(&format!("{} (block {})", acc.name, b + 1))
                    );
                }
                w!(accounts_text, "group = {}", q(acc.group));
                account_codes.push(code.clone());

                let n = (a + 1) * LINES_PER_BLOCK / ACCOUNTS_PER_BLOCK
                    - a * LINES_PER_BLOCK / ACCOUNTS_PER_BLOCK;
                let o = group_files.entry(acc.group).or_default();
                for j in 0..n {
                    let it = &acc.items[j % acc.items.len()];
                    let id = format!("{code}-{:03}", j + 1);
                    let mut description = it.description.to_string();
                    if j >= acc.items.len() {
                        let _ = write!(description, " ({})", j / acc.items.len() + 1);
                    }
                    // quantity × units (in tenths) × rate (cents)
                    let (quantity, units10): (i64, i64) = match it.unit {
                        "day" if it.labour => (brng.range(1, 3), 10 * brng.range(5, 60)),
                        "day" => (1, 10 * brng.range(5, 60)),
                        "week" if brng.chance(10) => (1, 10 * brng.range(1, 19) + 5),
                        "week" => (1, 10 * brng.range(1, 20)),
                        "month" => (1, 10 * brng.range(1, 8)),
                        "hour" => (1, 10 * brng.range(10, 120)),
                        "each" => (brng.range(1, 40), 10),
                        _ => (1, 10),
                    };
                    let mut rate = 100 * brng.range(it.rate_lo, it.rate_hi);
                    if brng.chance(30) {
                        rate += brng.range(1, 99);
                    }
                    let total = round_div(
                        i128::from(quantity) * i128::from(units10) * i128::from(rate),
                        10,
                    ) as i64;
                    w!(o, "\n[[line]]");
                    w!(o, "id = {}", q(&id));
                    w!(o, "account = {}", q(&code));
                    w!(o, "description = {}", q(&description));
                    if quantity != 1 {
                        w!(o, "quantity = {quantity}");
                    }
                    if units10 != 10 {
                        if units10 % 10 == 0 {
                            w!(o, "units = {}", units10 / 10);
                        } else {
                            w!(o, "units = {}.{}", units10 / 10, units10 % 10);
                        }
                    }
                    if it.unit != "flat" {
                        w!(o, "unit = {}", q(it.unit));
                    }
                    w!(o, "rate = {}", money(rate));
                    if it.labour {
                        let mut f = vec!["payroll", "workers-comp"];
                        if acc.group == "above-the-line" || brng.chance(40) {
                            f.insert(1, "union-ph");
                        }
                        for id in &f {
                            let bp = FRINGES.iter().find(|x| x.0 == *id).map_or(0, |x| x.3);
                            fringes_total += round_div(i128::from(total) * i128::from(bp), 10_000);
                        }
                        let f: Vec<String> = f.iter().map(|x| q(x)).collect();
                        w!(o, "fringes = [{}]", f.join(", "));
                    }
                    lines_total += i128::from(total);
                    let spend = total * brng.range(20, 85) / 100;
                    lines.push(Line {
                        id,
                        account: a,
                        total,
                        spend,
                        expenses: 0,
                    });
                }
            }

            // Expenses: most on lines, some on accounts directly; each line's
            // and account's actual stays below its total.
            let line_expenses = EXPENSES_PER_BLOCK - ACCOUNT_EXPENSES_PER_BLOCK;
            for _ in 0..line_expenses {
                let l = brng.below(lines.len() as u64) as usize;
                lines[l].expenses += 1;
            }
            let mut acct_expenses = vec![0usize; data::ACCOUNTS.len()];
            for _ in 0..ACCOUNT_EXPENSES_PER_BLOCK {
                acct_expenses[brng.below(data::ACCOUNTS.len() as u64) as usize] += 1;
            }
            let mut acct_total = vec![0i64; data::ACCOUNTS.len()];
            let mut acct_spend = vec![0i64; data::ACCOUNTS.len()];
            for l in &lines {
                acct_total[l.account] += l.total;
                acct_spend[l.account] += l.spend;
            }
            let first = block.first.plus_days(-56);
            let span = (block.last.0 - first.0) + 45;
            let mut push =
                |brng: &mut Rng, post: bool, target: &str, amount: i64, seq: &mut usize| {
                    let date = if post {
                        block.last.plus_days(brng.range(-14, 100))
                    } else {
                        first.plus_days(brng.range(0, span))
                    };
                    let mut t = String::new();
                    w!(t, "\n[[expense]]");
                    w!(t, "date = {date}");
                    w!(t, "amount = {}", money(amount));
                    w!(t, "{target}");
                    w!(t, "vendor = {}", q(brng.pick::<&str>(data::VENDORS)));
                    w!(t, "reference = \"INV-{}-{:05}\"", b + 1, *seq + 1);
                    if amount < 0 {
                        w!(t, "note = \"Refund: returned unused rental\"");
                    } else if brng.chance(8) {
                        w!(t, "note = \"Approved by UPM\"");
                    }
                    expenses.push((date, (b, *seq), t));
                    *seq += 1;
                };
            let mut seq = 0usize;
            for l in &lines {
                let post = data::ACCOUNTS[l.account].group == "post";
                let mut amounts = split(&mut brng, l.spend, l.expenses);
                if amounts.len() >= 2 && brng.chance(8) {
                    // A refund: the total charged to the line stays the same.
                    let r = (amounts[1] / 2).max(1);
                    amounts[0] += amounts[1] + r;
                    amounts[1] = -r;
                }
                for a in amounts {
                    push(
                        &mut brng,
                        post,
                        &format!("line = {}", q(&l.id)),
                        a,
                        &mut seq,
                    );
                }
            }
            for (a, &n) in acct_expenses.iter().enumerate() {
                let headroom = acct_total[a] - acct_spend[a];
                let spend = headroom * brng.range(10, 60) / 100;
                let post = data::ACCOUNTS[a].group == "post";
                for amount in split(&mut brng, spend, n) {
                    push(
                        &mut brng,
                        post,
                        &format!("account = {}", q(&account_codes[a])),
                        amount,
                        &mut seq,
                    );
                }
            }
            self.stats.lines += lines.len();
            self.stats.accounts += data::ACCOUNTS.len();
        }

        let subtotal = lines_total + fringes_total;
        let contingency = round_div(subtotal * 10, 100);
        let grand = subtotal + contingency;
        // Approved cap: 5 % above the grand total, rounded up to 1000.
        let cap = (grand * 105 / 100).div_euclid(100_000) * 100_000 + 100_000;

        let mut o = String::new();
        w!(
            o,
            "# Budget: cap, contingency, fringes and chart of accounts."
        );
        w!(o, "[budget]");
        w!(o, "cap = {}", money(cap as i64));
        w!(o, "contingency_percent = 10");
        for (id, name, pct, _) in FRINGES {
            w!(o, "\n[[fringe]]");
            w!(o, "id = {}", q(id));
            w!(o, "name = {}", q(name));
            w!(o, "percent = {pct}");
        }
        o.push_str(&accounts_text);
        self.files.insert("budget/budget.toml".into(), o);
        for (group, text) in group_files {
            self.files.insert(
                format!("budget/lines-{group}.toml"),
                format!("# Lines: {group}.\n{text}"),
            );
        }

        expenses.sort_by_key(|e| (e.0, e.1));
        self.stats.expenses = expenses.len();
        let mut by_month: BTreeMap<String, String> = BTreeMap::new();
        for (date, _, text) in expenses {
            let key = date.month_key();
            let o = by_month
                .entry(key.clone())
                .or_insert_with(|| format!("# Expenses {key}.\n"));
            o.push_str(&text);
        }
        for (month, text) in by_month {
            self.files.insert(format!("expenses/{month}.toml"), text);
        }
    }
}

/// Splits `total` cents (≥ 0) into `n` random positive parts (fewer if the
/// total is too small), summing exactly to `total`.
fn split(rng: &mut Rng, total: i64, n: usize) -> Vec<i64> {
    let n = n.min(usize::try_from(total).unwrap_or(0));
    if n == 0 {
        return Vec::new();
    }
    let weights: Vec<i64> = (0..n).map(|_| rng.range(1, 100)).collect();
    let w: i64 = weights.iter().sum();
    let free = total - n as i64;
    let mut parts: Vec<i64> = weights
        .iter()
        .map(|&x| 1 + (i128::from(free) * i128::from(x) / i128::from(w)) as i64)
        .collect();
    let sum: i64 = parts.iter().sum();
    parts[n - 1] += total - sum;
    // Whole euros look more like real invoices: move the cents to the last.
    for i in 0..n - 1 {
        if parts[i] > 10_000 && rng.chance(70) {
            let cents = parts[i] % 100;
            parts[i] -= cents;
            parts[n - 1] += cents;
        }
    }
    parts
}

/// `num / den` rounded half away from zero (`den > 0`).
fn round_div(num: i128, den: i128) -> i128 {
    let q = num / den;
    let r = num % den;
    if 2 * r.abs() >= den {
        q + num.signum()
    } else {
        q
    }
}

/// Money in cents as a TOML integer or float with up to 2 decimals.
fn money(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let a = cents.unsigned_abs();
    if a.is_multiple_of(100) {
        format!("{sign}{}", a / 100)
    } else if a.is_multiple_of(10) {
        format!("{sign}{}.{}", a / 100, (a % 100) / 10)
    } else {
        format!("{sign}{}.{:02}", a / 100, a % 100)
    }
}

fn pages(eighths: u32) -> String {
    match (eighths / 8, eighths % 8) {
        (w, 0) => w.to_string(),
        (0, r) => format!("{r}/8"),
        (w, r) => format!("{w} {r}/8"),
    }
}

fn phone(rng: &mut Rng, prefix: &str) -> String {
    let digits: String = (0..9 - prefix.len())
        .map(|_| char::from(b'0' + rng.below(10) as u8))
        .collect();
    let all = format!("{prefix}{digits}");
    format!("+351 {} {} {}", &all[0..3], &all[3..6], &all[6..9])
}

/// A TOML basic string.
fn q(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(o, "\\u{:04X}", u32::from(c));
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// Lower-case ASCII id from a display name: accents folded, runs of other
/// characters turned into one `-`.
fn slug(s: &str) -> String {
    let mut o = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'â' | 'ã' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            o.push(c);
        } else if !o.is_empty() && !o.ends_with('-') {
            o.push('-');
        }
    }
    while o.ends_with('-') {
        o.pop();
    }
    if o.is_empty() { "x".to_string() } else { o }
}

fn unique(seen: &mut HashSet<String>, base: &str) -> String {
    let mut id = base.to_string();
    let mut n = 2;
    while !seen.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}
