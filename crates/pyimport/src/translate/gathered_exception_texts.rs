//! The text of an exception in the list of `gather(..., return_exceptions=True)` (`f"err:{r}"` of an
//! item): without the exception's value, the item is weft's marker (translate/coroutines.rs), and its
//! text was the marker's, `<exception>`, where CPython's is the exception's message, under "complete"
//! (session 39's own checks). A program that gathers exceptions and formats a name or an item
//! (`f"{r}"`, `str(r)`, `repr(r)`, `"%s" % r`) carries the exceptions' values, whose text is CPython's;
//! it cannot tell here which names hold the list's items, so any formatted name counts.

use ruff_python_ast::{self as ast, Expr, Operator};

/// `asyncio.gather(..., return_exceptions=True)` (or `gather` imported by name).
pub(super) fn gathers_exceptions(expr: &Expr) -> bool {
    let Expr::Call(call) = expr else { return false };
    let gather = match &*call.func {
        Expr::Name(function) => function.id.as_str() == "gather",
        Expr::Attribute(method) => method.attr.as_str() == "gather",
        _ => false,
    };
    gather
        && call.arguments.keywords.iter().any(|keyword| {
            keyword.arg.as_ref().is_some_and(|name| name.as_str() == "return_exceptions")
                && matches!(keyword.value, Expr::BooleanLiteral(ast::ExprBooleanLiteral { value: true, .. }))
        })
}

/// Whether `expr` makes the text of a name or of an item (`x`, `xs[i]`): an f-string's field, `str`,
/// `repr`, or printf-style `%` formatting.
pub(super) fn formats_a_name(expr: &Expr) -> bool {
    match expr {
        Expr::FString(fstring) => fstring.value.elements().any(|element| {
            matches!(element, ast::InterpolatedStringElement::Interpolation(field) if is_name_or_item(&field.expression))
        }),
        Expr::Call(call) => {
            let text = matches!(&*call.func, Expr::Name(function) if matches!(function.id.as_str(), "str" | "repr"));
            text && matches!(&call.arguments.args[..], [argument] if is_name_or_item(argument))
        }
        Expr::BinOp(binary) if binary.op == Operator::Mod && matches!(&*binary.left, Expr::StringLiteral(_)) => {
            match &*binary.right {
                Expr::Tuple(tuple) => tuple.elts.iter().any(is_name_or_item),
                other => is_name_or_item(other),
            }
        }
        _ => false,
    }
}

fn is_name_or_item(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_) => true,
        Expr::Subscript(subscript) => matches!(&*subscript.value, Expr::Name(_)),
        _ => false,
    }
}
