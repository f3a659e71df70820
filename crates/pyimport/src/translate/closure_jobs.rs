//! What an executor runs and what a done callback calls, when it is no plain function of the file:
//! `functools.partial(f, a, k=v)` (`pool.submit(partial(add, 1), 2)`, `fut.add_done_callback(partial(
//! record, tag))`), whose arguments `f` takes first, as the call `partial` makes; and a function a closure
//! factory made (`fut.add_done_callback(make_callback(name))`, closures.rs), whose factory's parameters
//! are bound to the values known at import time. Such a closure reads those values through its cells,
//! which nothing rebinds once the factory has returned (the factory's body is only the `def` and its
//! `return`), so binding them when the job's body is translated keeps Python's meaning. A closure whose
//! nested function rebinds a captured name (`nonlocal`) is refused at the factory's call
//! (`factory_closure`).

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Argument, Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::out::Step;
use crate::value::{Lambda, Value};

/// The positional and keyword arguments a function of the file is called with.
pub(super) type CallArguments = (Vec<Argument>, Vec<(String, Argument)>);

/// A function of the file as a job or callback runs it: the arguments a `partial` gave it first.
#[derive(Clone, Debug, Default)]
pub(super) struct JobCallable {
    pub function: String,
    /// `partial`'s positional arguments, before the job's own (a done callback's future comes last).
    pub given: Vec<Value>,
    /// `partial`'s keyword arguments, before the job's own.
    pub keywords: Vec<(String, Value)>,
    /// A lambda calling `function` (lambdas.rs): the job's own arguments bind its parameters.
    pub lambda: Option<Box<Lambda>>,
}

impl JobCallable {
    pub(super) fn given_arguments(&self) -> Vec<Argument> {
        self.given.iter().cloned().map(Argument::Static).collect()
    }

    pub(super) fn given_keywords(&self) -> Vec<(String, Argument)> {
        self.keywords.iter().map(|(name, value)| (name.clone(), Argument::Static(value.clone()))).collect()
    }

    /// Whether it is the function alone, nothing given first.
    pub(super) fn is_plain(&self) -> bool {
        self.given.is_empty() && self.keywords.is_empty() && self.lambda.is_none()
    }
}

/// The function of the file a call of `value` runs: itself, a `partial`'s, a closure's or a lambda's.
pub(super) fn called_function(value: &Value) -> Option<&str> {
    match value {
        Value::Function(function) | Value::Partial(function, ..) | Value::Closure(function, _) => Some(function),
        Value::Lambda(lambda) => Some(&lambda.function),
        _ => None,
    }
}

impl Translator<'_> {
    /// The function `expr` names for an executor's job or a done callback (`what` says which, for the
    /// message). A closure's values are bound for the function's translation that follows, as a
    /// thread's target binds them (`thread_target`).
    pub(super) fn job_callable(&mut self, frame: &Frame, expr: &Expr, what: &str) -> Result<JobCallable> {
        let value = match self.expr(frame, expr, false)? {
            Ex::Static(value) => value,
            Ex::Code { .. } => {
                return fail(expr, format!("{what} is a function of this file, named where it is given"));
            }
        };
        match value {
            Value::Function(function) => Ok(JobCallable { function, ..JobCallable::default() }),
            Value::Partial(function, given, keywords) => Ok(JobCallable { function, given, keywords, lambda: None }),
            Value::Lambda(lambda) => {
                Ok(JobCallable { function: lambda.function.clone(), lambda: Some(lambda), ..JobCallable::default() })
            }
            Value::Closure(function, captured) => {
                self.closures.insert(function.clone(), captured);
                Ok(JobCallable { function, ..JobCallable::default() })
            }
            other => fail(
                expr,
                format!(
                    "{what} is a function of this file, a `functools.partial` of one or a function a closure factory made, not {}",
                    other.describe()
                ),
            ),
        }
    }

    /// The function's arguments when `callable` is called with `own` and `own_keywords`: a `partial`'s
    /// first, or a lambda's parameters bound to them.
    pub(super) fn callable_arguments(
        &self,
        callable: &JobCallable,
        own: Vec<Argument>,
        own_keywords: Vec<(String, Argument)>,
        at: &impl Ranged,
    ) -> Result<CallArguments> {
        if let Some(lambda) = &callable.lambda {
            return self.lambda_call_arguments(lambda, own, own_keywords, at);
        }
        let mut arguments = callable.given_arguments();
        arguments.extend(own);
        let mut keywords = callable.given_keywords();
        keywords.extend(own_keywords);
        Ok((arguments, keywords))
    }

    /// The key of a callback's task (one per function, and per `partial`'s arguments, closure values
    /// or lambda): `what` says which kind of callback.
    pub(super) fn callback_key(&self, callable: &JobCallable, what: &str) -> String {
        let function = &callable.function;
        if callable.is_plain() && !self.closures.contains_key(function) {
            format!("{function}|{what}")
        } else {
            format!("{function}|{what}|{callable:?}|{}", self.closure_key(function))
        }
    }

    /// What tells apart two jobs or callbacks of one function: the values its closure is bound to (a
    /// closure factory's, or those of the function around a nested one), empty for a module function.
    pub(super) fn closure_key(&self, function: &str) -> String {
        self.closures.get(function).map(|captured| format!("{captured:?}")).unwrap_or_default()
    }
}

impl Translator<'_> {
    /// `p()` of `p = functools.partial(f, a)`, `partial(f, a)(b)`, `make_adder(1)()`, `cb()` of a lambda,
    /// as a statement or for its value (`wants_result`, `x = p()`): the call of `f` with the partial's
    /// arguments first, of the closure's function with its values bound or of the lambda's function with
    /// its parameters bound, inlined as a call of the file's function is. Before session 19 such a
    /// statement was taken as a call weft does not model (its reads, then nothing): the function's steps
    /// were lost.
    pub(super) fn callable_call(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        wants_result: bool,
    ) -> Result<Option<Ex>> {
        let callable = self.job_callable(frame, &call.func, "the function called")?;
        let (args, keywords) = self.call_arguments(frame, call)?;
        let arguments = self.callable_arguments(&callable, args, keywords, call)?;
        let result = self.inline_with_arguments(frame, &callable.function, arguments, call, out, wants_result)?;
        if wants_result && result.is_none() {
            return fail(call, format!("`{}` returns nothing weft can compute", callable.function));
        }
        Ok(result)
    }

    /// Whether `call` calls a `partial`, a closure a factory made or a lambda (`callable_call`).
    pub(super) fn calls_callable(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        matches!(
            self.expr(frame, &call.func, false),
            Ok(Ex::Static(Value::Partial(..) | Value::Closure(..) | Value::Lambda(_)))
        )
    }
}
