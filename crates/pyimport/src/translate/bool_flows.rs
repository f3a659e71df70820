//! The forms a bool flows through to a value (session 27): `a and b`, `a or b` (Python gives back one
//! of the operands), `x if c else y` (one of the arms), `max(...)`/`min(...)` (one of the arguments or
//! items), an item of a display or of `sorted(...)` (`[n > 2][0]`, `sorted(flags)[1]`), `(ok := ...)`.
//! Before, bool_names.rs knew none of them: `ok = n > 2 and n < 5; f"{ok}"` printed `1` where CPython
//! prints `True`, and `n > 2 and n / 2` (with n = 0 CPython's `False`) printed `0` (session27/repro/r01-r07).
//!
//! Such a value is a bool when every value it may be is one; when it may be a bool in some runs and a
//! number in others (`n or False`), it is mixed, and its text is refused (weft holds a bool as 1 or 0).
//! A tuple or list that holds a bool (`(name, n > 2)`, a name bound to one) has a text weft's tuples
//! cannot write (`('y', 1)` for `('y', True)`): refused where its text is taken.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::bool_carriers::Reached;
use super::bool_names::{BoolName, BoolNames};

use super::{Result, Translator, fail};

/// What to say where the text of a tuple or list holding a bool is taken.
const TEXT_OF_BOOL_INSIDE: &str = "the text of a tuple or list that holds a bool (`str((name, ok))`, `f\"{pair}\"` of `pair = (name, n > 2)`) is not supported: weft holds a bool as the integer 1 or 0, so its text would say `1` where Python's says `True`; write the text of each part (`f\"({name!r}, {ok})\"`) or keep the tuple out of the text";

impl BoolNames {
    /// The kind of a value a bool may flow through: `Some(kind)` for the forms of this file (the kind
    /// `None` when no bool reaches it), `None` for any other form.
    pub(crate) fn flowing_kind(&self, expr: &Expr) -> Option<Option<BoolName>> {
        match expr {
            Expr::BoolOp(boolean) => Some(self.any_of(&boolean.values)),
            Expr::If(conditional) => Some(self.any_of([&*conditional.body, &*conditional.orelse])),
            Expr::Named(named) => Some(self.kind(&named.value)),
            Expr::Call(call) if is_builtin(&call.func, &["max", "min"]) => Some(self.extreme_kind(call)),
            Expr::Call(call) if is_builtin(&call.func, &["choice"]) || is_random_choice(&call.func) => {
                let [items] = &call.arguments.args[..] else { return None };
                Some(combined(self.item_kinds(items)?))
            }
            Expr::Subscript(subscript) if !matches!(&*subscript.slice, Expr::Slice(_)) => {
                // `[n > 2][0]`, `sorted([a, b])[1]`: an item of a display or of a sorted copy; `pair[0]`
                // of a tuple followed by position (bool_tuples.rs). Any other name's item is the
                // carriers' (bool_carriers.rs).
                if let Expr::Name(name) = &*subscript.value {
                    return self.tuples().position(name.id.as_str(), literal_index(&subscript.slice)?);
                }
                Some(combined(self.item_kinds(&subscript.value)?))
            }
            _ => None,
        }
    }

    /// The kind of a value that is one of `values`.
    fn any_of<'e>(&self, values: impl IntoIterator<Item = &'e Expr>) -> Option<BoolName> {
        combined(values.into_iter().map(|value| self.kind(value)).collect())
    }

    /// `max(a, b)`, `max(items)`, `max(items, default=d)`: one of the arguments, of the items or the
    /// default (`key=` chooses which, not what kind).
    fn extreme_kind(&self, call: &ast::ExprCall) -> Option<BoolName> {
        let arguments = &call.arguments;
        let mut kinds = match &arguments.args[..] {
            [single] if !matches!(single, Expr::Starred(_)) => {
                // An iterable weft cannot see into may still hold a bool: mixed if any bool is in it.
                self.item_kinds(single).unwrap_or_else(|| vec![self.inside_kind(single)])
            }
            several => several
                .iter()
                .map(|argument| match argument {
                    Expr::Starred(starred) => self.inside_kind(&starred.value),
                    argument => self.kind(argument),
                })
                .collect(),
        };
        let default = arguments.keywords.iter().find(|keyword| keyword.arg.as_ref().is_some_and(|a| a == "default"));
        kinds.extend(default.map(|keyword| self.kind(&keyword.value)));
        combined(kinds)
    }

    /// The kinds of the items of an iterable, where they can be told: a display, a comprehension, a
    /// container bools reach, a list of results, a sorted or listed copy of one of these.
    pub(crate) fn item_kinds(&self, iterable: &Expr) -> Option<Vec<Option<BoolName>>> {
        match iterable {
            Expr::List(ast::ExprList { elts, .. })
            | Expr::Tuple(ast::ExprTuple { elts, .. })
            | Expr::Set(ast::ExprSet { elts, .. }) => Some(
                elts.iter()
                    .map(|element| match element {
                        Expr::Starred(starred) => self.inside_kind(&starred.value),
                        element => self.kind(element),
                    })
                    .collect(),
            ),
            Expr::ListComp(comprehension) => Some(vec![self.kind(&comprehension.elt)]),
            Expr::SetComp(comprehension) => Some(vec![self.kind(&comprehension.elt)]),
            Expr::Generator(comprehension) => Some(vec![self.kind(&comprehension.elt)]),
            Expr::Name(name) => Some(vec![self.carriers().item(name.id.as_str())]),
            Expr::Call(call)
                if is_builtin(&call.func, &["sorted", "list", "tuple", "reversed", "set"])
                    && let [items] = &call.arguments.args[..] =>
            {
                self.item_kinds(items)
            }
            other => self.result_items(other),
        }
    }

    /// The kind of what is inside a value, as far as a bool goes: `Some` when a bool may be among its
    /// items (mixed, when they cannot be told apart).
    fn inside_kind(&self, value: &Expr) -> Option<BoolName> {
        match self.item_kinds(value) {
            Some(kinds) => combined(kinds),
            None => self.holds_bool_inside(value).then_some(BoolName::Mixed),
        }
    }

    /// Whether `expr` is a tuple or list (or a name bound to one) a bool is in, at any depth: its text
    /// would hold the bool's.
    pub(crate) fn holds_bool_inside(&self, expr: &Expr) -> bool {
        match expr {
            Expr::List(ast::ExprList { elts, .. })
            | Expr::Tuple(ast::ExprTuple { elts, .. })
            | Expr::Set(ast::ExprSet { elts, .. }) => elts.iter().any(|element| {
                let element = match element {
                    Expr::Starred(starred) => &*starred.value,
                    element => element,
                };
                self.kind(element).is_some() || self.holds_bool_inside(element)
            }),
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::Name(_) => {
                self.item_kinds(expr).is_some_and(|kinds| combined(kinds).is_some())
            }
            Expr::Call(call) if is_builtin(&call.func, &["sorted", "list", "tuple", "reversed", "set"]) => {
                call.arguments.args.first().is_some_and(|items| self.holds_bool_inside(items))
            }
            _ => false,
        }
    }
}

/// One item a loop over a display, `enumerate(...)` or `zip(...)` gives: its own kind (a tuple a bool
/// is in is mixed), and the kinds of its parts when it is a tuple of known length.
struct IteratedItem {
    whole: Option<BoolName>,
    parts: Option<Vec<Option<BoolName>>>,
}

impl BoolNames {
    /// The kind of a value as a whole: a bool, or a tuple or list a bool is in (mixed).
    fn whole_kind(&self, value: &Expr) -> Option<BoolName> {
        self.kind(value).or_else(|| self.holds_bool_inside(value).then_some(BoolName::Mixed))
    }

    /// The items a loop over a display (`for ok in [a > 1, b > 2]`, `for ok, label in [(a > 1, "a")]`),
    /// `enumerate(...)` or `zip(...)` gives; `None` for any other iterable.
    fn iterated_items(&self, iterable: &Expr) -> Option<Vec<IteratedItem>> {
        let item = |element: &Expr| IteratedItem {
            whole: self.whole_kind(element),
            parts: match element {
                Expr::Tuple(tuple) if !tuple.elts.iter().any(|part| matches!(part, Expr::Starred(_))) => {
                    Some(tuple.elts.iter().map(|part| self.whole_kind(part)).collect())
                }
                _ => None,
            },
        };
        match iterable {
            Expr::List(ast::ExprList { elts, .. })
            | Expr::Tuple(ast::ExprTuple { elts, .. })
            | Expr::Set(ast::ExprSet { elts, .. }) => {
                if elts.iter().any(|element| matches!(element, Expr::Starred(_))) {
                    return None;
                }
                Some(elts.iter().map(item).collect())
            }
            Expr::Call(call) if is_builtin(&call.func, &["enumerate"]) => {
                let items = self.inside_kind(call.arguments.args.first()?);
                let whole = items.map(|_| BoolName::Mixed);
                Some(vec![IteratedItem { whole, parts: Some(vec![None, items]) }])
            }
            Expr::Call(call) if is_builtin(&call.func, &["zip"]) => {
                let parts: Vec<Option<BoolName>> =
                    call.arguments.args.iter().map(|iterable| self.inside_kind(iterable)).collect();
                let whole = combined(parts.clone()).map(|_| BoolName::Mixed);
                Some(vec![IteratedItem { whole, parts: Some(parts) }])
            }
            _ => None,
        }
    }

    /// The names a loop's or a comprehension's target binds from a display, `enumerate(...)` or
    /// `zip(...)` a bool is in, each with its kind; `None` when no bool is in it or for another iterable.
    pub(crate) fn iterated_bindings(&self, target: &Expr, iterable: &Expr) -> Option<Vec<(String, Option<BoolName>)>> {
        let items = self.iterated_items(iterable)?;
        combined(items.iter().map(|item| item.whole).collect())?;
        let targets = match target {
            Expr::Name(name) => {
                return Some(vec![(name.id.to_string(), combined(items.iter().map(|item| item.whole).collect()))]);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => elts,
            other => {
                return Some(super::names_in(other).into_iter().map(|name| (name, Some(BoolName::Mixed))).collect());
            }
        };
        let by_position =
            items.iter().all(|item| item.parts.as_ref().is_some_and(|parts| parts.len() == targets.len()))
                && !targets.iter().any(|target| matches!(target, Expr::Starred(_)));
        let mut bound = Vec::new();
        for (index, target) in targets.iter().enumerate() {
            let kind = match by_position {
                true => combined(items.iter().map(|item| item.parts.as_ref().and_then(|parts| parts[index])).collect()),
                false => Some(BoolName::Mixed),
            };
            match target {
                Expr::Name(name) => bound.push((name.id.to_string(), kind)),
                nested => {
                    bound.extend(super::names_in(nested).into_iter().map(|name| (name, kind.map(|_| BoolName::Mixed))))
                }
            }
        }
        Some(bound)
    }
}

/// The names the file binds with `:=` (`if (ok := a and b):`), with the kind of each value.
pub(crate) fn walrus_bindings(body: &[Stmt], found: &BoolNames) -> Vec<(String, Option<BoolName>)> {
    struct Bindings<'f> {
        found: &'f BoolNames,
        bound: Vec<(String, Option<BoolName>)>,
    }
    impl<'a> Visitor<'a> for Bindings<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Named(named) = expr
                && let Expr::Name(name) = &*named.target
            {
                self.bound.push((name.id.to_string(), self.found.kind(&named.value)));
            }
            walk_expr(self, expr);
        }
    }
    let mut bindings = Bindings { found, bound: Vec::new() };
    body.iter().for_each(|stmt| bindings.visit_stmt(stmt));
    bindings.bound
}

/// The kind of a value that may be any of values of `kinds`: a bool when all are, mixed when some are.
fn combined(kinds: Vec<Option<BoolName>>) -> Option<BoolName> {
    let mut reached = Reached::default();
    kinds.into_iter().for_each(|kind| reached.add(kind));
    reached.kind()
}

/// An index written as an integer literal (`0`, `-1`).
fn literal_index(index: &Expr) -> Option<i64> {
    match index {
        Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Int(number), .. }) => number.as_i64(),
        Expr::UnaryOp(negative) if negative.op == ast::UnaryOp::USub => literal_index(&negative.operand)?.checked_neg(),
        _ => None,
    }
}

/// `name(...)` of one of the builtins `names`.
fn is_builtin(function: &Expr, names: &[&str]) -> bool {
    matches!(function, Expr::Name(name) if names.contains(&name.id.as_str()))
}

/// `random.choice`.
fn is_random_choice(function: &Expr) -> bool {
    matches!(function, Expr::Attribute(attribute) if attribute.attr.as_str() == "choice"
        && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "random"))
}

/// The names the file binds to a value that may be a bool or another value (`x = n or False`).
pub(crate) fn names_bound_to_mixed_values(body: &[Stmt], found: &BoolNames) -> BTreeSet<String> {
    struct Bindings<'f> {
        found: &'f BoolNames,
        names: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Bindings<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let (targets, value): (&[Expr], _) = match stmt {
                Stmt::Assign(assign) => (&assign.targets, Some(&*assign.value)),
                Stmt::AnnAssign(assign) => (std::slice::from_ref(&*assign.target), assign.value.as_deref()),
                _ => (&[], None),
            };
            if let Some(value) = value
                && self.found.flowing_kind(value) == Some(Some(BoolName::Mixed))
            {
                let names = targets.iter().filter_map(|target| target.as_name_expr());
                self.names.extend(names.map(|name| name.id.to_string()));
            }
            walk_stmt(self, stmt);
        }
    }
    let mut bindings = Bindings { found, names: BTreeSet::new() };
    body.iter().for_each(|stmt| bindings.visit_stmt(stmt));
    bindings.names
}

impl BoolNames {
    /// What to say where the text of a mixed value is refused when it is mixed by its own form
    /// (`n or False`) or by a name bound to such a form, rather than by two bindings.
    pub(crate) fn mixed_value_refusal(&self, expr: &Expr, what: &str) -> Option<String> {
        let mixed_by_value = match expr {
            Expr::Name(name) => self.is_bound_to_mixed_value(name.id.as_str()),
            expr => self.flowing_kind(expr) == Some(Some(BoolName::Mixed)),
        };
        if !mixed_by_value {
            return None;
        }
        Some(format!(
            "{what} is a bool in some runs and another value in others (`a and b`, `a or b` give back one of their operands, `x if c else y` one of its arms, `max`/`min` one of their arguments: here a bool or a number, a string, None); weft holds a bool as the integer 1 or 0 and cannot print both as Python does: make every operand a bool (`n > 2 and n > 5`), or convert it where it is one (`\"yes\" if ok else \"no\"`)"
        ))
    }
}

impl Translator<'_> {
    /// How a refusal names a value: `` `ok` `` for a name the program wrote, "this value" for any other
    /// (a call the import holds in a local of its own, `max_result` for `max(...)`).
    pub(crate) fn value_words(&self, expr: &Expr) -> String {
        match expr {
            Expr::Name(name) if self.source.is_written_at(name.range.start(), name.id.as_str()) => {
                format!("`{}`", name.id)
            }
            _ => "this value".to_string(),
        }
    }

    /// Refuses the text of a tuple or list that holds a bool (`str((name, n > 2))`, `f"{pair}"`).
    pub(crate) fn refuse_text_of_bool_inside(&self, expr: &Expr) -> Result<()> {
        if self.bool_names.kind(expr).is_none() && self.bool_names.holds_bool_inside(expr) {
            return fail(expr, TEXT_OF_BOOL_INSIDE);
        }
        Ok(())
    }
}
