//! `@contextmanager` generators, before translation. `with cm(args) as x: BODY` runs the generator to
//! its `yield`, binds `x` to the yielded value, runs `BODY`, then resumes the generator after the
//! `yield` (with `BODY`'s exception thrown in at the `yield`, if it raised). When the one `yield` sits
//! in straight-line code, possibly inside `with` and `try` blocks, that is exactly the generator's body
//! with `BODY` written where the `yield` is: a `try: yield finally: release()` becomes `try: BODY
//! finally: release()`, whose `finally` runs however `BODY` ends, as the generator's does. So each such
//! `with` is replaced by the generator's body, its parameters bound first to the call's arguments, its
//! locals renamed apart from the caller's (`read_count`, `read_count_2`...), `self` replaced by the
//! receiver of the call, and the `yield` by `x = value` and `BODY`. The translator then follows the
//! result as code the program wrote. A generator of another shape (a `yield` in an `if`, a loop or a
//! handler, a `return`, a `global` inside a block, a nested function; a `global` of the body itself is
//! context_manager_globals.rs) is refused, as is a generator used otherwise.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use crate::context_manager_globals;
use crate::pool_calls::Refusal;
use crate::syntax::{BlockRewrite, fresh_name, module_names, name, rewrite_inner_blocks};
use ruff_text_size::Ranged;

/// A generator that `@contextmanager` decorates and that can be written in place of its `with`s.
struct Manager {
    /// Its class, for a method.
    class: Option<String>,
    def: ast::StmtFunctionDef,
}

/// Replaces every `with` of a `@contextmanager` generator of the module by the generator's body, and
/// removes the generators; refuses a generator of another shape, or one used otherwise than as the
/// one item of a `with`.
pub fn inline_context_managers<Block>(body: &mut Block) -> Result<(), Refusal>
where
    Block: Default + IntoIterator<Item = Stmt> + FromIterator<Stmt> + std::ops::Deref<Target = [Stmt]>,
{
    let managers = inlinable_managers(body)?;
    if managers.is_empty() {
        return Ok(());
    }
    let mut rewrite = Rewrite {
        managers,
        taken: module_names(body),
        unchanging_parameters: Vec::new(),
        scopes: Vec::new(),
        refusal: None,
    };
    rewrite.block(body);
    if let Some(refusal) = rewrite.refusal {
        return Err(refusal);
    }
    let names: BTreeSet<String> = rewrite.managers.keys().cloned().collect();
    if let Some(offset) = first_reference(body, &names) {
        return Err(Refusal {
            offset,
            message: "a `@contextmanager` generator is supported as the one item of a `with` (`with name(...) as x:`), called on a name or an attribute of one for a method".to_string(),
        });
    }
    let kept: Vec<Stmt> = std::mem::take(body).into_iter().filter_map(|stmt| without_managers(stmt, &names)).collect();
    *body = kept.into_iter().collect();
    Ok(())
}

/// The module's `@contextmanager` functions and methods whose body can stand in for their `with`s,
/// keyed by name; a method's name only when no other function or method of the module has it (a call
/// `x.name()` is then that method's, whatever `x` is).
fn inlinable_managers(body: &[Stmt]) -> Result<BTreeMap<String, Manager>, Refusal> {
    let mut defined: BTreeMap<String, usize> = BTreeMap::new();
    let mut found = Vec::new();
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(def) => {
                *defined.entry(def.name.to_string()).or_default() += 1;
                if is_context_manager(def) {
                    refuse_unless_inlinable(def, false)?;
                    found.push(Manager { class: None, def: def.clone() });
                }
            }
            Stmt::ClassDef(class) => {
                for inner in &class.body {
                    if let Stmt::FunctionDef(def) = inner {
                        *defined.entry(def.name.to_string()).or_default() += 1;
                        if is_context_manager(def) {
                            refuse_unless_inlinable(def, true)?;
                            found.push(Manager { class: Some(class.name.to_string()), def: def.clone() });
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut managers = BTreeMap::new();
    for manager in found {
        if defined[manager.def.name.as_str()] > 1 {
            return Err(Refusal {
                offset: manager.def.name.range.start().to_usize(),
                message: format!(
                    "a `@contextmanager` generator is supported when no other function or method of the file is named `{}`",
                    manager.def.name
                ),
            });
        }
        managers.insert(manager.def.name.to_string(), manager);
    }
    Ok(managers)
}

fn refuse_unless_inlinable(def: &ast::StmtFunctionDef, method: bool) -> Result<(), Refusal> {
    if can_inline(def, method) {
        return Ok(());
    }
    Err(Refusal {
        offset: def.decorator_list[0].range.start().to_usize(),
        message: "a `@contextmanager` generator is supported when its one `yield` is in straight-line code (or in the body of a `with` or a `try` there), with plain parameters and no `return`, `nonlocal`, `await`, `lambda`, nested `def` or `except ... as` (`global` only as a statement of the body itself)".to_string(),
    })
}

/// `@contextmanager` or `@contextlib.contextmanager` alone, on a plain `def`.
fn is_context_manager(def: &ast::StmtFunctionDef) -> bool {
    !def.is_async
        && matches!(&def.decorator_list[..], [decorator] if match &decorator.expression {
            Expr::Name(name) => name.id.as_str() == "contextmanager",
            Expr::Attribute(attribute) => attribute.attr.as_str() == "contextmanager"
                && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "contextlib"),
            _ => false,
        })
}

/// One `yield` statement, in straight-line code or in the bodies of `with` and `try` blocks; no
/// `return`, `global`, `nonlocal`, nested function or class, lambda or `except ... as`; plain
/// parameters (and `self` first, for a method).
fn can_inline(def: &ast::StmtFunctionDef, method: bool) -> bool {
    let parameters = &def.parameters;
    if parameters.vararg.is_some() || parameters.kwarg.is_some() || !parameters.kwonlyargs.is_empty() {
        return false;
    }
    if method && parameters.posonlyargs.is_empty() && parameters.args.is_empty() {
        return false;
    }
    struct Count {
        yields: usize,
        forbidden: bool,
    }
    impl<'a> Visitor<'a> for Count {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Return(_) | Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {
                    self.forbidden = true
                }
                Stmt::Try(try_stmt)
                    if try_stmt.handlers.iter().any(|handler| {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        handler.name.is_some()
                    }) =>
                {
                    self.forbidden = true
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Yield(_) => self.yields += 1,
                Expr::YieldFrom(_) | Expr::Lambda(_) | Expr::Await(_) => self.forbidden = true,
                _ => {}
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    // `global` directly in the body: the names the body binds of the module's (context_manager_globals.rs).
    let mut count = Count { yields: 0, forbidden: !context_manager_globals::globals_only_at_the_top(&def.body) };
    for stmt in def.body.iter().filter(|stmt| !matches!(stmt, Stmt::Global(_))) {
        count.visit_stmt(stmt);
    }
    !count.forbidden && count.yields == 1 && yield_in_straight_line(&def.body)
}

/// Whether the block's `yield` statement is in it or in the body of a `with` or `try` of it (not in an
/// `if`, a loop, a handler, an `else` or a `finally`).
fn yield_in_straight_line(block: &[Stmt]) -> bool {
    block.iter().any(|stmt| match stmt {
        Stmt::Expr(expr) => matches!(&*expr.value, Expr::Yield(_)),
        Stmt::With(with) => yield_in_straight_line(&with.body),
        Stmt::Try(try_stmt) => yield_in_straight_line(&try_stmt.body),
        _ => false,
    })
}

struct Rewrite {
    managers: BTreeMap<String, Manager>,
    taken: BTreeSet<String>,
    /// The parameters that the functions around the statement rewritten never rebind, innermost last
    /// (unchanging_parameters.rs).
    unchanging_parameters: Vec<BTreeSet<String>>,
    /// The functions and class bodies around the statement rewritten, innermost last: the generators'
    /// globals each must declare (context_manager_globals.rs).
    scopes: Vec<context_manager_globals::Scope>,
    refusal: Option<Refusal>,
}

impl BlockRewrite for Rewrite {
    /// The statement with its `with`s, and those of the blocks inside it, rewritten.
    fn statement(&mut self, mut stmt: Stmt) -> Vec<Stmt> {
        let function = matches!(&stmt, Stmt::FunctionDef(_));
        if let Stmt::FunctionDef(def) = &stmt {
            self.unchanging_parameters.push(crate::unchanging_parameters::unchanging_parameters(def));
            self.scopes.push(context_manager_globals::Scope::of_function(def));
        }
        if matches!(&stmt, Stmt::ClassDef(_)) {
            self.scopes.push(context_manager_globals::Scope::of_class());
        }
        rewrite_inner_blocks(&mut stmt, self);
        if function {
            self.unchanging_parameters.pop();
        }
        if matches!(&stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            let scope = self.scopes.pop().expect("pushed above");
            if let Stmt::FunctionDef(def) = &mut stmt {
                context_manager_globals::declare_globals(def, &scope.needed);
            }
        }
        self.expansion(&stmt).unwrap_or_else(|| vec![stmt])
    }
}

impl Rewrite {
    /// The statements that stand for `stmt` when it is `with m(...) [as x]:` of an inlinable manager.
    fn expansion(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let Stmt::With(with) = stmt else { return None };
        let ([item], false) = (&with.items[..], with.is_async) else { return None };
        let Expr::Call(call) = &item.context_expr else { return None };
        let (manager, receiver) = match &*call.func {
            Expr::Name(function) => (self.managers.get(function.id.as_str()).filter(|m| m.class.is_none())?, None),
            Expr::Attribute(attribute) if is_pure(&attribute.value) => (
                self.managers.get(attribute.attr.as_str()).filter(|m| m.class.is_some())?,
                Some((*attribute.value).clone()),
            ),
            _ => return None,
        };
        if !call.arguments.keywords.iter().all(|keyword| keyword.arg.is_some()) {
            return None;
        }
        let def = manager.def.clone();
        let mut parameters: Vec<&ast::ParameterWithDefault> =
            def.parameters.posonlyargs.iter().chain(def.parameters.args.iter()).collect();
        let receiver_name = receiver.as_ref().map(|_| parameters.remove(0).parameter.name.to_string());
        // Each parameter takes a positional argument, a keyword or its default, in the call's order.
        let mut arguments = Vec::with_capacity(parameters.len());
        let mut positional = call.arguments.args.iter();
        for parameter in &parameters {
            let keyword = call.arguments.keywords.iter().find(|keyword| {
                keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == parameter.parameter.name.as_str())
            });
            let argument = match (positional.next(), keyword, &parameter.default) {
                (Some(argument), None, _) => argument.clone(),
                (None, Some(keyword), _) => keyword.value.clone(),
                (None, None, Some(default)) => (**default).clone(),
                _ => return None,
            };
            arguments.push(argument);
        }
        if positional.next().is_some() || call.arguments.keywords.len() + call.arguments.args.len() > parameters.len() {
            return None;
        }
        let def_name = def.name.to_string();
        let globals = context_manager_globals::declared_globals(&def.body);
        if !globals.is_empty()
            && let Some(scope) = self.scopes.last_mut()
            && let Err(refusal) = scope.need(&globals, with.range)
        {
            self.refusal.get_or_insert(refusal);
        }
        let mut renamed: BTreeMap<String, String> = BTreeMap::new();
        for local in parameters.iter().map(|p| p.parameter.name.to_string()).chain(stored_names(&def.body)) {
            if Some(&local) != receiver_name.as_ref() && !renamed.contains_key(&local) && !globals.contains(&local) {
                let fresh = fresh_name(&format!("{def_name}_{local}"), &mut self.taken);
                renamed.insert(local, fresh);
            }
        }
        // A parameter given a constant is that constant wherever the generator reads it (it never
        // changes, and the translator knows it at import time); so is one given a parameter of the
        // function around the `with` that the function never rebinds (`with traced(name):` in
        // `def worker(name)`: one value for the whole call, session22/repro/n02, where the local bound
        // first was refused under a name the program does not have); another is a local bound first,
        // since Python evaluates the arguments at the call.
        let unchanging = |argument: &Expr| {
            matches!(argument, Expr::Name(argument) if self.unchanging_parameters.last()
                .is_some_and(|parameters| parameters.contains(argument.id.as_str())))
        };
        let mut constants: BTreeMap<String, Expr> = BTreeMap::new();
        let mut out: Vec<Stmt> = Vec::with_capacity(parameters.len());
        let stored = stored_names(&def.body);
        for (parameter, argument) in parameters.iter().zip(arguments) {
            let local = parameter.parameter.name.as_str();
            if (argument.is_literal_expr() || unchanging(&argument)) && !stored.iter().any(|name| name == local) {
                constants.insert(local.to_string(), argument);
            } else {
                out.push(assign(&renamed[local], argument, parameter.parameter.range));
            }
        }
        let mut generator_body: Vec<Stmt> = def.body.iter().cloned().collect();
        context_manager_globals::without_globals(&mut generator_body);
        let substitute = Substitute {
            renamed: &renamed,
            constants: &constants,
            receiver: receiver_name.as_deref().zip(receiver.as_ref()),
        };
        for stmt in generator_body.iter_mut() {
            substitute.visit_stmt(stmt);
        }
        let mut yielded = Vec::new();
        if let Some(target) = &item.optional_vars {
            let value =
                yield_value(&generator_body).unwrap_or_else(|| Expr::NoneLiteral(ast::ExprNoneLiteral::default()));
            yielded.push(Stmt::Assign(ast::StmtAssign {
                node_index: ast::AtomicNodeIndex::default(),
                range: item.range,
                targets: vec![(**target).clone()],
                value: Box::new(value),
            }));
        }
        yielded.extend(with.body.iter().cloned());
        let spliced = splice_yield(&mut generator_body, &mut Some(yielded));
        debug_assert!(spliced, "can_inline found the yield in straight-line code");
        out.extend(generator_body);
        Some(out)
    }
}

/// A name, or attributes of a name (`rw`, `self.rw`): reading it twice reads the same object.
fn is_pure(expr: &Expr) -> bool {
    match expr {
        Expr::Name(_) => true,
        Expr::Attribute(attribute) => is_pure(&attribute.value),
        _ => false,
    }
}

pub(crate) fn assign(target: &str, value: Expr, range: ruff_text_size::TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        targets: vec![name(target, range, ast::ExprContext::Store)],
        value: Box::new(value),
    })
}

/// The names a body binds (its locals), in the order met.
pub(crate) fn stored_names(body: &[Stmt]) -> Vec<String> {
    struct Stored(Vec<String>);
    impl<'a> Visitor<'a> for Stored {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && name.ctx.is_store()
                && !self.0.iter().any(|seen| seen == name.id.as_str())
            {
                self.0.push(name.id.to_string());
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut stored = Stored(Vec::new());
    stored.visit_body(body);
    stored.0
}

/// Renames the generator's locals, puts the constants its parameters were given in their place, and
/// the call's receiver for its `self`.
pub(crate) struct Substitute<'r> {
    pub(crate) renamed: &'r BTreeMap<String, String>,
    pub(crate) constants: &'r BTreeMap<String, Expr>,
    pub(crate) receiver: Option<(&'r str, &'r Expr)>,
}

impl Transformer for Substitute<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(name_expr) = expr {
            if let Some((self_name, receiver)) = self.receiver
                && name_expr.id.as_str() == self_name
            {
                *expr = receiver.clone();
                return;
            }
            if let Some(constant) = self.constants.get(name_expr.id.as_str()) {
                *expr = constant.clone();
                return;
            }
            if let Some(fresh) = self.renamed.get(name_expr.id.as_str()) {
                name_expr.id = ast::name::Name::new(fresh);
            }
            return;
        }
        walk_expr(self, expr);
    }
}

/// The value of the block's `yield` statement (searched where `yield_in_straight_line` looks).
fn yield_value(block: &[Stmt]) -> Option<Expr> {
    block.iter().find_map(|stmt| match stmt {
        Stmt::Expr(expr) => match &*expr.value {
            Expr::Yield(yield_expr) => yield_expr.value.as_deref().cloned(),
            _ => None,
        },
        Stmt::With(with) => yield_value(&with.body),
        Stmt::Try(try_stmt) => yield_value(&try_stmt.body),
        _ => None,
    })
}

/// Puts `replacement` where the block's `yield` statement is; whether it was found.
fn splice_yield<Block>(block: &mut Block, replacement: &mut Option<Vec<Stmt>>) -> bool
where
    Block: Default + IntoIterator<Item = Stmt> + FromIterator<Stmt>,
{
    let mut out = Vec::new();
    for mut stmt in std::mem::take(block) {
        if replacement.is_some() {
            match &mut stmt {
                Stmt::Expr(expr) if matches!(&*expr.value, Expr::Yield(_)) => {
                    out.extend(replacement.take().expect("checked"));
                    continue;
                }
                Stmt::With(with) => {
                    splice_yield(&mut with.body, replacement);
                }
                Stmt::Try(try_stmt) => {
                    splice_yield(&mut try_stmt.body, replacement);
                }
                _ => {}
            }
        }
        out.push(stmt);
    }
    *block = out.into_iter().collect();
    replacement.is_none()
}

/// Where the first read of one of `names` is (`f`, or `m` of `x.m`).
pub(crate) fn first_reference(body: &[Stmt], names: &BTreeSet<String>) -> Option<usize> {
    struct First<'n> {
        names: &'n BTreeSet<String>,
        found: Option<usize>,
    }
    impl<'a> Visitor<'a> for First<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.found.is_some() {
                return;
            }
            let referenced = match expr {
                Expr::Name(name) => Some(name.id.as_str()),
                Expr::Attribute(attribute) => Some(attribute.attr.as_str()),
                _ => None,
            };
            if referenced.is_some_and(|name| self.names.contains(name)) {
                self.found = Some(expr.range().start().to_usize());
                return;
            }
            ruff_python_ast::visitor::walk_expr(self, expr);
        }
    }
    let mut first = First { names, found: None };
    first.visit_body(body);
    first.found
}

/// `stmt` without the `def`s of `removed` (at the top level or in a class there).
fn without_managers(mut stmt: Stmt, removed: &BTreeSet<String>) -> Option<Stmt> {
    match &mut stmt {
        Stmt::FunctionDef(def) if removed.contains(def.name.as_str()) => return None,
        Stmt::ClassDef(class) => {
            let body: Vec<Stmt> = std::mem::take(&mut class.body)
                .into_iter()
                .filter(|inner| !matches!(inner, Stmt::FunctionDef(def) if removed.contains(def.name.as_str())))
                .collect();
            class.body = body.into_iter().collect();
        }
        _ => {}
    }
    Some(stmt)
}

#[cfg(test)]
mod tests {
    #[test]
    fn yield_positions_that_can_be_written_in_place() {
        let check = |source: &str, expected: bool| {
            let parsed = ruff_python_parser::parse_module(source).expect("valid Python");
            let ruff_python_ast::Stmt::FunctionDef(def) = &parsed.syntax().body[0] else { panic!("a def") };
            assert_eq!(super::can_inline(def, false), expected, "{source}");
        };
        check("def f():\n    a()\n    yield\n    b()\n", true);
        check("def f():\n    with l:\n        try:\n            yield 1\n        finally:\n            b()\n", true);
        check("def f():\n    if c:\n        yield\n", false);
        check("def f():\n    for _ in x:\n        yield\n", false);
        check("def f():\n    yield\n    yield\n", false);
        check("def f():\n    try:\n        a()\n    finally:\n        yield\n", false);
        check("def f():\n    yield\n    return\n", false);
        check("def f():\n    global g\n    yield\n", true);
        check("def f():\n    with l:\n        global g\n        yield\n", false);
    }
}
