//! A module dict display whose values are tuples holding a list, dict or set (session 32:
//! session31/a05's `SITE = {"/": (0.002, ["/a", "/b"]), ...}`): an object made at run time, as a
//! dict of lists is (records.rs' `module_object`), each tuple a tuple of the scenario holding the
//! object its display makes.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{Expr, Stmt};

/// Whether a dict display's value makes an object at run time: a list, dict or set display, or a
/// tuple display holding one.
pub(crate) fn holds_an_object(value: &Expr) -> bool {
    match value {
        Expr::List(_) | Expr::Dict(_) | Expr::Set(_) => true,
        Expr::Tuple(tuple) => tuple.elts.iter().any(holds_an_object),
        _ => false,
    }
}

/// The names bound by unpacking an item of such a module dict (`weight, links = PAGES[page]`): each
/// may hold a list made at run time, whose kind the unpacking's step does not say, so `len(links)` and
/// `if links:` read it in a step (unknown_kinds.rs).
pub(super) fn names_unpacked_from_tuple_tables(body: &[Stmt]) -> BTreeSet<String> {
    let mut walk = Unpackings { tables: tuple_tables(body), names: BTreeSet::new() };
    walk.visit_body(body);
    walk.names
}

/// Whether `expr` is an item of an item of such a module dict (`len(PAGES[page][1])`): a value its
/// tuple holds, which may be a list made at run time (dict_value_lengths.rs reads its length in a step).
pub(super) fn is_tuple_table_part(body: &[Stmt], expr: &Expr) -> bool {
    let Expr::Subscript(outer) = expr else { return false };
    let Expr::Subscript(inner) = &*outer.value else { return false };
    matches!(&*inner.value, Expr::Name(table) if tuple_tables(body).contains(table.id.as_str()))
}

/// The module's names bound to a dict display whose values are tuples holding an object.
fn tuple_tables(body: &[Stmt]) -> BTreeSet<&str> {
    body.iter()
        .filter_map(|stmt| match stmt {
            Stmt::Assign(assign) => match (&assign.targets[..], &*assign.value) {
                ([Expr::Name(name)], Expr::Dict(dict))
                    if dict
                        .items
                        .iter()
                        .any(|item| matches!(item.value, Expr::Tuple(_)) && holds_an_object(&item.value)) =>
                {
                    Some(name.id.as_str())
                }
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// The names `a, b = TABLE[key]` binds, for the tables named.
struct Unpackings<'a> {
    tables: BTreeSet<&'a str>,
    names: BTreeSet<String>,
}

impl<'a> Visitor<'a> for Unpackings<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Assign(assign) = stmt
            && let ([Expr::Tuple(targets)], Expr::Subscript(subscript)) = (&assign.targets[..], &*assign.value)
            && matches!(&*subscript.value, Expr::Name(table) if self.tables.contains(table.id.as_str()))
        {
            self.names.extend(targets.elts.iter().filter_map(|target| match target {
                Expr::Name(name) => Some(name.id.to_string()),
                _ => None,
            }));
        }
        walk_stmt(self, stmt);
    }
}
