//! Closure factories: `def make_worker(i): def worker(): ...; return worker`, called where a thread's
//! target is named (`Thread(target=make_worker(i))`, or a list of them made first). The call runs at import
//! time: the factory does nothing but define the nested function, so its value is that function with the
//! factory's parameters bound to the call's values, which the nested function reads through its closure.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, fail};
use crate::value::Value;

impl<'a> Translator<'a> {
    /// `factory(args)` for a factory of this file: the nested function it returns, with its parameters
    /// bound (None when `name` is not such a factory, so the caller says what it says of other calls).
    pub(crate) fn factory_closure(&self, frame: &Frame, name: &str, call: &ast::ExprCall) -> Result<Option<Value>> {
        let Some(def) = self.functions.get(name).copied() else { return Ok(None) };
        let Some(inner) = returned_nested_function(def) else { return Ok(None) };
        let parameters = &def.parameters;
        if parameters.vararg.is_some() || parameters.kwarg.is_some() || !parameters.kwonlyargs.is_empty() {
            return fail(&**parameters, "`*args`, `**kwargs` and keyword-only parameters are not supported");
        }
        let all: Vec<&ast::ParameterWithDefault> =
            parameters.posonlyargs.iter().chain(parameters.args.iter()).collect();
        refuse_rebound_parameter(name, def, inner, call)?;
        if call.arguments.args.len() > all.len() {
            return fail(call, format!("`{name}` takes {} arguments", all.len()));
        }
        // The factory's own closure first (a factory nested in `main` reads main's locks), its parameters
        // over it.
        let mut captured = self.closures.get(name).cloned().unwrap_or_default();
        for (position, parameter) in all.iter().enumerate() {
            let parameter_name = parameter.parameter.name.as_str();
            let given = call.arguments.args.get(position).or_else(|| {
                call.arguments
                    .keywords
                    .iter()
                    .find(|keyword| keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == parameter_name))
                    .map(|keyword| &keyword.value)
            });
            let value = match (given, parameter.default.as_deref()) {
                (Some(value), _) => self.static_value(frame, value)?,
                (None, Some(default)) => self.static_value(frame, default)?,
                (None, None) => return fail(call, format!("`{name}` needs its argument `{parameter_name}`")),
            };
            if let Value::Local(_) = value {
                return fail(
                    call,
                    format!(
                        "`{name}`'s argument `{parameter_name}` must be known at import time (a closure cell weft does not model)"
                    ),
                );
            }
            captured.insert(parameter_name.to_string(), value);
        }
        for keyword in &call.arguments.keywords {
            let known =
                keyword.arg.as_ref().is_some_and(|arg| all.iter().any(|p| p.parameter.name.as_str() == arg.as_str()));
            if !known {
                return fail(keyword, format!("`{name}` has no such parameter"));
            }
        }
        Ok(Some(Value::Closure(inner.to_string(), captured)))
    }

    /// `make_adder(1)` as an assignment's whole value in a function (`adder = make_adder(1)`): the
    /// closure, as at module level, rather than an inlined call whose value would be a function.
    pub(crate) fn factory_call(&self, frame: &Frame, value: &Expr) -> Result<Option<Value>> {
        let Expr::Call(call) = value else { return Ok(None) };
        let Expr::Name(callee) = &*call.func else { return Ok(None) };
        if !matches!(self.resolve(frame, callee.id.as_str()), Some(Value::Function(_))) {
            return Ok(None);
        }
        self.factory_closure(frame, callee.id.as_str(), call)
    }

    /// A thread's target: a function of the file, or one a closure factory made, whose bound parameters
    /// become the closure its body is translated with (a thread's body is translated when it is made, so
    /// the binding holds for that body).
    pub(crate) fn thread_target(&mut self, target: Option<Value>) -> Option<String> {
        match target? {
            Value::Function(function) => Some(function),
            Value::Closure(function, captured) => {
                self.closures.insert(function.clone(), captured);
                Some(function)
            }
            _ => None,
        }
    }
}

/// `nonlocal n` of a factory's parameter in the nested function: each closure the factory makes has a
/// cell of its own that the function rebinds as it runs, which binding the parameter's value does not
/// follow.
fn refuse_rebound_parameter(
    factory: &str,
    def: &ast::StmtFunctionDef,
    inner: &str,
    call: &ast::ExprCall,
) -> Result<()> {
    let Some(Stmt::FunctionDef(nested)) = def
        .body
        .iter()
        .find(|statement| matches!(statement, Stmt::FunctionDef(nested) if nested.name.as_str() == inner))
    else {
        return Ok(());
    };
    let mut rebound = std::collections::BTreeSet::new();
    super::collect_nonlocal(&nested.body, &mut rebound);
    match rebound.into_iter().next() {
        Some(name) => fail(
            call,
            format!(
                "`{inner}` rebinds `{name}` of `{factory}` (`nonlocal`), a cell of each closure weft does not model; a closure factory's function may read its parameters, not assign them (keep the count in a global or an object)"
            ),
        ),
        None => Ok(()),
    }
}

/// The nested function a factory returns, when the factory's body (after a docstring) is only its `def`
/// and `return` of it.
pub(super) fn returned_nested_function(def: &ast::StmtFunctionDef) -> Option<&str> {
    let body = match def.body.first() {
        Some(Stmt::Expr(docstring)) if matches!(&*docstring.value, Expr::StringLiteral(_)) => &def.body[1..],
        _ => &def.body[..],
    };
    let [Stmt::FunctionDef(inner), Stmt::Return(ret)] = body else { return None };
    match ret.value.as_deref() {
        Some(Expr::Name(returned)) if returned.id.as_str() == inner.name.as_str() && !inner.is_async => {
            Some(inner.name.as_str())
        }
        _ => None,
    }
}

impl Translator<'_> {
    /// A number (or string, or None) local to the function around the nested `def`, which the nested
    /// function reads through its cell when it runs: its value known at import time, when the function
    /// around binds the name once, outside every loop, before the `def` (it is bound already), and no
    /// nested function rebinds it (`nonlocal`). The cell then holds that value whenever it is read.
    /// None otherwise: the late binding would need the cell itself.
    pub(super) fn constant_cell(&self, frame: &Frame, nested: &str, name: &str) -> Option<Value> {
        let outer = self.nested.get(nested)?;
        let outer_def = self.functions.get(outer.as_str())?;
        if self.closure_cells.get(outer.as_str()).is_some_and(|cells| cells.contains(name)) {
            return None;
        }
        let is_parameter = outer_def.parameters.iter().any(|parameter| parameter.name().as_str() == name);
        let bindings = usize::from(is_parameter) + bindings_of(&outer_def.body, name);
        if bindings != 1 {
            return None;
        }
        match frame.known.get(name)? {
            known @ (Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None) => Some(known.clone()),
            _ => None,
        }
    }
}

/// How many times `body` binds `name` in its own scope (not in nested functions, classes or lambdas),
/// a binding inside a loop counted twice: it may run more than once.
pub(super) fn bindings_of(body: &[Stmt], name: &str) -> usize {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Count<'n> {
        name: &'n str,
        loops: usize,
        count: usize,
    }
    impl Count<'_> {
        fn bound(&mut self) {
            self.count += if self.loops > 0 { 2 } else { 1 };
        }
    }
    impl<'a> Visitor<'a> for Count<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => {
                    if def.name.as_str() == self.name {
                        self.bound();
                    }
                }
                Stmt::ClassDef(class) => {
                    if class.name.as_str() == self.name {
                        self.bound();
                    }
                }
                Stmt::For(_) | Stmt::While(_) => {
                    self.loops += 1;
                    walk_stmt(self, stmt);
                    self.loops -= 1;
                }
                Stmt::Import(ast::StmtImport { names, .. }) | Stmt::ImportFrom(ast::StmtImportFrom { names, .. }) => {
                    let binds = |alias: &ast::Alias| {
                        alias.asname.as_ref().unwrap_or(&alias.name).as_str().split('.').next() == Some(self.name)
                    };
                    if names.iter().any(binds) {
                        self.bound();
                    }
                }
                Stmt::Try(ast::StmtTry { handlers, .. }) => {
                    for handler in handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        if handler.name.as_ref().is_some_and(|bound| bound.as_str() == self.name) {
                            self.bound();
                        }
                    }
                    walk_stmt(self, stmt);
                }
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Name(named) if named.id.as_str() == self.name && !named.ctx.is_load() => self.bound(),
                Expr::Lambda(_) => {}
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut count = Count { name, loops: 0, count: 0 };
    for statement in body {
        count.visit_stmt(statement);
    }
    count.count
}
