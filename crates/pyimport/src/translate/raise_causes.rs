//! `raise Other(...) from cause`: Python sets the new exception's `__cause__`, which only its traceback
//! shows; which handler catches it, and what the program can tell of it, is the class alone. So the
//! cause is imported as nothing when its evaluation cannot raise or have an effect: `None`, the
//! exception a handler around it caught (`except C as e:` ... `raise Other from e`), or a class weft
//! models (called with constants or locals, as `raise C(...)` itself). Anything else (a value that is
//! not an exception is Python's TypeError, a call may have effects) is refused.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};

impl Translator<'_> {
    /// Refuses a `raise ... from cause` whose cause is none of the forms above.
    pub(super) fn check_raise_cause(&self, frame: &Frame, raise: &ast::StmtRaise) -> Result<()> {
        let Some(cause) = raise.cause.as_deref() else { return Ok(()) };
        let plain = match cause {
            Expr::NoneLiteral(_) => true,
            Expr::Name(name) if self.caught_names.iter().any(|caught| caught == name.id.as_str()) => true,
            Expr::Name(_) => self.exception_class_name(frame, cause).is_some(),
            Expr::Call(call) => {
                call.arguments.keywords.is_empty()
                    && call.arguments.args.iter().all(|argument| match argument {
                        Expr::StringLiteral(_) | Expr::NumberLiteral(_) => true,
                        Expr::Name(name) => frame.locals.contains_key(name.id.as_str()),
                        _ => false,
                    })
                    && self.exception_class_name(frame, &call.func).is_some()
            }
            _ => false,
        };
        if plain {
            return Ok(());
        }
        fail(
            cause,
            "the cause of `raise ... from` is supported as `None`, the exception of the `except ... as e:` around it, or a class weft models (its arguments constants or locals)",
        )
    }
}
