//! Edits on TOML tables that keep what they do not change: a replaced
//! value keeps its spacing and trailing comment, an array keeps the
//! elements (and comments) that stay.

use crate::model::Pages;
use toml_edit::{Array, Item, TableLike, Value};

/// Sets `key` to `value`, keeping the old value's spacing and comment.
pub fn set(table: &mut dyn TableLike, key: &str, mut value: Value) {
    match table.get_mut(key) {
        Some(item) => {
            if let Some(old) = item.as_value() {
                *value.decor_mut() = old.decor().clone();
            }
            *item = Item::Value(value);
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// `pages` as the file writes it: an integer stays an integer when the new
/// length is whole pages; otherwise `"1 3/8"`.
pub fn pages_value(table: &dyn TableLike, pages: Pages) -> Value {
    let was_integer = table
        .get("pages")
        .and_then(Item::as_value)
        .is_some_and(|v| v.is_integer());
    match i64::try_from(pages.0 / 8) {
        Ok(whole) if was_integer && pages.0.is_multiple_of(8) => Value::from(whole),
        _ => Value::from(pages.to_string()),
    }
}

/// Makes the array of strings at `key` hold exactly `wanted` (in that
/// order for new ones): elements that stay are untouched, elements that go
/// leave their comments behind, new ones follow the array's layout.
pub fn sync_strings(table: &mut dyn TableLike, key: &str, wanted: &[String]) {
    let Some(array) = table.get_mut(key).and_then(Item::as_array_mut) else {
        let mut array = Array::new();
        for id in wanted {
            array.push(id.as_str());
        }
        set(table, key, Value::Array(array));
        return;
    };
    let mut i = array.len();
    // a comment written after the last element's comma, left by removing it
    let mut leftover: Option<String> = None;
    while i > 0 {
        i -= 1;
        let keep = array
            .get(i)
            .and_then(Value::as_str)
            .is_some_and(|s| wanted.iter().any(|w| w == s));
        if !keep && let Some(comment) = remove_keeping_comments(array, i) {
            leftover = Some(comment);
        }
    }
    let indent = array.iter().last().and_then(|v| {
        let prefix = v.decor().prefix()?.as_str()?;
        prefix
            .rfind('\n')
            .map(|at| prefix.get(at..).unwrap_or("\n").to_string())
    });
    for id in wanted {
        let present = array.iter().any(|v| v.as_str() == Some(id.as_str()));
        if present {
            continue;
        }
        match &indent {
            Some(indent) => {
                let mut value = Value::from(id.as_str());
                let comment = leftover.take().unwrap_or_default();
                value.decor_mut().set_prefix(format!("{comment}{indent}"));
                array.push_formatted(value);
            }
            None => array.push(id.as_str()),
        }
    }
    if let Some(comment) = leftover {
        let trailing = array.trailing().as_str().unwrap_or("").to_string();
        array.set_trailing(format!("{comment}{trailing}"));
    }
}

/// Removes element `index`; the next element takes over its leading
/// whitespace (and comment). When it was the last, returns the comment that
/// stood before it (after the previous element), to keep.
fn remove_keeping_comments(array: &mut Array, index: usize) -> Option<String> {
    if index >= array.len() {
        return None;
    }
    let removed = array.remove(index);
    let removed_prefix = removed
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("")
        .to_string();
    match array.get_mut(index) {
        Some(next) => {
            let next_prefix = next
                .decor()
                .prefix()
                .and_then(|p| p.as_str())
                .unwrap_or("")
                .to_string();
            if !next_prefix.contains('#') {
                next.decor_mut().set_prefix(removed_prefix);
            }
            None
        }
        None => {
            let at = removed_prefix.rfind('\n')?;
            let comment = removed_prefix.get(..at)?;
            comment.contains('#').then(|| comment.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use toml_edit::DocumentMut;

    fn edit(src: &str, f: impl FnOnce(&mut dyn TableLike)) -> String {
        let mut doc: DocumentMut = src.parse().expect("valid TOML");
        f(doc.as_table_mut());
        doc.to_string()
    }

    #[test]
    fn set_keeps_comment() {
        let out = edit("pages = \"1\"   # from the white draft\n", |t| {
            set(t, "pages", Value::from("2 3/8"))
        });
        assert_eq!(out, "pages = \"2 3/8\"   # from the white draft\n");
    }

    #[test]
    fn integer_pages_stay_integers() {
        let out = edit("pages = 2\n", |t| {
            let v = pages_value(t, Pages(24));
            set(t, "pages", v)
        });
        assert_eq!(out, "pages = 3\n");
        let out = edit("pages = 2\n", |t| {
            let v = pages_value(t, Pages(25));
            set(t, "pages", v)
        });
        assert_eq!(out, "pages = \"3 1/8\"\n");
    }

    #[test]
    fn arrays() {
        let wanted = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let out = edit("cast = [\"a\", \"b\", \"c\"]\n", |t| {
            sync_strings(t, "cast", &wanted(&["b", "c", "d"]))
        });
        assert_eq!(out, "cast = [\"b\", \"c\", \"d\"]\n");
        let out = edit("cast = [\n  \"a\", # lead\n  \"b\",\n]\n", |t| {
            sync_strings(t, "cast", &wanted(&["a", "c"]))
        });
        assert_eq!(out, "cast = [\n  \"a\", # lead\n  \"c\",\n]\n");
        let out = edit("x = 1\n", |t| sync_strings(t, "cast", &wanted(&["a"])));
        assert_eq!(out, "x = 1\ncast = [\"a\"]\n");
        let out = edit("cast = [\"a\"]\n", |t| {
            sync_strings(t, "cast", &wanted(&[]))
        });
        assert_eq!(out, "cast = []\n");
    }
}
