//! Text from the files is data, never markup: a production whose every
//! name, synopsis, note and address is hostile
//! (tests/fixtures/callsheet/hostile) prints it all as text in HTML and
//! Markdown, and nothing that could drive a terminal in plain text.

use assert_cmd::Command;

const HOSTILE: &str = "tests/fixtures/callsheet/hostile";

fn sheet(format: &str) -> String {
    let output = Command::cargo_bin("prodcoord")
        .expect("binary")
        .args([
            "--project",
            HOSTILE,
            "callsheet",
            "2027-06-01",
            "--format",
            format,
        ])
        .output()
        .expect("runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// The HTML between `<body>` and `</body>`, and the `<head>`.
fn parts(html: &str) -> (&str, &str) {
    let body_start = html.find("<body>").expect("<body>");
    let body_end = html.rfind("</body>").expect("</body>");
    (&html[..body_start], &html[body_start..body_end])
}

#[test]
fn html_escapes_every_piece_of_text() {
    let html = sheet("html");
    let (head, body) = parts(&html);
    // No markup from the files: no script, no injected elements, no
    // broken table, no style that hides the page.
    assert!(
        !html.to_lowercase().contains("<script"),
        "a script tag got through"
    );
    for injected in [
        "<b>", "<i>", "<img", "<BOOTH>", "<B>", "<lenses>", "<coats>",
    ] {
        assert!(!body.contains(injected), "{injected} got through");
    }
    assert_eq!(
        html.matches("<style>").count(),
        1,
        "only the page's own style"
    );
    assert_eq!(html.matches("</style>").count(), 1);
    assert_eq!(
        body.matches("<table").count(),
        body.matches("</table>").count()
    );
    assert_eq!(head.matches("<title>").count(), 1);
    assert_eq!(
        body.matches("<h1>").count(),
        1,
        "only the page's own heading"
    );

    // ... and every piece of it is there, as text.
    for escaped in [
        // title and company (also in <title>)
        "Rock &amp; Roll &lt;Nights&gt; &quot;Live&quot;; Part 1, 2 \\ 3",
        "Smith &amp; Sons &lt;script&gt;alert(&#x27;company&#x27;)&lt;&#x2f;script&gt;",
        // synopsis
        "&lt;script&gt;alert(&quot;xss&quot;)&lt;&#x2f;script&gt; Zoë says: &quot;Fish &amp; chips; salt, vinegar \\ ketchup&quot;.",
        "&lt;&#x2f;td&gt;&lt;&#x2f;tr&gt;&lt;&#x2f;table&gt;&lt;h1&gt;broken&lt;&#x2f;h1&gt;",
        // names, character, role, department
        "Zoë &quot;Z&quot; O&#x27;Brien &amp; &lt;b&gt;Co&lt;&#x2f;b&gt;",
        "&lt;SCRIPT&gt;ALERT(1)&lt;&#x2f;SCRIPT&gt;",
        "A &amp; P &lt;i&gt;Smith&lt;&#x2f;i&gt;",
        "DP &lt;img src=x onerror=alert(2)&gt;",
        "Camera &amp; &lt;lenses&gt;",
        "Ω Camera&#x27;); DROP TABLE crew;--",
        // location, parking, contact, hospital
        "Studio &lt;B&gt; &amp; &quot;Annex&quot;",
        "Lot C, row 7; gate code 1234 &amp; ask &lt;security&gt;",
        "Mr. O&#x27;Hara &amp; Ms. &quot;Q&quot;",
        "St. Luke&#x27;s &lt;International&gt;",
        // notes and weather
        "Line one: &lt;script&gt;document.cookie&lt;&#x2f;script&gt;",
        "&lt;&#x2f;style&gt;&lt;style&gt;body{display:none}&lt;&#x2f;style&gt;",
        "Umbrellas &amp; &lt;coats&gt;",
        // elements
        "Menu &lt;laminated&gt; &amp; &quot;greasy&quot;",
    ] {
        assert!(html.contains(escaped), "missing, escaped: {escaped}");
    }
    assert!(head.contains("<title>Call sheet · Rock &amp; Roll &lt;Nights&gt;"));
}

#[test]
fn html_is_self_contained() {
    let html = sheet("html");
    for external in ["<link", "<script", "<img", "src=\"", "@import", "url("] {
        assert!(!html.contains(external), "fetches something: {external}");
    }
    assert!(html.contains("@page"));
}

#[test]
fn markdown_escapes_markup_and_table_pipes() {
    let md = sheet("markdown");
    assert!(!md.contains("<script>"), "{md}");
    assert!(
        md.contains("\\<script\\>alert(\"xss\")\\</script\\>"),
        "{md}"
    );
    assert!(
        md.contains("Zoë \"Z\" O'Brien \\& \\<b\\>Co\\</b\\>"),
        "{md}"
    );
    // Every table row has as many cells as its header: no `|` from the
    // files splits a cell, no newline breaks a row.
    let mut expected = None;
    for line in md.lines() {
        if !line.starts_with('|') {
            expected = None;
            continue;
        }
        let cells = line.replace("\\|", "").matches('|').count();
        match expected {
            None => expected = Some(cells),
            Some(n) => assert_eq!(cells, n, "{line}"),
        }
    }
}

#[test]
fn text_keeps_the_words_and_drops_control_characters() {
    let text = sheet("text");
    assert!(text.contains("<SCRIPT>ALERT(1)</SCRIPT>"));
    assert!(text.contains("KENJI, 10 (minor)"));
    assert!(text.contains("Kenji 山田 \\ Jr."));
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{text:?}"
    );
}

#[test]
fn json_keeps_text_exactly() {
    let doc: serde_json::Value = serde_json::from_str(&sheet("json")).expect("JSON");
    assert_eq!(
        doc["title"],
        "Rock & Roll <Nights> \"Live\"; Part 1, 2 \\ 3"
    );
    assert_eq!(
        doc["scenes"][1]["synopsis"],
        "</td></tr></table><h1>broken</h1>"
    );
    assert_eq!(
        doc["locations"][0]["address"],
        "1-2-3 Chūō; Building \"A\", Floor 4\\5\nTokyo 100-0001"
    );
}
