//! A `concurrent.futures.Future()` made by hand (session28/f03: `done_future = Future()`, then
//! `set_result(7)` and `add_done_callback(cb)`), before translation. The engine's futures are each a
//! task's (a job's); a future no job stands behind is written as what CPython's is
//! (Lib/concurrent/futures/_base.py): an object of a class of the module, with a lock, an Event and
//! its state, which the translator follows as any instance of the file's classes.
//!
//! ```python
//! class HandFuture:
//!     def __init__(self):
//!         self._lock = weft_threading.Lock()
//!         self._done = weft_threading.Event()
//!         self._state = 0
//!         self._value = None
//!         self._callback_1 = False
//!     def set_result(self, value):      # CPython: under the future's lock, then the callbacks
//!         with self._lock:
//!             if self._state != 0:
//!                 raise InvalidFutureState("...")
//!             self._value = value
//!             self._state = 1
//!             self._done.set()
//!         if self._callback_1:          # the callback added while pending, in the setter's thread
//!             try:
//!                 cb(done_view)
//!             except Exception:         # CPython logs a callback's exception and goes on
//!                 pass
//!     def result(self): self._done.wait(); return self._value
//!     def add_done_callback_1(self):    # at the one `add_done_callback(cb)` of the program
//!         with self._lock:
//!             pending = self._state == 0
//!             if pending:
//!                 self._callback_1 = True
//!         if not pending:               # done already: at once, in the caller
//!             ...cb(done_view)...
//! ```
//!
//! `result(timeout=t)` and `exception(t)` on the future's name are `result_within(t)` and
//! `exception_within(t)`: `if not self._done.wait(timeout): raise TimeoutError()`, as CPython's
//! (whose concurrent.futures.TimeoutError is the builtin since 3.11).
//!
//! Each `add_done_callback` of the program is a method of its own, so that `set_result` calls the
//! callbacks added before it, in the order they were added, as CPython's list of callbacks does.
//! Only statements of the module's own code (or of its `if __name__ == "__main__":`) outside loops,
//! `if`s and functions may add a callback: each runs once, so one flag per call site is exact. The
//! callback is named by what stays the same whenever it is evaluated (a function of the module, a
//! `functools.partial` of one or a closure factory's call, with constant arguments, or a lambda of
//! the module's code with constant defaults, written as a `def` of the module), so evaluating it when
//! the callback runs gives what CPython's evaluation when it was added gave.
//!
//! A callback is given a view of the future, done (an instance of a second class whose `result()`
//! reads the value without waiting): CPython calls it once the future is done, so its `result()`
//! never waits, and the view says so to the translator's check of callbacks that may wait.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::transformer::{Transformer, walk_stmt};
use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::pool_calls::Refusal;
use crate::syntax::{expression_statement, fresh_name, import_as, is_constant, method_call, module_names, name};

/// The methods a future made by hand has here; any other is refused.
const FOLLOWED_METHODS: [&str; 5] = ["set_result", "result", "done", "exception", "add_done_callback"];

/// A `NAME = Future()` of the module's code and the `add_done_callback` statements on it.
struct HandFuture {
    name: String,
    /// The `Future()` call, where the class written for it is placed in traces.
    made_at: TextRange,
    /// Each `add_done_callback(cb)`: the callback's source text and the statement's range.
    callbacks: Vec<(String, TextRange)>,
}

/// Rewrites each future made by hand (module docs); a use of one that the rewrite cannot keep exact
/// is refused.
pub(crate) fn rewrite_hand_futures(body: &mut ast::Suite, source: &str) -> Result<(), Refusal> {
    let classes = future_class_names(body);
    if classes.is_empty() {
        return Ok(());
    }
    let (_, bindings) = crate::syntax::name_counts(body);
    // Each function of the module's top level and where its `def` is: a callback must be defined
    // before the `add_done_callback` that names it (CPython evaluates it there: a NameError otherwise).
    let functions: Vec<(String, ruff_text_size::TextSize)> = body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(def) if bindings.get(def.name.as_str()) == Some(&1) => {
                Some((def.name.to_string(), def.range.start()))
            }
            _ => None,
        })
        .collect();
    let mut futures = Vec::new();
    for stmt in module_code(body) {
        if let Some((bound, made_at)) = made_by_hand(stmt, &classes)
            && bindings.get(&bound) == Some(&1)
        {
            futures.push(HandFuture { name: bound, made_at, callbacks: Vec::new() });
        }
    }
    if futures.is_empty() {
        return Ok(());
    }
    let mut taken = module_names(body);
    let mut lambdas = Vec::new();
    for stmt in module_code(body) {
        let Some((receiver, callback, at)) = added_callback(stmt) else { continue };
        let Some(future) = futures.iter_mut().find(|future| future.name == receiver) else { continue };
        check_callback(callback, &functions)?;
        let text = match callback {
            // A lambda of the module's code reads only globals, at each call, as its `def` would.
            Expr::Lambda(lambda) => {
                let function = fresh_name("hand_future_callback", &mut taken);
                let parameters = lambda.parameters.as_ref().map_or("", |parameters| &source[parameters.range()]);
                let definition = format!("def {function}({parameters}):\n    {}\n", &source[lambda.body.range()]);
                lambdas.extend(parsed_at(&definition, lambda.range()));
                function
            }
            _ => source[callback.range()].to_string(),
        };
        future.callbacks.push((text, at));
    }
    check_uses(body, &futures)?;
    if mentions_name(body, "InvalidStateError") {
        return Err(Refusal {
            offset: futures[0].made_at.start().to_usize(),
            message: "a `Future()` made by hand in a program that names `InvalidStateError` is not supported: \
                      weft raises an exception of its own when a result is set twice"
                .to_string(),
        });
    }
    write_futures(body, &futures, lambdas);
    Ok(())
}

/// The names that call concurrent.futures' `Future` class: `Future` (or its `as` name) imported from
/// `concurrent.futures`; `concurrent.futures.Future` is matched where it is called.
fn future_class_names(body: &[Stmt]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for stmt in body {
        if let Stmt::ImportFrom(import) = stmt
            && import.module.as_ref().is_some_and(|module| module.as_str() == "concurrent.futures")
        {
            for alias in &import.names {
                if alias.name.as_str() == "Future" {
                    names.insert(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                }
            }
        }
        if let Stmt::Import(import) = stmt
            && import.names.iter().any(|alias| alias.name.as_str() == "concurrent.futures" && alias.asname.is_none())
        {
            names.insert("concurrent.futures.Future".to_string());
        }
    }
    names
}

/// The dotted text of a name or an attribute chain (`concurrent.futures.Future`).
fn dotted(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Name(named) => Some(named.id.to_string()),
        Expr::Attribute(attribute) => Some(format!("{}.{}", dotted(&attribute.value)?, attribute.attr)),
        _ => None,
    }
}

/// The statements of the module's own code that run once, in order: its top level and the top level
/// of its `if __name__ == "__main__":`.
fn module_code(body: &[Stmt]) -> impl Iterator<Item = &Stmt> {
    body.iter().flat_map(|stmt| match stmt {
        Stmt::If(main) if is_main_test(&main.test) && main.elif_else_clauses.is_empty() => main.body.iter().collect(),
        _ => vec![stmt],
    })
}

fn is_main_test(test: &Expr) -> bool {
    let Expr::Compare(compare) = test else { return false };
    matches!(&*compare.left, Expr::Name(named) if named.id.as_str() == "__name__")
        && matches!(&compare.comparators[..], [Expr::StringLiteral(text)] if text.value.to_str() == "__main__")
}

/// `name = Future()` or `name: Future = Future()`: the name and the call's range.
fn made_by_hand(stmt: &Stmt, classes: &BTreeSet<String>) -> Option<(String, TextRange)> {
    let (target, value) = match stmt {
        Stmt::Assign(assign) if assign.targets.len() == 1 => (&assign.targets[0], &*assign.value),
        Stmt::AnnAssign(assign) => (&*assign.target, assign.value.as_deref()?),
        _ => return None,
    };
    let Expr::Name(bound) = target else { return None };
    let Expr::Call(call) = value else { return None };
    let called = dotted(&call.func)?;
    (classes.contains(&called) && call.arguments.is_empty()).then(|| (bound.id.to_string(), call.range()))
}

/// `receiver.add_done_callback(callback)` as a statement: the receiver's name, the callback and the
/// statement's range.
fn added_callback(stmt: &Stmt) -> Option<(String, &Expr, TextRange)> {
    let Stmt::Expr(statement) = stmt else { return None };
    let Expr::Call(call) = &*statement.value else { return None };
    let Expr::Attribute(method) = &*call.func else { return None };
    let Expr::Name(receiver) = &*method.value else { return None };
    let ([callback], true) = (&call.arguments.args[..], call.arguments.keywords.is_empty()) else { return None };
    (method.attr.as_str() == "add_done_callback").then(|| (receiver.id.to_string(), callback, stmt.range()))
}

/// A callback that evaluates to the same function whenever it is evaluated: a function of the module
/// defined before it, `partial(f, ...)` of one or a call of one (a closure factory), with constant
/// arguments, or a lambda whose defaults are constants.
fn check_callback(callback: &Expr, functions: &[(String, ruff_text_size::TextSize)]) -> Result<(), Refusal> {
    let module_function = |expr: &Expr| {
        matches!(expr, Expr::Name(named) if functions.iter().any(|(function, defined_at)| {
            function == named.id.as_str() && *defined_at < callback.start()
        }))
    };
    let unchanging = match callback {
        // Its defaults are evaluated when it is made: constants only.
        Expr::Lambda(lambda) => lambda.parameters.as_ref().is_none_or(|parameters| {
            parameters.posonlyargs.is_empty()
                && parameters.kwonlyargs.is_empty()
                && parameters.vararg.is_none()
                && parameters.kwarg.is_none()
                && parameters.args.iter().all(|parameter| parameter.default.as_deref().is_none_or(is_constant))
        }),
        Expr::Call(call) => {
            let partial = matches!(dotted(&call.func).as_deref(), Some("partial" | "functools.partial"));
            let (function, arguments) = match (partial, &call.arguments.args[..]) {
                (true, [function, rest @ ..]) => (function, rest),
                (true, []) => return refuse_callback(callback),
                (false, arguments) => (&*call.func, arguments),
            };
            module_function(function)
                && arguments.iter().all(is_constant)
                && call.arguments.keywords.iter().all(|keyword| is_constant(&keyword.value))
        }
        other => module_function(other),
    };
    if unchanging { Ok(()) } else { refuse_callback(callback) }
}

fn refuse_callback(callback: &Expr) -> Result<(), Refusal> {
    Err(Refusal {
        offset: callback.start().to_usize(),
        message: "a done callback of a `Future()` made by hand is supported as a function of the file defined \
                  before it, a \
                  `functools.partial` of one or a closure factory's call, with constant arguments, or a lambda \
                  whose defaults are constants"
            .to_string(),
    })
}

/// Every use of a future made by hand is a method the class has (or the name itself, passed on), and
/// every `add_done_callback` on one is a statement of the module's code; `set_exception` is refused
/// anywhere.
fn check_uses(body: &[Stmt], futures: &[HandFuture]) -> Result<(), Refusal> {
    struct Uses<'f> {
        futures: &'f [HandFuture],
        refusal: Option<Refusal>,
    }
    impl<'a> Visitor<'a> for Uses<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.refusal.is_some() {
                return;
            }
            if let Expr::Call(call) = expr
                && let Expr::Attribute(method) = &*call.func
            {
                self.refusal = self.refused_call(call, method);
            } else if let Expr::Attribute(attribute) = expr
                && matches!(&*attribute.value, Expr::Name(receiver) if self.is_hand_future(receiver.id.as_str()))
            {
                // An attribute read that is not a call (`f.done` without `()`, `f._state`).
                self.refusal = Some(unfollowed(attribute));
            }
            if self.refusal.is_none() {
                match expr {
                    // The method's attribute itself was checked with its call.
                    Expr::Call(call) if matches!(&*call.func, Expr::Attribute(_)) => {
                        let Expr::Attribute(method) = &*call.func else { unreachable!() };
                        walk_expr(self, &method.value);
                        for argument in &call.arguments.args {
                            self.visit_expr(argument);
                        }
                        for keyword in &call.arguments.keywords {
                            self.visit_expr(&keyword.value);
                        }
                    }
                    _ => walk_expr(self, expr),
                }
            }
        }
    }
    impl Uses<'_> {
        fn is_hand_future(&self, name: &str) -> bool {
            self.futures.iter().any(|future| future.name == name)
        }

        fn refused_call(&self, call: &ast::ExprCall, method: &ast::ExprAttribute) -> Option<Refusal> {
            if method.attr.as_str() == "set_exception" {
                return Some(Refusal {
                    offset: method.attr.start().to_usize(),
                    message: "`set_exception` of a `Future()` made by hand is not supported yet: weft follows \
                              `set_result`, `result()`, `done()`, `exception()` and `add_done_callback` there; \
                              set a result that says what failed"
                        .to_string(),
                });
            }
            let Expr::Name(receiver) = &*method.value else { return None };
            let future = self.futures.iter().find(|future| future.name == receiver.id.as_str())?;
            let attr = method.attr.as_str();
            if !FOLLOWED_METHODS.contains(&attr) {
                return Some(unfollowed(method));
            }
            let arguments = call.arguments.args.len() + call.arguments.keywords.len();
            let expected = usize::from(matches!(attr, "set_result" | "add_done_callback"));
            if timed_wait(call, &future.name).is_some() {
                return None;
            }
            if arguments != expected || call.arguments.args.iter().any(Expr::is_starred_expr) {
                return Some(Refusal {
                    offset: call.arguments.start().to_usize(),
                    message: format!(
                        "`{attr}` of a `Future()` made by hand is supported with {}",
                        match attr {
                            "result" | "exception" => "no arguments or a time-out alone (`timeout=2`)",
                            _ if expected == 1 => "one positional argument",
                            _ => "no arguments",
                        }
                    ),
                });
            }
            let added_here = future.callbacks.iter().any(|(_, at)| at.contains_range(call.range()));
            if attr == "add_done_callback" && !added_here {
                return Some(Refusal {
                    offset: method.attr.start().to_usize(),
                    message: "`add_done_callback` of a `Future()` made by hand is supported as a statement of the \
                              module's code (or of its `if __name__ == \"__main__\":`) outside loops, `if`s and \
                              functions, which runs once"
                        .to_string(),
                });
            }
            None
        }
    }
    let mut uses = Uses { futures, refusal: None };
    uses.visit_body(body);
    uses.refusal.map_or(Ok(()), Err)
}

/// `future.result(t)`, `future.result(timeout=t)` (and `exception`'s) on the future named `future`:
/// the class's method that waits at most `t` seconds and raises TimeoutError after, as CPython's does,
/// and `t`.
fn timed_wait(call: &ast::ExprCall, future: &str) -> Option<(&'static str, Expr)> {
    let Expr::Attribute(method) = &*call.func else { return None };
    if !matches!(&*method.value, Expr::Name(receiver) if receiver.id.as_str() == future) {
        return None;
    }
    let timed = match method.attr.as_str() {
        "result" => "result_within",
        "exception" => "exception_within",
        _ => return None,
    };
    let timeout = match (&call.arguments.args[..], &call.arguments.keywords[..]) {
        ([timeout], []) if !timeout.is_starred_expr() => timeout,
        ([], [keyword]) if keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == "timeout") => &keyword.value,
        _ => return None,
    };
    // `timeout=None` waits for ever: the plain method.
    (!timeout.is_none_literal_expr()).then(|| (timed, timeout.clone()))
}

fn unfollowed(attribute: &ast::ExprAttribute) -> Refusal {
    Refusal {
        offset: attribute.attr.start().to_usize(),
        message: format!(
            "`.{}` of a `Future()` made by hand is not supported: weft follows `set_result`, `result()`, `done()`, \
             `exception()` and `add_done_callback` there",
            attribute.attr
        ),
    }
}

/// Whether the program names `word` anywhere (read or bound, or imports it).
fn mentions_name(body: &[Stmt], word: &str) -> bool {
    let imported = body.iter().any(
        |stmt| matches!(stmt, Stmt::ImportFrom(import) if import.names.iter().any(|alias| alias.name.as_str() == word)),
    );
    imported || module_names(body).contains(word)
}

/// The classes, the import of `threading` they use, and each future's `Future()` and
/// `add_done_callback` statements replaced.
fn write_futures(body: &mut ast::Suite, futures: &[HandFuture], lambdas: Vec<Stmt>) {
    let mut taken = module_names(body);
    let threading = fresh_name("weft_threading", &mut taken);
    let invalid_state = fresh_name("InvalidFutureState", &mut taken);
    let mut written = vec![import_as("threading", &threading)];
    written.extend(parsed_at(&format!("class {invalid_state}(Exception):\n    pass\n"), futures[0].made_at));
    written.extend(lambdas);
    let mut replaced: Vec<(TextRange, Stmt)> = Vec::new();
    let mut views = Vec::new();
    for future in futures {
        let class = fresh_name("HandFuture", &mut taken);
        let view_class = fresh_name("HandFutureDone", &mut taken);
        let view = fresh_name(&format!("{}_done", future.name), &mut taken);
        let text = class_text(future, &class, &view_class, &view, &threading, &invalid_state);
        written.extend(parsed_at(&text, future.made_at));
        views.push((future.made_at, view, view_class, class));
        for (index, (_, at)) in future.callbacks.iter().enumerate() {
            let receiver = name(&future.name, *at, ast::ExprContext::Load);
            let call = method_call(receiver, &format!("add_done_callback_{}", index + 1), Vec::new(), *at);
            replaced.push((*at, expression_statement(call)));
        }
    }
    let futures = futures.iter().map(|future| future.name.clone()).collect();
    let rewrite = Replace { futures, replaced, views };
    rewrite.visit_body(body);
    insert_views(body, &rewrite.views);
    for (at, stmt) in written.into_iter().enumerate() {
        body.insert(at, stmt);
    }
}

/// After each `name = Future()` (now the class's call), `name_done = HandFutureDone()`.
fn insert_views(body: &mut ast::Suite, views: &[(TextRange, String, String, String)]) {
    let mut at = 0;
    while at < body.len() {
        if let Stmt::If(main) = &mut body[at]
            && is_main_test(&main.test)
        {
            insert_views(&mut main.body, views);
        }
        let made = views.iter().find(|(made_at, ..)| match &body[at] {
            Stmt::Assign(assign) => assign.value.range() == *made_at,
            Stmt::AnnAssign(assign) => assign.value.as_ref().is_some_and(|value| value.range() == *made_at),
            _ => false,
        });
        if let Some((made_at, view, view_class, _)) = made {
            let stmt = parsed_at(&format!("{view} = {view_class}()\n"), *made_at).remove(0);
            body.insert(at + 1, stmt);
            at += 1;
        }
        at += 1;
    }
}

/// The `add_done_callback` statements replaced, and each `Future()` call made a call of its class.
struct Replace {
    /// The futures' names, whose `result(timeout)` and `exception(timeout)` become the timed methods.
    futures: Vec<String>,
    replaced: Vec<(TextRange, Stmt)>,
    /// Where each future is made, its view's name and class, and its class.
    views: Vec<(TextRange, String, String, String)>,
}

impl Transformer for Replace {
    fn visit_expr(&self, expr: &mut Expr) {
        ruff_python_ast::visitor::transformer::walk_expr(self, expr);
        let Expr::Call(call) = expr else { return };
        let timed = self.futures.iter().find_map(|future| timed_wait(call, future));
        if let Some((method, timeout)) = timed {
            let Expr::Attribute(attribute) = &mut *call.func else { return };
            attribute.attr = ast::Identifier::new(method, attribute.attr.range);
            call.arguments.args = vec![timeout].into_boxed_slice();
            call.arguments.keywords = Default::default();
        }
    }

    fn visit_stmt(&self, stmt: &mut Stmt) {
        if let Some((_, replacement)) = self.replaced.iter().find(|(at, _)| *at == stmt.range()) {
            *stmt = replacement.clone();
            return;
        }
        if let Some(value) = match stmt {
            Stmt::Assign(assign) => Some(&mut *assign.value),
            Stmt::AnnAssign(assign) => assign.value.as_deref_mut(),
            _ => None,
        } && let Some((made_at, _, _, class)) = self.views.iter().find(|(made_at, ..)| value.range() == *made_at)
            && let Expr::Call(call) = value
        {
            *call.func = name(class, *made_at, ast::ExprContext::Load);
        }
        walk_stmt(self, stmt);
    }
}

/// The class of one future and the class of its view (module docs).
fn class_text(
    future: &HandFuture,
    class: &str,
    view_class: &str,
    view: &str,
    threading: &str,
    invalid_state: &str,
) -> String {
    let flags: String = (1..=future.callbacks.len()).map(|k| format!("        self._callback_{k} = False\n")).collect();
    let call_back = |callback: &str, indent: &str| {
        format!("{indent}try:\n{indent}    {callback}({view})\n{indent}except Exception:\n{indent}    pass\n")
    };
    let mut text = format!(
        "class {class}:\n    def __init__(self):\n        self._lock = {threading}.Lock()\n        self._done = \
         {threading}.Event()\n        self._state = 0\n        self._value = None\n{flags}\n    def set_result(self, \
         value):\n        with self._lock:\n            if self._state != 0:\n                raise \
         {invalid_state}(\"this future is done already\")\n            self._value = value\n            \
         self._state = 1\n            self._done.set()\n"
    );
    for (k, (callback, _)) in future.callbacks.iter().enumerate() {
        text.push_str(&format!("        if self._callback_{}:\n", k + 1));
        text.push_str(&call_back(callback, "            "));
    }
    text.push_str(
        "\n    def result(self):\n        self._done.wait()\n        return self._value\n\n    def done(self):\n        \
         return self._state != 0\n\n    def exception(self):\n        self._done.wait()\n        return None\n\n    \
         def result_within(self, timeout):\n        if not self._done.wait(timeout):\n            raise \
         TimeoutError()\n        return self._value\n\n    def exception_within(self, timeout):\n        if not \
         self._done.wait(timeout):\n            raise TimeoutError()\n        return None\n",
    );
    for (k, (callback, _)) in future.callbacks.iter().enumerate() {
        let k = k + 1;
        text.push_str(&format!(
            "\n    def add_done_callback_{k}(self):\n        with self._lock:\n            pending = self._state == \
             0\n            if pending:\n                self._callback_{k} = True\n        if not pending:\n"
        ));
        text.push_str(&call_back(callback, "            "));
    }
    let name = &future.name;
    text.push_str(&format!(
        "\n\nclass {view_class}:\n    def result(self):\n        return {name}._value\n\n    def done(self):\n        \
         return True\n\n    def exception(self):\n        return None\n"
    ));
    text
}

/// The statements of `text` (Python weft writes), every node placed at `range`.
pub(crate) fn parsed_at(text: &str, range: TextRange) -> Vec<Stmt> {
    let parsed = ruff_python_parser::parse_module(text).expect("weft's own Python parses");
    let mut body: Vec<Stmt> = parsed.into_syntax().body.into_iter().collect();
    let relocate = Relocate { range };
    for stmt in &mut body {
        relocate.visit_stmt(stmt);
    }
    body
}

/// Places every statement, expression, parameter and argument list at one range.
struct Relocate {
    range: TextRange,
}

impl Transformer for Relocate {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        let range = self.range;
        match stmt {
            Stmt::FunctionDef(node) => {
                node.range = range;
                node.name.range = range;
            }
            Stmt::ClassDef(node) => {
                node.range = range;
                node.name.range = range;
            }
            Stmt::Return(node) => node.range = range,
            Stmt::Assign(node) => node.range = range,
            Stmt::If(node) => {
                node.range = range;
                for clause in &mut node.elif_else_clauses {
                    clause.range = range;
                }
            }
            Stmt::With(node) => node.range = range,
            Stmt::Raise(node) => node.range = range,
            Stmt::Try(node) => node.range = range,
            Stmt::Expr(node) => node.range = range,
            Stmt::Pass(node) => node.range = range,
            other => unreachable!("weft writes no {other:?} for a future made by hand"),
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        ruff_python_ast::relocate::relocate_expr(expr, self.range);
        if let Expr::Attribute(attribute) = expr {
            attribute.attr.range = self.range;
        }
        if let Expr::Call(call) = expr {
            call.arguments.range = self.range;
        }
        ruff_python_ast::visitor::transformer::walk_expr(self, expr);
    }

    fn visit_parameters(&self, parameters: &mut ast::Parameters) {
        parameters.range = self.range;
        for parameter in &mut parameters.args {
            parameter.range = self.range;
            parameter.parameter.range = self.range;
            parameter.parameter.name.range = self.range;
        }
        ruff_python_ast::visitor::transformer::walk_parameters(self, parameters);
    }

    fn visit_with_item(&self, with_item: &mut ast::WithItem) {
        with_item.range = self.range;
        ruff_python_ast::visitor::transformer::walk_with_item(self, with_item);
    }

    fn visit_except_handler(&self, except_handler: &mut ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(handler) = except_handler;
        handler.range = self.range;
        ruff_python_ast::visitor::transformer::walk_except_handler(self, except_handler);
    }
}
