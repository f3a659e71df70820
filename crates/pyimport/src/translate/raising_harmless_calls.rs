//! Calls kept "as a cost" that raise for what real code gives them (session33/repro r10).
//!
//! Session 32 left `hashlib.*`, `random.seed` and `sys.setswitchinterval` as a call with its cost,
//! since they "neither change what the program shares nor raise for what real code gives them". They do
//! raise: a digest of a `str` (the forgotten `.encode()`) or of a number is TypeError ("Strings must be
//! encoded before hashing"), and weft imports no bytes, so every argument it could give one is such a
//! value; `random.seed([1, 2])` is TypeError (a list is not hashable); `sys.setswitchinterval(0)` is
//! ValueError. weft went on to the next statement where CPython's thread ended. Now each is kept only
//! where it cannot raise: a digest made with no data (`hashlib.sha256()`), `random.seed` of nothing, a
//! number, a string or None, `sys.setswitchinterval` of a positive number known at import time; any
//! other is refused at the call, saying why (a line annotated with its cost is the author's word, and
//! stays a cost).

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Translator};
use crate::value::Value;

impl Translator<'_> {
    /// Why `callee(...)`, one of the calls kept as a cost, raises in CPython for the arguments `call`
    /// gives it; `None` where it does not.
    pub(super) fn harmless_call_raises(&self, frame: &Frame, callee: &str, call: &ast::ExprCall) -> Option<String> {
        let arguments = &call.arguments;
        if callee.starts_with("hashlib.") {
            // Bytes written as literals, numbers, and an algorithm's name given first: what a digest
            // takes. Anything else weft imports is a string or a number where bytes are needed.
            let named_first = matches!(callee, "hashlib.new" | "hashlib.pbkdf2_hmac");
            let takes = |position: usize, argument: &Expr| match argument {
                Expr::BytesLiteral(_) | Expr::NumberLiteral(_) | Expr::BooleanLiteral(_) => true,
                Expr::StringLiteral(_) => position == 0 && named_first,
                _ => false,
            };
            let positional = arguments.args.iter().enumerate().all(|(position, argument)| takes(position, argument));
            let keywords = arguments.keywords.iter().all(|keyword| takes(usize::MAX, &keyword.value));
            return (!(positional && keywords)).then(|| {
                format!(
                    "`{callee}(...)` of data here is not supported: a digest takes bytes, and weft imports no bytes but \
                     literals (`b\"...\"`), so what it is given is a string or a number, for which CPython raises \
                     TypeError (\"Strings must be encoded before hashing\"); write the bytes as a literal, or annotate \
                     the line with its cost (`# weft: cpu 1ms`)"
                )
            });
        }
        if callee.starts_with("logging.") {
            return self.logging_level_raises(frame, callee, call);
        }
        match callee {
            "random.seed" => {
                let seed = arguments.args.first()?;
                let hashable = matches!(
                    self.static_value(frame, seed),
                    Ok(Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::None)
                );
                (!hashable).then(|| {
                    "`random.seed(...)` of this value is not supported: CPython's seed is None, a number, a string or \
                     bytes, and raises TypeError for a list, a dict or a set; seed with a number known at import time"
                        .to_string()
                })
            }
            "sys.setswitchinterval" => {
                let positive = match arguments.args.first().map(|interval| self.static_value(frame, interval)) {
                    Some(Ok(Value::Int(value))) => value > 0,
                    Some(Ok(Value::Float(value))) => value > 0.0,
                    _ => false,
                };
                (!positive).then(|| {
                    "`sys.setswitchinterval(...)` is supported with a positive number known at import time: CPython \
                     raises ValueError for zero or less and TypeError for anything but a number"
                        .to_string()
                })
            }
            _ => None,
        }
    }

    /// A level logging is given (`basicConfig(level=...)`, `setLevel(...)`, `disable(...)`) that is not
    /// a number or one of its names in capitals: CPython raises ValueError ("Unknown level: 'info'")
    /// or TypeError there, where weft would keep the call as harmless (session34/repro r05).
    fn logging_level_raises(&self, frame: &Frame, callee: &str, call: &ast::ExprCall) -> Option<String> {
        const LEVEL_NAMES: [&str; 8] = ["CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "NOTSET"];
        let arguments = &call.arguments;
        let positional =
            (callee.ends_with(".setLevel") || callee == "logging.disable").then(|| arguments.args.first()).flatten();
        let keyword =
            arguments.keywords.iter().find(|keyword| keyword.arg.as_ref().is_some_and(|name| name.as_str() == "level"));
        let level = positional.or(keyword.map(|keyword| &keyword.value))?;
        // Refused only where the level is known to be wrong: a name logging does not have, or a value
        // of another type known at import time (a level computed at run time is kept, as before).
        let wrong = match self.static_value(frame, level) {
            Ok(Value::Int(_)) | Err(_) => false,
            Ok(Value::Str(name)) => !LEVEL_NAMES.contains(&name.as_str()),
            Ok(Value::Float(_) | Value::None | Value::List(_)) => true,
            Ok(_) => false,
        };
        let method = callee.rsplit('.').next().unwrap_or(callee);
        wrong.then(|| {
            format!(
                "logging's `{method}(...)` with this level is not supported: logging takes a level as a number or its name in \
                 capitals (`logging.INFO`, `\"INFO\"`), and CPython raises ValueError (\"Unknown level\") for \
                 any other name and TypeError for other values; write the level as `logging.INFO`"
            )
        })
    }
}
