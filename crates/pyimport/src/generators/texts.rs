//! Methods of a string that a generator computed at import time calls (session 27; session 26's f07:
//! `for line in text.strip().splitlines(): if line and not line.startswith("#"): yield line`).
//! Each is CPython's, of ASCII text only (Python's whitespace and line boundaries beyond ASCII are
//! Unicode's tables, which this does not carry): `strip`, `lstrip`, `rstrip` (of whitespace or of the
//! given characters), `split` (of whitespace or a separator, with `maxsplit`), `splitlines()`,
//! `startswith`/`endswith` (of a string or a tuple of strings), `upper`, `lower`. Anything else, or
//! what CPython raises (an empty separator), is no value: the generator is not computed.

use super::Known;

/// ASCII's characters that CPython's `str.isspace` takes for whitespace.
fn is_ascii_python_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\x1f')
}

/// `receiver.method(*arguments)` of a string, as CPython computes it; `None` for another method,
/// arguments, text beyond ASCII or an exception.
pub(super) fn text_method(receiver: &str, method: &str, arguments: &[Known]) -> Option<Known> {
    if !receiver.is_ascii() {
        return None;
    }
    let text = |value: &Known| match value {
        Known::Str(text) if text.is_ascii() => Some(text.clone()),
        _ => None,
    };
    Some(match (method, arguments) {
        ("strip" | "lstrip" | "rstrip", []) => Known::Str(stripped(receiver, method, &is_ascii_python_space)),
        ("strip" | "lstrip" | "rstrip", [Known::None]) => {
            Known::Str(stripped(receiver, method, &is_ascii_python_space))
        }
        ("strip" | "lstrip" | "rstrip", [characters]) => {
            let characters = text(characters)?;
            Known::Str(stripped(receiver, method, &|c| characters.contains(c)))
        }
        ("split", []) | ("split", [Known::None]) => parts(receiver, None, usize::MAX),
        ("split", [Known::None, Known::Int(most)]) => parts(receiver, None, split_count(*most)),
        ("split", [separator]) => parts(receiver, Some(&nonempty(text(separator)?)?), usize::MAX),
        ("split", [separator, Known::Int(most)]) => {
            parts(receiver, Some(&nonempty(text(separator)?)?), split_count(*most))
        }
        ("splitlines", []) => Known::List(lines(receiver).into_iter().map(Known::Str).collect(), false),
        ("startswith" | "endswith", [affix]) => {
            let affixes = match affix {
                Known::Tuple(items) => items.iter().map(text).collect::<Option<Vec<_>>>()?,
                single => vec![text(single)?],
            };
            let found = affixes.iter().any(|affix| match method {
                "startswith" => receiver.starts_with(affix.as_str()),
                _ => receiver.ends_with(affix.as_str()),
            });
            Known::Bool(found)
        }
        ("upper", []) => Known::Str(receiver.to_ascii_uppercase()),
        ("lower", []) => Known::Str(receiver.to_ascii_lowercase()),
        _ => return None,
    })
}

fn nonempty(separator: String) -> Option<String> {
    (!separator.is_empty()).then_some(separator)
}

/// Python's `maxsplit`: a negative count splits at every separator.
fn split_count(most: i64) -> usize {
    usize::try_from(most).unwrap_or(usize::MAX)
}

fn parts(receiver: &str, separator: Option<&str>, most: usize) -> Known {
    let parts = sim_core::text::split_parts(receiver, separator, most, false);
    Known::List(parts.into_iter().map(Known::Str).collect(), false)
}

fn stripped(receiver: &str, method: &str, strips: &dyn Fn(char) -> bool) -> String {
    match method {
        "lstrip" => receiver.trim_start_matches(strips),
        "rstrip" => receiver.trim_end_matches(strips),
        _ => receiver.trim_matches(strips),
    }
    .to_string()
}

/// `receiver.splitlines()` of ASCII text: the lines without their ends, which are `\n`, `\r`, `\r\n`,
/// `\x0b`, `\x0c`, `\x1c`, `\x1d` and `\x1e`; no empty last line after a final end.
pub(crate) fn lines(receiver: &str) -> Vec<String> {
    let chars: Vec<char> = receiver.chars().collect();
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut position = 0;
    while position < chars.len() {
        let c = chars[position];
        if matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e') {
            lines.push(std::mem::take(&mut line));
            if c == '\r' && chars.get(position + 1) == Some(&'\n') {
                position += 1;
            }
        } else {
            line.push(c);
        }
        position += 1;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::{Known, text_method};

    fn strings(items: &[&str]) -> Option<Known> {
        Some(Known::List(items.iter().map(|item| Known::Str(item.to_string())).collect(), false))
    }

    #[test]
    fn text_methods_give_cpythons_values() {
        // Each expected value is what CPython 3.11 gives.
        let text = "\n# a\nthe quick\r\njumps\x0c\n\nlast";
        assert_eq!(text_method(text, "splitlines", &[]), strings(&["", "# a", "the quick", "jumps", "", "", "last"]));
        assert_eq!(text_method("a\n", "splitlines", &[]), strings(&["a"]));
        assert_eq!(text_method("", "splitlines", &[]), strings(&[]));
        assert_eq!(text_method(" \x1ca b\t", "strip", &[]), Some(Known::Str("a b".to_string())));
        assert_eq!(text_method("xxaxx", "rstrip", &[Known::Str("x".to_string())]), Some(Known::Str("xxa".to_string())));
        assert_eq!(text_method(" a  b ", "split", &[]), strings(&["a", "b"]));
        assert_eq!(text_method("a,,b", "split", &[Known::Str(",".to_string())]), strings(&["a", "", "b"]));
        assert_eq!(text_method("a b c", "split", &[Known::None, Known::Int(1)]), strings(&["a", "b c"]));
        assert_eq!(text_method("a", "split", &[Known::Str(String::new())]), None);
        let prefixes = Known::Tuple(vec![Known::Str("#".to_string()), Known::Str("//".to_string())]);
        assert_eq!(text_method("// x", "startswith", &[prefixes]), Some(Known::Bool(true)));
        assert_eq!(text_method("é", "strip", &[]), None);
    }
}
