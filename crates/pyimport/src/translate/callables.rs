//! A thread's or timer's target that is no function of the file: a method of a primitive weft models
//! (`threading.Timer(0.01, event.set)`, `Thread(target=q.put, args=(1,))`), the method's step as the
//! task's one statement, as the loop's callbacks take one (loop_callbacks.rs); and `lambda:` whose body
//! is one call (`Thread(target=lambda: scores.append(score("bob")))`), the body as the task's one
//! statement. Python binds a method's object and evaluates `args` when the `Thread` is made, and both
//! are known at import time here; a lambda's body looks its names up when the thread runs, which the
//! task's own translation of the body does for module globals. A name the lambda takes from the code
//! around it (a local, a comprehension's variable: a closure cell read late) is refused.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail, names_in};
use crate::out::Step;
use crate::value::Value;

/// A target `static_value` does not give as a function of the file.
#[derive(Clone, Copy, Debug)]
pub(super) enum CallTarget<'e> {
    /// `receiver.method` of a primitive.
    Method(&'e ast::ExprAttribute),
    /// The body of `lambda: call(...)`.
    Lambda(&'e Expr),
}

impl Translator<'_> {
    /// `target` as a method of a primitive or a lambda of one call (`lambda: f(1)`, a call of the file's
    /// function with literals, is `functools.partial`'s form, which `static_value` gives). `None` for
    /// any other target.
    pub(super) fn call_target<'e>(&self, frame: &Frame, target: &'e Expr) -> Option<CallTarget<'e>> {
        match target {
            Expr::Attribute(attribute)
                if matches!(self.static_value(frame, &attribute.value), Ok(Value::Object(_))) =>
            {
                Some(CallTarget::Method(attribute))
            }
            Expr::Lambda(lambda)
                if lambda.parameters.is_none()
                    && matches!(&*lambda.body, Expr::Call(_))
                    && self.static_value(frame, target).is_err() =>
            {
                Some(CallTarget::Lambda(&lambda.body))
            }
            _ => None,
        }
    }

    /// The base of the task's name: the primitive's method (`start_signal_set`) or `lambda`.
    pub(super) fn call_target_base(&self, target: CallTarget<'_>, frame: &Frame) -> String {
        match target {
            CallTarget::Method(attribute) => match self.static_value(frame, &attribute.value) {
                Ok(Value::Object(object)) => format!("{}_{}", object.name(), attribute.attr),
                _ => attribute.attr.to_string(),
            },
            CallTarget::Lambda(_) => "lambda".to_string(),
        }
    }

    /// The ops of `task`, a thread or timer made in `frame` whose target is `target`, called with
    /// `arguments` (the `args` tuple's items).
    pub(super) fn call_target_body(
        &mut self,
        frame: &Frame,
        task: usize,
        target: CallTarget<'_>,
        arguments: &[Expr],
        call: &ast::ExprCall,
    ) -> Result<Vec<Step>> {
        let line = self.line(call);
        let mut body = Vec::new();
        match target {
            CallTarget::Method(attribute) => {
                let callee = Frame::new(task, false, true);
                self.method_call_body(frame, callee, attribute, arguments, call, &mut body, line)?;
            }
            CallTarget::Lambda(lambda_body) => {
                if let Some(argument) = arguments.first() {
                    return fail(argument, "a `lambda:` without parameters takes no `args` (Python raises TypeError)");
                }
                let read_around: Vec<String> = names_in(lambda_body)
                    .into_iter()
                    .filter(|name| frame.locals.contains_key(name) || frame.known.contains_key(name))
                    .collect();
                if let Some(name) = read_around.iter().find(|name| !self.lambda_reads_final_binding(frame, name)) {
                    return fail(
                        lambda_body,
                        format!(
                            "the lambda reads `{name}` from the code around it, which Python looks up when the lambda runs (a closure's late binding); pass it to a function with `args=`"
                        ),
                    );
                }
                let mut callee = Frame::new(task, false, true);
                self.bind_lambda_cells(frame, &mut callee, &read_around);
                let statement = Stmt::Expr(ast::StmtExpr {
                    node_index: ast::AtomicNodeIndex::default(),
                    range: lambda_body.range(),
                    value: Box::new(lambda_body.clone()),
                });
                body = self.lambda_body_steps(&callee, statement, self.line(lambda_body) + 1)?;
            }
        }
        Ok(body)
    }

    /// `receiver.method(*arguments)` of a primitive as the body of `callee`'s task, the arguments known
    /// where the target was given (they are bound then, as Python binds them): a thread's or timer's
    /// target, or a callback of the loop.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn method_call_body(
        &mut self,
        frame: &Frame,
        mut callee: Frame,
        attribute: &ast::ExprAttribute,
        arguments: &[Expr],
        call: &ast::ExprCall,
        body: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        let receiver = match self.static_value(frame, &attribute.value) {
            Ok(receiver @ Value::Object(_)) => receiver,
            _ => return fail(attribute, "the callback must be a function of this file or a method of a primitive"),
        };
        for argument in arguments {
            self.static_value(frame, argument)?;
        }
        callee.locals = frame.locals.clone();
        callee.known = frame.known.clone();
        let made = ast::ExprCall {
            func: Box::new(Expr::Attribute(attribute.clone())),
            arguments: ast::Arguments {
                args: arguments.to_vec().into_boxed_slice(),
                keywords: Default::default(),
                ..call.arguments.clone()
            },
            ..call.clone()
        };
        // `Thread(target=event.wait)`: a blocking call, as a statement of the thread would make it.
        let made_expr = Expr::Call(made.clone());
        if !callee.coroutine && self.blocking_result(&callee, &made_expr)? {
            return self.blocking_call(&mut callee, &made_expr, None, body, line);
        }
        if !self.method_statement(&mut callee, &receiver, attribute.attr.as_str(), &made, body, line)? {
            return fail(attribute, format!("`{}` as a callback is not imported", attribute.attr));
        }
        Ok(())
    }
}
