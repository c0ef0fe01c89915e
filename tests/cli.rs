//! Command-line cases kept as data files (tests/cmd/*.toml), as typos
//! does: the real binary on the example productions, with the expected
//! output beside each case. Refresh with `TRYCMD=overwrite cargo test --test cli`.

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
