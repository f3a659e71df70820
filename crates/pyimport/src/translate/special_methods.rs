//! `with obj:` of an instance of a class of the file that defines `__enter__` and `__exit__` (a
//! connection pool, a timer, a transaction). Python runs `__enter__`, binds its value to the `as`
//! name, runs the block, then `__exit__`: with `(None, None, None)` however the block leaves it
//! (its end, `return`, `break`, `continue`), or with the exception it raised, which a true value of
//! `__exit__` swallows. An `__exit__` that never reads the exception and never returns a true value
//! does exactly what the `finally:` of a `try` does, so the block is translated as
//!
//! ```python
//! obj.__enter__()
//! try:
//!     BODY
//! finally:
//!     obj.__exit__(None, None, None)
//! ```
//!
//! written over a name bound to the instance itself (the object `with` evaluated once), and the
//! translator follows it as code the program wrote. Any other `__exit__` is refused at its `def`
//! (one that reads the exception, one that may return a true value), as are the special methods weft
//! does not call where Python does (`__len__`, `__repr__`, ...).

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::syntax::{expression_statement, method_call, name};
use crate::value::Value;

/// The special methods weft follows: `__init__` (classes.rs), the two of a `with` and the two of an
/// `async with`.
pub(super) fn is_followed_special_method(method: &str) -> bool {
    matches!(method, "__init__" | "__enter__" | "__exit__" | "__aenter__" | "__aexit__")
        || super::instance_texts::TEXT_METHODS.contains(&method)
}

/// The two methods of a `with` (`__enter__`, `__exit__`) or of an `async with` (`__aenter__`,
/// `__aexit__`, whose values the statement awaits).
#[derive(Clone, Copy)]
pub(super) struct Protocol {
    enter: &'static str,
    exit: &'static str,
    awaited: bool,
}

impl Protocol {
    pub(super) fn of(is_async: bool) -> Protocol {
        match is_async {
            false => Protocol { enter: "__enter__", exit: "__exit__", awaited: false },
            true => Protocol { enter: "__aenter__", exit: "__aexit__", awaited: true },
        }
    }

    fn statement(self) -> &'static str {
        if self.awaited { "async with" } else { "with" }
    }

    /// `await call` for `async with`, the call itself for `with`.
    fn awaited(self, call: Expr) -> Expr {
        match self.awaited {
            false => call,
            true => Expr::Await(ast::ExprAwait {
                node_index: ast::AtomicNodeIndex::default(),
                range: call.range(),
                value: Box::new(call),
            }),
        }
    }
}

/// `__enter__` and `__exit__` (`__aenter__` and `__aexit__`) at their `def`: of the shape whose
/// `with` is a `try`/`finally`.
pub(super) fn check_context_method(class: &ast::StmtClassDef, def: &ast::StmtFunctionDef) -> Result<()> {
    let method = def.name.as_str();
    let asynchronous = matches!(method, "__aenter__" | "__aexit__");
    if !matches!(method, "__enter__" | "__exit__") && !asynchronous {
        return Ok(());
    }
    if let Some(decorator) = def.decorator_list.first() {
        return fail(decorator, format!("a decorated `{method}` is not supported; write a plain method"));
    }
    if asynchronous != def.is_async {
        let (wanted, raises) = match asynchronous {
            true => ("`async def`", "`async with` awaits its value, and a plain method's is no awaitable"),
            false => ("a plain `def`", "`with` calls it without awaiting: its body would never run"),
        };
        return fail(&def.name, format!("`{method}` of `{}` must be {wanted} ({raises})", class.name));
    }
    let is_exit = matches!(method, "__exit__" | "__aexit__");
    let parameters = &def.parameters;
    let positional: Vec<&ast::ParameterWithDefault> = parameters.posonlyargs.iter().chain(&parameters.args).collect();
    // `__exit__(self, exc_type, exc, tb)` or `__exit__(self, *exc)`.
    let exit_shape = match (positional.len(), &parameters.vararg) {
        (4, None) | (1, Some(_)) => is_exit,
        _ => false,
    };
    let enter_shape = !is_exit && positional.len() == 1 && parameters.vararg.is_none();
    if !(exit_shape || enter_shape) || parameters.kwarg.is_some() || !parameters.kwonlyargs.is_empty() {
        let shape = if is_exit { "`self, exc_type, exc, tb` or `self, *exc`" } else { "`self` only" };
        return fail(&**parameters, format!("`{method}` of `{}` takes {shape} in weft's subset", class.name));
    }
    if is_exit {
        let exception_parameters = positional[1..].iter().map(|parameter| &parameter.parameter);
        check_exit_ignores_exception(method, exception_parameters.chain(parameters.vararg.as_deref()), &def.body)?;
        check_exit_returns_false(method, &def.body)?;
    }
    Ok(())
}

/// `__exit__` runs as a `finally:` that cannot see the block's exception: it must not read it.
fn check_exit_ignores_exception<'p>(
    method: &str,
    exception_parameters: impl Iterator<Item = &'p ast::Parameter>,
    body: &[Stmt],
) -> Result<()> {
    for parameter in exception_parameters {
        let parameter = parameter.name.as_str();
        let mut reads = NameReads { name: parameter, first: None };
        reads.visit_body(body);
        if let Some(range) = reads.first {
            return fail(
                &range,
                format!(
                    "an `{method}` that reads the exception (`{parameter}`) is not supported; weft follows an `{method}` that does not look at it (it runs as the `finally:` of the block); catch the exception in the block with `try`/`except` instead"
                ),
            );
        }
    }
    Ok(())
}

/// A true value of `__exit__` swallows the block's exception, which a `finally:` never does: only
/// `return`, `return None` and `return False` are followed.
fn check_exit_returns_false(method: &str, body: &[Stmt]) -> Result<()> {
    let mut returns = Returns::default();
    returns.visit_body(body);
    for ret in returns.found {
        let falsy = match ret.value.as_deref() {
            None | Some(Expr::NoneLiteral(_)) => true,
            Some(Expr::BooleanLiteral(literal)) => !literal.value,
            Some(_) => false,
        };
        if !falsy {
            return fail(
                &ret,
                format!(
                    "an `{method}` that may return a true value (which swallows the block's exception) is not supported; weft follows one that returns `False`, `None` or nothing"
                ),
            );
        }
    }
    Ok(())
}

/// The first read of a name in a body.
struct NameReads<'n> {
    name: &'n str,
    first: Option<TextRange>,
}

impl<'a> Visitor<'a> for NameReads<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.first.is_none()
            && let Expr::Name(read) = expr
            && read.id.as_str() == self.name
        {
            self.first = Some(read.range);
        }
        walk_expr(self, expr);
    }
}

/// The `return` statements of a function's own body (not of the functions it defines).
#[derive(Default)]
struct Returns {
    found: Vec<ast::StmtReturn>,
}

impl<'a> Visitor<'a> for Returns {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Return(ret) => self.found.push(ret.clone()),
            other => walk_stmt(self, other),
        }
    }
}

impl Translator<'_> {
    /// A name that stands for an instance (`self`): reading it computes nothing and cannot fail.
    pub(super) fn is_instance_name(&self, frame: &Frame, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(named) if matches!(self.resolve(frame, named.id.as_str()), Some(Value::Instance(_))))
    }

    /// `async with item:` whose object is an instance of a class of the file: `await` of its
    /// `__aenter__`, the block, and `await` of its `__aexit__` in the `finally:` (`instance_with`).
    /// An instance after other items is reached by nesting, as Python means `async with a, b:`
    /// (`async with a:` around `async with b:`). False when no item is an instance.
    pub(super) fn async_instance_with(
        &mut self,
        frame: &mut Frame,
        with: &ast::StmtWith,
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let is_instance = |item: &ast::WithItem| {
            matches!(self.expr(frame, &item.context_expr, false), Ok(Ex::Static(Value::Instance(_))))
        };
        if !with.is_async || !with.items.iter().any(is_instance) {
            return Ok(false);
        }
        let (first, rest) = with.items.split_first().expect("an item is an instance");
        if !is_instance(first) {
            let inner = ast::StmtWith { items: rest.to_vec(), ..with.clone() };
            let outer = ast::StmtWith {
                items: vec![first.clone()],
                body: std::iter::once(Stmt::With(inner)).collect(),
                ..with.clone()
            };
            self.with_statement(frame, &outer, out, next_line)?;
            return Ok(true);
        }
        if !frame.coroutine {
            return fail(first, "`async with` is used outside a coroutine (`async def`)");
        }
        self.instance_with(frame, Protocol::of(true), first, rest, &with.body, out, next_line)
    }

    /// `with item:` whose object is an instance of a class of the file: its `__enter__`, the rest of
    /// the `with` (its other items, then its block) as the body of a `try` whose `finally:` is its
    /// `__exit__` (for `async with`, `await` of its `__aenter__` and `__aexit__`). False when the
    /// object is no instance.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn instance_with(
        &mut self,
        frame: &mut Frame,
        protocol: Protocol,
        item: &ast::WithItem,
        rest: &[ast::WithItem],
        body: &[Stmt],
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<bool> {
        let Ok(Ex::Static(Value::Instance(instance))) = self.expr(frame, &item.context_expr, false) else {
            return Ok(false);
        };
        let has = |method: &str| self.functions.contains_key(&format!("{instance}.{method}"));
        if !has(protocol.enter) || !has(protocol.exit) {
            let class = self.classes.class_of(&instance).unwrap_or_default();
            let (statement, enter, exit) = (protocol.statement(), protocol.enter, protocol.exit);
            return fail(
                item,
                format!(
                    "`{statement}` on an instance of `{class}`, which does not define both `{enter}` and `{exit}`: Python raises TypeError"
                ),
            );
        }
        // The object `with` evaluated, under a name no Python name can be (the `as` name, or the
        // block, may rebind the one the program wrote).
        let manager = format!("with manager {}", item.start().to_u32());
        frame.locals.insert(manager.clone(), Value::Instance(instance.clone()));
        let translated = self.enter_and_block(frame, (&manager, &instance, protocol), item, rest, body, out, next_line);
        frame.locals.remove(&manager);
        translated.map(|()| true)
    }

    #[allow(clippy::too_many_arguments)]
    fn enter_and_block(
        &mut self,
        frame: &mut Frame,
        (manager, instance, protocol): (&str, &str, Protocol),
        item: &ast::WithItem,
        rest: &[ast::WithItem],
        body: &[Stmt],
        out: &mut Vec<Step>,
        next_line: u32,
    ) -> Result<()> {
        let range = item.range();
        let enter = protocol.awaited(method_call(
            name(manager, range, ast::ExprContext::Load),
            protocol.enter,
            Vec::new(),
            range,
        ));
        let enter_key = format!("{instance}.{}", protocol.enter);
        match item.optional_vars.as_deref() {
            // `return self`: the `as` name is the instance itself, as the object `with` evaluated.
            Some(target) if self.functions.get(&enter_key).is_some_and(|def| returns_its_instance(def)) => {
                self.statement(frame, &expression_statement(enter), out, next_line)?;
                let instance = name(manager, range, ast::ExprContext::Load);
                self.statement(frame, &assignment(target.clone(), instance), out, next_line)?;
            }
            Some(target) => self.statement(frame, &assignment(target.clone(), enter), out, next_line)?,
            None => self.statement(frame, &expression_statement(enter), out, next_line)?,
        }
        let block = match rest {
            [] => body.iter().cloned().collect(),
            _ => std::iter::once(Stmt::With(ast::StmtWith {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                is_async: protocol.awaited,
                items: rest.to_vec(),
                body: body.iter().cloned().collect(),
            }))
            .collect(),
        };
        let none = || Expr::NoneLiteral(ast::ExprNoneLiteral { node_index: ast::AtomicNodeIndex::default(), range });
        // `(None, None, None)`, given to the three exception parameters or to the unread `*exc`
        // (which binds nothing: translate.rs's bind_parameters).
        let exit_key = format!("{instance}.{}", protocol.exit);
        let exception_parameters = self
            .functions
            .get(&exit_key)
            .map_or(3, |def| (def.parameters.posonlyargs.len() + def.parameters.args.len()).saturating_sub(1));
        let exit = method_call(
            name(manager, range, ast::ExprContext::Load),
            protocol.exit,
            (0..exception_parameters).map(|_| none()).collect(),
            range,
        );
        let exit = protocol.awaited(exit);
        let attempt = Stmt::Try(ast::StmtTry {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            body: block,
            handlers: Vec::new(),
            orelse: Default::default(),
            finalbody: std::iter::once(expression_statement(exit)).collect(),
            is_star: false,
        });
        self.statement(frame, &attempt, out, next_line)
    }
}

/// Does `__enter__` return its `self` (`return self` its only `return`, at its end)?
fn returns_its_instance(def: &ast::StmtFunctionDef) -> bool {
    let Some(first) = def.parameters.posonlyargs.iter().chain(&def.parameters.args).next() else { return false };
    let mut returns = Returns::default();
    returns.visit_body(&def.body);
    let ends_with_self = matches!(
        def.body.last(),
        Some(Stmt::Return(ast::StmtReturn { value: Some(value), .. }))
            if matches!(&**value, Expr::Name(named) if named.id == first.parameter.name.id)
    );
    ends_with_self && returns.found.len() == 1
}

fn assignment(target: Expr, value: Expr) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        node_index: ast::AtomicNodeIndex::default(),
        range: value.range(),
        targets: vec![target],
        value: Box::new(value),
    })
}
