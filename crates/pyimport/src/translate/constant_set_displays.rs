//! A set display of integer constants made while the program runs (`{16, 8, 0, 24, 32}` in a function).
//! weft keeps a set of integers in CPython's table order (sim-core's set_tables.rs), built by adding its
//! members one by one, as `BUILD_SET`, `set()` with `add` and a set comprehension do. CPython 3.9 and
//! later compile a display of three or more constants otherwise: a constant frozenset, merged into a new
//! set (`SET_UPDATE`). From five members on the two tables differ in size, and so may the order (3.11:
//! `{16, 8, 0, 24, 32, 40}` walks 32, 0, 16, 40, 8, 24; added one by one, 32, 0, 8, 40, 16, 24): refused.

use ruff_python_ast::{self as ast, Expr, UnaryOp};

use super::{Result, fail};

/// The members from which CPython's merged table and a table of the same members added one by one may
/// differ: below five both have eight slots and the merge copies the frozenset's slots as they are.
const MERGED_TABLE_DIFFERS_FROM: usize = 5;

/// Refuses a display of [`MERGED_TABLE_DIFFERS_FROM`] or more items, every one an integer constant.
pub(crate) fn refuse_constant_integer_set(set: &ast::ExprSet) -> Result<()> {
    if set.elts.len() < MERGED_TABLE_DIFFERS_FROM || !set.elts.iter().all(is_integer_constant) {
        return Ok(());
    }
    fail(
        set,
        "a set display of five or more integer constants made while the program runs is not supported: CPython 3.9 and later copy it from a constant frozenset, a table whose order weft does not model; where the order matters, sort it (`sorted(s)`); a display with an item known only at run time (`{n, 8, 0, 24, 32}`) CPython builds one member at a time, as weft does",
    )
}

/// An integer (or bool) literal, or a sign before one: what CPython's compiler folds to a constant.
fn is_integer_constant(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(number) => matches!(number.value, ast::Number::Int(_)),
        Expr::BooleanLiteral(_) => true,
        Expr::UnaryOp(unary) => {
            matches!(unary.op, UnaryOp::USub | UnaryOp::UAdd) && is_integer_constant(&unary.operand)
        }
        _ => false,
    }
}
