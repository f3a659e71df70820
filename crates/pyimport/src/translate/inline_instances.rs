//! An instance of a file's class made inline where its value is used at once (session28/t12:
//! `threading.Thread(target=Incrementer().bump, kwargs={"times": 3})`): the translator makes an
//! instance at import time only where an assignment names it (`x = Incrementer()`), and otherwise
//! follows one made at run time only for a class whose `__init__` just sets attributes, whose methods
//! it does not follow. Where the scenario runs no `if` or loop around the call, the translator refuses
//! it as a call inside an expression, and hoisting.rs moves it to a line of its own before the
//! statement (`Incrementer_result = Incrementer()`), under hoisting's checks that nothing evaluated
//! before it in the statement could see the difference; the instance is then made at import time as
//! any named one is, and `Incrementer_result.bump` is its bound method. Each inline call is an
//! instance of its own, as in Python. Inside an `if`, a loop or a comprehension the scenario runs (one
//! instance per pass) the refusal stands.

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{Frame, Translator};
use crate::expr::Ex;
use crate::value::Value;

impl Translator<'_> {
    /// The class of `Cls(...)` in `Cls(...).method`, a method of a class of the file read off an
    /// instance made inline where the scenario runs no `if` or loop around it.
    pub(crate) fn inline_instance_method(&self, frame: &Frame, attribute: &ast::ExprAttribute) -> Option<String> {
        if frame.dynamic > 0 {
            return None;
        }
        let Expr::Call(call) = &*attribute.value else { return None };
        let Ok(Ex::Static(Value::Class(class))) = self.expr(frame, &call.func, false) else { return None };
        let definition = self.classes.definition(&class)?;
        let is_method = definition
            .body
            .iter()
            .any(|stmt| matches!(stmt, Stmt::FunctionDef(method) if method.name.as_str() == attribute.attr.as_str()));
        is_method.then_some(class)
    }
}
