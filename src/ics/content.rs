//! Content lines (RFC 5545 §3.1): `NAME;PARAM=VALUE:value`, folded, CRLF.

/// An iCalendar object being written.
#[derive(Debug, Default)]
pub struct Content {
    text: String,
}

impl Content {
    pub fn new() -> Content {
        Content::default()
    }

    /// A property whose value is already in iCalendar form (escaped TEXT,
    /// a DATE-TIME, ...). Parameter values here are names such as a TZID,
    /// quoted when they hold `:`, `;` or `,`.
    pub fn raw(&mut self, name: &str, params: &[(&str, &str)], value: &str) {
        let mut line = String::from(name);
        for (key, param) in params {
            line.push(';');
            line.push_str(key);
            line.push('=');
            let param: String = param
                .chars()
                .filter(|&c| c != '"' && !c.is_control())
                .collect();
            if param.contains([':', ';', ',']) {
                line.push('"');
                line.push_str(&param);
                line.push('"');
            } else {
                line.push_str(&param);
            }
        }
        line.push(':');
        line.push_str(value);
        self.text.push_str(&super::fold::fold(&line));
    }

    /// A TEXT property, escaped.
    pub fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &[], &super::escape::text(value));
    }

    pub fn begin(&mut self, component: &str) {
        self.raw("BEGIN", &[], component);
    }

    pub fn end(&mut self, component: &str) {
        self.raw("END", &[], component);
    }

    pub fn finish(self) -> String {
        self.text
    }
}
