//! Parameters that hold only bools, where every call of their function is in sight (session38/repro/
//! w05: a thread's `args=(1, True)` and `f"{flag}"` were refused as "given a bool in one place and
//! another value elsewhere"). bool_names.rs takes a parameter for "not a bool" wherever its values are
//! not all seen; here, for a plain function of the file (one `def` of its name, no decorator, no
//! `*args` or `**kwargs` of its own) every mention of whose name is a call bool_names.rs's walker
//! reads the arguments of (`f(...)`, `Thread(target=f, args=(...))`, `ex.submit(f, ...)`,
//! `asyncio.to_thread(f, ...)`), a parameter that every such call gives a bool (or leaves to a bool
//! default) holds only bools. Anything else (a call with `*xs` or `**kw`, `kwargs=` of a Thread, a
//! mention that is no such call: `map(f, xs)`, `partial(f, ...)`, `callback=f`) keeps the old rule.
//! A class of the file with one `__init__` is such a function too, its calls `C(...)` giving the
//! parameters after `self` (session37/repro/r15: a dataclass's `vote: bool = False`, whose rewrite
//! is `__init__(self, ..., vote=False)` and `self.vote = vote`).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::bool_names::{BoolName, BoolNames};

/// What the calls in sight give one function's parameters.
#[derive(Default)]
struct Calls {
    /// Calls whose arguments were read.
    seen: usize,
    /// Parameters some call gave something other than a bool (or left to a default that is none).
    not_bool: BTreeSet<String>,
}

/// A function whose calls are read: its `def`, and how many of its parameters no call gives (a
/// class's `__init__`: `self`).
#[derive(Clone, Copy)]
struct Callable<'a> {
    def: &'a ast::StmtFunctionDef,
    skipped: usize,
}

impl<'a> Callable<'a> {
    fn parameters(&self) -> impl Iterator<Item = &'a ast::ParameterWithDefault> + use<'a> {
        let parameters = &self.def.parameters;
        parameters.posonlyargs.iter().chain(&parameters.args).chain(&parameters.kwonlyargs).skip(self.skipped)
    }

    /// How many parameters a positional argument may fill.
    fn positional(&self) -> usize {
        (self.def.parameters.posonlyargs.len() + self.def.parameters.args.len()).saturating_sub(self.skipped)
    }
}

/// The names of parameters that hold only bools, by the rule above, given what `found` knows so far.
pub(super) fn exact_bool_parameters(body: &[Stmt], found: &BoolNames) -> BTreeSet<String> {
    let functions = plain_functions(body);
    let mut calls = CallWalk { functions: &functions, found, calls: BTreeMap::new(), mentions: BTreeMap::new() };
    body.iter().for_each(|stmt| calls.visit_stmt(stmt));
    let mut exact = BTreeSet::new();
    for (name, callable) in &functions {
        let given = calls.calls.get(*name);
        let seen = given.map_or(0, |given| given.seen);
        if seen == 0 || calls.mentions.get(*name).copied().unwrap_or(0) != seen {
            continue;
        }
        let not_bool = &given.expect("seen above").not_bool;
        for parameter in callable.parameters() {
            let name = parameter.parameter.name.as_str();
            if !not_bool.contains(name) {
                exact.insert(name.to_string());
            }
        }
    }
    exact
}

/// The file's plain functions and classes by name: one `def` or `class` of the name anywhere (a
/// class not inside another), a function without a decorator, a class with one `__init__`, neither
/// with a `*args`/`**kwargs` of its own.
fn plain_functions(body: &[Stmt]) -> BTreeMap<&str, Callable<'_>> {
    let mut defs: BTreeMap<&str, Vec<Option<Callable<'_>>>> = BTreeMap::new();
    collect_defs(body, &mut defs);
    defs.into_iter()
        .filter_map(|(name, defs)| match defs[..] {
            [Some(callable)] if callable.def.parameters.vararg.is_none() && callable.def.parameters.kwarg.is_none() => {
                Some((name, callable))
            }
            _ => None,
        })
        .collect()
}

/// Each `def` and `class` by name: `None` for one whose calls this does not read (a decorated
/// function, a class with a base, or without its own `__init__`, or with more than one).
fn collect_defs<'a>(body: &'a [Stmt], defs: &mut BTreeMap<&'a str, Vec<Option<Callable<'a>>>>) {
    struct Defs<'a, 'd>(&'d mut BTreeMap<&'a str, Vec<Option<Callable<'a>>>>);
    impl<'a> Visitor<'a> for Defs<'a, '_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => {
                    let callable = def.decorator_list.is_empty().then_some(Callable { def, skipped: 0 });
                    self.0.entry(def.name.as_str()).or_default().push(callable);
                    walk_stmt(self, stmt);
                }
                // A method's name is no function's: `self.f(...)` is read apart (bool_names.rs).
                Stmt::ClassDef(class) => {
                    let inits: Vec<&ast::StmtFunctionDef> = class
                        .body
                        .iter()
                        .filter_map(|inner| match inner {
                            Stmt::FunctionDef(init) if init.name.as_str() == "__init__" => Some(init),
                            _ => None,
                        })
                        .collect();
                    let callable = match inits[..] {
                        [def] if class.arguments.is_none() => Some(Callable { def, skipped: 1 }),
                        _ => None,
                    };
                    self.0.entry(class.name.as_str()).or_default().push(callable);
                }
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut walk = Defs(defs);
    body.iter().for_each(|stmt| walk.visit_stmt(stmt));
}

/// Reads every call of a plain function whose arguments are in sight, and counts every mention of
/// such a function's name.
struct CallWalk<'f, 'b> {
    functions: &'f BTreeMap<&'f str, Callable<'f>>,
    found: &'b BoolNames,
    calls: BTreeMap<String, Calls>,
    mentions: BTreeMap<String, usize>,
}

impl CallWalk<'_, '_> {
    /// A call of `function` with these arguments (`None`: arguments not in sight, such as a Thread's
    /// `kwargs=`): counted, and each parameter's argument judged.
    fn call(&mut self, function: &Expr, arguments: Option<(&[Expr], &[ast::Keyword])>) {
        let Expr::Name(name) = function else { return };
        let Some(callable) = self.functions.get(name.id.as_str()).copied() else { return };
        let Some((positional, keywords)) = arguments else { return };
        let splat = positional.iter().any(|argument| matches!(argument, Expr::Starred(_)))
            || keywords.iter().any(|keyword| keyword.arg.is_none());
        let parameters: Vec<&ast::ParameterWithDefault> = callable.parameters().collect();
        let mut not_bool = BTreeSet::new();
        for (position, parameter) in parameters.iter().enumerate() {
            let name = parameter.parameter.name.as_str();
            let keyword = keywords.iter().find(|keyword| keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == name));
            let given = match (positional.get(position), keyword) {
                _ if splat => None,
                (Some(argument), _) if position < callable.positional() => Some(argument),
                (_, Some(keyword)) => Some(&keyword.value),
                _ => parameter.default.as_deref(),
            };
            if given.is_none_or(|value| self.found.kind(value) != Some(BoolName::Bool)) {
                not_bool.insert(name.to_string());
            }
        }
        let calls = self.calls.entry(name.id.to_string()).or_default();
        calls.seen += 1;
        calls.not_bool.extend(not_bool);
    }
}

impl<'a> Visitor<'a> for CallWalk<'_, '_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(name) = expr
            && self.functions.contains_key(name.id.as_str())
            && name.ctx.is_load()
        {
            *self.mentions.entry(name.id.to_string()).or_default() += 1;
        }
        if let Expr::Call(call) = expr {
            let arguments = &call.arguments;
            self.call(&call.func, Some((&arguments.args, &arguments.keywords)));
            let keyword =
                |name: &str| arguments.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name));
            // `Thread(target=f, args=(...))`, `Process(...)`: the target gets `args`; with `kwargs=`
            // its arguments are not all in sight.
            if let Some(target) = keyword("target") {
                let elements: &[Expr] = match keyword("args").map(|args| &args.value) {
                    Some(Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })) => elts,
                    Some(_) => &[Expr::Starred(starred_placeholder())],
                    None => &[],
                };
                let in_sight = keyword("kwargs").is_none();
                self.call(&target.value, in_sight.then_some((elements, &[][..])));
            }
            // `ex.submit(f, a, b)`, `asyncio.to_thread(f, a)`.
            if let Expr::Attribute(attribute) = &*call.func
                && matches!(attribute.attr.as_str(), "submit" | "to_thread")
                && let [function, rest @ ..] = &arguments.args[..]
            {
                self.call(function, Some((rest, &arguments.keywords)));
            }
        }
        walk_expr(self, expr);
    }
}

/// `*_`: arguments of a Thread given as a name (`args=row`), not in sight.
fn starred_placeholder() -> ast::ExprStarred {
    ast::ExprStarred {
        node_index: ast::AtomicNodeIndex::default(),
        range: ruff_text_size::TextRange::default(),
        value: Box::new(crate::syntax::name("_", ruff_text_size::TextRange::default(), ast::ExprContext::Load)),
        ctx: ast::ExprContext::Load,
    }
}
