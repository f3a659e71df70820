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
//! Refused: a `ContextVar` without `default=` (its `get` raises LookupError where nothing set it), or
//! whose default is not a number, a string or None; one made anywhere but at module level; `get(d)`
//! (which tells "set in this context" from "not", which weft does not keep); `set`'s token as a value
//! and `reset`; any other use of the variable as a value; `get`/`set` in a thread, an executor's job
//! or a process, and a coroutine started from one (a thread starts in an empty context, `to_thread` in a
//! copy: neither is modelled).

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextRange;

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
}

/// The program's context variables and the tasks that hold a copy of them.
#[derive(Default)]
pub(crate) struct ContextVariables {
    /// By the module global that names each.
    variables: std::collections::BTreeMap<String, ContextVariable>,
    /// Scenario tasks that hold a copy: the module's main task once one is made, and every coroutine task.
    holders: std::collections::BTreeSet<usize>,
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
        let local = self.fresh_temporary(frame.task, &format!("contextvar_{}", target.id));
        out.push(Step::new("let", Node::Quoted(format!("{local} = {default}")), line));
        self.context_variables.holders.insert(frame.task);
        self.context_variables.variables.insert(target.id.to_string(), ContextVariable { local });
        self.globals.insert(target.id.to_string(), Value::Opaque(CONTEXT_VARIABLE));
        Ok(true)
    }

    /// The `default=` of a `ContextVar(...)` call as scenario code.
    fn context_default(&self, frame: &Frame, call: &ast::ExprCall) -> Result<String> {
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
        let Some(default) = default else {
            return fail(
                call,
                "a `contextvars.ContextVar` without `default=` is not supported: its `get()` raises LookupError in a context that never set it, which weft does not model; give it a default",
            );
        };
        match self.static_value(frame, default) {
            Ok(Value::Int(number)) => Ok(number.to_string()),
            Ok(Value::None) => Ok("None".to_string()),
            Ok(Value::Str(_)) => self.code(frame, default).map(|(code, _, _)| code),
            _ => fail(
                default,
                "the default of a `contextvars.ContextVar` is supported as a number, a string or None known at import time",
            ),
        }
    }

    /// The context variable `expr` names: a module global bound by `ContextVar`, not shadowed here.
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
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        let Some(variable) = self.context_variable(frame, &attribute.value) else { return Ok(None) };
        match attribute.attr.as_str() {
            "get" if call.arguments.is_empty() => {
                self.check_context_holder(frame, call)?;
                Ok(Some(Ex::code(variable.local, ATOM, false, false)))
            }
            "get" => fail(
                call,
                "`get` with a default of its own is not supported: it tells a context that set the variable from one that did not, which weft does not keep; give the `ContextVar` its `default=` and call `get()`",
            ),
            "set" => fail(
                call,
                "the token `set` gives is not supported (nor `reset`): call `var.set(value)` on a line of its own",
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
        let Expr::Attribute(attribute) = &*call.func else { return Ok(false) };
        let Some(variable) = self.context_variable(frame, &attribute.value) else { return Ok(false) };
        let ("set", [value]) = (attribute.attr.as_str(), &call.arguments.args[..]) else {
            // `get()` as a statement reads nothing anyone sees; anything else is refused as a value is.
            return self.context_variable_read(frame, call).map(|_| true);
        };
        if !call.arguments.keywords.is_empty() {
            return fail(call, "`set` takes one value");
        }
        self.check_context_holder(frame, call)?;
        let code = self.argument_code(frame, value, out, line)?;
        out.push(Step::new("let", Node::Quoted(format!("{} = {code}", variable.local)), line));
        Ok(true)
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
            .map(|variable| (variable.local.clone(), variable.local.clone()))
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
            self.context_variables.variables.values().map(|variable| variable.local.clone()).collect();
        self.task_locals[task].extend(locals);
    }
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
