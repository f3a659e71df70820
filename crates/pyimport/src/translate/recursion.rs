//! A function of the file that calls itself (session 32), where the values known at import time bound
//! how deep it goes:
//!
//! ```python
//! def count_down(n):
//!     if n == 0:
//!         return
//!     with lock:
//!         total += 1
//!     count_down(n - 1)
//! ```
//!
//! Every call of a function of the file is inlined into its caller (its body a copy with the arguments
//! bound), and so is a call from inside itself: each level a copy of its own. The arguments of such a
//! call are taken as known at import time where they are (`n - 1` of a known `n` is 2), so the test that
//! ends the recursion (`if n == 0:`) is decided when the program is imported, as any `if` on a value
//! known then is, and the copies stop where Python's calls stop. Where the arguments do not decide it
//! (`n` read from a queue), the copies would never end: refused at the call once it is more than
//! `MAX_RECURSION_DEPTH` deep, or once the file's recursive calls number more than `MAX_RECURSIVE_CALLS`
//! (a recursion that branches, `fib(n - 1) + fib(n - 2)`, doubles at each level).

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Argument, Frame, Result, Translator, fail};
use crate::expr::Ex;

/// Most copies of one function on the chain of inlined calls (Python's own limit is 1,000 frames).
pub(super) const MAX_RECURSION_DEPTH: usize = 16;
/// Most calls of functions from inside themselves the import unrolls in one program.
const MAX_RECURSIVE_CALLS: usize = 256;

impl Translator<'_> {
    /// Refuses a call of `function` from inside itself once it goes deeper, or more often, than the
    /// import unrolls; counts it otherwise.
    pub(super) fn check_recursion(&mut self, function: &str, call_range: TextRange) -> Result<()> {
        let depth = self.call_stack.iter().filter(|caller| *caller == function).count();
        if depth == 0 {
            return Ok(());
        }
        self.recursive_calls += 1;
        if depth >= MAX_RECURSION_DEPTH || self.recursive_calls > MAX_RECURSIVE_CALLS {
            let cause = match &self.unknown_recursive_arguments[..] {
                [] => "here they do not".to_string(),
                unknown => format!(
                    "here they do not: {} only known when the program runs (a job's or a thread's argument, a value read from shared state or computed in a step)",
                    unknown.iter().map(|argument| format!("`{argument}` is")).collect::<Vec<_>>().join(", ")
                ),
            };
            return fail(
                &call_range,
                format!(
                    "`{function}` calls itself more than {MAX_RECURSION_DEPTH} deep (or the file's functions call themselves more than {MAX_RECURSIVE_CALLS} times): weft writes out each call of a function from inside itself, and follows recursion only where the values known at import time (literals, constants, arguments given as such) decide where it ends; {cause}. Write the recursion as a loop"
                ),
            );
        }
        Ok(())
    }

    /// The arguments of a call of a function that calls itself, each as known at import time where it
    /// is (`n - 1` of a parameter `n` bound to 3 is 2), else as code.
    pub(super) fn recursive_call_arguments(
        &mut self,
        frame: &Frame,
        call: &ast::ExprCall,
    ) -> Result<super::closure_jobs::CallArguments> {
        self.unknown_recursive_arguments.clear();
        let known = |translator: &mut Self, arg: &ast::Expr| -> Result<Argument> {
            match translator.expr(frame, arg, true) {
                Ok(Ex::Static(value)) => Ok(Argument::Static(value)),
                _ => {
                    let written = &translator.source.text[arg.range().start().to_usize()..arg.range().end().to_usize()];
                    translator.unknown_recursive_arguments.push(written.to_string());
                    translator.argument(frame, arg)
                }
            }
        };
        let mut args = Vec::new();
        for arg in call.arguments.args.iter() {
            args.push(known(self, arg)?);
        }
        let mut keywords = Vec::new();
        for keyword in &call.arguments.keywords {
            let Some(key) = &keyword.arg else {
                return fail(keyword, "`**kwargs` in a call is not supported");
            };
            keywords.push((key.to_string(), known(self, &keyword.value)?));
        }
        Ok((args, keywords))
    }

    /// Whether a binding in `frame` is on the straight path of a function that calls itself (its own top
    /// level, inside the one-pass loop of an early `return`): every later statement of that function
    /// that reads the name runs after it, so an integer it binds from values known at import time
    /// (`mid = len(items) // 2`, `half = n // 2`) is known there too, and may decide where the
    /// recursion ends. Elsewhere (an `if`, a loop the scenario runs) the binding may not run.
    pub(super) fn binds_at_recursive_top(&self, frame: &Frame) -> bool {
        !frame.module_level
            && frame.dynamic <= frame.binding_depth
            && self.call_stack.last().is_some_and(|function| self.is_recursive(function))
    }

    /// Whether the function of the file `function` calls itself.
    pub(super) fn is_recursive(&self, function: &str) -> bool {
        self.functions.get(function).is_some_and(|def| calls_itself(def))
    }

    /// Whether `stmt` always returns, judged at import time, in the body of a function that calls
    /// itself: the statements after it are never reached and are not translated (past the `return`
    /// that ends the recursion they would call the function again, for ever).
    pub(super) fn returns_in_recursion(&self, frame: &Frame, stmt: &Stmt) -> bool {
        let Some(def) = self.call_stack.last().and_then(|function| self.functions.get(function)) else {
            return false;
        };
        calls_itself(def) && self.always_returns(frame, stmt)
    }

    fn always_returns(&self, frame: &Frame, stmt: &Stmt) -> bool {
        match stmt {
            Stmt::Return(_) => true,
            Stmt::If(branch) => self.clause_taken_at_import(frame, branch).is_some_and(|body| {
                body.and_then(|body| body.last()).is_some_and(|last| self.always_returns(frame, last))
            }),
            _ => false,
        }
    }
}

/// Whether `def`'s body calls a function of its own name (`f(...)`, `self.f(...)`).
fn calls_itself(def: &ast::StmtFunctionDef) -> bool {
    struct Calls<'n>(&'n str, bool);
    impl<'a> Visitor<'a> for Calls<'_> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr {
                self.1 |= match &*call.func {
                    Expr::Name(name) => name.id.as_str() == self.0,
                    Expr::Attribute(attribute) => attribute.attr.as_str() == self.0,
                    _ => false,
                };
            }
            walk_expr(self, expr);
        }
    }
    let mut calls = Calls(def.name.as_str(), false);
    for stmt in &def.body {
        calls.visit_stmt(stmt);
    }
    calls.1
}
