//! `s.encode()`, `b.decode()` and hashlib's digests (`hashlib.sha256(data).hexdigest()`) where a value is
//! needed (session 37: session25/f04, session35/a06). weft's values are numbers, None, strings, floats
//! and tuples: it has no bytes, and a digest is a value CPython computes from the bytes' contents, which
//! no function of the scenario format computes. Both were refused as a call weft "has no form for";
//! this says why, and what to write instead.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::expr::Ex;
use crate::value::{Shape, Value};

/// Why a string's `encode()` (or a `decode()`) is refused.
const BYTES: &str = "`.encode()` and `.decode()` are not imported: their values are bytes, and weft's values are numbers, None, strings, floats and tuples, with no bytes; keep the text as a string where the program hands it on or compares it";

/// Why a digest of hashlib is refused.
const DIGEST: &str = "hashlib's digests are not imported: weft has no bytes and no hash functions, and a digest is a value CPython computes from the bytes' contents; where the digest only labels or checks a result, hand on the text itself (or a number computed from it, `len(text)`)";

impl Translator<'_> {
    /// A refusal in weft's words of `call` when it makes bytes or a digest; `None` for any other call.
    pub(crate) fn refused_bytes_call(&self, frame: &Frame, call: &ast::ExprCall) -> Result<Option<Ex>> {
        if self.is_hashlib_call(frame, &call.func) {
            return fail(call, DIGEST);
        }
        let Expr::Attribute(attribute) = &*call.func else { return Ok(None) };
        if !matches!(attribute.attr.as_str(), "encode" | "decode") {
            return Ok(None);
        }
        match self.expr(frame, &attribute.value, true) {
            Ok(Ex::Code { .. } | Ex::Static(Value::Str(_) | Value::Local(_) | Value::Shared(_, Shape::Int))) => {
                fail(call, BYTES)
            }
            _ => Ok(None),
        }
    }

    /// Whether `callee` reaches hashlib: its root name is the module `hashlib` or one of its functions
    /// (`hashlib.sha256(...)`, `sha256(...).hexdigest`, `hashlib.md5(x).digest`).
    fn is_hashlib_call(&self, frame: &Frame, callee: &Expr) -> bool {
        let mut root = callee;
        loop {
            root = match root {
                Expr::Attribute(attribute) => &attribute.value,
                Expr::Call(inner) => &inner.func,
                _ => break,
            };
        }
        let Expr::Name(name) = root else { return false };
        matches!(
            self.resolve(frame, name.id.as_str()),
            Some(Value::Module(module)) if module == "hashlib" || module.starts_with("hashlib.")
        )
    }
}
