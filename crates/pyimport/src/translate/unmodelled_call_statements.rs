//! A call statement whose callee the import does not resolve to something it models. Such a call
//! reached the end of `unknown_call`, which translated it as the reads of its arguments and nothing
//! else: `setattr(config, "timeout", 5)`, `operator.setitem(d, k, v)`, `dict.clear(d)`,
//! `getattr(m, command)()`, `get_account().deposit(5)`, `int(row)` validating a row by its ValueError
//! were all dropped, and weft said "complete" without CPython's state (session 32's probe, repro
//! r01-r13). Every such statement is now refused at its callee, unless the callee is one of the few
//! below that neither raise for the values real code gives them nor change what they are given.

use ruff_python_ast::{self as ast, Expr};

use super::{Frame, Result, Translator, fail};
use crate::value::Value;

/// Library functions left as "a call with its cost": they change nothing the program shares and do not
/// raise for what real code gives them (logging reports its own formatting errors instead of raising).
const HARMLESS_CALLS: [&str; 13] = [
    "sys.setswitchinterval",
    "sys.path.insert",
    "sys.path.append",
    "sys.stdout.flush",
    "random.seed",
    "random.random",
    "time.time",
    "time.perf_counter",
    "time.monotonic",
    "os.getpid",
    "threading.get_ident",
    "threading.current_thread",
    "gc.collect",
];

/// Module prefixes whose functions are harmless in the same way: logging's, and hashlib's digests
/// (the CPU work an unannotated call stands for).
const HARMLESS_MODULES: [&str; 2] = ["logging.", "hashlib."];

/// The builtin types whose methods, called through the type (`dict.update(d, x)`), are refused.
const BUILTIN_TYPES: [&str; 10] = ["dict", "list", "set", "str", "object", "int", "float", "tuple", "type", "bytes"];

impl Translator<'_> {
    /// Refuses `call`, a statement that reached the end of `unknown_call`, unless its callee is `print`
    /// or a harmless library function (`HARMLESS_CALLS`), or its line has a cost annotation.
    pub(super) fn refuse_unmodelled_call_statement(&self, frame: &Frame, call: &ast::ExprCall) -> Result<()> {
        // A line annotated with its cost (`json.dumps(x)  # weft: native 1ms`): the program's author
        // says what the call stands for.
        if frame.cost_given || self.is_print(frame, call) || self.is_harmless_call(frame, call) {
            return Ok(());
        }
        if let Some(words) =
            self.module_callee(frame, call).and_then(|callee| self.harmless_call_raises(frame, &callee, call))
        {
            return fail(call, words);
        }
        if let Some(words) = self.run_time_callee_words(frame, call) {
            return fail(&*call.func, words);
        }
        fail(&*call.func, unmodelled_call_message(call))
    }

    /// `getattr(obj, name)(args)` with `name` a text known at import time (a literal is rewritten before
    /// translation, setattr_statements.rs; this takes a parameter or a loop's name): `obj.<name>(args)`.
    pub(super) fn named_getattr_call(&self, frame: &Frame, call: &ast::ExprCall) -> Option<ast::ExprCall> {
        let Expr::Call(getattr) = &*call.func else { return None };
        let is_getattr = matches!(&*getattr.func, Expr::Name(callee) if callee.id.as_str() == "getattr")
            && !self.functions.contains_key("getattr");
        let ([object, name], []) = (&getattr.arguments.args[..], &getattr.arguments.keywords[..]) else { return None };
        let Ok(Value::Str(name)) = self.static_value(frame, name) else { return None };
        if !is_getattr || !crate::syntax::is_identifier(&name) {
            return None;
        }
        let mut method_call = call.clone();
        method_call.func = Box::new(crate::syntax::attribute(
            object,
            &name,
            ruff_text_size::Ranged::range(getattr),
            ast::ExprContext::Load,
        ));
        Some(method_call)
    }

    fn is_harmless_call(&self, frame: &Frame, call: &ast::ExprCall) -> bool {
        let Some(callee) = self.module_callee(frame, call) else { return false };
        if HARMLESS_CALLS.contains(&callee.as_str()) || HARMLESS_MODULES.iter().any(|m| callee.starts_with(m)) {
            // Refused where it raises for what it is given (raising_harmless_calls.rs).
            return self.harmless_call_raises(frame, &callee, call).is_none();
        }
        // `math.factorial(10000)`: CPU work; it raises only for a negative number or a float.
        callee == "math.factorial"
            && matches!(
                (&call.arguments.args[..], &call.arguments.keywords[..]),
                ([Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Int(_), .. })], [])
            )
    }
}

/// What is refused and what to write instead, by the callee's form.
fn unmodelled_call_message(call: &ast::ExprCall) -> String {
    const DROPPED: &str = "weft does not model what it does (it may raise, or change what it is given), and leaving it out would miss what CPython does";
    match &*call.func {
        Expr::Call(inner) => format!(
            "calling the value of another call (`{}(...)(...)`) as a statement is not supported: {DROPPED}; call the function or method by its name (`obj.method()`), with `getattr`'s name written as text (`getattr(obj, \"start\")()`)",
            callee_text(&inner.func)
        ),
        Expr::Attribute(attribute) if matches!(&*attribute.value, Expr::Call(_)) => format!(
            "a method of another call's value (`...().{}(...)`) as a statement is not supported: {DROPPED}; call it on a global or an instance the file makes (`account.{}(...)`)",
            attribute.attr, attribute.attr
        ),
        Expr::Attribute(attribute) if matches!(&*attribute.value, Expr::Name(type_name) if BUILTIN_TYPES.contains(&type_name.id.as_str())) =>
        {
            format!(
                "calling `{}` through its type is not supported: {DROPPED}; call the method on the value (`value.{}(...)`), or assign the attribute (`obj.name = value`)",
                callee_text(&call.func),
                attribute.attr
            )
        }
        Expr::Name(name) => match name.id.as_str() {
            "setattr" => format!(
                "`setattr` here is not supported: {DROPPED}; weft takes `setattr(obj, \"name\", value)` as a statement with the name written as text (or known at import time in a loop over pairs written in the same function); otherwise assign the attribute (`obj.name = value`)"
            ),
            "delattr" => format!("`delattr` is not supported: {DROPPED}; set the attribute to None instead"),
            "exec" | "eval" => format!("`{}` runs code weft cannot read: {DROPPED}; write the code itself", name.id),
            other => format!(
                "`{other}(...)` whose value is unused is not supported: {DROPPED} (`int(\"x\")` raises ValueError, `min([])` too); assign its value where weft models it, or test the condition itself (`if text.isdigit():`)"
            ),
        },
        func => {
            let text = callee_text(func);
            if text.starts_with("operator.") {
                return format!(
                    "`{text}` is not supported: {DROPPED}; write the operation itself (`d[k] = v`, `x += y`)"
                );
            }
            format!(
                "`{text}(...)` as a statement is not supported: {DROPPED}; call a function of the file, or a method weft models"
            )
        }
    }
}

/// The callee as the program wrote it, short: `a.b.c`, `f()`, `items[...]`.
fn callee_text(func: &Expr) -> String {
    match func {
        Expr::Name(name) => name.id.to_string(),
        Expr::Attribute(attribute) => format!("{}.{}", callee_text(&attribute.value), attribute.attr),
        Expr::Call(call) => format!("{}()", callee_text(&call.func)),
        Expr::Subscript(subscript) => format!("{}[...]", callee_text(&subscript.value)),
        Expr::StringLiteral(_) => "\"...\"".to_string(),
        _ => "...".to_string(),
    }
}
