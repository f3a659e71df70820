//! YAML exactly as insta writes `assert_yaml_snapshot!` bodies, so that `weft test` reads and writes the
//! same `snapshots/*.snap` files as the project's own suite (tests/scenario_snapshots.rs). insta's emitter
//! (a vendored yaml-rust) decides indentation and quoting; this follows its rules for the values a snapshot
//! holds (maps, lists, strings, integers, floats, null). `weft test` on the shipped scenarios is the test
//! that the two agree byte for byte.

use serde_json::Value;

const INDENT: usize = 2;

/// The body of a snapshot: the document without insta's leading `---`, ending in one newline.
pub fn to_yaml(value: &Value) -> String {
    let mut emitter = Emitter { out: String::new(), level: -1 };
    emitter.node(value);
    emitter.out.push('\n');
    emitter.out
}

struct Emitter {
    out: String,
    level: isize,
}

impl Emitter {
    fn indent(&mut self) {
        for _ in 0..self.level.max(0) as usize * INDENT {
            self.out.push(' ');
        }
    }

    fn node(&mut self, value: &Value) {
        match value {
            Value::Array(items) => self.array(items),
            Value::Object(map) => self.map(map),
            Value::String(text) => self.string(text),
            Value::Bool(flag) => self.out.push_str(if *flag { "true" } else { "false" }),
            Value::Number(number) => self.out.push_str(&number_text(number)),
            Value::Null => self.out.push('~'),
        }
    }

    fn string(&mut self, text: &str) {
        if needs_quotes(text) {
            self.out.push_str(&quoted(text));
        } else {
            self.out.push_str(text);
        }
    }

    fn array(&mut self, items: &[Value]) {
        if items.is_empty() {
            self.out.push_str("[]");
            return;
        }
        self.level += 1;
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                self.out.push('\n');
                self.indent();
            }
            self.out.push('-');
            self.value_after(true, item);
        }
        self.level -= 1;
    }

    fn map(&mut self, map: &serde_json::Map<String, Value>) {
        if map.is_empty() {
            self.out.push_str("{}");
            return;
        }
        self.level += 1;
        for (index, (key, item)) in map.iter().enumerate() {
            if index > 0 {
                self.out.push('\n');
                self.indent();
            }
            self.string(key);
            self.out.push(':');
            self.value_after(false, item);
        }
        self.level -= 1;
    }

    /// A value after `-` (inline: a nested collection starts on the same line) or after `key:` (a
    /// non-empty nested collection starts on the next line, one level deeper).
    fn value_after(&mut self, inline: bool, value: &Value) {
        let empty = match value {
            Value::Array(items) => Some(items.is_empty()),
            Value::Object(map) => Some(map.is_empty()),
            _ => None,
        };
        match empty {
            Some(empty) if !inline && !empty => {
                self.out.push('\n');
                self.level += 1;
                self.indent();
                self.level -= 1;
            }
            _ => self.out.push(' '),
        }
        self.node(value);
    }
}

/// Integers as digits; floats as Rust prints an f64 (`47.6`, `100`), as insta does.
fn number_text(number: &serde_json::Number) -> String {
    match (number.as_i64(), number.as_u64(), number.as_f64()) {
        (Some(integer), _, _) if !number.is_f64() => integer.to_string(),
        (_, Some(integer), _) if !number.is_f64() => integer.to_string(),
        (_, _, Some(float)) => float.to_string(),
        _ => number.to_string(),
    }
}

/// insta's (yaml-rust's) rule for when a plain string must be quoted.
fn needs_quotes(text: &str) -> bool {
    const WORDS: [&str; 22] = [
        "yes", "Yes", "YES", "no", "No", "NO", "True", "TRUE", "true", "False", "FALSE", "false", "on", "On", "ON",
        "off", "Off", "OFF", "null", "Null", "NULL", "~",
    ];
    text.is_empty()
        || text.starts_with(' ')
        || text.ends_with(' ')
        || text.starts_with(['&', '*', '?', '|', '-', '<', '>', '=', '!', '%', '@'])
        || text.contains(|c: char| {
            matches!(c, ':' | '{' | '}' | '[' | ']' | ',' | '#' | '`' | '"' | '\'' | '\\' | '\0'..='\x06' | '\t'
                | '\n' | '\r' | '\x0e'..='\x1a' | '\x1c'..='\x1f')
        })
        || WORDS.contains(&text)
        || text.starts_with('.')
        || text.starts_with("0x")
        || text.parse::<i64>().is_ok()
        || text.parse::<f64>().is_ok()
}

/// A double-quoted string with insta's escapes.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\x08' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\x0c' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\0'..='\x1f' | '\x7f' => out.push_str(&format!("\\u{:04x}", c as u32)),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(value: Value, expect: &str) {
        assert_eq!(to_yaml(&value), expect);
    }

    #[test]
    fn follows_insta() {
        check(serde_json::json!({ "a": 1, "b": [] , "c": {} }), "a: 1\nb: []\nc: {}\n");
        check(serde_json::json!({ "m": { "x": { "y": 2 } } }), "m:\n  x:\n    y: 2\n");
        check(serde_json::json!({ "l": [1, 2] }), "l:\n  - 1\n  - 2\n");
        check(
            serde_json::json!({ "t": [ { "name": "a", "n": null }, { "name": "b", "n": 3 } ] }),
            "t:\n  - name: a\n    n: ~\n  - name: b\n    n: 3\n",
        );
        check(serde_json::json!({ "f": [47.6, 100.0] }), "f:\n  - 47.6\n  - 100\n");
        check(
            serde_json::json!(["w1:pct:s0", "  x", "ok", "12", "true", "", "a\"b"]),
            "- \"w1:pct:s0\"\n- \"  x\"\n- ok\n- \"12\"\n- \"true\"\n- \"\"\n- \"a\\\"b\"\n",
        );
    }
}
