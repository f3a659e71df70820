//! Which names hold Python's bools (`ready = True`, `ok = is_even(4)`, `flag = done.is_set()`): weft
//! holds a bool as the integer 1 or 0, so its text (`f"{ready}"`, `str(ok)`) must be Python's `True` or
//! `False`, not `1`. The whole file is read once, by name, whatever the scope (a name bound to a bool
//! anywhere is taken as one everywhere: a refusal at worst, never a `1` printed for `True`). A name bound
//! to a bool in one place and to something else in another (`n = True`, then `n += 1`) is mixed: its text
//! is refused, as weft cannot tell which reaches it.

use std::collections::BTreeMap;

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::bool_carriers::{BoolCarriers, comprehension_bindings, found_in_target, functions_returning_some_bool};
use super::result_bools::ResultBools;
use super::{Result, Translator, fail};
use crate::text_calls::is_boolean_expression;

/// What the file binds a name to, as far as its text goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum BoolName {
    /// Only bools.
    Bool,
    /// A bool somewhere and something else elsewhere.
    Mixed,
}

/// The names the file binds to a bool (and whether it binds them to anything else too), and the
/// functions that return only bools (`def is_even(n): return n % 2 == 0`).
#[derive(Default, Clone, Debug)]
pub(crate) struct BoolNames {
    names: BTreeMap<String, BoolName>,
    functions: Vec<String>,
    /// The containers and attributes bools reach (session 21, bool_carriers.rs).
    carriers: BoolCarriers,
    /// Functions some `return` of which holds a bool, beside the ones that return only bools.
    functions_with_some_bool: Vec<String>,
    /// The bools primitives and results hand back (session 22, result_bools.rs).
    results: ResultBools,
    /// Module names bound only to a `threading.Barrier`, whose `.broken` is a bool (barrier_states.rs).
    barriers: std::collections::BTreeSet<String>,
    /// Names bound to a value that is a bool in some runs only (`x = n or False`, bool_flows.rs).
    bound_to_mixed_values: std::collections::BTreeSet<String>,
    /// Names bound only to tuple displays of one length, by position (bool_tuples.rs).
    tuples: super::bool_tuples::TuplePositions,
    /// Parameters every call of whose function in sight gives a bool (bool_parameters.rs).
    exact_parameters: std::collections::BTreeSet<String>,
    /// Method names whose every `def` returns a bool and that no library object has (bool_methods.rs).
    bool_methods: std::collections::BTreeSet<String>,
}

impl BoolNames {
    pub(crate) fn of_module(body: &[Stmt]) -> BoolNames {
        let mut found =
            BoolNames { barriers: super::barrier_states::module_barrier_names(body), ..BoolNames::default() };
        let mut functions = Vec::new();
        collect_bool_functions(body, &|value| is_boolean_expression(value), &mut functions);
        found.functions = functions;
        let mut parameters = BTreeMap::new();
        collect_parameters(body, &mut parameters);
        // A bool reaches a name through another name, an item or an attribute (`ok = ready`,
        // `status[k] = ok`, `v = status["a"]`): what is found widens each pass, until nothing changes.
        for _ in 0..8 {
            let next = found.widened(body, &parameters);
            if next.names == found.names
                && next.functions == found.functions
                && next.carriers == found.carriers
                && next.functions_with_some_bool == found.functions_with_some_bool
                && next.results == found.results
                && next.bound_to_mixed_values == found.bound_to_mixed_values
                && next.tuples == found.tuples
                && next.exact_parameters == found.exact_parameters
                && next.bool_methods == found.bool_methods
            {
                break;
            }
            found = next;
        }
        found
    }

    /// One more pass over the file with what is known so far.
    fn widened(&self, body: &[Stmt], parameters: &BTreeMap<String, Vec<String>>) -> BoolNames {
        let mut bound: BTreeMap<String, (bool, bool)> = BTreeMap::new();
        collect_bindings(body, self, &mut bound);
        let walrus = super::bool_flows::walrus_bindings(body, self);
        for (name, kind) in comprehension_bindings(body, self).into_iter().chain(walrus) {
            mark(&mut bound, &name, kind);
        }
        // A bool given to a parameter (`worker(True)`, `Thread(target=worker, args=(True,))`): the
        // parameter, also bound to whatever else the calls give it, is mixed.
        let mut arguments = BoolArguments { found: self, parameters, bool_parameters: Vec::new() };
        body.iter().for_each(|stmt| arguments.visit_stmt(stmt));
        for name in arguments.bool_parameters {
            bound.entry(name).or_insert((false, false)).0 = true;
        }
        let names = bound
            .into_iter()
            .filter(|(_, (to_bool, _))| *to_bool)
            .map(|(name, (_, to_other))| (name, if to_other { BoolName::Mixed } else { BoolName::Bool }))
            .collect();
        // A function that returns `a and b` of bools returns only bools too (session 27).
        let mut functions = Vec::new();
        collect_bool_functions(body, &|value| self.kind(value) == Some(BoolName::Bool), &mut functions);
        BoolNames {
            names,
            functions,
            carriers: BoolCarriers::of_module(body, self),
            functions_with_some_bool: functions_returning_some_bool(body, self)
                .into_iter()
                .filter(|function| !self.functions.contains(function))
                .collect(),
            results: ResultBools::of_module(body, self),
            barriers: self.barriers.clone(),
            bound_to_mixed_values: super::bool_flows::names_bound_to_mixed_values(body, self),
            tuples: super::bool_tuples::TuplePositions::of_module(body, self),
            exact_parameters: super::bool_parameters::exact_bool_parameters(body, self),
            bool_methods: super::bool_methods::bool_method_names(body, &|value| {
                is_boolean_expression(value) || self.kind(value) == Some(BoolName::Bool)
            }),
        }
    }

    pub(crate) fn carriers(&self) -> &BoolCarriers {
        &self.carriers
    }

    pub(crate) fn tuples(&self) -> &super::bool_tuples::TuplePositions {
        &self.tuples
    }

    /// The kind of an item of `iterable` (`flags`, `status.values()`), for `a.extend(flags)`.
    pub(crate) fn iterated_kind(&self, iterable: &Expr) -> Option<BoolName> {
        match self.carriers.iterated(iterable) {
            Some((None, kind)) => Some(kind),
            Some((Some(_), _)) => Some(BoolName::Mixed),
            None => None,
        }
    }

    /// Is `name` bound somewhere to a value that is a bool in some runs only (bool_flows.rs)?
    pub(crate) fn is_bound_to_mixed_value(&self, name: &str) -> bool {
        self.bound_to_mixed_values.contains(name)
    }

    /// Is `name` bound only to a `threading.Barrier` (barrier_states.rs)?
    pub(crate) fn is_barrier_name(&self, name: &str) -> bool {
        self.barriers.contains(name)
    }

    /// `barrier.broken` of a name bound only to a Barrier.
    fn is_barrier_broken(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Attribute(attribute) if attribute.attr.as_str() == "broken"
            && matches!(&*attribute.value, Expr::Name(name) if self.is_barrier_name(name.id.as_str())))
    }

    /// Whether `expr` is Python's bool: a comparison, `not`, a literal, a predicate method, a name
    /// the file binds only to bools, a call of a function that returns only bools. `Some(Mixed)` for a
    /// name bound to bools and other values.
    pub(crate) fn kind(&self, expr: &Expr) -> Option<BoolName> {
        if is_boolean_expression(expr) || self.is_barrier_broken(expr) {
            return Some(BoolName::Bool);
        }
        // `a and b`, `x if c else y`, `max(a, b)`, `[a, b][i]` (session 27, bool_flows.rs).
        if let Some(kind) = self.flowing_kind(expr) {
            return kind;
        }
        match expr {
            Expr::Name(name) => self.names.get(name.id.as_str()).copied(),
            Expr::Call(call) => self
                .called_kind(&call.func)
                .or_else(|| self.results.kind(expr, self))
                .or_else(|| self.carriers.kind(expr, self)),
            // `check(3)[0]` of a function that returns bools among other values, `item[0]` of a name
            // bound to a value bools reach (a queue's `(True, "x")`).
            Expr::Subscript(subscript)
                if matches!(&*subscript.value, Expr::Call(_))
                    || matches!(&*subscript.value, Expr::Name(name) if self.names.contains_key(name.id.as_str())) =>
            {
                self.kind(&subscript.value).map(|_| BoolName::Mixed)
            }
            _ => self.results.kind(expr, self).or_else(|| self.carriers.kind(expr, self)),
        }
    }

    /// What a call of `function` gives: a function of the file that returns only bools, one that
    /// returns a bool among other values, or a method of either name (mixed: the receiver is not
    /// known here, so a method of another object of that name may be meant).
    pub(crate) fn called_kind(&self, function: &Expr) -> Option<BoolName> {
        match function {
            Expr::Name(function) if self.functions.iter().any(|f| f == function.id.as_str()) => Some(BoolName::Bool),
            Expr::Name(function) if self.functions_with_some_bool.iter().any(|f| f == function.id.as_str()) => {
                Some(BoolName::Mixed)
            }
            Expr::Attribute(method) if self.bool_methods.contains(method.attr.as_str()) => Some(BoolName::Bool),
            Expr::Attribute(method)
                if self.functions.iter().chain(&self.functions_with_some_bool).any(|f| f == method.attr.as_str()) =>
            {
                Some(BoolName::Mixed)
            }
            _ => None,
        }
    }

    /// The kinds of the items of a list of results (`ex.map(f, xs)`, `await asyncio.gather(...)`).
    pub(crate) fn result_items(&self, value: &Expr) -> Option<Vec<Option<BoolName>>> {
        self.results.items(value, self)
    }

    /// The kind of an item of an iterable of results (`for r in ex.map(f, xs)`).
    pub(crate) fn iterated_result(&self, iterable: &Expr) -> Option<BoolName> {
        self.results.iterated(iterable, self)
    }
}

/// Each function's parameters by position (the first `def` of a name; `self` of a method included).
fn collect_parameters(body: &[Stmt], out: &mut BTreeMap<String, Vec<String>>) {
    for stmt in body {
        // `Order(1, True)`: the class's `__init__` after `self` (session 21).
        if let Stmt::ClassDef(class) = stmt
            && let Some(init) = class.body.iter().find_map(|inner| match inner {
                Stmt::FunctionDef(init) if init.name.as_str() == "__init__" => Some(init),
                _ => None,
            })
        {
            let parameters = &init.parameters;
            let names = parameters.posonlyargs.iter().chain(&parameters.args).chain(&parameters.kwonlyargs).skip(1);
            out.entry(class.name.to_string())
                .or_insert_with(|| names.map(|parameter| parameter.parameter.name.to_string()).collect());
        }
        if let Stmt::FunctionDef(function) = stmt {
            let parameters = &function.parameters;
            let names = parameters.posonlyargs.iter().chain(&parameters.args).chain(&parameters.kwonlyargs);
            out.entry(function.name.to_string())
                .or_insert_with(|| names.map(|parameter| parameter.parameter.name.to_string()).collect());
        }
        for_each_block(stmt, &mut |block| collect_parameters(block, out));
    }
}

/// The parameters of the file's functions some call gives a bool: `f(True)`, `f(flag=x > 3)`,
/// `Thread(target=f, args=(True,))`, `pool.submit(f, True)`.
struct BoolArguments<'b> {
    found: &'b BoolNames,
    parameters: &'b BTreeMap<String, Vec<String>>,
    bool_parameters: Vec<String>,
}

impl BoolArguments<'_> {
    fn give(&mut self, function: &Expr, positional: &[Expr], keywords: &[ast::Keyword]) {
        // `partial(f, True)` called with more: the partial's arguments first (session 21).
        if let Expr::Call(partial) = function
            && is_partial(&partial.func)
            && let [inner, bound @ ..] = &partial.arguments.args[..]
        {
            let all: Vec<Expr> = bound.iter().chain(positional).cloned().collect();
            let keywords: Vec<ast::Keyword> = partial.arguments.keywords.iter().chain(keywords).cloned().collect();
            return self.give(inner, &all, &keywords);
        }
        // A method (`box.mark(True)`, `target=box.mark`): its parameters after `self` (session 21).
        let (name, is_method) = match function {
            Expr::Name(function) => (function.id.as_str(), false),
            Expr::Attribute(method) => (method.attr.as_str(), true),
            _ => return,
        };
        let Some(parameters) = self.parameters.get(name) else { return };
        let skipped =
            usize::from(is_method && parameters.first().is_some_and(|first| first == "self" || first == "cls"));
        for (parameter, argument) in parameters.iter().skip(skipped).zip(positional) {
            if self.found.kind(argument).is_some() {
                self.bool_parameters.push(parameter.clone());
            }
        }
        for keyword in keywords {
            if let Some(name) = &keyword.arg
                && parameters.iter().any(|parameter| parameter == name.as_str())
                && self.found.kind(&keyword.value).is_some()
            {
                self.bool_parameters.push(name.to_string());
            }
        }
    }
}

impl<'a> Visitor<'a> for BoolArguments<'_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr {
            let arguments = &call.arguments;
            self.give(&call.func, &arguments.args, &arguments.keywords);
            // `Thread(target=f, args=(...))`, `Process(...)`, `Timer(..., f, args)`: `args` to `target`.
            let keyword =
                |name: &str| arguments.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name));
            if let Some(target) = keyword("target")
                && let Some(args) = keyword("args")
                && let Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) = &args.value
            {
                self.give(&target.value, elts, &[]);
            }
            // `ex.submit(f, a, b)`, `loop.run_in_executor(None, f, a)`, `asyncio.to_thread(f, a)`.
            if let Expr::Attribute(attribute) = &*call.func
                && matches!(attribute.attr.as_str(), "submit" | "to_thread" | "apply_async")
                && let [function, rest @ ..] = &arguments.args[..]
            {
                self.give(function, rest, &arguments.keywords);
            }
        }
        walk_expr(self, expr);
    }
}

/// `partial` or `functools.partial`.
fn is_partial(func: &Expr) -> bool {
    match func {
        Expr::Name(name) => name.id.as_str() == "partial",
        Expr::Attribute(attribute) => attribute.attr.as_str() == "partial",
        _ => false,
    }
}

/// Functions (at any depth) whose every `return` has a value and that value is a bool (`is_bool`).
fn collect_bool_functions(body: &[Stmt], is_bool: &impl Fn(&Expr) -> bool, out: &mut Vec<String>) {
    for stmt in body {
        match stmt {
            Stmt::FunctionDef(function) => {
                let mut returns = Vec::new();
                collect_returns(&function.body, &mut returns);
                if !returns.is_empty() && returns.iter().all(|value| value.is_some_and(is_bool)) {
                    out.push(function.name.to_string());
                }
                collect_bool_functions(&function.body, is_bool, out);
            }
            Stmt::ClassDef(class) => collect_bool_functions(&class.body, is_bool, out),
            _ => {}
        }
    }
}

fn collect_returns<'a>(body: &'a [Stmt], out: &mut Vec<Option<&'a Expr>>) {
    for stmt in body {
        match stmt {
            Stmt::Return(returned) => out.push(returned.value.as_deref()),
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            _ => for_each_block(stmt, &mut |block| collect_returns(block, out)),
        }
    }
}

/// Every simple binding of a name (`x = ...`, `x: T = ...`, `x += ...`, a `for` target, a `with ... as`),
/// marked bool or other by its value.
fn collect_bindings(body: &[Stmt], found: &BoolNames, bound: &mut BTreeMap<String, (bool, bool)>) {
    let mut bind = |name: &str, kind: Option<BoolName>| mark(bound, name, kind);
    for stmt in body {
        match stmt {
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    bind_target(target, Some(&assign.value), found, &mut bind);
                }
            }
            Stmt::AnnAssign(assign) => bind_target(&assign.target, assign.value.as_deref(), found, &mut bind),
            Stmt::AugAssign(assign) => bind_target(&assign.target, None, found, &mut bind),
            Stmt::For(each) => {
                let items = found_in_target(&each.target, &each.iter, found);
                match items.is_empty() {
                    true => bind_target(&each.target, None, found, &mut bind),
                    false => items.into_iter().for_each(|(name, kind)| bind(&name, kind)),
                }
            }
            // A parameter, a `with ... as` and an `except ... as` name take values the file does not
            // show here: other than a bool as far as this goes (a name also bound to a bool is mixed).
            Stmt::FunctionDef(function) => {
                let parameters = &function.parameters;
                let names = parameters.posonlyargs.iter().chain(&parameters.args).chain(&parameters.kwonlyargs);
                for parameter in names {
                    // Other than a bool, unless every call in sight gives it one (bool_parameters.rs).
                    let exact = found.exact_parameters.contains(parameter.parameter.name.as_str());
                    bind(parameter.parameter.name.as_str(), exact.then_some(BoolName::Bool));
                    // A bool default (`verbose=False`) reaches the parameter wherever a call leaves it
                    // out: with whatever the calls give, mixed (its text refused, never `0` printed
                    // for `False`: session38-s38exceptions/e03).
                    if parameter.default.as_deref().is_some_and(|default| found.kind(default).is_some()) {
                        bind(parameter.parameter.name.as_str(), Some(BoolName::Bool));
                    }
                }
                parameters
                    .vararg
                    .iter()
                    .chain(&parameters.kwarg)
                    .for_each(|parameter| bind(parameter.name.as_str(), None));
            }
            Stmt::With(with) => with
                .items
                .iter()
                .filter_map(|item| item.optional_vars.as_deref())
                .for_each(|target| bind_target(target, None, found, &mut bind)),
            Stmt::Try(attempt) => attempt
                .handlers
                .iter()
                .filter_map(|ast::ExceptHandler::ExceptHandler(handler)| handler.name.as_ref())
                .for_each(|name| bind(name.as_str(), None)),
            _ => {}
        }
    }
    for stmt in body {
        for_each_block(stmt, &mut |block| collect_bindings(block, found, bound));
    }
}

/// Marks `name` as bound to a value of `kind` (a mixed value: to a bool and to something else).
fn mark(bound: &mut BTreeMap<String, (bool, bool)>, name: &str, kind: Option<BoolName>) {
    let entry = bound.entry(name.to_string()).or_insert((false, false));
    match kind {
        Some(BoolName::Bool) => entry.0 = true,
        Some(BoolName::Mixed) => *entry = (true, true),
        None => entry.1 = true,
    }
}

fn bind_target(target: &Expr, value: Option<&Expr>, found: &BoolNames, bind: &mut impl FnMut(&str, Option<BoolName>)) {
    match (target, value) {
        (Expr::Name(name), value) => bind(name.id.as_str(), value.and_then(|v| found.kind(v))),
        (Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }), value) => {
            let values = match value {
                Some(Expr::Tuple(ast::ExprTuple { elts: values, .. })) if values.len() == elts.len() => Some(values),
                _ => None,
            };
            // `a, b = await asyncio.gather(x(), y())`, `a, b = ex.map(f, xs)`: each part's own kind.
            if values.is_none()
                && let Some(items) = value.and_then(|value| found.result_items(value))
            {
                for (index, element) in elts.iter().enumerate() {
                    let kind = match &items[..] {
                        [one] => *one,
                        _ if items.len() == elts.len() && !matches!(element, Expr::Starred(_)) => items[index],
                        _ => Some(BoolName::Mixed),
                    };
                    super::names_in(element).iter().for_each(|name| bind(name, kind));
                }
                return;
            }
            // `big, label = pair` of `pair = (n > 2, name)`: each part its position's kind.
            if values.is_none()
                && let Some(Expr::Name(tuple)) = value
                && let Some(positions) = found.tuples().positions(tuple.id.as_str())
                && positions.len() == elts.len()
                && !elts.iter().any(|element| matches!(element, Expr::Starred(_)))
            {
                for (element, kind) in elts.iter().zip(positions) {
                    match element {
                        Expr::Name(name) => bind(name.id.as_str(), kind),
                        nested => {
                            super::names_in(nested).iter().for_each(|name| bind(name, kind.map(|_| BoolName::Mixed)))
                        }
                    }
                }
                return;
            }
            // `a, b = check(3)` of a value bools reach, `a, *rest = pair` of a tuple a bool is in:
            // weft cannot tell which part is one.
            if values.is_none()
                && value.is_some_and(|value| found.kind(value).is_some() || found.holds_bool_inside(value))
            {
                let unpacked = elts.iter().flat_map(super::names_in);
                unpacked.for_each(|name| bind(&name, Some(BoolName::Mixed)));
                return;
            }
            for (index, element) in elts.iter().enumerate() {
                let element = match element {
                    Expr::Starred(starred) => &*starred.value,
                    other => other,
                };
                bind_target(element, values.map(|values| &values[index]), found, bind);
            }
        }
        _ => {}
    }
}

/// The blocks nested in one statement (a function's and a class's too).
fn for_each_block<'a>(stmt: &'a Stmt, each: &mut impl FnMut(&'a [Stmt])) {
    match stmt {
        Stmt::FunctionDef(function) => each(&function.body),
        Stmt::ClassDef(class) => each(&class.body),
        Stmt::If(branch) => {
            each(&branch.body);
            branch.elif_else_clauses.iter().for_each(|clause| each(&clause.body));
        }
        Stmt::For(each_loop) => {
            each(&each_loop.body);
            each(&each_loop.orelse);
        }
        Stmt::While(looping) => {
            each(&looping.body);
            each(&looping.orelse);
        }
        Stmt::With(with) => each(&with.body),
        Stmt::Try(attempt) => {
            each(&attempt.body);
            attempt.handlers.iter().for_each(|ast::ExceptHandler::ExceptHandler(handler)| each(&handler.body));
            each(&attempt.orelse);
            each(&attempt.finalbody);
        }
        Stmt::Match(matching) => matching.cases.iter().for_each(|case| each(&case.body)),
        _ => {}
    }
}

impl Translator<'_> {
    /// Whether the text of `expr` is Python's `True`/`False` (weft's value being 1 or 0); a name bound
    /// to bools and to other values is refused here.
    pub(crate) fn holds_bool(&self, expr: &Expr) -> Result<bool> {
        match self.bool_names.kind(expr) {
            Some(BoolName::Bool) => Ok(true),
            Some(BoolName::Mixed) => {
                if let Some(refusal) = self.bool_names.mixed_value_refusal(expr, &self.value_words(expr)) {
                    return fail(expr, refusal);
                }
                let name = match expr {
                    Expr::Name(_) => self.value_words(expr),
                    Expr::Attribute(attribute) => format!("the attribute `{}`", attribute.attr),
                    Expr::Subscript(subscript) => match &*subscript.value {
                        Expr::Name(container) => format!("an item of `{}`", container.id),
                        _ => "this value".to_string(),
                    },
                    _ => "this value".to_string(),
                };
                fail(
                    expr,
                    format!(
                        "{name} is given a bool in one place (`True`, a comparison, an argument) and another value elsewhere in the file (weft follows bools by name across every function and the module); weft holds a bool as the integer 1 or 0, so it cannot tell `True` from `1` in its text: use another name for one of them, or convert it where it is a bool (`\"yes\" if ok else \"no\"`)"
                    ),
                )
            }
            None => Ok(false),
        }
    }

    /// The scenario text of an operand Python gives back as the whole value (a conditional's branch,
    /// an `and`/`or` operand). `to_code` flags every 0 or 1 known at import time as a possible bool,
    /// because `True` and `False` import as 1 and 0; such an operand is a bool only when the file
    /// makes it one (`True`, a comparison, a bool's name), so `1 if ok else 0` keeps the text `1`.
    pub(crate) fn operand_code(&self, ex: crate::expr::Ex, at: &Expr) -> Result<(String, u8, bool, bool)> {
        let known_integer = matches!(ex, crate::expr::Ex::Static(crate::value::Value::Int(_)));
        let (text, precedence, boolean, reads) = self.to_code(ex, at)?;
        let boolean = boolean && (!known_integer || self.bool_names.kind(at) == Some(BoolName::Bool));
        Ok((text, precedence, boolean, reads))
    }

    /// The format's text of a bool known only at run time: `'True' if x else 'False'`.
    pub(crate) fn bool_text(&self, code: &str, precedence: u8) -> String {
        match precedence {
            crate::expr::CONDITIONAL => format!("'True' if ({code}) else 'False'"),
            _ => format!("'True' if {code} else 'False'"),
        }
    }

    /// A `str.format` field of a bool (`code` its value): `{}`, `{!s}`, `{!r}` are `True`/`False`; a
    /// spec alone formats the integer, as Python's bool does (`{:>6}` of True is `'     1'`); a
    /// conversion and a spec together are refused.
    pub(crate) fn bool_field(
        &self,
        code: &str,
        conversion: ast::ConversionFlag,
        spec: Option<&str>,
        at: &impl ruff_text_size::Ranged,
    ) -> Result<String> {
        let spec = spec.filter(|spec| !spec.is_empty());
        match (conversion, spec) {
            (_, None) => Ok(format!("'True' if ({code}) else 'False'")),
            (ast::ConversionFlag::None, Some(_)) => {
                Ok(self.field_text(code, conversion, spec, at)?.unwrap_or_else(|| code.to_string()))
            }
            _ => fail(&at.range(), crate::expr::STR_OF_A_BOOL),
        }
    }

    /// `repr(flag)`, `format(flag)` (no spec) of a bool: `'True' if flag else 'False'`. `None` for any
    /// other call.
    pub(crate) fn bool_argument_text(
        &self,
        frame: &super::Frame,
        name: &str,
        args: &[Expr],
        use_known: bool,
    ) -> Result<Option<crate::expr::Ex>> {
        let ([arg], "repr" | "format") = (args, name) else { return Ok(None) };
        if !self.holds_bool(arg)? {
            return Ok(None);
        }
        let ex = self.expr(frame, arg, use_known)?;
        let (code, precedence, _, reads) = self.to_code(ex, arg)?;
        let text = self.bool_text(&code, precedence);
        Ok(Some(crate::expr::Ex::code(text, crate::expr::CONDITIONAL, false, reads)))
    }
}
