use super::LoadCtx;
use crate::diagnostics::{Diagnostic, Rule};
use crate::source::Span;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

pub type Value<'i> = Spanned<DeValue<'i>>;

/// Reads the keys of one TOML table, remembering which keys the format
/// defines so that every other key becomes an `unknown-field` finding.
pub struct TableReader<'t, 'i> {
    table: &'t DeTable<'i>,
    pub span: Span,
    pub path: String,
    what: &'static str,
    known: Vec<&'static str>,
}

impl<'t, 'i> TableReader<'t, 'i> {
    /// `what` names the entry for people: "cast member", "scene", ...
    pub fn new(
        table: &'t DeTable<'i>,
        span: Span,
        path: impl Into<String>,
        what: &'static str,
    ) -> Self {
        TableReader {
            table,
            span,
            path: path.into(),
            what,
            known: Vec::new(),
        }
    }

    pub fn field(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The value of `key`, if written. Marks `key` as one the format defines.
    pub fn get(&mut self, key: &'static str) -> Option<&'t Value<'i>> {
        self.known.push(key);
        self.table.get(key)
    }

    /// The value of a required key; reports `missing-field` when absent.
    pub fn require(
        &mut self,
        key: &'static str,
        example: &str,
        ctx: &mut LoadCtx,
    ) -> Option<&'t Value<'i>> {
        let value = self.get(key);
        if value.is_none() {
            ctx.push(
                Diagnostic::new(
                    Rule::MissingField,
                    self.span,
                    format!("this {} has no `{key}`, which is required", self.what),
                )
                .label(format!("`{key}` missing here"))
                .help(format!("add a line such as `{key} = {example}`"))
                .subject("field", self.field(key)),
            );
        }
        value
    }

    /// Every key the format does not define becomes an `unknown-field`.
    pub fn finish(self, ctx: &mut LoadCtx) {
        for (key, _) in self.table.iter() {
            let name = key.get_ref().as_ref();
            if self.known.contains(&name) {
                continue;
            }
            let span = ctx.span(key.span());
            let suggestion = did_you_mean(name, &self.known);
            let help = match suggestion {
                Some(known) => format!("did you mean `{known}`?"),
                None => format!(
                    "{} can have: {}",
                    with_article(self.what),
                    self.known
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            ctx.push(
                Diagnostic::new(
                    Rule::UnknownField,
                    span,
                    format!("`{name}` is not a field of {}", with_article(self.what)),
                )
                .label("unknown field")
                .help(help)
                .subject("field", self.field(name)),
            );
        }
    }
}

/// The closest known name, when it is close enough to be a typo.
pub fn did_you_mean<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    let lower = name.to_lowercase();
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&lower, &k.to_lowercase()), *k))
        .filter(|(distance, k)| *distance <= 2.max(k.len() / 4) && *distance < k.len())
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
}

/// "a cast member", "an expense".
pub fn with_article(noun: &str) -> String {
    let vowel = noun
        .chars()
        .next()
        .is_some_and(|c| "aeiouAEIOU".contains(c));
    format!("{} {noun}", if vowel { "an" } else { "a" })
}
