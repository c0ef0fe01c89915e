//! The starter files of `prodcoord init`: valid, empty, and commented with
//! an example of every key so a coordinator can fill them in.

pub fn files(title: &str) -> Vec<(&'static str, String)> {
    let title = title.replace('\\', "\\\\").replace('"', "\\\"");
    vec![
        ("prodcoord.toml", PRODUCTION.replace("{title}", &title)),
        ("cast.toml", CAST.to_string()),
        ("crew.toml", CREW.to_string()),
        ("locations.toml", LOCATIONS.to_string()),
        ("scenes.toml", SCENES.to_string()),
        ("schedule.toml", SCHEDULE.to_string()),
        ("budget.toml", BUDGET.to_string()),
        ("expenses.toml", EXPENSES.to_string()),
    ]
}

const PRODUCTION: &str = r#"# The production: prodcoord finds this file by walking up from where you are.
[production]
title = "{title}"
# company = "North Pier Pictures"
# currency = "EUR"                 # ISO 4217 code; default "USD"
# timezone = "Europe/Lisbon"       # IANA name; default "UTC"
# start = 2027-03-01               # first shoot date used by `prodcoord schedule`
# units = ["main", "second"]       # default ["main"]
# contacts = ["rosa", "ben"]       # people printed at the top of every call sheet
# default_crew_call = 07:00
# night_crew_call = 18:00
# default_day_hours = 11
# days_off = ["sun"]

[rules]
# crew_turnaround_hours = 10
# cast_turnaround_hours = 12
# max_day_hours = 12
# minor_max_hours = 9
# max_pages_per_day = "8"
# max_locations_per_day = 2
# allow_drop_pickup = true
# drop_pickup_min_days = 10
# move_cost = 2000

[check]
# allow = []   # rules not reported
# warn = []    # rules reported as warnings
# deny = []    # rules reported as errors
"#;

const CAST: &str = r#"# Cast, numbered on the board by importance (1 is the lead).
#
# [[cast]]
# id = "elena"
# number = 1
# name = "Elena Marques"
# character = "ELENA"
# phone = "+351 912 345 678"
# agent = "Lisbon Talent, Rita Sousa"
# rate = 1500                       # daily; drives hold cost
# minor = false
# unavailable = [{ from = 2027-03-15, to = 2027-03-16, reason = "theatre matinee" }]
"#;

const CREW: &str = r#"# Crew. Cast and crew ids share one namespace.
#
# [[crew]]
# id = "ana"
# name = "Ana Costa"
# role = "Camera Operator"
# department = "camera"
# phone = "+351 913 000 111"
# rate = 450
# units = ["main"]                  # day players: units = [] and `add_crew` on a day
"#;

const LOCATIONS: &str = r#"# Real places where scenes are shot.
#
# [[location]]
# id = "lighthouse"
# name = "Cabo da Roca Lighthouse"
# address = "Estrada do Cabo da Roca, 2705-001 Colares"
# lat = 38.7804
# lon = -9.4989
# parking = "Unit base in the upper car park"
# contact = { name = "João Pires", phone = "+351 219 280 081" }
# hospital = { name = "Hospital de Cascais", address = "Av. Brigadeiro Victor Novais Gonçalves, Alcabideche", phone = "+351 214 653 000" }
# permit = { number = "CML-2027-0412", from = 2027-03-01, to = 2027-03-20 }
# available = [{ from = 2027-03-01, to = 2027-03-20 }]
"#;

const SCENES: &str = r#"# The breakdown: one entry per scene.
#
# [[scene]]
# number = "12"
# int_ext = "EXT"                   # INT, EXT, INT/EXT
# time = "DAY"                      # DAY, NIGHT, DAWN, DUSK
# set = "LIGHTHOUSE - GALLERY"
# location = "lighthouse"
# pages = "1 3/8"
# synopsis = "Elena finds the logbook."
# cast = ["elena"]
# background = 4
# elements = { props = ["logbook"], wardrobe = ["oilskin coat"] }
"#;

const SCHEDULE: &str = r#"# Shoot, rehearsal and travel days.
#
# [[day]]
# date = 2027-03-01
# unit = "main"
# crew_call = 07:00
# shooting_call = 08:00
# wrap = 18:00
# scenes = ["12", "14"]
# cast_calls = { elena = { pickup = 06:00, makeup = 06:15, set = 07:45 } }
# department_calls = { catering = 06:00 }
# weather = "Sunny, 16 °C"
# notes = "Drone day: keep the gallery clear."
"#;

const BUDGET: &str = r#"# The budget: [budget] once, then fringes, accounts and lines.
#
# [budget]
# cap = 1250000
# contingency_percent = 10
#
# [[fringe]]
# id = "social-security"
# name = "Employer social security"
# percent = 23.75
#
# [[account]]
# code = "3300"
# name = "Camera"
# group = "below-the-line"          # above-the-line, below-the-line, post, other
#
# [[line]]
# id = "camera-package"
# account = "3300"
# description = "Camera package rental"
# quantity = 1
# units = 24
# unit = "day"
# rate = 1350
# fringes = []
"#;

const EXPENSES: &str = r#"# Money spent, charged to a budget line or an account.
#
# [[expense]]
# date = 2027-03-02
# amount = 1350
# line = "camera-package"
# vendor = "Lisboa Camera Rentals"
# reference = "INV-2027-0113"
"#;
