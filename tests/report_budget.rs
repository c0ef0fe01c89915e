//! Budget topsheet and cost report: exact decimal arithmetic with the
//! rounding of format.md §9–10, and a property test that the grand total
//! is the sum of its parts.

mod report_common;

use proptest::prelude::*;
use report_common::{fixture, json, report};
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::{Value, json};
use std::str::FromStr;

fn account<'a>(doc: &'a Value, code: &str) -> &'a Value {
    doc["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .find(|a| a["code"] == code)
        .unwrap_or_else(|| panic!("no account {code}"))
}

fn line<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .find(|l| l["id"] == id)
        .unwrap_or_else(|| panic!("no line {id}"))
}

#[test]
fn line_totals_round_half_away_from_zero() {
    // 0.5 × 0.05 = 0.025: 0.03 (banker's rounding would say 0.02).
    let cost = json(&fixture("budget-rounding"), &["cost"]);
    assert_eq!(line(&cost, "half-cent")["budget"], "0.03");
    assert_eq!(line(&cost, "edit")["budget"], "699.93");
}

#[test]
fn fringes_are_rounded_per_line() {
    let budget = json(&fixture("budget-rounding"), &["budget"]);
    // 1.00 × 12.5 % = 0.125 → 0.13.
    assert_eq!(account(&budget, "1000")["fringes"], "0.13");
    // Two lines of 0.50 at 1 %: 0.01 each, 0.02 for the account (not 0.01).
    assert_eq!(account(&budget, "2000")["fringes"], "0.02");
    // 699.93 × 12.5 % = 87.49125 → 87.49; × 1 % = 6.9993 → 7.00.
    assert_eq!(account(&budget, "5000")["fringes"], "94.49");
    assert_eq!(budget["fringes_total"], "94.64");
}

#[test]
fn topsheet_totals_contingency_cap_and_remaining() {
    let budget = json(&fixture("budget-rounding"), &["budget"]);
    assert_eq!(budget["version"], 1);
    assert_eq!(budget["lines_total"], "701.96");
    assert_eq!(budget["subtotal"], "796.60");
    assert_eq!(budget["contingency_percent"], "7.5");
    // 796.60 × 7.5 % = 59.745 → 59.75.
    assert_eq!(budget["contingency"], "59.75");
    assert_eq!(budget["grand_total"], "856.35");
    assert_eq!(budget["cap"], "850.00");
    assert_eq!(budget["remaining"], "-6.35");
    assert_eq!(budget["over_cap"], true);
    assert_eq!(
        budget["groups"],
        json!([
            { "group": "above-the-line", "total": "1.03", "fringes": "0.13" },
            { "group": "below-the-line", "total": "1.00", "fringes": "0.02" },
            { "group": "post", "total": "699.93", "fringes": "94.49" }
        ])
    );
    // Accounts by group, then code: 900 before 1000.
    let codes: Vec<&str> = budget["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .map(|a| a["code"].as_str().expect("code"))
        .collect();
    assert_eq!(codes, ["900", "1000", "2000", "5000"]);
    assert_eq!(account(&budget, "1000")["over_budget"], true);
    assert_eq!(account(&budget, "2000")["over_budget"], false);
}

#[test]
fn no_cap_means_null_cap_and_remaining() {
    let dir = report_common::copy_fixture("budget-rounding");
    let path = dir.path().join("budget.toml");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replace("cap = 850\n", "")).expect("write");
    let budget = json(dir.path(), &["budget"]);
    assert_eq!(budget["cap"], Value::Null);
    assert_eq!(budget["remaining"], Value::Null);
    assert_eq!(budget["over_cap"], false);
    let table = report(dir.path(), &["budget"]);
    assert!(!table.stdout.contains("Remaining"));
}

#[test]
fn topsheet_table_marks_over_budget_and_over_cap() {
    let run = report(&fixture("budget-rounding"), &["budget"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let over_lines: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with('│') && l.contains("OVER"))
        .collect();
    assert_eq!(over_lines.len(), 2, "{}", run.stdout);
    assert!(over_lines[0].contains("1000"));
    assert!(over_lines[1].contains("Remaining") && over_lines[1].contains("-6.35"));
    assert!(run.stdout.contains("Contingency (7.5%)"));
}

#[test]
fn cost_report_compares_budget_and_actual() {
    let cost = json(&fixture("budget-rounding"), &["cost"]);
    let fringe_line = line(&cost, "eighth-fringe");
    assert_eq!(
        (
            fringe_line["budget"].clone(),
            fringe_line["actual"].clone(),
            fringe_line["remaining"].clone(),
            fringe_line["percent_spent"].clone(),
            fringe_line["over_budget"].clone()
        ),
        (
            json!("1.00"),
            json!("2.00"),
            json!("-1.00"),
            json!("200.0"),
            json!(true)
        )
    );
    let below = account(&cost, "2000");
    assert_eq!(below["actual"], "0.40");
    assert_eq!(below["direct_charges"], "0.40");
    assert_eq!(below["percent_spent"], "40.0");
    // A credit note reduces the actual.
    assert_eq!(line(&cost, "edit")["actual"], "110.50");
    // No budget: no percentage.
    assert_eq!(account(&cost, "900")["percent_spent"], Value::Null);
    assert_eq!(
        cost["totals"],
        json!({ "budget": "701.96", "actual": "112.90", "remaining": "589.06",
                "percent_spent": "16.1", "over_budget": false })
    );
}

#[test]
fn cost_report_dates_count_the_expenses_of_a_period() {
    let cost = json(
        &fixture("budget-rounding"),
        &["cost", "--from", "2027-03-01"],
    );
    assert_eq!(cost["from"], "2027-03-01");
    assert_eq!(cost["totals"]["actual"], "110.50");
    assert_eq!(line(&cost, "eighth-fringe")["over_budget"], false);
    let february = json(&fixture("budget-rounding"), &["cost", "--to", "2027-02-28"]);
    assert_eq!(february["totals"]["actual"], "2.40");
}

#[test]
fn cost_table_marks_over_budget_lines_and_accounts() {
    let run = report(&fixture("budget-rounding"), &["cost"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let over: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with('│') && l.contains("OVER"))
        .collect();
    assert_eq!(over.len(), 2, "{}", run.stdout);
    assert!(over[0].contains("1000") && over[0].contains("194.2%"));
    assert!(over[1].contains("eighth-fringe"));
    assert!(run.stdout.contains("(charged to the account directly)"));
}

// ----------------------------------------------------------------------
// Property: for random budgets the topsheet adds up, and matches an
// independent computation of format.md §9.

/// A decimal with up to `scale` places, written as TOML.
fn decimal(max_units: u64, scale: u32) -> impl Strategy<Value = String> {
    (0..=max_units * 10u64.pow(scale), 0..=scale).prop_map(move |(raw, places)| {
        let value = Decimal::new(raw as i64, scale).round_dp(places);
        value.normalize().to_string()
    })
}

#[derive(Debug, Clone)]
struct LineSpec {
    account: usize,
    quantity: String,
    units: String,
    rate: String,
    fringes: Vec<bool>,
}

#[derive(Debug, Clone)]
struct BudgetSpec {
    accounts: Vec<u8>,
    fringes: Vec<String>,
    contingency: String,
    cap: Option<String>,
    lines: Vec<LineSpec>,
}

fn budget_spec() -> impl Strategy<Value = BudgetSpec> {
    (
        prop::collection::vec(0u8..4, 1..5),
        prop::collection::vec(decimal(40, 2), 0..4),
        decimal(20, 2),
        prop::option::of(decimal(5_000_000, 2)),
    )
        .prop_flat_map(|(accounts, fringes, contingency, cap)| {
            let n_accounts = accounts.len();
            let n_fringes = fringes.len();
            let line = (
                0..n_accounts,
                decimal(500, 3),
                decimal(60, 2),
                decimal(100_000, 2),
                prop::collection::vec(any::<bool>(), n_fringes),
            )
                .prop_map(|(account, quantity, units, rate, fringes)| LineSpec {
                    account,
                    quantity,
                    units,
                    rate,
                    fringes,
                });
            (
                Just(accounts),
                Just(fringes),
                Just(contingency),
                Just(cap),
                prop::collection::vec(line, 0..15),
            )
        })
        .prop_map(|(accounts, fringes, contingency, cap, lines)| BudgetSpec {
            accounts,
            fringes,
            contingency,
            cap,
            lines,
        })
}

const GROUPS: [&str; 4] = ["above-the-line", "below-the-line", "post", "other"];

fn write_budget(dir: &std::path::Path, spec: &BudgetSpec) {
    std::fs::write(
        dir.join("prodcoord.toml"),
        "[production]\ntitle = \"Random budget\"\n",
    )
    .expect("write");
    let mut text = format!("[budget]\ncontingency_percent = {}\n", spec.contingency);
    if let Some(cap) = &spec.cap {
        text.push_str(&format!("cap = {cap}\n"));
    }
    for (i, percent) in spec.fringes.iter().enumerate() {
        text.push_str(&format!(
            "\n[[fringe]]\nid = \"f{i}\"\npercent = {percent}\n"
        ));
    }
    for (i, group) in spec.accounts.iter().enumerate() {
        text.push_str(&format!(
            "\n[[account]]\ncode = \"{}\"\nname = \"Account {i}\"\ngroup = \"{}\"\n",
            1000 + i,
            GROUPS[*group as usize]
        ));
    }
    for (i, line) in spec.lines.iter().enumerate() {
        let fringes: Vec<String> = line
            .fringes
            .iter()
            .enumerate()
            .filter(|(_, on)| **on)
            .map(|(f, _)| format!("\"f{f}\""))
            .collect();
        text.push_str(&format!(
            "\n[[line]]\nid = \"l{i}\"\naccount = \"{}\"\ndescription = \"Line {i}\"\nquantity = {}\nunits = {}\nrate = {}\nfringes = [{}]\n",
            1000 + line.account,
            line.quantity,
            line.units,
            line.rate,
            fringes.join(", ")
        ));
    }
    std::fs::write(dir.join("budget.toml"), text).expect("write");
}

fn money(value: &Value) -> Decimal {
    Decimal::from_str(value.as_str().expect("money is a string")).expect("a decimal")
}

fn round(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).expect("decimal")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn the_grand_total_is_the_sum_of_its_parts(spec in budget_spec()) {
        let dir = tempfile::tempdir().expect("temp dir");
        write_budget(dir.path(), &spec);
        let outcome = prodcoord::check::check_loaded(prodcoord::load::load(dir.path()), false);
        let blocking: Vec<_> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.rule.is_integrity())
            .map(|d| d.message.clone())
            .collect();
        prop_assert!(blocking.is_empty(), "{:?}", blocking);
        let ctx = prodcoord::check::Context::new(&outcome.production);
        let report = prodcoord::reports::kinds::budget::build(&ctx, &prodcoord::reports::Filter::default());
        prop_assert!(report.warnings.is_empty());
        let doc: Value = serde_json::from_str(&report.json).expect("JSON");

        // The parts add up.
        let accounts = doc["accounts"].as_array().expect("accounts");
        let groups = doc["groups"].as_array().expect("groups");
        let sum = |items: &[Value], key: &str| items.iter().map(|i| money(&i[key])).sum::<Decimal>();
        prop_assert_eq!(money(&doc["lines_total"]), sum(accounts, "total"));
        prop_assert_eq!(money(&doc["lines_total"]), sum(groups, "total"));
        prop_assert_eq!(money(&doc["fringes_total"]), sum(accounts, "fringes"));
        prop_assert_eq!(money(&doc["fringes_total"]), sum(groups, "fringes"));
        prop_assert_eq!(
            money(&doc["subtotal"]),
            money(&doc["lines_total"]) + money(&doc["fringes_total"])
        );
        prop_assert_eq!(
            money(&doc["grand_total"]),
            money(&doc["subtotal"]) + money(&doc["contingency"])
        );

        // And they are what format.md §9 says, computed independently.
        let mut lines_total = Decimal::ZERO;
        let mut fringes_total = Decimal::ZERO;
        for line in &spec.lines {
            let total = round(dec(&line.quantity) * dec(&line.units) * dec(&line.rate));
            lines_total += total;
            for (f, on) in line.fringes.iter().enumerate() {
                if *on {
                    fringes_total += round(total * dec(&spec.fringes[f]) / Decimal::ONE_HUNDRED);
                }
            }
        }
        let subtotal = lines_total + fringes_total;
        let contingency = round(subtotal * dec(&spec.contingency) / Decimal::ONE_HUNDRED);
        prop_assert_eq!(money(&doc["lines_total"]), lines_total);
        prop_assert_eq!(money(&doc["fringes_total"]), fringes_total);
        prop_assert_eq!(money(&doc["contingency"]), contingency);
        prop_assert_eq!(money(&doc["grand_total"]), subtotal + contingency);
        match &spec.cap {
            Some(cap) => prop_assert_eq!(money(&doc["remaining"]), dec(cap) - subtotal - contingency),
            None => prop_assert_eq!(&doc["remaining"], &Value::Null),
        }
        // Every amount has exactly two decimals.
        for key in ["lines_total", "fringes_total", "subtotal", "contingency", "grand_total"] {
            let text = doc[key].as_str().expect("string");
            prop_assert!(text.split_once('.').is_some_and(|(_, cents)| cents.len() == 2), "{}", text);
        }
    }
}
