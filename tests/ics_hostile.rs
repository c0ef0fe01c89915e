//! Hostile text in the calendar: commas, semicolons, backslashes,
//! newlines, quotes, markup, long lines and non-ASCII text come back
//! exactly through an independent parser (the `ical` crate), and every
//! line is folded at 75 octets without splitting a UTF-8 character.

use assert_cmd::Command;

const HOSTILE: &str = "tests/fixtures/callsheet/hostile";

fn export(args: &[&str]) -> String {
    let output = Command::cargo_bin("prodcoord")
        .expect("binary")
        .env("SOURCE_DATE_EPOCH", "1800000000")
        .args(["--project", HOSTILE, "export", "ics"])
        .args(args)
        .output()
        .expect("runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Not lossy: a fold inside a character would fail here.
    String::from_utf8(output.stdout).expect("valid UTF-8")
}

fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn events(text: &str) -> Vec<Vec<(String, String)>> {
    let calendar = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()))
        .next()
        .expect("a calendar")
        .expect("parses");
    calendar
        .events
        .iter()
        .map(|e| {
            e.properties
                .iter()
                .map(|p| (p.name.clone(), unescape(p.value.as_deref().unwrap_or(""))))
                .collect()
        })
        .collect()
}

fn get<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
    event
        .iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.as_str())
}

#[test]
fn text_comes_back_exactly() {
    let text = export(&[]);
    let events = events(&text);
    assert_eq!(events.len(), 2);
    let day = &events[0];
    assert_eq!(
        get(day, "SUMMARY"),
        "Rock & Roll <Nights> \"Live\"; Part 1, 2 \\ 3 — Day 1 of 2"
    );
    assert_eq!(
        get(day, "LOCATION"),
        "1-2-3 Chūō; Building \"A\", Floor 4\\5\nTokyo 100-0001"
    );
    let description = get(day, "DESCRIPTION");
    for part in [
        "<script>alert(\"xss\")</script> Zoë says: \"Fish & chips; salt, vinegar \\ ketchup\". She leaves. A very long line follows to force folding in the calendar: 東京の夜は長い、とても長い — ünïcödé everywhere, 🎬🎬🎬🎬🎬🎬🎬🎬 and more text after the emoji to pass 75 octets.",
        "Weather: Rain; 20 °C, wind NE Umbrellas & <coats>",
        "Notes: Line one: <script>document.cookie</script>\nLine two — \"quotes\", 'apostrophes' & ampersands; semicolons\\backslashes\n</style><style>body{display:none}</style>",
        "Parking: Lot C, row 7; gate code 1234 & ask <security>",
        "\n1 INT DINER <BOOTH> & BAR DAY 1 3/8 · cast 1, 2 — ",
    ] {
        assert!(
            description.contains(part),
            "missing {part:?} in {description:?}"
        );
    }
    assert_eq!(get(day, "GEO"), "35.681200;139.767100");
}

#[test]
fn lines_are_escaped_and_folded_as_the_rfc_says() {
    let text = export(&["--person", "lead"]);
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    let mut folded = 0;
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        if line.starts_with(' ') {
            folded += 1;
        }
        // Unescaped `;` or `,` or a raw newline never appear in a TEXT value.
        if let Some(value) = line.strip_prefix("SUMMARY:") {
            assert!(
                !value
                    .replace("\\;", "")
                    .replace("\\,", "")
                    .contains([';', ','])
            );
        }
    }
    assert!(folded > 5, "long values are folded");
    // Unfolding gives back lines that are each one property.
    let unfolded = text.replace("\r\n ", "");
    assert!(
        unfolded.contains(
            "SUMMARY:Rock & Roll <Nights> \"Live\"\\; Part 1\\, 2 \\\\ 3 — Day 1 of 2\r\n"
        )
    );
    assert!(unfolded.contains("\\n"), "newlines are escaped");
    let events = events(&text);
    assert!(get(&events[0], "DESCRIPTION").starts_with(
        "Day 1 of 2 · main unit · Tuesday 1 June 2027\nYour call 07:00 (pickup 07:00 · makeup 07:30 · on set 09:00)"
    ));
}

#[test]
fn the_calendar_name_is_escaped_too() {
    let text = export(&["--person", "dop"]);
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains(
        "X-WR-CALNAME:Rock & Roll <Nights> \"Live\"\\; Part 1\\, 2 \\\\ 3 — Ω Camera')\\; DROP TABLE crew\\;--\r\n"
    ), "{unfolded}");
    assert!(
        unfolded.contains("Your call 07:15 (DP <img src=x onerror=alert(2)>\\, camera & <lenses>)")
    );
}
