//! The reads of a module dict display's name that reach its keys only (session 37, session36/m02: `{site:
//! 0 for site in SITES}` beside `for site, sizes in SITES.items()` of a display holding lists). A walk of
//! the display's `items()` or `values()` at import time (display_views.rs) hands each list on as a copy
//! known then, which is the list itself only when nothing else can reach it; a read that yields only
//! keys (numbers and strings, which no one can change) reaches no list, so it may stand beside the walk.
//!
//! A read reaches only keys when the name is, as it stands, the iterable of a `for` or of a
//! comprehension (`for k in d`), the container of `in` / `not in`, the argument of `len`, `sorted`,
//! `list`, `set`, `tuple`, `min` or `max`, or the receiver of `.keys()`. Any other read (an index, a
//! `get`, another `items()` walk, the name handed on) keeps the walk refused.

use crate::read_sites::{ReadSites, walk_read_sites};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::BTreeSet;

/// Builtins whose value of a dict is made of its keys alone.
const KEY_CONSUMERS: [&str; 7] = ["len", "sorted", "list", "set", "tuple", "min", "max"];

/// The offsets of the reads of `name` in `body` that reach only the dict's keys.
pub(super) fn key_only_reads(body: &[Stmt], name: &str) -> BTreeSet<usize> {
    let mut reads = KeyReads { name, offsets: BTreeSet::new() };
    walk_read_sites(body, &mut reads);
    reads.offsets
}

struct KeyReads<'n> {
    name: &'n str,
    offsets: BTreeSet<usize>,
}

impl ReadSites for KeyReads<'_> {
    fn allow(&mut self, expr: &Expr) {
        if let Expr::Name(named) = expr
            && named.id.as_str() == self.name
            && named.ctx.is_load()
        {
            self.offsets.insert(expr.start().to_usize());
        }
    }

    fn expression(&mut self, expr: &Expr) {
        match expr {
            Expr::Compare(compare) => {
                for (op, operand) in compare.ops.iter().zip(compare.comparators.iter()) {
                    if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                        self.allow(operand);
                    }
                }
            }
            Expr::Call(call) if call.arguments.keywords.is_empty() => match &*call.func {
                Expr::Name(callee) if KEY_CONSUMERS.contains(&callee.id.as_str()) => {
                    if let [argument] = &*call.arguments.args {
                        self.allow(argument);
                    }
                }
                Expr::Attribute(attribute) if attribute.attr.as_str() == "keys" && call.arguments.is_empty() => {
                    self.allow(&attribute.value);
                }
                _ => {}
            },
            _ => {}
        }
    }
}
