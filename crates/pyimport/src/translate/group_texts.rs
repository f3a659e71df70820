//! `print("failed", [repr(e) for e in eg.exceptions])` in the handler of `except* C as eg:` (session23/a03,
//! session22/a03): the texts of a group's exceptions, printed. weft keeps no printed text (a `print`'s
//! arguments are read for what they do, not for what they say), so the comprehension is one more
//! argument of `print` that reads nothing of the program's: each element `repr(e)`, `str(e)` or
//! `type(e).__name__` of the comprehension's variable, which neither raises nor changes anything: an
//! exception class of the program has no `__str__` or `__repr__` of its own (one with methods is refused
//! at the class), so these run CPython's own code only. Only in the handler of `except*`, whose name is
//! always an ExceptionGroup (a plain `except C as e:` has no `e.exceptions`).

use ruff_python_ast::{self as ast, Expr};

/// Whether `expr` is `[T(e) for e in name.exceptions]`, T one of the texts above, with no `if`.
pub(super) fn is_member_texts(expr: &Expr, name: &str) -> bool {
    let Expr::ListComp(comprehension) = expr else { return false };
    let [generator] = &comprehension.generators[..] else { return false };
    let Expr::Name(variable) = &generator.target else { return false };
    let iterates_members = matches!(&generator.iter, Expr::Attribute(attribute)
        if attribute.attr.as_str() == "exceptions"
            && matches!(&*attribute.value, Expr::Name(group) if group.id.as_str() == name));
    iterates_members
        && generator.ifs.is_empty()
        && !generator.is_async
        && is_text_of(&comprehension.elt, variable.id.as_str())
}

/// `repr(v)`, `str(v)` or `type(v).__name__`.
fn is_text_of(expr: &Expr, variable: &str) -> bool {
    let is_variable = |expr: &Expr| matches!(expr, Expr::Name(name) if name.id.as_str() == variable);
    let one_argument_of = |call: &ast::ExprCall, callees: &[&str]| {
        matches!(&*call.func, Expr::Name(callee) if callees.contains(&callee.id.as_str()))
            && call.arguments.keywords.is_empty()
            && matches!(&call.arguments.args[..], [argument] if is_variable(argument))
    };
    match expr {
        Expr::Call(call) => one_argument_of(call, &["repr", "str"]),
        Expr::Attribute(attribute) if attribute.attr.as_str() == "__name__" => {
            matches!(&*attribute.value, Expr::Call(call) if one_argument_of(call, &["type"]))
        }
        _ => false,
    }
}
