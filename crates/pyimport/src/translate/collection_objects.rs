//! Lists, dicts and sets made at run time as the values of a collection (docs/python.md,
//! "Collections of lists and sets"): `set()`, `list()` and `dict()` as an item of a display made at run
//! time (`VALID = {"new": {"paid"}, "shipped": set()}`).

use ruff_python_ast::Expr;

/// `set()`, `list()` or `dict()` with no arguments: the scenario's call that makes that empty object
/// when the display around it is made (`new_set()`), as Python calls the constructor there.
pub(crate) fn empty_container(item: &Expr) -> Option<String> {
    let Expr::Call(call) = item else { return None };
    let Expr::Name(callee) = &*call.func else { return None };
    if !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty() {
        return None;
    }
    let made = match callee.id.as_str() {
        "set" => "new_set()",
        "list" => "new_list()",
        "dict" => "new_dict()",
        _ => return None,
    };
    Some(made.to_string())
}
