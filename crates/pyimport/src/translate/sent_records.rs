//! A tuple that holds a list, put on a queue or sent on a Pipe by a name every binding of which gives
//! such a tuple (session27/m04: `for request in [("sum", [1, 2, 3]), ("hist", [1, 5])]:
//! parent_end.send(request)`).
//!
//! The import's value of a name known at import time keeps no difference between a list and a tuple
//! (crate::value), so it cannot say which parts of the tuple are lists. The displays that bind the name
//! can: where every one of them has the same shape (a tuple whose each place is an item, a list of
//! items, or such a tuple, at the same places in every display), the `put` hands on a tuple of the
//! scenario made of the name's value by that shape, each list a new list made when the `put` runs.
//! CPython pickles the message at the `put` (a `Pipe`'s `send`, a `multiprocessing.Queue`'s feeder),
//! so the receiver gets lists of its own, as weft's new lists are; the sender's lists are the display's,
//! which nothing of the program changes where the name's value is known at import time.

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{Expr, Stmt};

use super::Translator;
use crate::value::Value;

/// The shape of a display, the same for every display that binds a name.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Shape {
    /// A number, a string or None.
    Item,
    /// A list of items (any number of them).
    List,
    /// A tuple of these shapes.
    Tuple(Vec<Shape>),
}

impl Shape {
    fn of(display: &Expr) -> Option<Shape> {
        match display {
            Expr::Tuple(tuple) if (1..=16).contains(&tuple.elts.len()) => {
                tuple.elts.iter().map(Shape::of).collect::<Option<Vec<_>>>().map(Shape::Tuple)
            }
            Expr::List(list) => {
                list.elts.iter().all(|item| Shape::of(item) == Some(Shape::Item)).then_some(Shape::List)
            }
            Expr::Tuple(_) | Expr::Dict(_) | Expr::Set(_) | Expr::Starred(_) => None,
            _ => Some(Shape::Item),
        }
    }

    /// The scenario's text of `value` made in this shape: a tuple's items in parentheses, a list a
    /// `new_list(...)` of its items.
    fn code(&self, value: &Value) -> Option<String> {
        match (self, value) {
            (Shape::Item, Value::List(_)) => None,
            (Shape::Item, item) => super::sequences::known_item_code(item),
            (Shape::List, Value::List(items)) => {
                let codes = items.iter().map(super::sequences::known_item_code).collect::<Option<Vec<_>>>()?;
                Some(format!("new_list({})", codes.join(", ")))
            }
            (Shape::Tuple(parts), Value::List(items)) if parts.len() == items.len() => {
                let codes = parts.iter().zip(items).map(|(part, item)| part.code(item)).collect::<Option<Vec<_>>>()?;
                Some(if codes.len() == 1 { format!("({},)", codes[0]) } else { format!("({})", codes.join(", ")) })
            }
            _ => None,
        }
    }
}

impl Translator<'_> {
    /// The scenario's text of the value of `name` (known at import time) handed to a `put` or a `send`,
    /// where every binding of the name gives a tuple display of one shape; `None` otherwise (refused by
    /// the caller). The shape says which parts are tuples and which are lists, which the value does not.
    pub(super) fn sent_record_code(
        &self,
        body: &[Stmt],
        name: &str,
        value: &Value,
        module_scope: bool,
    ) -> Option<String> {
        if !self.always_a_tuple_in(body, name, module_scope) {
            return None;
        }
        let mut displays = BindingDisplays {
            name,
            module: self.module_body,
            module_scope,
            displays: Vec::new(),
            unknown: false,
            flat_tuples: false,
        };
        displays.visit_body(body);
        if displays.unknown {
            return None;
        }
        // `for item in d.items():` (enumerate, zip): a tuple of no lists, each place an item, as the value
        // says (a list inside would be a list or a tuple: the value cannot tell).
        let flat = displays.flat_tuples.then(|| flat_tuple_shape(value)).flatten();
        let shape = match (displays.displays.first(), &flat) {
            (Some(first), _) => Shape::of(first)?,
            (None, Some(flat)) => flat.clone(),
            (None, None) => return None,
        };
        if displays.displays.iter().any(|display| Shape::of(display).as_ref() != Some(&shape))
            || displays.flat_tuples && flat.as_ref() != Some(&shape)
        {
            return None;
        }
        let code = shape.code(value)?;
        if code.contains("new_list(") {
            // The lists are objects made at run time: a local of unknown kind may hold one from now on.
            self.made_containers.set(true);
        }
        Some(code)
    }
}

/// The tuple displays that bind a name: `name = (...)`, and the items of `for name in [...]:` or of
/// `for name in G:` over a module global bound to such a display (records.rs `tuple_lists`).
struct BindingDisplays<'a, 'n> {
    name: &'n str,
    module: &'a [Stmt],
    /// As records.rs' `TupleBindings`: the name is the module's, and a function's or class's own bindings
    /// of it are theirs (unless the function declares it `global`).
    module_scope: bool,
    displays: Vec<&'a Expr>,
    /// A binding whose displays are not found (the caller's `always_a_tuple` decides whether any other
    /// binding exists).
    unknown: bool,
    /// A binding by a `for` over an iterable of tuples with no display (`d.items()`, `enumerate(xs)`).
    flat_tuples: bool,
}

/// The shape of a tuple known at import time none of whose items is a list: a tuple of items.
fn flat_tuple_shape(value: &Value) -> Option<Shape> {
    let Value::List(items) = value else { return None };
    let flat = (1..=16).contains(&items.len()) && !items.iter().any(|item| matches!(item, Value::List(_)));
    flat.then(|| Shape::Tuple(vec![Shape::Item; items.len()]))
}

impl<'a> Visitor<'a> for BindingDisplays<'a, '_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::For(looping) if matches!(&*looping.target, Expr::Name(target) if target.id.as_str() == self.name) => {
                match self.items_of(&looping.iter) {
                    Some(items) => self.displays.extend(items),
                    None if super::records::gives_tuples(&looping.iter) => self.flat_tuples = true,
                    None => self.unknown = true,
                }
            }
            Stmt::Assign(assignment) if matches!(&assignment.targets[..], [Expr::Name(target)] if target.id.as_str() == self.name) =>
            {
                self.displays.push(&assignment.value);
            }
            Stmt::FunctionDef(def)
                if self.module_scope && !crate::generators::declared_globals(&def.body).contains(self.name) =>
            {
                return;
            }
            Stmt::ClassDef(_) if self.module_scope => return,
            _ => {}
        }
        walk_stmt(self, stmt);
    }
}

impl<'a> BindingDisplays<'a, '_> {
    fn items_of(&self, iterable: &'a Expr) -> Option<&'a [Expr]> {
        match iterable {
            Expr::List(list) => Some(&list.elts),
            Expr::Tuple(tuple) => Some(&tuple.elts),
            Expr::Name(global) => self.module.iter().find_map(|stmt| match stmt {
                Stmt::Assign(assignment)
                    if matches!(&assignment.targets[..], [Expr::Name(target)] if target.id == global.id) =>
                {
                    self.items_of(&assignment.value).filter(|_| !matches!(&*assignment.value, Expr::Name(_)))
                }
                _ => None,
            }),
            _ => None,
        }
    }
}
