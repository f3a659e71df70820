//! A dict whose items the file puts only under string literals (`settings["greeting"] = "Hello"`,
//! `settings["loaded"] = True`, `{"a": False, "b": 1}`): what bools reach is followed per key, so
//! `settings.get("greeting", "Hi")` is a string and `settings.get("loaded", False)` a bool, where the
//! whole dict's items were mixed and the text of either was refused (session 34, session33/a10).
//!
//! Read by name over the whole file, as bool_carriers.rs reads a container. A container is keyed only
//! while every store into it is under a string literal and it is bound only to dict displays with
//! string-literal keys (or `{}`); a store under any other key, a display of another kind, or any method
//! call on it but `get`, `keys`, `values`, `items` and `copy` (`update`, `setdefault`, `pop`, ...)
//! leaves it to the container's kind, as before.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::Expr;

use super::bool_carriers::Reached;
use super::bool_names::{BoolName, BoolNames};

/// Methods of a dict that put nothing into it.
const READING_METHODS: [&str; 5] = ["get", "keys", "values", "items", "copy"];

#[derive(Default, Clone, PartialEq, Eq, Debug)]
pub(crate) struct KeyedCarriers {
    /// By container, by key: what reaches that key's item.
    keys: BTreeMap<String, BTreeMap<String, Reached>>,
    /// The containers something reaches other than under a string literal.
    unkeyed: BTreeSet<String>,
}

impl KeyedCarriers {
    /// `container[key] = value` whose value has the kind `kind`.
    pub(crate) fn stored(&mut self, container: &str, key: &Expr, kind: Option<BoolName>) {
        match key {
            Expr::StringLiteral(literal) => self.reach(container, literal.value.to_str(), kind),
            _ => {
                self.unkeyed.insert(container.to_string());
            }
        }
    }

    /// `container = value` of a display: its items under their string keys, or `None` (another
    /// display, or a key not a string literal).
    pub(crate) fn bound(&mut self, container: &str, items: Option<Vec<(String, Option<BoolName>)>>) {
        match items {
            Some(items) => items.into_iter().for_each(|(key, kind)| self.reach(container, &key, kind)),
            None => {
                self.unkeyed.insert(container.to_string());
            }
        }
    }

    /// `container.method(...)`: anything but a read may put an item under any key.
    pub(crate) fn method_called(&mut self, container: &str, method: &str) {
        if !READING_METHODS.contains(&method) {
            self.unkeyed.insert(container.to_string());
        }
    }

    /// The kind of `container[key]` where the container is keyed and the key a string literal: what
    /// reached that key (`Some(None)`: no bool); `None` where the key's kind is not followed.
    pub(crate) fn item(&self, container: &str, key: &Expr) -> Option<Option<BoolName>> {
        let Expr::StringLiteral(literal) = key else { return None };
        let keys = self.keyed(container)?;
        Some(keys.get(literal.value.to_str()).and_then(|reached| reached.kind()))
    }

    /// The kind of `container.get(key)` / `container.get(key, default)` of a keyed container: the key's
    /// item where it is there, else None or the default. `None` where the key's kind is not followed.
    pub(crate) fn got(
        &self,
        container: &str,
        method: &str,
        arguments: &[Expr],
        found: &BoolNames,
    ) -> Option<Option<BoolName>> {
        if method != "get" {
            return None;
        }
        let (key, default) = match arguments {
            [key] => (key, None),
            [key, default] => (key, Some(default)),
            _ => return None,
        };
        let item = self.item(container, key)?;
        let mut reached = Reached::default();
        // The key may be missing (no store ran yet): the default, or None, is the other value.
        reached.add(item);
        reached.add(default.and_then(|default| found.kind(default)));
        Some(reached.kind())
    }

    fn keyed(&self, container: &str) -> Option<&BTreeMap<String, Reached>> {
        if self.unkeyed.contains(container) {
            return None;
        }
        self.keys.get(container)
    }

    fn reach(&mut self, container: &str, key: &str, kind: Option<BoolName>) {
        self.keys.entry(container.to_string()).or_default().entry(key.to_string()).or_default().add(kind);
    }
}
