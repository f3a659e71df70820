//! A closure factory called once, at the top of the module, whose functions share the factory's locals
//! (`inc, get = make_counter()`, each nested function reading or rebinding `total` by `nonlocal`):
//! the translator follows a factory that returns one function and binds only values known at import
//! time. After it refuses such a factory, the call is written out where it stands: each local of the
//! factory (a parameter too) a module global of a fresh name, `make_counter_total`, which is the one
//! cell both functions share since the factory runs once, and each nested function a function of the
//! module named by the name the call binds to it, with `nonlocal total` as `global make_counter_total`:
//!
//! ```python
//! make_counter_total = 0
//! def inc(amount):
//!     global make_counter_total
//!     make_counter_total += amount
//! def get():
//!     return make_counter_total
//! ```
//!
//! A cell's read and write are one bytecode each, as a global's are (LOAD_DEREF and LOAD_GLOBAL), so
//! threads interleave them at the same places. Only where nothing could tell the difference: the
//! factory is a function of the module called by that one statement alone (outside every `if`, loop,
//! `try` or function), its body only binds names (each once), defines functions and ends with `return`
//! of them (one, or a tuple matching the names bound), the nested functions define no function or
//! lambda of their own and no comprehension of theirs rebinds a local of the factory, the names bound
//! by the call are bound nowhere else, and the module reads no `__name__` (the functions' names change).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr as transform_walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// Writes out the factory call at the top of the module whose statement, or whose factory, holds
/// `offset` (the translator's refusal) as the module docs say; false when it does not fit.
pub fn inline_factory_at(body: &mut ast::Suite, offset: usize) -> bool {
    let at = (offset as u32).into();
    let Some((call_at, factory_at)) = body.iter().enumerate().find_map(|(call_at, stmt)| {
        let factory = called_factory(stmt)?;
        let factory_at = body.iter().position(
            |def| matches!(def, Stmt::FunctionDef(def) if def.name.as_str() == factory && !def.is_async && def.decorator_list.is_empty()),
        )?;
        (stmt.range().contains_inclusive(at) || body[factory_at].range().contains_inclusive(at))
            .then_some((call_at, factory_at))
    }) else {
        return false;
    };
    let (Stmt::Assign(assign), Stmt::FunctionDef(factory)) = (&body[call_at], &body[factory_at]) else { return false };
    if factory_at > call_at || reads_function_names(body) {
        return false;
    }
    let Expr::Call(call) = &*assign.value else { return false };
    let Some(targets) = bound_names(&assign.targets) else { return false };
    // Outside the factory's own `def`: its name used by this call alone, each name bound here bound
    // here alone.
    let others: Vec<Stmt> =
        body.iter().enumerate().filter(|(at, _)| *at != factory_at).map(|(_, s)| s.clone()).collect();
    let (uses, bindings) = crate::syntax::name_counts(&others);
    let factory_used_here_only = uses.get(factory.name.as_str()) == Some(&1);
    let bound_here_only = targets.iter().all(|target| bindings.get(target.as_str()) == Some(&1));
    if !factory_used_here_only || !bound_here_only {
        return false;
    }
    let mut taken = crate::syntax::module_names(body);
    let Some(written) = write_out(factory, call, &targets, &mut taken) else { return false };
    body.splice(call_at..=call_at, written);
    body.remove(factory_at);
    true
}

/// The refusal of a factory's `return` of several of its functions (`return add, value`) at `offset`,
/// where `inline_factory_at` did not write its call out: saying where the form is followed.
pub fn refusal_at(body: &[Stmt], offset: usize) -> Option<String> {
    let at = (offset as u32).into();
    body.iter().find_map(|stmt| {
        let Stmt::FunctionDef(factory) = stmt else { return None };
        let Some(Stmt::Return(ret)) = factory.body.last() else { return None };
        let Some(Expr::Tuple(returned)) = ret.value.as_deref() else { return None };
        let nested = |element: &Expr| {
            matches!(element, Expr::Name(name) if factory.body.iter().any(|s| matches!(s, Stmt::FunctionDef(def) if def.name.as_str() == name.id.as_str())))
        };
        (ret.range.contains_inclusive(at) && returned.elts.iter().all(nested)).then(|| {
            format!(
                "a closure factory that returns several of its functions is followed where the module calls it once, as an assignment of its own at the module's top (`a, b = {name}()`) that alone binds those names, its body only binding names (once each), defining functions and returning them, and no `__name__` is read; here it is not (a cell per call would need a variable per call): keep the shared state in a global or an object",
                name = factory.name
            )
        })
    })
}

/// `f` of a statement `names = f(...)`.
fn called_factory(stmt: &Stmt) -> Option<&str> {
    let Stmt::Assign(assign) = stmt else { return None };
    let Expr::Call(call) = &*assign.value else { return None };
    match &*call.func {
        Expr::Name(callee) => Some(callee.id.as_str()),
        _ => None,
    }
}

/// The names an assignment binds: one name, or a tuple or list of names.
fn bound_names(targets: &[Expr]) -> Option<Vec<String>> {
    match targets {
        [Expr::Name(name)] => Some(vec![name.id.to_string()]),
        [Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })] => elts
            .iter()
            .map(|element| match element {
                Expr::Name(name) => Some(name.id.to_string()),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

/// The factory's body written at the module's top: its cells, then its functions renamed.
fn write_out(
    factory: &ast::StmtFunctionDef,
    call: &ast::ExprCall,
    targets: &[String],
    taken: &mut BTreeSet<String>,
) -> Option<Vec<Stmt>> {
    let body = match factory.body.first() {
        Some(Stmt::Expr(docstring)) if matches!(&*docstring.value, Expr::StringLiteral(_)) => &factory.body[1..],
        _ => &factory.body[..],
    };
    let (Stmt::Return(ret), statements) = body.split_last()? else { return None };
    let returned = bound_names(std::slice::from_ref(ret.value.as_deref()?))?;
    let returned_shape_fits = match ret.value.as_deref() {
        Some(Expr::Name(_)) => targets.len() == 1,
        Some(Expr::Tuple(_)) => targets.len() == returned.len() && returned.len() > 1,
        _ => false,
    };
    if !returned_shape_fits {
        return None;
    }
    let mut renamed: BTreeMap<String, String> = BTreeMap::new();
    let mut cells = Vec::new();
    for (name, value) in parameter_values(factory, call)? {
        let cell = crate::syntax::fresh_name(&format!("{}_{name}", factory.name), taken);
        renamed.insert(name, cell.clone());
        cells.push((cell, value));
    }
    let mut functions = Vec::new();
    for stmt in statements {
        match stmt {
            Stmt::Assign(assign) if let [Expr::Name(local)] = &assign.targets[..] => {
                let cell = crate::syntax::fresh_name(&format!("{}_{}", factory.name, local.id), taken);
                if renamed.insert(local.id.to_string(), cell.clone()).is_some() {
                    return None;
                }
                cells.push((cell, (*assign.value).clone()));
            }
            Stmt::FunctionDef(nested) if !nested.is_async && nested.decorator_list.is_empty() => {
                let name = match returned.iter().position(|r| r.as_str() == nested.name.as_str()) {
                    Some(position) => targets[position].clone(),
                    None => crate::syntax::fresh_name(&format!("{}_{}", factory.name, nested.name), taken),
                };
                if renamed.insert(nested.name.to_string(), name).is_some() {
                    return None;
                }
                functions.push(nested.clone());
            }
            _ => return None,
        }
    }
    let distinct: BTreeSet<&String> = returned.iter().collect();
    if distinct.len() != returned.len() || !returned.iter().all(|r| functions.iter().any(|f| f.name.as_str() == r)) {
        return None;
    }
    let mut written: Vec<Stmt> = Vec::new();
    for (cell, mut value) in cells {
        Rename { names: &renamed }.visit_expr(&mut value);
        let range = value.range();
        written.push(Stmt::Assign(ast::StmtAssign {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            targets: vec![crate::syntax::name(&cell, range, ast::ExprContext::Store)],
            value: Box::new(value),
        }));
    }
    for nested in functions {
        written.push(Stmt::FunctionDef(module_function(nested, &renamed)?));
    }
    Some(written)
}

/// Each parameter of the factory with the value the call gives it (or its default).
fn parameter_values(factory: &ast::StmtFunctionDef, call: &ast::ExprCall) -> Option<Vec<(String, Expr)>> {
    let parameters = &factory.parameters;
    let plain = parameters.posonlyargs.is_empty()
        && parameters.kwonlyargs.is_empty()
        && parameters.vararg.is_none()
        && parameters.kwarg.is_none();
    let starred = call.arguments.args.iter().any(|argument| matches!(argument, Expr::Starred(_)))
        || call.arguments.keywords.iter().any(|keyword| keyword.arg.is_none());
    if !plain || starred || call.arguments.args.len() > parameters.args.len() {
        return None;
    }
    let known = |name: &str| parameters.args.iter().any(|parameter| parameter.parameter.name.as_str() == name);
    if !call.arguments.keywords.iter().all(|keyword| keyword.arg.as_ref().is_some_and(|arg| known(arg.as_str()))) {
        return None;
    }
    parameters
        .args
        .iter()
        .enumerate()
        .map(|(position, parameter)| {
            let name = parameter.parameter.name.as_str();
            let keyword = call.arguments.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name));
            let value = match (call.arguments.args.get(position), keyword) {
                (Some(_), Some(_)) => return None,
                (Some(argument), None) => argument.clone(),
                (None, Some(keyword)) => keyword.value.clone(),
                (None, None) => parameter.default.as_deref()?.clone(),
            };
            Some((name.to_string(), value))
        })
        .collect()
}

/// A nested function as a function of the module: its name the one `renamed` gives it, its reads
/// and writes of the factory's names renamed, `nonlocal` as `global`.
fn module_function(
    mut nested: ast::StmtFunctionDef,
    renamed: &BTreeMap<String, String>,
) -> Option<ast::StmtFunctionDef> {
    if defines_a_scope(&nested.body) {
        return None;
    }
    let nonlocals = declared(&nested.body, true);
    let nonlocal_at_top = nested.body.iter().filter(|stmt| matches!(stmt, Stmt::Nonlocal(_))).count();
    if !nonlocals.iter().all(|name| renamed.contains_key(name)) || nonlocal_at_top != declarations(&nested.body, true) {
        return None;
    }
    // The function's own locals (parameters, names it binds without `nonlocal`) keep their names.
    let mut own: BTreeSet<String> = nested.parameters.iter().map(|parameter| parameter.name().to_string()).collect();
    own.extend(declared(&nested.body, false));
    own.extend(stored_names(&nested.body).into_iter().filter(|name| !nonlocals.contains(name)));
    let names: BTreeMap<String, String> =
        renamed.iter().filter(|(name, _)| !own.contains(*name)).map(|(a, b)| (a.clone(), b.clone())).collect();
    if comprehension_targets(&nested.body).iter().any(|target| names.contains_key(target)) {
        return None;
    }
    let new_name = renamed.get(nested.name.as_str())?.clone();
    nested.name = ast::Identifier::new(new_name.as_str(), nested.name.range());
    let rename = Rename { names: &names };
    let mut body: Vec<Stmt> = std::mem::take(&mut nested.body).into_iter().collect();
    for stmt in body.iter_mut() {
        if let Stmt::Nonlocal(nonlocal) = stmt {
            *stmt = Stmt::Global(ast::StmtGlobal {
                node_index: ast::AtomicNodeIndex::default(),
                range: nonlocal.range,
                names: nonlocal
                    .names
                    .iter()
                    .map(|n| ast::Identifier::new(names[n.as_str()].as_str(), n.range()))
                    .collect(),
            });
            continue;
        }
        rename.visit_stmt(stmt);
    }
    nested.body = body.into_iter().collect();
    Some(nested)
}

/// Renames the names `names` maps, read or written.
struct Rename<'n> {
    names: &'n BTreeMap<String, String>,
}

impl Transformer for Rename<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Name(name) = expr
            && let Some(new) = self.names.get(name.id.as_str())
        {
            name.id = new.as_str().into();
        }
        transform_walk_expr(self, expr);
    }
}

/// Does `body` define a function, class or lambda (a scope whose names the rename would not see)?
fn defines_a_scope(body: &[Stmt]) -> bool {
    struct Scopes(bool);
    impl<'a> Visitor<'a> for Scopes {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.0 |= matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_));
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |= matches!(expr, Expr::Lambda(_));
            walk_expr(self, expr);
        }
    }
    let mut scopes = Scopes(false);
    scopes.visit_body(body);
    scopes.0
}

/// The names `body` stores to (assignments, loop targets, `with ... as`, `except ... as`).
fn stored_names(body: &[Stmt]) -> BTreeSet<String> {
    struct Stores(BTreeSet<String>);
    impl<'a> Visitor<'a> for Stores {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Try(attempt) = stmt {
                for ast::ExceptHandler::ExceptHandler(handler) in &attempt.handlers {
                    if let Some(name) = &handler.name {
                        self.0.insert(name.to_string());
                    }
                }
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && name.ctx == ast::ExprContext::Store
            {
                self.0.insert(name.id.to_string());
            }
            walk_expr(self, expr);
        }
    }
    let mut stores = Stores(BTreeSet::new());
    stores.visit_body(body);
    stores.0
}

/// The names comprehensions of `body` bind (their own scope's).
fn comprehension_targets(body: &[Stmt]) -> BTreeSet<String> {
    struct Targets(BTreeSet<String>);
    impl<'a> Visitor<'a> for Targets {
        fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
            self.0.extend(stored_names(&[Stmt::Expr(ast::StmtExpr {
                node_index: ast::AtomicNodeIndex::default(),
                range: comprehension.target.range(),
                value: Box::new(comprehension.target.clone()),
            })]));
            ruff_python_ast::visitor::walk_comprehension(self, comprehension);
        }
    }
    let mut targets = Targets(BTreeSet::new());
    targets.visit_body(body);
    targets.0
}

/// The names `body`'s `nonlocal` (or `global`) statements declare, at any depth.
fn declared(body: &[Stmt], nonlocal: bool) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for_each_declaration(body, nonlocal, &mut |declared| names.extend(declared.iter().map(|n| n.to_string())));
    names
}

/// How many `nonlocal` (or `global`) statements `body` holds, at any depth.
fn declarations(body: &[Stmt], nonlocal: bool) -> usize {
    let mut count = 0;
    for_each_declaration(body, nonlocal, &mut |_| count += 1);
    count
}

fn for_each_declaration(body: &[Stmt], nonlocal: bool, each: &mut dyn FnMut(&[ast::Identifier])) {
    struct Declarations<'e> {
        nonlocal: bool,
        each: &'e mut dyn FnMut(&[ast::Identifier]),
    }
    impl<'a> Visitor<'a> for Declarations<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Nonlocal(declaration) if self.nonlocal => (self.each)(&declaration.names),
                Stmt::Global(declaration) if !self.nonlocal => (self.each)(&declaration.names),
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    Declarations { nonlocal, each }.visit_body(body);
}

/// Does the module read a `__name__` attribute (a function's name, which the rewrite changes)?
fn reads_function_names(body: &[Stmt]) -> bool {
    struct Names(bool);
    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.0 |= matches!(expr, Expr::Attribute(attribute) if attribute.attr.as_str() == "__name__");
            walk_expr(self, expr);
        }
    }
    let mut names = Names(false);
    names.visit_body(body);
    names.0
}
