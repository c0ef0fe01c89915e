//! The day out of days, case by case (commands.md, "dood").

mod report_common;

use report_common::{codes, copy_fixture, fixture, json, performer, report};
use serde_json::json;

#[test]
fn a_single_day_performer_is_swf() {
    let dood = json(&fixture("dood-basic"), &["dood"]);
    let single = performer(&dood, "single");
    assert_eq!(
        codes(&dood, "single"),
        ". . . . SWF . . . . . . . . . . . . . . . . . . . . . . . . ."
    );
    assert_eq!(single["work_days"], 1);
    assert_eq!(single["hold_days"], 0);
    assert_eq!(single["start"], "2027-03-05");
    assert_eq!(single["finish"], "2027-03-05");
    assert_eq!(single["hold_cost"], "0.00");
    assert_eq!(single["drop"], serde_json::Value::Null);
}

#[test]
fn a_gap_of_exactly_drop_pickup_min_days_is_not_a_drop() {
    // Works 1 and 11 March: 11 − 1 = 10, not more than 10.
    let dood = json(&fixture("dood-basic"), &["dood"]);
    assert_eq!(
        codes(&dood, "ten"),
        "SW H H H H H H H H H WF . . . . . . . . . . . . . . . . . . ."
    );
    let ten = performer(&dood, "ten");
    assert_eq!(ten["hold_days"], 9);
    assert_eq!(ten["hold_cost"], "900.00");
    assert_eq!(ten["drop"], serde_json::Value::Null);
}

#[test]
fn one_day_more_is_a_drop() {
    // Works 1 and 12 March: 11 days apart, so dropped and picked up.
    let dood = json(&fixture("dood-basic"), &["dood"]);
    assert_eq!(
        codes(&dood, "eleven"),
        "SWD . . . . . . . . . . PWF . . . . . . . . . . . . . . . . . ."
    );
    let eleven = performer(&dood, "eleven");
    assert_eq!(eleven["work_days"], 2);
    assert_eq!(eleven["hold_days"], 0);
    assert_eq!(eleven["hold_cost"], "0.00");
    assert_eq!(
        eleven["drop"],
        json!({ "dropped": "2027-03-01", "picked_up": "2027-03-12" })
    );
}

#[test]
fn the_drop_is_in_the_gap_with_the_most_holds() {
    // Gaps 1→13 (11 holds) and 14→28 (13 holds): the second is dropped.
    let dood = json(&fixture("dood-basic"), &["dood"]);
    assert_eq!(
        codes(&dood, "gaps"),
        "SW H H H H H H H H H H H W WD . . . . . . . . . . . . . PWF . ."
    );
    assert_eq!(performer(&dood, "gaps")["hold_days"], 11);
    assert_eq!(performer(&dood, "gaps")["hold_cost"], "550.00");
}

#[test]
fn equal_gaps_drop_the_earliest() {
    let dood = json(&fixture("dood-basic"), &["dood"]);
    assert_eq!(
        codes(&dood, "tie"),
        "SWD . . . . . . . . . . . PW H H H H H H H H H H H WF . . . . ."
    );
}

#[test]
fn every_cast_member_has_a_row_in_board_order() {
    let dood = json(&fixture("dood-basic"), &["dood"]);
    let ids: Vec<&str> = dood["cast"]
        .as_array()
        .expect("cast")
        .iter()
        .map(|c| c["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        [
            "anchor", "single", "ten", "eleven", "gaps", "tie", "double", "zz-never"
        ]
    );
    let never = performer(&dood, "zz-never");
    assert_eq!(never["start"], serde_json::Value::Null);
    assert_eq!(never["finish"], serde_json::Value::Null);
    assert_eq!(never["work_days"], 0);
    assert!(
        never["codes"]
            .as_array()
            .expect("codes")
            .iter()
            .all(|c| c == "")
    );
    assert_eq!(
        dood["totals"],
        json!({ "work_days": 43, "hold_days": 31, "travel_days": 0, "rehearsal_days": 0,
                "hold_cost": "1560.00" })
    );
}

#[test]
fn allow_drop_pickup_false_keeps_everyone_on_hold() {
    let dir = copy_fixture("dood-basic");
    let path = dir.path().join("prodcoord.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replace("allow_drop_pickup = true", "allow_drop_pickup = false"),
    )
    .expect("write");
    let dood = json(dir.path(), &["dood"]);
    assert_eq!(
        codes(&dood, "eleven"),
        "SW H H H H H H H H H H WF . . . . . . . . . . . . . . . . . ."
    );
    assert_eq!(performer(&dood, "eleven")["hold_days"], 10);
    assert_eq!(performer(&dood, "eleven")["hold_cost"], "1000.00");
    assert_eq!(
        codes(&dood, "tie"),
        "SW H H H H H H H H H H H W H H H H H H H H H H H WF . . . . ."
    );
}

#[test]
fn a_lower_minimum_lets_the_ten_day_gap_drop() {
    let dir = copy_fixture("dood-basic");
    let path = dir.path().join("prodcoord.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replace("drop_pickup_min_days = 10", "drop_pickup_min_days = 9"),
    )
    .expect("write");
    let dood = json(dir.path(), &["dood"]);
    assert_eq!(
        codes(&dood, "ten"),
        "SWD . . . . . . . . . PWF . . . . . . . . . . . . . . . . . . ."
    );
}

#[test]
fn travel_and_rehearsal_days() {
    let dood = json(&fixture("dood-travel"), &["dood"]);
    assert_eq!(
        dood["dates"],
        json!([
            "2027-03-01",
            "2027-03-02",
            "2027-03-03",
            "2027-03-04",
            "2027-03-05",
            "2027-03-06"
        ])
    );
    // Rehearses, holds on c's travel date, works once.
    assert_eq!(codes(&dood, "a"), "R H SWF . . .");
    // Rehearsal before and after the one shoot day: finish is the rehearsal.
    assert_eq!(codes(&dood, "b"), "R H H SWF H R");
    let b = performer(&dood, "b");
    assert_eq!(
        (
            b["work_days"].clone(),
            b["hold_days"].clone(),
            b["rehearsal_days"].clone()
        ),
        (json!(1), json!(3), json!(2))
    );
    assert_eq!(b["finish"], "2027-03-06");
    assert_eq!(b["hold_cost"], "600.00");
    // Travels, works; on 5 March the second unit's travel day is not a T:
    // c shoots that date on the main unit.
    assert_eq!(codes(&dood, "c"), ". T SW H WF .");
    let c = performer(&dood, "c");
    assert_eq!(c["travel_days"], 1);
    assert_eq!(c["start"], "2027-03-02");
    assert_eq!(
        dood["totals"],
        json!({ "work_days": 4, "hold_days": 5, "travel_days": 1, "rehearsal_days": 3,
                "hold_cost": "600.00" })
    );
}

#[test]
fn two_units_share_the_columns() {
    let dood = json(&fixture("dood-units"), &["dood"]);
    assert_eq!(
        dood["dates"],
        json!([
            "2027-03-01",
            "2027-03-02",
            "2027-03-03",
            "2027-03-04",
            "2027-03-05"
        ])
    );
    // A second-unit date between start and finish is a hold.
    assert_eq!(codes(&dood, "m"), "SW H H WF .");
    assert_eq!(codes(&dood, "d"), ". SW H H WF");
    // Shooting on both units the same date is one work date.
    assert_eq!(codes(&dood, "x"), ". . SWF . .");
    assert_eq!(performer(&dood, "x")["work_days"], 1);
    // A main-unit date is a hold for a second-unit performer.
    assert_eq!(codes(&dood, "s"), ". . SW H WF");
}

#[test]
fn unit_filter_keeps_that_units_days_only() {
    let main = json(&fixture("dood-units"), &["dood", "--unit", "main"]);
    assert_eq!(main["unit"], "main");
    assert_eq!(
        main["dates"],
        json!(["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04"])
    );
    assert_eq!(codes(&main, "m"), "SW H H WF");
    assert_eq!(codes(&main, "d"), ". SWF . .");
    assert_eq!(codes(&main, "s"), ". . . .");
    let second = json(&fixture("dood-units"), &["dood", "--unit", "second"]);
    assert_eq!(second["dates"], json!(["2027-03-03", "2027-03-05"]));
    assert_eq!(codes(&second, "s"), "SW WF");
    assert_eq!(codes(&second, "x"), "SWF .");
    assert_eq!(codes(&second, "m"), ". .");
}

#[test]
fn date_filter_shows_a_window_of_the_whole_grid() {
    let dood = json(
        &fixture("dood-units"),
        &["dood", "--from", "2027-03-02", "--to", "2027-03-04"],
    );
    assert_eq!(
        dood["dates"],
        json!(["2027-03-02", "2027-03-03", "2027-03-04"])
    );
    // Codes of the whole schedule; counts of the window; own start.
    assert_eq!(codes(&dood, "m"), "H H WF");
    let m = performer(&dood, "m");
    assert_eq!(
        (m["work_days"].clone(), m["hold_days"].clone()),
        (json!(1), json!(2))
    );
    assert_eq!(m["start"], "2027-03-01");
    assert_eq!(m["hold_cost"], "200.00");
}

#[test]
fn a_weekend_without_day_entries_is_not_a_column() {
    let dood = json(&fixture("dood-weekend"), &["dood"]);
    assert_eq!(
        dood["dates"],
        json!([
            "2027-03-01",
            "2027-03-02",
            "2027-03-03",
            "2027-03-04",
            "2027-03-05",
            "2027-03-08",
            "2027-03-09",
            "2027-03-10"
        ])
    );
    // Friday then Monday: no hold between them.
    assert_eq!(codes(&dood, "fri-mon"), ". . . . SW WF . .");
    assert_eq!(performer(&dood, "fri-mon")["hold_days"], 0);
    // Thursday then Tuesday: Friday and Monday are holds, the weekend not.
    assert_eq!(codes(&dood, "thu-tue"), ". . . SW H H WF .");
    assert_eq!(performer(&dood, "thu-tue")["hold_days"], 2);
    assert_eq!(performer(&dood, "thu-tue")["hold_cost"], "1000.00");
}

#[test]
fn reports_run_despite_scheduling_conflicts() {
    // dood-units has a turnaround error: reports still run and exit 0.
    let run = report(&fixture("dood-units"), &["dood"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn the_table_shows_codes_counts_and_the_legend() {
    let run = report(&fixture("dood-basic"), &["dood", "--color", "never"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("DOOD Basic — Day out of days\n"));
    assert!(run.stdout.contains("SWD"));
    assert!(run.stdout.contains("PWF"));
    assert!(run.stdout.contains("Codes: SW start work"));
    assert!(
        run.stdout
            .contains("ELEVEN (4) dropped after 2027-03-01, picked up 2027-03-12.")
    );
    assert!(run.stdout.contains("1,560.00"));
}

#[test]
fn the_engine_answers_a_code_for_a_date() {
    // The call sheet asks the engine for one performer's code on one date.
    let loaded = prodcoord::load::load(&fixture("dood-travel"));
    let production = loaded.production;
    let timeline = prodcoord::model::Timeline::build(&production);
    let dood = prodcoord::reports::Dood::compute(&production, &timeline, None);
    let c = production
        .cast
        .iter()
        .position(|m| m.id.value == "c")
        .expect("c");
    let date = |d: u32| chrono::NaiveDate::from_ymd_opt(2027, 3, d).expect("date");
    use prodcoord::reports::Code;
    assert_eq!(dood.code(c, date(2)), Some(Code::Travel));
    assert_eq!(dood.code(c, date(3)), Some(Code::StartWork));
    assert_eq!(dood.code(c, date(4)), Some(Code::Hold));
    assert_eq!(dood.code(c, date(6)), Some(Code::Empty));
    assert_eq!(dood.code(c, date(7)), None);
    assert_eq!(dood.hold_cost.plain(), "600.00");
}

#[test]
fn day_entries_in_any_order_give_the_same_grid() {
    // The scheduler evaluates candidate schedules as bare day entries.
    let production = prodcoord::load::load(&fixture("dood-basic")).production;
    let timeline = prodcoord::model::Timeline::build(&production);
    let from_timeline = prodcoord::reports::Dood::compute(&production, &timeline, None);
    let mut entries: Vec<prodcoord::reports::DayEntry> = timeline
        .plans
        .iter()
        .map(|p| prodcoord::reports::DayEntry {
            date: p.date,
            kind: p.kind,
            cast: &p.cast,
        })
        .collect();
    entries.reverse();
    let from_entries = prodcoord::reports::Dood::from_entries(&production, entries);
    assert_eq!(from_entries.dates, from_timeline.dates);
    assert_eq!(from_entries.rows, from_timeline.rows);
    assert_eq!(from_entries.hold_cost, from_timeline.hold_cost);
    assert_eq!(from_entries.hold_cost.plain(), "1560.00");
}
