//! The waits inside the arguments of a call weft does not model (`print("got", await t)`,
//! `print(f.result(timeout=0.01))`, `print(sorted(f.result() for f in fs))`,
//! `logging.info("%s", f.result())`). Such a call's arguments are only read, so a wait there was lost
//! with its exception: before session 21 `print("got", await t)` imported as no step at all, the task
//! cancelled at the end of `main` and the run `ok` where CPython's died of the task's ValueError, and
//! `print(sum(f.result() for f in fs))` or `f.result(timeout=...)` inside a print lost the job's error
//! or the TimeoutError, weft claiming "complete" each time.
//!
//! Each wait becomes a statement before the call, left to right as Python evaluates the arguments (the
//! printed text is not kept, so the value is not needed): an `await`, a future's `result()` or
//! `exception()` (with a time-out too), and a comprehension or generator whose element is the wait of
//! its one variable over a list or set of futures (the loop it means). A wait weft cannot take that
//! way (inside a lambda, or a comprehension whose element does more than wait) is refused at its place.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Step, Translator, fail};

/// A wait found in a call's arguments, in the order Python evaluates it.
enum ArgumentWait<'e> {
    /// An `await` or a future's `result()`/`exception()` outside any comprehension.
    Alone(&'e Expr),
    /// A comprehension or generator that may wait for each of its items.
    InComprehension(&'e Expr),
    /// A lambda (`map(lambda f: f.result(), fs)`) whose body waits when something calls it.
    InLambda(&'e Expr),
}

impl Translator<'_> {
    /// The waits in `call`'s arguments, as statements before it (see the module's comment); a wait
    /// weft cannot place is refused.
    pub(super) fn argument_waits(
        &mut self,
        frame: &mut Frame,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        for wait in self.waits_in_arguments(frame, call) {
            match wait {
                ArgumentWait::Alone(expr) => self.expression_statement(frame, expr, out, line)?,
                ArgumentWait::InComprehension(expr) => self.waiting_comprehension(frame, expr, out, line)?,
                ArgumentWait::InLambda(expr) => {
                    return fail(
                        expr,
                        "a lambda that waits (an `await`, a future's `result()` or `exception()`) is not weft's as an argument of a call weft does not model: the wait and its exception would be lost. Wait in a loop of its own (`values = []`, `for f in fs: values.append(f.result())`) and pass the values",
                    );
                }
            }
        }
        Ok(())
    }

    /// `[f.result() for f in fs]` (or a generator) over futures: the loop it means. Anything else that
    /// waits inside a comprehension is refused.
    fn waiting_comprehension(&mut self, frame: &mut Frame, expr: &Expr, out: &mut Vec<Step>, line: u32) -> Result<()> {
        let Some(comprehension) = crate::syntax::as_list_comprehension(expr) else {
            return refuse_waiting_comprehension(expr);
        };
        // `[str(f.exception()) for f in failed]` of a list filtered from `done` (filtered_future_sets.rs).
        if let Some(walked) = self.filtered_set_comprehension(frame, &comprehension) {
            let element = text_of(&walked.elt).unwrap_or(&walked.elt).clone();
            return self.comprehension_statement(
                frame,
                &ast::ExprListComp { elt: Box::new(element), ..walked },
                out,
                line,
            );
        }
        let element = text_of(&comprehension.elt).unwrap_or(&comprehension.elt).clone();
        match &element {
            Expr::Call(wait) if self.waits_for_futures(frame, &comprehension, wait) => {
                let loop_of_waits = ast::ExprListComp { elt: Box::new(element.clone()), ..comprehension.clone() };
                self.comprehension_statement(frame, &loop_of_waits, out, line)
            }
            // `["cancelled" if f.cancelled() else f.result() for f in fs]`: the loop of `if`s it means.
            _ if let Some(branches) = super::conditional_waits::conditional_wait_element(&comprehension) => {
                self.comprehension_statement_with(frame, &comprehension, branches, out, line)
            }
            // `[f.result() for f in done]` of a `wait`'s `done`: the loop (its `for` decides the order).
            _ if super::conditional_waits::plain_wait_element(&comprehension) => {
                let loop_of_waits = ast::ExprListComp { elt: Box::new(element.clone()), ..comprehension.clone() };
                self.comprehension_statement(frame, &loop_of_waits, out, line)
            }
            _ => refuse_waiting_comprehension(expr),
        }
    }

    /// The waits in `call`'s arguments, outermost first, in Python's order of evaluation.
    fn waits_in_arguments<'e>(&self, frame: &Frame, call: &'e ast::ExprCall) -> Vec<ArgumentWait<'e>> {
        struct Waits<'t, 'e, 'f> {
            translator: &'t Translator<'f>,
            frame: &'t Frame,
            found: Vec<ArgumentWait<'e>>,
        }
        impl<'e> Visitor<'e> for Waits<'_, 'e, '_> {
            fn visit_expr(&mut self, expr: &'e Expr) {
                match expr {
                    Expr::Await(_) => self.found.push(ArgumentWait::Alone(expr)),
                    Expr::Call(inner) if self.translator.waits_for_a_future(self.frame, inner) => {
                        self.found.push(ArgumentWait::Alone(expr));
                    }
                    Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) if may_wait(expr) => {
                        self.found.push(ArgumentWait::InComprehension(expr));
                    }
                    Expr::Lambda(_) if may_wait(expr) => self.found.push(ArgumentWait::InLambda(expr)),
                    Expr::Lambda(_) => {}
                    _ => walk_expr(self, expr),
                }
            }
        }
        let mut waits = Waits { translator: self, frame, found: Vec::new() };
        for argument in call.arguments.args.iter().chain(call.arguments.keywords.iter().map(|k| &k.value)) {
            waits.visit_expr(argument);
        }
        waits.found
    }
}

/// The one argument of `str(x)` or `repr(x)`, which cannot raise on a job's result: the comprehension
/// `", ".join(str(f.result()) for f in fs)` waits as `[f.result() for f in fs]` does.
fn text_of(element: &Expr) -> Option<&Expr> {
    let Expr::Call(call) = element else { return None };
    let text = matches!(&*call.func, Expr::Name(name) if matches!(name.id.as_str(), "str" | "repr"));
    match (&call.arguments.args[..], &call.arguments.keywords[..]) {
        ([argument], []) if text => Some(argument),
        _ => None,
    }
}

fn refuse_waiting_comprehension(expr: &Expr) -> Result<()> {
    // `["cancelled" if f.cancelled() else f.result() for f in fs]`: the predicate is what has no form.
    super::future_predicates::refuse_future_predicate(expr)?;
    fail(
        expr,
        "a comprehension that waits (an `await`, a future's `result()` or `exception()`) is not weft's here, as an argument of a call weft does not model: weft takes `[f.result() for f in fs]` (or a generator of it, or of `str(f.result())`) over a list or set of futures. Wait in a loop of its own (`values = []`, `for f in fs: values.append(f.result())`) and pass the values",
    )
}

/// Whether `expr` holds, anywhere, an `await` or a call of `result` or `exception` (by name: inside a
/// comprehension or a lambda the receiver is a variable the import cannot resolve there, and no
/// method of these names is a pure read of a value weft models).
fn may_wait(expr: &Expr) -> bool {
    struct Scan {
        waits: bool,
    }
    impl<'e> Visitor<'e> for Scan {
        fn visit_expr(&mut self, expr: &'e Expr) {
            match expr {
                Expr::Await(_) => self.waits = true,
                Expr::Call(call) if matches!(&*call.func, Expr::Attribute(method) if matches!(method.attr.as_str(), "result" | "exception")) =>
                {
                    self.waits = true;
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut scan = Scan { waits: false };
    scan.visit_expr(expr);
    scan.waits
}
