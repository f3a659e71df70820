//! `str.strip(item)`, `func(item)` where `func` was given `str.upper` (session21/q05: a pipeline stage
//! handed a method of `str` as its function): Python's call of the method looked up on the class with
//! the string first, which for a string is `item.strip()` exactly. The call is rewritten as that
//! method call and translated as one (text_calls.rs, `upper`/`lower`), so its steps, its value and its
//! text work are the method's. A receiver known at import time to be no string (Python's TypeError)
//! is refused; `str.split` keeps the refusal of a list made at run time (its list is no value weft holds).

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::Ex;
use crate::translate::{Frame, Result, Translator, fail};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// The value of `str.METHOD(s, args...)` (`callee` is `str.METHOD`), as `s.METHOD(args...)`;
    /// `None` for a callee that is no method of `str` weft imports.
    pub(super) fn unbound_text_method(
        &self,
        frame: &Frame,
        callee: &str,
        call: &ast::ExprCall,
        use_known: bool,
    ) -> Result<Option<Ex>> {
        let Some(method) = callee.strip_prefix("str.") else { return Ok(None) };
        if !crate::text_calls::is_text_method(method) && !matches!(method, "upper" | "lower") {
            return Ok(None);
        }
        let Some((receiver, rest)) = call.arguments.args.split_first() else {
            return fail(call, format!("`str.{method}` takes the string first: Python raises TypeError here"));
        };
        if matches!(receiver, Expr::Starred(_)) {
            return fail(receiver, format!("`*` in a call of `str.{method}` is not supported; pass the string first"));
        }
        if let Ok(Ex::Static(known)) = self.expr(frame, receiver, use_known)
            && !matches!(known, Value::Str(_) | Value::Shared(_, Shape::Int) | Value::Local(_))
        {
            return fail(
                receiver,
                format!(
                    "`str.{method}` of {}: Python raises TypeError (a method of `str` takes a string)",
                    known.describe()
                ),
            );
        }
        let method_call = ast::ExprCall {
            func: Box::new(Expr::Attribute(ast::ExprAttribute {
                value: Box::new(receiver.clone()),
                attr: ast::Identifier::new(method, call.func.range()),
                ctx: ast::ExprContext::Load,
                range: call.func.range(),
                node_index: Default::default(),
            })),
            arguments: ast::Arguments {
                args: rest.to_vec().into_boxed_slice(),
                keywords: call.arguments.keywords.clone(),
                range: call.arguments.range,
                node_index: Default::default(),
            },
            ..call.clone()
        };
        self.expr(frame, &Expr::Call(method_call), use_known).map(Some)
    }
}
