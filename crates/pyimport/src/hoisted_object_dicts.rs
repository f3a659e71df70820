//! `clients = {}` at the module's top, then `for name in ("ada", "bo"): clients[name] = Client(name)`
//! at the start of `main` (session 37, session36/a01): a dict of objects filled inside the function the
//! module runs once, which the translator refuses at the constructor (an instance made in a loop the
//! scenario runs). Its objects are a finite set known at import time: one per key of an iterable that
//! only reads constants. After that refusal the loop leaves the function, and the dict is made by its
//! comprehension right before the statement that calls the function,
//!
//! ```python
//! clients = {name: Client(name) for name in ("ada", "bo")}   # right before `asyncio.run(main())`
//! asyncio.run(main())                                          # `main` no longer has the loop
//! ```
//!
//! and the program is translated again (on a refusal anywhere in the function: the translator may refuse
//! a use of the dict before the loop) (filled_object_dicts.rs does the same for the loop at the
//! module's top). Exact because nothing can tell the two apart:
//!
//! - the function is called once, by a statement of the module's top (`main()`, `asyncio.run(main())`,
//!   perhaps under `if __name__ == "__main__":`), and named nowhere else;
//! - no statement of the module's top before that call runs code of the file or starts anything (only
//!   constructors of the standard library's `threading`, `queue`, `asyncio`, `multiprocessing`), and none
//!   between `clients = {}` and the call mentions the dict; the function's statements before the loop
//!   bind its own locals by such constructors or constants, await nothing, and do not mention the dict:
//!   so nothing runs between the comprehension and the loop's old place;
//! - the loop's iterable and value read only the loop's variable and names the function does not bind
//!   (constants, classes, modules), and call nothing but `range` and the constructors: a constructor of
//!   the file's class only sets attributes of parameters, displays and such constructors (a dataclass's
//!   `field(default_factory=list)` too), so making the objects earlier is not seen;
//! - the loop's variable is mentioned nowhere else in the function (the loop left it bound).

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::filled_object_dicts::{
    binds_empty_dict, calls_file_code, filling_loop, is_module_constructor, mentions, mentions_expr,
    synchronization_modules,
};

/// Builtins an `__init__` may call while making an attribute's value (a fresh, empty container).
const EMPTY_CONTAINERS: [&str; 3] = ["list", "dict", "set"];

/// Moves the loop holding `offset` (a refusal's place) out of the function it starts, as the dict's
/// comprehension right before the module's one call of that function; false when there is none, or
/// where the move could be seen.
pub fn hoist_function_filled_dict_at(body: &mut ast::Suite, offset: usize) -> bool {
    let Ok(at) = offset.try_into() else { return false };
    let Some(function_index) = body.iter().position(|stmt| stmt.range().contains(at)) else { return false };
    let Stmt::FunctionDef(function) = &body[function_index] else { return false };
    if !function.decorator_list.is_empty() {
        return false;
    }
    // The refusal may be the loop's constructor, or a use of the dict the translator reads first (an
    // attribute of one of its objects): the loop at the refusal, else the function's first such loop.
    let Some(loop_index) = function
        .body
        .iter()
        .position(|stmt| stmt.range().contains(at) && filling_loop(stmt).is_some())
        .or_else(|| function.body.iter().position(|stmt| filling_loop(stmt).is_some()))
    else {
        return false;
    };
    let Some((dict, key, value)) = filling_loop(&function.body[loop_index]) else { return false };
    let Stmt::For(looping) = &function.body[loop_index] else { return false };
    let modules = synchronization_modules(body);
    let function_name = function.name.as_str();
    let Some(call_at) = single_module_call(body, function_name) else { return false };
    let Some(empty_index) = body[..call_at.top].iter().rposition(|stmt| binds_empty_dict(stmt, dict)) else {
        return false;
    };
    let locals = bound_names(function);
    let made_safely = reads_only_constants(&looping.iter, key, &locals, dict)
        && reads_only_constants(value, key, &locals, dict)
        && iterable_calls_nothing(&looping.iter)
        && constructs_quietly(value, body, &modules);
    let function_start_is_quiet = function.body[..loop_index]
        .iter()
        .all(|stmt| !mentions(stmt, dict) && !calls_file_code(stmt, &modules) && !awaits(stmt));
    let key_is_the_loops =
        function.body.iter().enumerate().all(|(index, stmt)| index == loop_index || !mentions(stmt, key));
    if !made_safely
        || !function_start_is_quiet
        || !key_is_the_loops
        || !module_start_is_quiet(body, &call_at, &modules)
        || statements_before(body, &call_at, empty_index + 1).any(|stmt| mentions_outside_definitions(stmt, dict))
    {
        return false;
    }
    let assignment = crate::filled_object_dicts::comprehension_assignment(dict, key, value, looping);
    let Stmt::FunctionDef(function) = &mut body[function_index] else { return false };
    let removed = function.body.remove(loop_index);
    if function.body.is_empty() {
        function
            .body
            .push(Stmt::Pass(ast::StmtPass { node_index: ast::AtomicNodeIndex::default(), range: removed.range() }));
    }
    match call_at.inner {
        None => body.insert(call_at.top, assignment),
        Some(inner) => {
            let Stmt::If(guard) = &mut body[call_at.top] else { return false };
            guard.body.insert(inner, assignment);
        }
    }
    body.remove(empty_index);
    true
}

/// Where the module calls a function: the index of the statement at its top, and the index inside the
/// body of `if __name__ == "__main__":` when the call is there.
struct CallPlace {
    top: usize,
    inner: Option<usize>,
}

/// The one statement that calls `function` (`function(...)` or `asyncio.run(function(...))`, arguments
/// of no calls), at the module's top or directly under its main guard, where the function is named
/// nowhere else.
fn single_module_call(body: &[Stmt], function: &str) -> Option<CallPlace> {
    let (uses, _) = crate::syntax::name_counts(body);
    if uses.get(function) != Some(&2) {
        return None;
    }
    for (top, stmt) in body.iter().enumerate() {
        if calls_function(stmt, function) {
            return Some(CallPlace { top, inner: None });
        }
        if let Stmt::If(guard) = stmt
            && guard.elif_else_clauses.is_empty()
            && is_main_guard(&guard.test)
            && let Some(inner) = guard.body.iter().position(|inner| calls_function(inner, function))
        {
            return Some(CallPlace { top, inner: Some(inner) });
        }
    }
    None
}

/// `function(...)` or `asyncio.run(function(...))` as a statement, its arguments calling nothing.
fn calls_function(stmt: &Stmt, function: &str) -> bool {
    let Stmt::Expr(statement) = stmt else { return false };
    let Expr::Call(call) = &*statement.value else { return false };
    let call = match &*call.func {
        Expr::Attribute(run)
            if run.attr.as_str() == "run"
                && matches!(&*run.value, Expr::Name(module) if module.id.as_str() == "asyncio")
                && call.arguments.args.len() == 1
                && call.arguments.keywords.is_empty() =>
        {
            let Expr::Call(inner) = &call.arguments.args[0] else { return false };
            inner
        }
        _ => call,
    };
    matches!(&*call.func, Expr::Name(callee) if callee.id.as_str() == function)
        && call
            .arguments
            .args
            .iter()
            .chain(call.arguments.keywords.iter().map(|keyword| &keyword.value))
            .all(|argument| !has_call(argument))
}

/// `__name__ == "__main__"`.
fn is_main_guard(test: &Expr) -> bool {
    let Expr::Compare(compare) = test else { return false };
    matches!(&*compare.left, Expr::Name(name) if name.id.as_str() == "__name__")
        && matches!(&compare.ops[..], [ast::CmpOp::Eq])
        && matches!(&compare.comparators[..], [Expr::StringLiteral(text)] if text.value.to_str() == "__main__")
}

/// Whether nothing at the module's top before the call (nor before it under the main guard) runs code
/// of the file or starts anything: definitions, imports, and statements calling only the standard
/// library's constructors.
fn module_start_is_quiet(body: &[Stmt], call_at: &CallPlace, modules: &BTreeSet<String>) -> bool {
    statements_before(body, call_at, 0).all(|stmt| !calls_file_code(stmt, modules))
}

/// The module's statements from its top-level index `from` up to the call (those under the main guard
/// before the call too).
fn statements_before<'b>(body: &'b [Stmt], call_at: &CallPlace, from: usize) -> impl Iterator<Item = &'b Stmt> {
    let under_guard = match (call_at.inner, &body[call_at.top]) {
        (Some(inner), Stmt::If(guard)) => &guard.body[..inner],
        _ => &[][..],
    };
    body[from.min(call_at.top)..call_at.top].iter().chain(under_guard)
}

/// Whether a statement of the module's top mentions `name` where it runs (not inside a function's or a
/// class's method's body, which run only when called; its decorators and defaults run at the `def`).
fn mentions_outside_definitions(stmt: &Stmt, name: &str) -> bool {
    match stmt {
        Stmt::FunctionDef(def) => {
            def.decorator_list.iter().any(|decorator| mentions_expr(&decorator.expression, name))
                || def
                    .parameters
                    .iter_non_variadic_params()
                    .any(|parameter| parameter.default.as_deref().is_some_and(|default| mentions_expr(default, name)))
        }
        Stmt::ClassDef(class) => class.body.iter().any(|member| mentions_outside_definitions(member, name)),
        Stmt::If(guard) => {
            mentions_expr(&guard.test, name)
                || guard.body.iter().any(|inner| mentions_outside_definitions(inner, name))
                || guard.elif_else_clauses.iter().any(|clause| {
                    clause.test.as_ref().is_some_and(|test| mentions_expr(test, name))
                        || clause.body.iter().any(|inner| mentions_outside_definitions(inner, name))
                })
        }
        other => mentions(other, name),
    }
}

/// The names a function binds: its parameters and every name it stores, declares or defines.
fn bound_names(function: &ast::StmtFunctionDef) -> BTreeSet<String> {
    let parameters = &function.parameters;
    let mut names: BTreeSet<String> = parameters
        .posonlyargs
        .iter()
        .chain(&parameters.args)
        .chain(&parameters.kwonlyargs)
        .map(|parameter| parameter.parameter.name.to_string())
        .chain(parameters.vararg.iter().chain(&parameters.kwarg).map(|parameter| parameter.name.to_string()))
        .collect();
    let (_, bindings) = crate::syntax::name_counts(&function.body);
    names.extend(bindings.into_keys());
    names
}

/// Whether `expr` reads no name the function binds (but the loop's `key`) and not the dict.
fn reads_only_constants(expr: &Expr, key: &str, locals: &BTreeSet<String>, dict: &str) -> bool {
    let read = crate::syntax::names_read(&[crate::syntax::expression_statement(expr.clone())]);
    read.iter().all(|name| name == key || (!locals.contains(name) && name != dict))
}

/// Whether the loop's iterable calls nothing but `range` (a display, a constant's name, `range(3)`).
fn iterable_calls_nothing(iterable: &Expr) -> bool {
    let mut calls = Calls {
        allowed: |call: &ast::ExprCall| matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "range"),
        other: false,
    };
    calls.visit_expr(iterable);
    !calls.other
}

/// Whether making `value` runs no code that could be seen earlier: a constructor of the standard
/// library's modules, or of a class of the file whose `__init__` only sets attributes to parameters,
/// constants, displays, empty containers and such constructors; its arguments call nothing.
fn constructs_quietly(value: &Expr, body: &[Stmt], modules: &BTreeSet<String>) -> bool {
    let Expr::Call(call) = value else { return false };
    let arguments_quiet = call
        .arguments
        .args
        .iter()
        .chain(call.arguments.keywords.iter().map(|keyword| &keyword.value))
        .all(|argument| !has_call(argument));
    if !arguments_quiet {
        return false;
    }
    if is_module_constructor(&call.func, modules) {
        return true;
    }
    let Expr::Name(class_name) = &*call.func else { return false };
    let Some(class) = body.iter().find_map(|stmt| match stmt {
        Stmt::ClassDef(class) if class.name.as_str() == class_name.id.as_str() => Some(class),
        _ => None,
    }) else {
        return false;
    };
    class.decorator_list.is_empty()
        && class.arguments.as_ref().is_none_or(|arguments| arguments.args.is_empty() && arguments.keywords.is_empty())
        && quiet_init(class, modules)
}

/// Whether the class's `__init__` (the one a dataclass was given, or the class's own) only sets
/// attributes of `self` to values made of its parameters, constants, displays, empty containers and
/// the standard library's constructors; a class without one, or with `__new__`, is not taken.
fn quiet_init(class: &ast::StmtClassDef, modules: &BTreeSet<String>) -> bool {
    let mut init = None;
    for member in &class.body {
        if let Stmt::FunctionDef(def) = member {
            match def.name.as_str() {
                "__init__" => init = Some(def),
                "__new__" | "__init_subclass__" | "__set_name__" | "__setattr__" => return false,
                _ => {}
            }
        }
    }
    let Some(init) = init else { return false };
    if !init.decorator_list.is_empty() {
        return false;
    }
    let locals = bound_names(init);
    init.body.iter().all(|stmt| {
        let (targets, value): (Vec<&Expr>, &Expr) = match stmt {
            Stmt::Assign(assign) => (assign.targets.iter().collect(), &assign.value),
            Stmt::AnnAssign(ast::StmtAnnAssign { target, value: Some(value), .. }) => (vec![&**target], value),
            Stmt::Pass(_) => return true,
            Stmt::Expr(docstring) => return matches!(&*docstring.value, Expr::StringLiteral(_)),
            _ => return false,
        };
        let sets_self = targets.iter().all(|target| {
            matches!(target, Expr::Attribute(attribute)
                if matches!(&*attribute.value, Expr::Name(receiver) if receiver.id.as_str() == "self"))
        });
        let read = crate::syntax::names_read(&[crate::syntax::expression_statement(value.clone())]);
        let reads_parameters = read.iter().all(|name| {
            locals.contains(name) || modules.contains(name) || EMPTY_CONTAINERS.contains(&name.as_str())
        });
        let mut calls = Calls {
            allowed: |call: &ast::ExprCall| {
                is_module_constructor(&call.func, modules)
                    || matches!(&*call.func, Expr::Name(name) if EMPTY_CONTAINERS.contains(&name.id.as_str()) && call.arguments.is_empty())
            },
            other: false,
        };
        calls.visit_expr(value);
        sets_self && reads_parameters && !calls.other
    })
}

fn has_call(expr: &Expr) -> bool {
    let mut calls = Calls { allowed: |_: &ast::ExprCall| false, other: false };
    calls.visit_expr(expr);
    calls.other
}

fn awaits(stmt: &Stmt) -> bool {
    struct Awaits(bool);
    impl<'a> Visitor<'a> for Awaits {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |= matches!(expr, Expr::Await(_));
            walk_expr(self, expr);
        }
    }
    let mut scan = Awaits(false);
    scan.visit_stmt(stmt);
    scan.0
        || matches!(
            stmt,
            Stmt::For(ast::StmtFor { is_async: true, .. }) | Stmt::With(ast::StmtWith { is_async: true, .. })
        )
}

/// Finds a call that `allowed` does not take, at any depth (lambdas and comprehensions too).
struct Calls<Allowed: Fn(&ast::ExprCall) -> bool> {
    allowed: Allowed,
    other: bool,
}

impl<'a, Allowed: Fn(&ast::ExprCall) -> bool> Visitor<'a> for Calls<Allowed> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr {
            self.other |= !(self.allowed)(call);
        }
        walk_expr(self, expr);
    }
}
