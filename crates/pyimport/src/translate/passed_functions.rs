//! A function of the file passed as a value to a call weft does not model (`list(map(get, futures))`,
//! `print(*map(get, futures))`): that call may call it, and whatever the function does (a wait, a
//! write) would be lost where weft only reads the call's arguments. Such a call is one that may
//! change the program's state (dropped_calls.rs), refused where it would be dropped. Before session 22
//! `print(list(map(get, futures)))` with `def get(f): return f.result()` imported as no wait at all.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// Why `call` may change the program's state through a function of the file given as one of its
    /// arguments, when it may.
    pub(super) fn change_through_passed_function(&self, frame: &Frame, call: &ast::ExprCall) -> Option<String> {
        let arguments = call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|keyword| &keyword.value));
        for argument in arguments {
            if !matches!(argument, Expr::Name(_) | Expr::Attribute(_)) {
                continue;
            }
            let function = match self.expr(frame, argument, false) {
                Ok(Ex::Static(
                    Value::Function(function) | Value::Closure(function, _) | Value::Partial(function, ..),
                )) => function,
                Ok(Ex::Static(Value::Lambda(lambda))) if lambda.statement.is_none() => lambda.function,
                Ok(Ex::Static(Value::Lambda(_))) => {
                    return Some(
                        "a lambda passed to this call may change the program's state when it is called".into(),
                    );
                }
                _ => continue,
            };
            let def = self.functions.get(&function)?;
            if super::dropped_calls::function_may_change_state(def) {
                return Some(format!(
                    "`{function}` is passed to a call that may call it, and it may change the program's state (it does more than compute a value from its arguments)"
                ));
            }
        }
        None
    }
}
