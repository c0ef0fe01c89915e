use crate::diagnostics::{Diagnostic, Rule, Severity};
use crate::model::{Settings, Sp};
use std::collections::HashMap;

/// A `[check]` list: its name, its rule names, the severity it sets.
type ListSetting<'a> = (&'static str, &'a [Sp<String>], Option<Severity>);

/// The production's `[check]` lists, validated, and `--deny warnings`.
pub struct SeverityConfig {
    overrides: HashMap<Rule, Option<Severity>>,
    deny_warnings: bool,
}

impl SeverityConfig {
    /// Reads `[check]`, reporting unknown rule names and contradictions.
    pub fn new(settings: &Settings, deny_warnings: bool, out: &mut Vec<Diagnostic>) -> Self {
        let lists: [ListSetting; 3] = [
            ("allow", &settings.check.allow, None),
            ("warn", &settings.check.warn, Some(Severity::Warning)),
            ("deny", &settings.check.deny, Some(Severity::Error)),
        ];
        let mut overrides = HashMap::new();
        let mut first_list: HashMap<Rule, (&str, crate::source::Span)> = HashMap::new();
        let names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
        for (list, entries, severity) in lists {
            for entry in entries {
                let Some(rule) = Rule::from_name(&entry.value) else {
                    let help = crate::load::did_you_mean(&entry.value, &names)
                        .map(|n| format!("did you mean `{n}`?"))
                        .unwrap_or_else(|| "see docs/checks.md for every rule name".into());
                    out.push(
                        Diagnostic::new(
                            Rule::UnknownReference,
                            entry.span,
                            format!("`{}` is not the name of a check", entry.value),
                        )
                        .label("unknown rule")
                        .help(help)
                        .subject("kind", "rule")
                        .subject("id", entry.value.clone()),
                    );
                    continue;
                };
                if rule.is_schema() {
                    out.push(
                        Diagnostic::new(
                            Rule::InvalidValue,
                            entry.span,
                            format!("`{rule}` cannot be changed: a file prodcoord cannot read must always fail the check"),
                        )
                        .label("not allowed in [check]")
                        .help(format!("remove `\"{rule}\"` from `{list}`"))
                        .subject("field", format!("check.{list}")),
                    );
                    continue;
                }
                if let Some((other, other_span)) = first_list.get(&rule) {
                    out.push(
                        Diagnostic::new(
                            Rule::InvalidValue,
                            entry.span,
                            format!("`{rule}` is in both `{other}` and `{list}`"),
                        )
                        .label("listed twice")
                        .related(*other_span, format!("first listed in `{other}`"))
                        .help("keep it in one list")
                        .subject("field", format!("check.{list}")),
                    );
                    continue;
                }
                first_list.insert(rule, (list, entry.span));
                overrides.insert(rule, severity);
            }
        }
        SeverityConfig {
            overrides,
            deny_warnings,
        }
    }

    /// The severity of a finding of `rule`, or `None` when it is allowed.
    pub fn severity(&self, rule: Rule) -> Option<Severity> {
        let severity = match self.overrides.get(&rule) {
            Some(set) => *set,
            None => Some(rule.default_severity()),
        };
        severity.map(|s| {
            if self.deny_warnings {
                Severity::Error
            } else {
                s
            }
        })
    }
}
