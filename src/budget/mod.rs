//! Budget arithmetic (format.md §9–10), exact and overflow-checked.

mod totals;

pub use totals::{AccountTotals, BudgetTotals, LineTotals};
