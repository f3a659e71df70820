//! `contextvars.ContextVar` in asyncio programs (session28/a07: a request id set by each handler task
//! and read by the coroutines it awaits). CPython keeps a context per task: `asyncio.create_task` (and
//! `gather` or `asyncio.run` of a coroutine, a TaskGroup's `create_task`, `wait_for` of a coroutine,
//! which make tasks) copies the creator's current context into the new task, `var.set(v)` changes the
//! running task's copy only, and `var.get()` reads it (the variable's `default=` where nothing set it).
//! An awaited coroutine runs in its caller's task, so in its context.
//!
//! So a context variable is a task-local of the scenario (`contextvar_request_id`), the same name in
//! each task that holds one: the module's main task binds it to the default where the `ContextVar` is
//! made, `set` is a `let`, `get` a read of the local, and each `submit` of a coroutine passes the
//! creator's value as an argument (`args: { contextvar_request_id: "contextvar_request_id" }`), which
//! binds the new task's own copy when it starts: Python's copy at `create_task`.
//!
//! Session 30: `get(d)` gives `d` in a context that never set the variable (its own `default=`
//! otherwise), so where the program calls it the variable has a second task-local, copied the same
//! way, that says whether this context set it (`contextvar_request_id_set`, 0 until a `set`); `get(d)`
//! is `(value if set == 1 else d)`. `token = var.set(v)` keeps the value (and that flag) before the
//! `set` in locals of its own, and `var.reset(token)` puts them back: CPython's `reset` restores the
//! value the token saw, or "not set", which holding the default with the flag at 0 is. The token is
//! followed only as a name of the function that made it, reset once there (a second `reset` raises
//! RuntimeError in CPython), not in a loop the `set` is outside of, nor after an `if` the `set` was in.
//!
//! Refused: a `ContextVar` without `default=` (its `get` raises LookupError where nothing set it), or
//! whose default is not a number, a string or None; one made anywhere but at module level; the token
//! used otherwise; any other use of the variable as a value; `get`/`set` in a thread, an executor's job
//! or a process, and a coroutine started from one (a thread starts in an empty context, `to_thread` in a
//! copy: neither is modelled).

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Result, Translator, fail};
use crate::expr::{ATOM, Ex};
use crate::out::{Node, Step};
use crate::value::Value;

/// What a name bound to a context variable holds as a value: nothing weft computes with.
const CONTEXT_VARIABLE: &str = "a `contextvars.ContextVar`";

/// One context variable of the program.
#[derive(Clone, Debug)]
pub(crate) struct ContextVariable {
    /// The task-local that holds each task's copy.
    local: String,
    /// The task-local that says whether the context set the variable (1) or not (0): made only in a
    /// program that calls `get(d)` on it, or for a variable without `default=`.
    set_flag: Option<String>,
    /// Made without `default=`: `get()` raises LookupError in a context that never set it.
    no_default: bool,
}

impl ContextVariable {
    /// The task-locals each task holds a copy of.
    fn locals(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.local).chain(&self.set_flag)
    }
}

/// `token = var.set(v)`: the locals that hold what the `set` replaced, and where the token was made.
#[derive(Clone, Debug)]
struct Token {
    variable: String,
    value_before: String,
    flag_before: Option<String>,
    dynamic: u32,
    loops: usize,
}

/// The program's context variables and the tasks that hold a copy of them.
#[derive(Default)]
pub(crate) struct ContextVariables {
    /// By the module global that names each.
    variables: std::collections::BTreeMap<String, ContextVariable>,
    /// Scenario tasks that hold a copy: the module's main task once one is made, and every coroutine task.
    holders: std::collections::BTreeSet<usize>,
    /// The tokens of `set`, by the local that keeps the value before it (what the token's name holds).
    tokens: std::collections::BTreeMap<String, Token>,
    /// The `get()` of a variable without a default whose LookupError the statement around it has just
    /// raised where it is due (by the call's offset): its value is then read as any other's.
    checked_get: Option<usize>,
}

impl Translator<'_> {
    /// `NAME = contextvars.ContextVar("name", default=D)` (or annotated): the module's main task binds
    /// the variable's local to the default. False when `value` makes no context variable.
    pub(super) fn context_variable_made(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = value else { return Ok(false) };
        if !matches!(self.expr(frame, &call.func, false), Ok(Ex::Static(Value::Module(name))) if name == "contextvars.ContextVar")
        {
            return Ok(false);
        }
        let Expr::Name(target) = target else {
            return fail(target, "a `contextvars.ContextVar` is supported bound to a module global name");
        };
        if !frame.module_level || frame.dynamic > 0 {
            return fail(call, "a `contextvars.ContextVar` is supported made once, at module level");
        }
        if self.context_variables.variables.contains_key(target.id.as_str()) {
            return fail(target, "this name is bound to a `contextvars.ContextVar` again; make each one once");
        }
        if let Some(use_elsewhere) = other_use(self.module_body, target.id.as_str()) {
            return fail(
                &use_elsewhere,
                "a `contextvars.ContextVar` is supported through its module name only (`var.get()`, `var.set(value)`): passed, kept in another name or bound again, its `set` and `get` would not be followed",
            );
        }
        let default = self.context_default(frame, call)?;
        let no_default = default.is_none();
        let default = default.unwrap_or_else(|| "None".to_string());
        let local = self.fresh_temporary(frame.task, &format!("contextvar_{}", target.id));
        out.push(Step::new("let", Node::Quoted(format!("{local} = {default}")), line));
        let set_flag = (no_default || reads_with_a_default(self.module_body, target.id.as_str())).then(|| {
            let flag = self.fresh_temporary(frame.task, &format!("contextvar_{}_set", target.id));
            out.push(Step::new("let", Node::Quoted(format!("{flag} = 0")), line));
            flag
        });
        self.context_variables.holders.insert(frame.task);
        self.context_variables.variables.insert(target.id.to_string(), ContextVariable { local, set_flag, no_default });
        self.globals.insert(target.id.to_string(), Value::Opaque(CONTEXT_VARIABLE));
        Ok(true)
    }

    /// The `default=` of a `ContextVar(...)` call as scenario code; `None` without one.
    fn context_default(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<String>> {
        if call.arguments.args.len() != 1 || !matches!(call.arguments.args[0], Expr::StringLiteral(_)) {
            return fail(call, "`contextvars.ContextVar` takes its name as a string literal, then `default=`");
        }
        let mut default = None;
        for keyword in call.arguments.keywords.iter() {
            match keyword.arg.as_ref().map(|name| name.as_str()) {
                Some("default") => default = Some(&keyword.value),
                _ => return fail(keyword, "`contextvars.ContextVar` takes only `default=` here"),
            }
        }
        let Some(default) = default else { return Ok(None) };
        match self.static_value(frame, default) {
            Ok(Value::Int(number)) => Ok(Some(number.to_string())),
            Ok(Value::None) => Ok(Some("None".to_string())),
            Ok(Value::Str(_)) => self.code(frame, default).map(|(code, _, _)| Some(code)),
            _ => fail(
                default,
                "the default of a `contextvars.ContextVar` is supported as a number, a string or None known at import time",
            ),
        }
    }

    /// The context variable `expr` names: a module global bound by `ContextVar`, not shadowed here.
    /// `var.method(...)` of a context variable: the method's name and the variable.
    fn context_method<'call>(
        &self,
        frame: &Frame,
        call: &'call ast::ExprCall,
    ) -> Option<(&'call str, ContextVariable)> {
        let Expr::Attribute(attribute) = &*call.func else { return None };
        let variable = self.context_variable(frame, &attribute.value)?;
        Some((attribute.attr.as_str(), variable))
    }

    fn context_variable(&self, frame: &Frame, expr: &Expr) -> Option<ContextVariable> {
        let Expr::Name(name) = expr else { return None };
        let variable = self.context_variables.variables.get(name.id.as_str())?;
        matches!(self.resolve(frame, name.id.as_str()), Some(Value::Opaque(CONTEXT_VARIABLE))).then(|| variable.clone())
    }

    /// Refuses a `get` or `set` in a task that holds no copy of the context (a thread, a job).
    fn check_context_holder(&self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        if self.context_variables.holders.contains(&frame.task) {
            return Ok(());
        }
        fail(
            call,
            "a `contextvars.ContextVar` is supported in the module's code and in asyncio tasks; a thread starts in a context of its own (`asyncio.to_thread` and executors in a copy or none), which weft does not model: pass the value as an argument",
        )
    }

    /// `var.get()` inside an expression: the running task's copy. `None` when `call` is no method of
    /// a context variable.
    pub(crate) fn context_variable_read(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<Ex>> {
        let Some((method, variable)) = self.context_method(frame, call) else { return Ok(None) };
        match method {
            "get" if call.arguments.is_empty() => {
                self.check_context_holder(frame, call)?;
                if variable.no_default && self.context_variables.checked_get != Some(call.range().start().to_usize()) {
                    // It may raise LookupError: on a line of its own (hoisting.rs), where the statement
                    // raises it first (`context_get_checked`).
                    return fail(
                        call,
                        crate::hoisting::method_call_inside_expression(
                            "get",
                            "a `contextvars.ContextVar` without `default=`",
                        ),
                    );
                }
                Ok(Some(Ex::code(variable.local, ATOM, false, false)))
            }
            "get" => {
                let ([default], [], Some(flag)) =
                    (&call.arguments.args[..], &call.arguments.keywords[..], &variable.set_flag)
                else {
                    return fail(
                        call,
                        "`get` takes no argument, or one: the value for a context that never set the variable",
                    );
                };
                self.check_context_holder(frame, call)?;
                let (default, _, _) = self.code(frame, default)?;
                Ok(Some(Ex::code(format!("({} if {flag} == 1 else {default})", variable.local), ATOM, false, false)))
            }
            "set" => fail(
                call,
                "the token `set` gives is followed bound to a name on a line of its own (`token = var.set(value)`), then `var.reset(token)`: call `var.set(value)` on a line of its own, or bind its token so",
            ),
            other => fail(
                call,
                format!(
                    "`{other}` of a `contextvars.ContextVar` is not supported; weft follows `get()` and `set(value)`"
                ),
            ),
        }
    }

    /// `var.set(value)` as a statement: a `let` of the running task's copy. False when `call` is no
    /// method of a context variable.
    pub(super) fn context_variable_write(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if self.context_copy_run(frame, call, out, line)? {
            return Ok(true);
        }
        let Some((method, variable)) = self.context_method(frame, call) else { return Ok(false) };
        if method == "reset" {
            return self.context_variable_reset(frame, call, out, line).map(|()| true);
        }
        if method == "get" && call.arguments.is_empty() && variable.no_default {
            self.check_context_holder(frame, call)?;
            self.raise_unless_set(frame, &variable, out, line);
            return Ok(true);
        }
        let ("set", [value]) = (method, &call.arguments.args[..]) else {
            // `get()` as a statement reads nothing anyone sees; anything else is refused as a value is.
            return self.context_variable_read(frame, call).map(|_| true);
        };
        if !call.arguments.keywords.is_empty() {
            return fail(call, "`set` takes one value");
        }
        self.check_context_holder(frame, call)?;
        let code = self.argument_code(frame, value, out, line)?;
        out.push(Step::new("let", Node::Quoted(format!("{} = {code}", variable.local)), line));
        if let Some(flag) = &variable.set_flag {
            out.push(Step::new("let", Node::Quoted(format!("{flag} = 1")), line));
        }
        Ok(true)
    }

    /// `contextvars.copy_context().run(f, *args)` as a statement: `f(*args)` of a plain function of the
    /// file, inlined, in a copy of the running task's context: what it `set`s is gone after it, as
    /// CPython's `Context.run` leaves the copy. The task's values are kept before the call and put
    /// back after it. Refused inside a `try` (an exception `f` raises would skip putting them back,
    /// where CPython leaves the copy on every way out) and of an `async def` (`run` would only make the
    /// coroutine, in the copy). False when `call` is no such `run`.
    fn context_copy_run(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(false) };
        let Expr::Call(copy) = &*attribute.value else { return Ok(false) };
        if !matches!(self.expr(frame, &copy.func, false), Ok(Ex::Static(Value::Module(name))) if name == "contextvars.copy_context")
        {
            return Ok(false);
        }
        if attribute.attr.as_str() != "run" || !copy.arguments.is_empty() {
            return fail(
                call,
                "of a copied context weft follows `contextvars.copy_context().run(f, ...)` as a statement; keeping the copy (`ctx = copy_context()`) is not supported",
            );
        }
        let Some((function, arguments)) = call.arguments.args.split_first() else {
            return fail(call, "`run` takes the function to call first");
        };
        match self.expr(frame, function, false)? {
            Ex::Static(Value::Function(name)) if !self.functions[&name].is_async => {}
            _ => {
                return fail(
                    function,
                    "`Context.run` is followed for a plain function of this file (`def`, not `async def`)",
                );
            }
        }
        if self.general_tries > 0 {
            return fail(
                call,
                "`copy_context().run(...)` inside a `try` is not supported: an exception the function raises would leave weft's task in the copy, where CPython leaves the copy on every way out; call it outside the `try`",
            );
        }
        self.check_context_holder(frame, call)?;
        let locals: Vec<String> =
            self.context_variables.variables.values().flat_map(ContextVariable::locals).cloned().collect();
        let mut kept = Vec::new();
        for local in &locals {
            let outside = self.fresh_temporary(frame.task, &format!("{local}_outside"));
            out.push(Step::new("let", Node::Quoted(format!("{outside} = {local}")), line));
            kept.push((local, outside));
        }
        let mut inner = crate::syntax::call_without_arguments(function.clone(), call.range());
        if let Expr::Call(made) = &mut inner {
            made.arguments.args = arguments.to_vec().into_boxed_slice();
            made.arguments.keywords = call.arguments.keywords.clone();
        }
        self.expression_statement(frame, &inner, out, line)?;
        for (local, outside) in kept {
            out.push(Step::new("let", Node::Quoted(format!("{local} = {outside}")), line));
        }
        Ok(true)
    }

    /// `name = var.get()` of a variable without `default=`, on a line of its own: LookupError where the
    /// context never set it, then the value read as any other's. False (the assignment still to be
    /// translated) in every case; `checked_get` lets that translation read it.
    pub(super) fn context_get_checked(
        &mut self,
        frame: &Frame,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = value else { return Ok(false) };
        let Some((method, variable)) = self.context_method(frame, call) else { return Ok(false) };
        if method != "get" || !call.arguments.is_empty() || !variable.no_default {
            return Ok(false);
        }
        self.check_context_holder(frame, call)?;
        self.raise_unless_set(frame, &variable, out, line);
        self.context_variables.checked_get = Some(call.range().start().to_usize());
        Ok(false)
    }

    /// `raise LookupError` where the running task's context never set `variable`.
    fn raise_unless_set(&mut self, frame: &Frame, variable: &ContextVariable, out: &mut Vec<Step>, line: u32) {
        let Some(flag) = &variable.set_flag else { return };
        let mut raise = Vec::new();
        self.push_raise(frame, "LookupError", &mut raise, line);
        let entries = vec![("cond", Node::Quoted(format!("{flag} == 0"))), ("then", Node::Steps(raise))];
        out.push(Step::new("if", Node::Map(entries), line));
    }

    /// `token = var.set(value)` on a line of its own: what the `set` replaces into locals of the token,
    /// then the `set`. False when `value` is no `set` of a context variable.
    pub(super) fn context_token_made(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        let Expr::Call(call) = value else { return Ok(false) };
        let Expr::Attribute(attribute) = &*call.func else { return Ok(false) };
        let Some(variable) = self.context_variable(frame, &attribute.value) else { return Ok(false) };
        if attribute.attr.as_str() != "set" {
            return Ok(false);
        }
        let Expr::Name(token) = target else {
            return fail(target, "the token of `set` is followed bound to a name");
        };
        if let Some(other) = other_token_use(self.module_body, token.id.as_str()) {
            return fail(
                &other,
                "the token of a context variable's `set` is followed only as the argument of that variable's `reset`, in the function that made it",
            );
        }
        let Expr::Name(variable_name) = &*attribute.value else { return Ok(false) };
        let value_before = self.fresh_temporary(frame.task, &format!("{}_before", variable.local));
        out.push(Step::new("let", Node::Quoted(format!("{value_before} = {}", variable.local)), line));
        let flag_before = variable.set_flag.as_ref().map(|flag| {
            let before = self.fresh_temporary(frame.task, &format!("{flag}_before"));
            out.push(Step::new("let", Node::Quoted(format!("{before} = {flag}")), line));
            before
        });
        let made = Token {
            variable: variable_name.id.to_string(),
            value_before: value_before.clone(),
            flag_before,
            dynamic: frame.dynamic,
            loops: frame.loops.len(),
        };
        self.context_variables.tokens.insert(value_before.clone(), made);
        frame.locals.insert(token.id.to_string(), Value::Local(value_before));
        self.context_variable_write(frame, call, out, line)
    }

    /// `var.reset(token)` of a token this function made: the value (and flag) before its `set`.
    fn context_variable_reset(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let Expr::Attribute(attribute) = &*call.func else { return Ok(()) };
        let Some(variable) = self.context_variable(frame, &attribute.value) else { return Ok(()) };
        let ([Expr::Name(token)], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else {
            return fail(call, "`reset` takes the name of a token this function's `set` gave");
        };
        let made = match frame.locals.get(token.id.as_str()) {
            Some(Value::Local(before)) => self.context_variables.tokens.get(before).cloned(),
            _ => None,
        };
        let Some(made) =
            made.filter(|made| matches!(&*attribute.value, Expr::Name(named) if named.id.as_str() == made.variable))
        else {
            return fail(
                token,
                "`reset` is followed with a token of the same variable's `set`, made earlier in this function (`token = var.set(value)`) and not reset yet",
            );
        };
        if made.loops != frame.loops.len() || frame.dynamic < made.dynamic {
            return fail(
                call,
                "`reset` of a token made outside this loop, or inside an `if` this `reset` is after, is not supported: CPython raises RuntimeError when a token is reset twice, and the token may not be made; reset it in the block that made it",
            );
        }
        self.check_context_holder(frame, call)?;
        out.push(Step::new("let", Node::Quoted(format!("{} = {}", variable.local, made.value_before)), line));
        if let (Some(flag), Some(before)) = (&variable.set_flag, &made.flag_before) {
            out.push(Step::new("let", Node::Quoted(format!("{flag} = {before}")), line));
        }
        // Used once: a second `reset` of it raises RuntimeError in CPython.
        frame.locals.remove(token.id.as_str());
        Ok(())
    }

    /// The `args` a coroutine's `submit` from `frame`'s task passes: each variable's value there, which
    /// binds the new task's own copy. Refused from a task that holds no copy (a thread's or a job's
    /// context, empty or a copy of another, is not modelled).
    pub(super) fn context_arguments(&self, frame: &Frame, at: &ast::ExprCall) -> Result<Vec<(String, String)>> {
        if !self.context_variables.holders.contains(&frame.task) {
            return fail(
                at,
                "a coroutine started from a thread or an executor's job in a program with a `contextvars.ContextVar` is not supported: the task copies that thread's context (empty for a `Thread`, a copy of the caller's for `to_thread`), which weft does not model",
            );
        }
        Ok(self
            .context_variables
            .variables
            .values()
            .flat_map(ContextVariable::locals)
            .map(|local| (local.clone(), local.clone()))
            .collect())
    }

    /// Whether `task` holds a copy of the context variables.
    pub(super) fn holds_context(&self, task: usize) -> bool {
        !self.context_variables.variables.is_empty() && self.context_variables.holders.contains(&task)
    }

    /// A new coroutine task holds a copy of each context variable (bound by its `submit`'s `args`).
    pub(super) fn hold_context(&mut self, task: usize) {
        if self.context_variables.variables.is_empty() {
            return;
        }
        self.context_variables.holders.insert(task);
        let locals: Vec<String> =
            self.context_variables.variables.values().flat_map(ContextVariable::locals).cloned().collect();
        self.task_locals[task].extend(locals);
    }
}

/// Whether the module calls `name.get(d)` with an argument.
fn reads_with_a_default(body: &[ast::Stmt], name: &str) -> bool {
    struct Reads<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'a> Visitor<'a> for Reads<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(method) = &*call.func
                && method.attr.as_str() == "get"
                && !call.arguments.is_empty()
                && matches!(&*method.value, Expr::Name(receiver) if receiver.id.as_str() == self.name)
            {
                self.found = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut reads = Reads { name, found: false };
    reads.visit_body(body);
    reads.found
}

/// The first use of the name `token` in the module other than as a binding or as the one argument of a
/// `reset` call.
fn other_token_use(body: &[ast::Stmt], token: &str) -> Option<TextRange> {
    struct Uses<'n> {
        token: &'n str,
        first: Option<TextRange>,
    }
    impl<'a> Visitor<'a> for Uses<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(method) = &*call.func
                && method.attr.as_str() == "reset"
                && matches!(&call.arguments.args[..], [Expr::Name(argument)] if argument.id.as_str() == self.token)
            {
                return self.visit_expr(&method.value);
            }
            if let Expr::Name(named) = expr
                && named.id.as_str() == self.token
                && named.ctx != ast::ExprContext::Store
                && self.first.is_none()
            {
                self.first = Some(named.range);
            }
            walk_expr(self, expr);
        }
    }
    let mut uses = Uses { token, first: None };
    uses.visit_body(body);
    uses.first
}

/// The first use of `name` in the module other than as the receiver of a method call (`name.get()`) or
/// the one binding that makes it: a read that hands the variable on, or a second binding.
fn other_use(body: &[ast::Stmt], name: &str) -> Option<TextRange> {
    let mut uses = OtherUses { name, bindings: 0, first: None };
    uses.visit_body(body);
    uses.first
}

struct OtherUses<'n> {
    name: &'n str,
    bindings: usize,
    first: Option<TextRange>,
}

impl<'a> Visitor<'a> for OtherUses<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && let Expr::Attribute(method) = &*call.func
            && matches!(&*method.value, Expr::Name(receiver) if receiver.id.as_str() == self.name)
        {
            // `name.method(...)`: the method's own checks say which are followed.
            call.arguments.args.iter().for_each(|argument| self.visit_expr(argument));
            call.arguments.keywords.iter().for_each(|keyword| self.visit_expr(&keyword.value));
            return;
        }
        if let Expr::Name(named) = expr
            && named.id.as_str() == self.name
        {
            let second_binding = named.ctx == ast::ExprContext::Store && {
                self.bindings += 1;
                self.bindings > 1
            };
            if (named.ctx != ast::ExprContext::Store || second_binding) && self.first.is_none() {
                self.first = Some(named.range);
            }
        }
        walk_expr(self, expr);
    }
}
