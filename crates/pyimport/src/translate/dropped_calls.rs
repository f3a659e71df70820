//! The last guard before a call the import does not model becomes "its reads, then nothing": a call
//! that may change a list, a dict or a set in place. Such a call reaches `unknown_call` whenever no
//! form above it took the receiver (a dict display split into one variable per string key, a list
//! known at import time such as a list of tuples, a value returned by another call such as
//! `cache.setdefault(k, []).append(v)`, a name bound in a thread to a list), and there it would be
//! translated as the reads of its arguments: the write lost, and weft claiming "complete" without
//! Python's state (session 18's probe, repro r08, r09, r11, r16). Whatever the receiver, a method of
//! that name is refused here unless the receiver is known to have no such method (a module, a string).
//! The methods weft does model are taken before this point (`method_statement`): a shared list's
//! `append`, `extend` of a display, `pop`, `sort`; a shared dict's `pop` and `setdefault`; a shared
//! set's `add`, `remove`, `discard`; a deque's.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Frame, Translator, fail};
use crate::expr::Ex;
use crate::value::Value;

/// Every method of list, dict, set and deque that changes its object in place. No string, number,
/// tuple or module function of these names does (a module's are called through `module_call`).
pub(crate) const CONTAINER_MUTATORS: [&str; 21] = [
    "append",
    "extend",
    "insert",
    "remove",
    "pop",
    "clear",
    "sort",
    "reverse",
    "update",
    "setdefault",
    "popitem",
    "add",
    "discard",
    "difference_update",
    "intersection_update",
    "symmetric_difference_update",
    "appendleft",
    "extendleft",
    "popleft",
    "rotate",
    "__setitem__",
];

/// Functions of the standard library that change the list they are given (`heapq.heappush(h, x)`,
/// `random.shuffle(xs)`, `bisect.insort(xs, x)`).
const MUTATING_FUNCTIONS: [&str; 8] = [
    "heapq.heappush",
    "heapq.heappop",
    "heapq.heapify",
    "heapq.heapreplace",
    "heapq.heappushpop",
    "random.shuffle",
    "bisect.insort",
    "bisect.insort_right",
];

impl Translator<'_> {
    /// Refuses a call weft does not model that may change a container in place: a mutating method of
    /// any receiver but a module or a string, and a library function that mutates the list, dict or
    /// set known at import time it is given. Never "nothing" for a call with a write.
    pub(crate) fn refuse_dropped_mutation(&self, frame: &Frame, call: &ast::ExprCall) -> super::Result<()> {
        if let Expr::Attribute(attribute) = &*call.func
            && CONTAINER_MUTATORS.contains(&attribute.attr.as_str())
            && !self.has_no_container_methods(frame, &attribute.value)
        {
            return fail(
                call,
                format!(
                    "`.{}(...)` here may change a list, dict or set in place, which weft does not model for {}: the write would be lost. weft models `append`, `extend` of a display, `pop` and `sort()` of a module list of numbers or strings (or one a thread appends to), `pop`/`setdefault` of a dict whose keys come at run time, `add`/`remove`/`discard` of a set, item assignment and `del` (docs/python.md)",
                    attribute.attr,
                    self.receiver_description(frame, &attribute.value)
                ),
            );
        }
        if let Some(reason) = self
            .change_of_call(frame, call)
            .filter(|_| matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "next"))
        {
            return fail(
                call,
                format!(
                    "{reason}, which weft does not model here; take the value on a line of its own (`value = next(it)`)"
                ),
            );
        }
        if let Some(callee) = self.module_callee(frame, call)
            && MUTATING_FUNCTIONS.contains(&callee.as_str())
            && let Some(argument) = call.arguments.args.first()
            && !self.has_no_container_methods(frame, argument)
        {
            return fail(
                argument,
                format!("`{callee}` changes the list it is given, which weft does not model (the write would be lost)"),
            );
        }
        Ok(())
    }

    /// Whether `receiver` is known to have no method that changes a container: a module (or a name
    /// of one: a logger is `logging` itself), a string, a number, None, a clock's reading.
    fn has_no_container_methods(&self, frame: &Frame, receiver: &Expr) -> bool {
        if matches!(receiver, Expr::StringLiteral(_) | Expr::FString(_) | Expr::NumberLiteral(_)) {
            return true;
        }
        matches!(
            self.expr(frame, receiver, false),
            Ok(Ex::Static(
                Value::Module(_) | Value::Str(_) | Value::Int(_) | Value::Float(_) | Value::None | Value::Opaque(_)
            ))
        )
    }

    /// What the receiver is, for the message.
    fn receiver_description(&self, frame: &Frame, receiver: &Expr) -> String {
        match self.expr(frame, receiver, false) {
            Ok(Ex::Static(value)) => value.describe(),
            _ if matches!(receiver, Expr::Call(_)) => "the value another call returns".to_string(),
            _ => "a value known only when the program runs".to_string(),
        }
    }
}

/// Builtins that only look at their arguments: a call of one inside a function's body or another
/// call's arguments changes nothing.
const PURE_BUILTINS: [&str; 24] = [
    "len",
    "str",
    "repr",
    "int",
    "bool",
    "abs",
    "min",
    "max",
    "sum",
    "sorted",
    "round",
    "range",
    "isinstance",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "format",
    "enumerate",
    "zip",
    "reversed",
    "any",
    "all",
];

/// Methods of strings and the read-only methods of containers: a call of one changes nothing.
const PURE_METHODS: [&str; 16] = [
    "copy",
    "keys",
    "values",
    "items",
    "count",
    "index",
    "upper",
    "lower",
    "strip",
    "format",
    "join",
    "split",
    "startswith",
    "endswith",
    "replace",
    "title",
];

/// Whether `call` is known to change nothing: a pure builtin, or a pure method of anything.
fn is_pure_call(call: &ast::ExprCall) -> bool {
    match &*call.func {
        Expr::Name(name) => PURE_BUILTINS.contains(&name.id.as_str()),
        Expr::Attribute(attribute) => PURE_METHODS.contains(&attribute.attr.as_str()),
        _ => false,
    }
}

/// Whether a function of the file may change anything when called: conservatively, anything but
/// `return`, a docstring, `pass` and assignments to plain names (locals: a global needs `global`,
/// which counts as a change), inside `if`/`for`/`while`, calling nothing but pure builtins and methods.
pub(super) fn function_may_change_state(def: &ast::StmtFunctionDef) -> bool {
    struct Scan {
        changes: bool,
    }
    impl<'a> Visitor<'a> for Scan {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let plain = match stmt {
                Stmt::Return(_) | Stmt::Pass(_) | Stmt::If(_) | Stmt::For(_) | Stmt::While(_) => true,
                Stmt::Expr(expression) => matches!(&*expression.value, Expr::StringLiteral(_)),
                Stmt::Assign(assign) => assign.targets.iter().all(|target| matches!(target, Expr::Name(_))),
                Stmt::AugAssign(assign) => matches!(&*assign.target, Expr::Name(_)),
                Stmt::AnnAssign(assign) => matches!(&*assign.target, Expr::Name(_)),
                _ => false,
            };
            self.changes |= !plain;
            if !self.changes {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Call(call) if !is_pure_call(call) => self.changes = true,
                Expr::Await(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Named(_) => self.changes = true,
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut scan = Scan { changes: false };
    def.body.iter().for_each(|stmt| scan.visit_stmt(stmt));
    scan.changes
}

impl Translator<'_> {
    /// A call inside the arguments of a call weft does not model (`print(bump())`, `print(next(c))`,
    /// `log(items.pop())`) is read there, never run: one that may change anything is refused, since its
    /// change would be lost (session 18: `print(counter.increment())` left the counter as it was).
    pub(crate) fn refuse_effects_in_arguments(&self, frame: &Frame, call: &ast::ExprCall) -> super::Result<()> {
        for inner in calls_in_arguments(call, |_| false) {
            if let Some(reason) = self.change_of_call(frame, inner) {
                // `print(await fetch())`: the `await` goes to a line of its own (hoisting.rs), where
                // it runs.
                if let Some(awaited) = await_around(call, inner) {
                    return fail(awaited, crate::hoisting::await_in_arguments());
                }
                // A function passed to the call (`map(get, fs)`) would be called where the call goes:
                // weft has no form for it there either.
                if self.change_through_passed_function(frame, inner).is_some() {
                    return fail(
                        inner,
                        format!(
                            "{reason}, and here it is an argument of a call weft does not model, whose arguments weft only reads: the change would be lost. Call it on a line of its own (`value = ...`) and pass the value"
                        ),
                    );
                }
                // `print("stock", inv.snapshot())`: the call goes to a line of its own before the
                // statement where that keeps the order of evaluation (hoisting.rs), where it runs.
                return fail(inner, crate::hoisting::effect_in_arguments(&reason));
            }
        }
        Ok(())
    }

    /// Why `call` may change the program's state, when it may.
    pub(super) fn change_of_call(&self, frame: &Frame, call: &ast::ExprCall) -> Option<String> {
        if let Expr::Attribute(attribute) = &*call.func
            && CONTAINER_MUTATORS.contains(&attribute.attr.as_str())
            && !self.has_no_container_methods(frame, &attribute.value)
        {
            return Some(format!("`.{}(...)` may change a list, dict or set", attribute.attr));
        }
        if let Expr::Attribute(attribute) = &*call.func
            && super::printed_effects::STATE_CHANGING_METHODS.contains(&attribute.attr.as_str())
            && !self.has_no_container_methods(frame, &attribute.value)
        {
            return Some(format!("`.{}(...)` changes a task, a future or a primitive", attribute.attr));
        }
        // `print(f"got {q.get()}")`: a queue's `get`, a lock's `acquire`, an event's `wait`, each a step of
        // its own (a future's waits are statements before the call already: argument_waits.rs).
        if let Expr::Attribute(attribute) = &*call.func
            && let Ok(Ex::Static(receiver @ Value::Object(_))) = self.expr(frame, &attribute.value, false)
            && crate::expr::has_a_step_of_its_own(&receiver, &attribute.attr)
        {
            return Some(format!("`.{}()` on {} takes a step of its own", attribute.attr, receiver.describe()));
        }
        if let Some(reason) = self.change_through_passed_function(frame, call) {
            return Some(reason);
        }
        let function = match self.expr(frame, &call.func, false) {
            Ok(Ex::Static(Value::Function(function) | Value::Closure(function, _) | Value::Partial(function, ..))) => {
                function
            }
            Ok(Ex::Static(Value::Lambda(lambda))) if lambda.statement.is_some() => {
                return Some("the lambda's call may change the program's state".into());
            }
            Ok(Ex::Static(Value::Lambda(lambda))) => lambda.function,
            Ok(Ex::Static(Value::Counter(..))) => return Some("`next` of an `itertools.count()` advances it".into()),
            _ if matches!(&*call.func, Expr::Name(name) if name.id.as_str() == "next") => {
                return Some("`next(...)` advances an iterator".into());
            }
            _ => return None,
        };
        let def = self.functions.get(&function)?;
        function_may_change_state(def).then(|| {
            format!(
                "`{function}` may change the program's state (it does more than compute a value from its arguments)"
            )
        })
    }
}

impl Translator<'_> {
    /// `print(asyncio.run(main()))`, `print(bump())`, `print(items.pop())`: a `print` of one call that
    /// may change the program's state is that call, as a statement of its own (its value is what is
    /// printed, which weft does not keep). Returns whether it was one. Before session 18 the call was
    /// only read (session12/w3's `print(asyncio.run(main()))` imported as no step at all).
    pub(crate) fn printed_call(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<super::Step>,
        line: u32,
    ) -> super::Result<bool> {
        let is_print = self.is_print(frame, call);
        let ([argument @ Expr::Call(inner)], []) = (&call.arguments.args[..], &call.arguments.keywords[..]) else {
            return Ok(false);
        };
        let waits = self.waits_for_a_future(frame, inner);
        if !is_print
            || (!waits
                && self.change_of_call(frame, inner).is_none()
                && self.refuse_effects_in_arguments(frame, inner).is_ok())
        {
            return Ok(false);
        }
        self.expression_statement(frame, argument, out, line)?;
        Ok(true)
    }
}

impl Translator<'_> {
    /// `seen -= {1}`, `xs *= 2` of a name that holds a list, dict or set made at run time (or with a
    /// display on the right: `seen |= {x}`, whatever the import knows of the name): Python
    /// changes the object in place (or makes a new one from its items), which the scenario's arithmetic
    /// does not do (every run would fault where CPython's goes on); refused. `items += [a, b]` of a
    /// shared list is taken before this (`extended_shared_list`).
    pub(crate) fn refuse_augmented_object(&self, frame: &Frame, assign: &ast::StmtAugAssign) -> super::Result<()> {
        let display = matches!(
            &*assign.value,
            Expr::List(_) | Expr::Set(_) | Expr::Dict(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_)
        );
        if display || matches!(self.held_object(frame, &assign.target), Some((_, super::HeldObject::Container { .. })))
        {
            return fail(
                &*assign.target,
                "an augmented assignment (`-=`, `|=`, `*=`, ...) of a list, dict or set made at run time is not weft's yet: it changes the object from its items; weft models `items += [a, b]` of a shared list, and `add`/`remove`/`discard` of a set",
            );
        }
        Ok(())
    }
}

/// The calls inside `call`'s arguments, an outer call before the calls inside it, none inside a lambda
/// (its body runs later, if ever) nor inside an expression `left_out` names.
pub(super) fn calls_in_arguments(call: &ast::ExprCall, left_out: fn(&Expr) -> bool) -> Vec<&ast::ExprCall> {
    struct Calls<'e> {
        found: Vec<&'e ast::ExprCall>,
        left_out: fn(&Expr) -> bool,
    }
    impl<'e> Visitor<'e> for Calls<'e> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            match expr {
                Expr::Lambda(_) => {}
                _ if (self.left_out)(expr) => {}
                Expr::Call(inner) => {
                    self.found.push(inner);
                    walk_expr(self, expr);
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut calls = Calls { found: Vec::new(), left_out };
    for argument in call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|k| &k.value)) {
        calls.visit_expr(argument);
    }
    calls.found
}

/// The outermost `await` of a call inside `call`'s arguments that holds `inner` (a lambda's body left
/// out: it runs when called).
fn await_around<'e>(call: &'e ast::ExprCall, inner: &ast::ExprCall) -> Option<&'e Expr> {
    struct Awaits<'e> {
        inner: TextRange,
        found: Option<&'e Expr>,
    }
    impl<'e> Visitor<'e> for Awaits<'e> {
        fn visit_expr(&mut self, expr: &'e Expr) {
            match expr {
                _ if self.found.is_some() => {}
                Expr::Lambda(_) => {}
                Expr::Await(awaited)
                    if matches!(&*awaited.value, Expr::Call(_)) && expr.range().contains_range(self.inner) =>
                {
                    self.found = Some(expr);
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut awaits = Awaits { inner: inner.range(), found: None };
    for argument in call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|k| &k.value)) {
        awaits.visit_expr(argument);
    }
    awaits.found
}
