//! A builtin function of Python used as a value (session 33: session32 checks/k112, k115, k117:
//! `Thread(target=setattr, args=(flags, "ready", 1))`, `threading.Timer(0.01, setattr, ...)`,
//! `asyncio.to_thread(setattr, box, "x", 5)`). weft models a builtin where the program calls it, by
//! what the call does; handed on as a thread's, a timer's or a job's function it is no function of the
//! file for weft to run, and the name resolved to nothing, so the words were "`setattr` is not
//! defined". Refused as before, in words that say what it is and what to write.

/// Python's builtin functions (`dir(builtins)` of CPython 3.11, the callables that are no class of
/// exceptions).
const BUILTIN_FUNCTIONS: [&str; 44] = [
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "callable",
    "chr",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "aiter",
    "anext",
    "breakpoint",
    "compile",
    "help",
];

/// The words for `name` where it resolves to nothing, when it is one of Python's builtin functions.
pub(super) fn builtin_function_words(name: &str) -> Option<String> {
    BUILTIN_FUNCTIONS.contains(&name).then(|| {
        format!(
            "`{name}`, a builtin function of Python, as a value (a thread's target, a Timer's or `to_thread`'s function, a callback, an item) is not supported: weft models a builtin where the program calls it; pass a function of the file that makes the call instead (`def work(): {name}(...)`)"
        )
    })
}

impl super::Translator<'_> {
    /// `fn(*args)`, `fn(arg)` of a name whose value is known only at run time (session32 t08: `key,
    /// fn, args = self.tasks.pop(0)` then `value = fn(*args)`; checks/k105: `fn, args = item` of a
    /// queue's item): weft inlines each call of a function it knows at import time and has no value
    /// that is a function while the program runs. The words of the refusal, where it applies.
    pub(crate) fn run_time_callee_words(
        &self,
        frame: &super::Frame,
        call: &ruff_python_ast::ExprCall,
    ) -> Option<String> {
        let ruff_python_ast::Expr::Name(callee) = &*call.func else { return None };
        let run_time = matches!(self.expr(frame, &call.func, false), Ok(crate::expr::Ex::Code { .. }));
        run_time.then(|| {
            format!(
                "`{}(...)` calls a function taken at run time (from a queue, a list or a tuple): weft calls a function where it knows at import time which one it is (its name, a dict of functions looked up by a key known at import time), not a function value while the program runs; put what names the work in the item (a string) and call each function by its name with `if`",
                callee.id
            )
        })
    }
}
