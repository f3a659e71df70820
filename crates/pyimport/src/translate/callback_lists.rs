//! A list of callbacks filled by `append` (session 33): a list the program appends functions of the
//! file, lambdas, `functools.partial`s or closures made by a factory to, then walks and calls:
//!
//! ```python
//! handlers = []
//! handlers.append(functools.partial(add, 1))
//! for i in range(3):
//!     handlers.append(lambda i=i: add(i))
//! ...
//! for h in handlers:
//!     h()
//! ```
//!
//! A function is no value of a scenario, so the list is the import's, as a list of threads is: each
//! `append` puts the callable in at import time, and a walk over the list is unrolled, each pass calling
//! the callable known then. That is Python's list only where the import sees every `append` before any
//! read another thread could make: the appends are on the straight path of the task that made the
//! list (no `if` or loop the scenario runs around them), and no thread, process or task has been made
//! since the list was (one made before it cannot hold it, one made after sees every item). Anything
//! else is refused at the `append`, in words that say so.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Result, Translator, fail};
use crate::value::Value;

/// The scan's mark of a lambda or a `partial` appended to a list.
pub(super) const CALLBACK: &str = "<callback>";

/// The scan's mark of a call appended to a list: `<call f>` for a call of `f` (a closure factory of the
/// file where `f` is one, `partial` for `functools.partial`).
pub(super) fn call_marker(callee: &Expr) -> String {
    match callee {
        Expr::Name(name) => format!("<call {}>", name.id),
        Expr::Attribute(attribute) if attribute.attr.as_str() == "partial" => CALLBACK.to_string(),
        _ => String::new(),
    }
}

impl Translator<'_> {
    /// The names of lists the file appends a callable to: a lambda, a `partial`, a function of the
    /// file by name, or the call of a closure factory of the file.
    pub(super) fn find_callback_lists(&self, appended: &BTreeMap<String, Vec<String>>) -> BTreeSet<String> {
        appended
            .iter()
            .filter(|(name, items)| {
                !self.thread_lists.contains(*name) && items.iter().any(|item| self.is_callback(item))
            })
            .map(|(name, _)| name.clone())
            .collect()
    }

    pub(super) fn is_callback(&self, item: &str) -> bool {
        if item == CALLBACK || self.functions.contains_key(item) || self.callback_parameters.contains(item) {
            return true;
        }
        let Some(callee) = item.strip_prefix("<call ").and_then(|rest| rest.strip_suffix('>')) else {
            return false;
        };
        callee == "partial"
            || self.functions.get(callee).is_some_and(|def| super::closures::returned_nested_function(def).is_some())
    }

    /// `handlers = []` (or a display of callables) of a list the file appends callbacks to: the
    /// import's list, noted with the number of tasks made so far. `None` for any other list.
    pub(super) fn callback_list(&mut self, frame: &Frame, name: &str, list: &ast::ExprList) -> Result<Option<Value>> {
        if !self.callback_lists.contains(name) {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(list.elts.len());
        for element in &list.elts {
            match self.static_value(frame, element) {
                Ok(callable @ (Value::Function(_) | Value::Partial(..) | Value::Closure(..) | Value::Lambda(_))) => {
                    items.push(callable)
                }
                _ => return Ok(None),
            }
        }
        if frame.dynamic > frame.binding_depth {
            return fail(
                list,
                format!(
                    "`{name}` is a list of callbacks made inside an `if`, a loop or a `try` the scenario runs; weft fills such a list at import time, so make it where every run makes it"
                ),
            );
        }
        self.callback_lists_made.insert((frame.task, name.to_string()), self.scenario.tasks.len());
        Ok(Some(Value::List(items.into())))
    }

    /// Refuses an `append` to the list of callbacks `name` that the import cannot put in at import time
    /// as Python's list would have it: inside an `if` or a loop the scenario runs, in another task than
    /// the one that made the list, or once a thread, process or task was made after the list (it may
    /// walk the list before or after this `append`).
    pub(super) fn check_callback_append(&self, frame: &Frame, name: &str, call: &ast::ExprCall) -> Result<()> {
        let appends_callable = call.arguments.args.first().is_some_and(|item| {
            matches!(
                self.static_value(frame, item),
                Ok(Value::Function(_) | Value::Partial(..) | Value::Closure(..) | Value::Lambda(_))
            )
        });
        if !self.callback_lists.contains(name) && !appends_callable {
            return Ok(());
        }
        if frame.dynamic > 0 {
            return fail(
                call,
                format!(
                    "a callback appended to `{name}` inside an `if` or a loop the scenario runs (or one over values known only at run time) cannot be followed: weft fills a list of callbacks at import time; append where every run appends (a `for` over a `range` or a list known at import time is unrolled)"
                ),
            );
        }
        match self.callback_lists_made.get(&(frame.task, name.to_string())) {
            Some(&made_with) if made_with == self.scenario.tasks.len() => Ok(()),
            Some(_) => fail(
                call,
                format!(
                    "a callback appended to `{name}` after a thread, process or task was made: weft fills a list of callbacks at import time, which holds only while every `append` comes before the tasks that may walk it; append before making them"
                ),
            ),
            None => fail(
                call,
                format!(
                    "a callback appended to `{name}`, which is not the name a list of callbacks was made under in this thread or task (another name for it, a parameter, or a list made by another thread or task): which items a walk sees could differ from what weft fills in at import time; append under the list's own name, in the task that made it, before it makes other tasks"
                ),
            ),
        }
    }

    /// Refuses `handlers += [...]` of a list of callbacks: only `append` is followed.
    pub(super) fn refuse_callback_list_change(&self, target: &Expr) -> Result<()> {
        match target {
            Expr::Name(name) if self.callback_lists.contains(name.id.as_str()) => fail(
                target,
                format!(
                    "`{}` is a list of callbacks, which weft fills at import time by `append` only; append each callback instead",
                    name.id
                ),
            ),
            _ => Ok(()),
        }
    }
}

/// The parameters of the file's functions and methods that some call of them gives a callable: a
/// lambda, a `partial`, a function of the file by name, or a closure factory's call (`def subscribe(self,
/// callback): self.listeners...`, `bus.subscribe(lambda: ...)`). A list that such a parameter is
/// appended to is a list of callbacks. Matched by name only (a method by its attribute's name), which
/// can only make a list the import's where Python's would do, and every append to it is checked
/// (`check_callback_append`), so a wrong match is a refusal, never a wrong list.
pub(super) fn callback_parameters(body: &[Stmt]) -> BTreeSet<String> {
    #[derive(Default)]
    struct Scan<'a> {
        /// Every function by name: its parameters in order, and whether it is a method of a class.
        defs: BTreeMap<&'a str, Vec<(&'a ast::StmtFunctionDef, bool)>>,
        calls: Vec<&'a ast::ExprCall>,
        in_class: bool,
    }
    impl<'a> Visitor<'a> for Scan<'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::ClassDef(class) => {
                    let outer = std::mem::replace(&mut self.in_class, true);
                    for inner in &class.body {
                        self.visit_stmt(inner);
                    }
                    self.in_class = outer;
                }
                Stmt::FunctionDef(def) => {
                    self.defs.entry(def.name.as_str()).or_default().push((def, self.in_class));
                    let outer = std::mem::replace(&mut self.in_class, false);
                    walk_stmt(self, stmt);
                    self.in_class = outer;
                }
                _ => walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr {
                self.calls.push(call);
            }
            walk_expr(self, expr);
        }
    }
    let mut scan = Scan::default();
    for stmt in body {
        scan.visit_stmt(stmt);
    }
    let is_callable = |argument: &Expr| match argument {
        Expr::Lambda(_) => true,
        Expr::Name(name) => scan.defs.contains_key(name.id.as_str()),
        Expr::Call(inner) => match &*inner.func {
            Expr::Attribute(attribute) => attribute.attr.as_str() == "partial",
            Expr::Name(callee) => {
                callee.id.as_str() == "partial"
                    || scan.defs.get(callee.id.as_str()).is_some_and(|defs| {
                        defs.iter().any(|(def, _)| super::closures::returned_nested_function(def).is_some())
                    })
            }
            _ => false,
        },
        _ => false,
    };
    let mut parameters = BTreeSet::new();
    for call in &scan.calls {
        let (callee, through_attribute) = match &*call.func {
            Expr::Name(name) => (name.id.as_str(), false),
            Expr::Attribute(attribute) => (attribute.attr.as_str(), true),
            _ => continue,
        };
        let Some(defs) = scan.defs.get(callee) else { continue };
        for (def, is_method) in defs {
            let positional: Vec<&str> = def
                .parameters
                .posonlyargs
                .iter()
                .chain(def.parameters.args.iter())
                .map(|parameter| parameter.parameter.name.as_str())
                .skip(usize::from(*is_method && through_attribute))
                .collect();
            for (position, argument) in call.arguments.args.iter().enumerate() {
                if is_callable(argument)
                    && let Some(parameter) = positional.get(position)
                {
                    parameters.insert((*parameter).to_string());
                }
            }
            for keyword in &call.arguments.keywords {
                if let Some(key) = &keyword.arg
                    && is_callable(&keyword.value)
                {
                    parameters.insert(key.to_string());
                }
            }
        }
    }
    parameters
}
