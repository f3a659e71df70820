//! A dict key or set member that may hold a tuple at run time (session30/repro/r01, r10, r11): weft's
//! map keys are integers and strings, and before session 30 a tuple display as a key was refused while a
//! name holding a tuple was let through, to fault in every run ("a tuple as a key of map ..."), so
//! CPython's state was never listed. A key is refused at its line when it is a tuple display, or a name
//! its function (or the module's code) binds to a tuple display (`key = (src, dst)`) or to an item of a
//! queue something puts a tuple on (`job = tasks.get()` beside `tasks.put(("double", 4))`), followed
//! through names bound to other names (`k = key`) and names put on the queue.

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Result, Translator, fail};

/// How many names deep a key's binding is followed (`k = key`, `q.put(pair)`, ...).
const MAX_DEPTH: usize = 4;

const INSTEAD: &str = "weft's dict keys and set members are integers and strings (tuples are values: items, dict values, queue items, results); key the dict by a string made of the parts (`d[f\"{a}:{b}\"]`) or nest one dict in another";

impl Translator<'_> {
    /// Refuses `key` as a dict key or set member when it may hold a tuple when the program runs.
    /// `shared` is the map's shared variable, where the key is a module map's: a map that keeps its
    /// keys as their text takes a tuple (tuple_keyed_maps.rs), and the refusal says why another does not.
    pub(crate) fn refuse_tuple_key(&self, shared: Option<&str>, key: &Expr) -> Result<()> {
        if shared.is_some_and(|shared| self.keys_as_text(shared)) {
            // A split's parts are a tuple inside weft (Python's list): its `repr` would key the map
            // where Python raises TypeError.
            if let Some(binding) = self.binding_of(key, 0, Leaf::List) {
                let (line, column) = self.source.line_column(binding.start().to_usize());
                return fail(
                    key,
                    format!(
                        "this key may be a list (from {line}:{column}), which Python refuses as a key (TypeError: unhashable type), while weft's map would take it; make it a tuple (`tuple(parts)`) or key by a string"
                    ),
                );
            }
            return Ok(());
        }
        let instead = match self.tuple_key_refusal(shared) {
            Some(reason) => format!("{INSTEAD} (weft takes tuple keys in a module dict or set, but here {reason})"),
            None => INSTEAD.to_string(),
        };
        if matches!(key, Expr::Tuple(_)) {
            return fail(
                key,
                format!("a tuple as a key is not supported yet (a dict's key or a set's member): {instead}"),
            );
        }
        if let Some(binding) = self.binding_of(key, 0, Leaf::Tuple) {
            let (line, column) = self.source.line_column(binding.start().to_usize());
            let name = match key {
                Expr::Name(name) => name.id.as_str(),
                _ => "this key",
            };
            return fail(
                key,
                format!(
                    "a tuple as a key is not supported yet (a dict's key or a set's member): `{name}` may hold a tuple here (from {line}:{column}); {instead}"
                ),
            );
        }
        Ok(())
    }

    /// The expression that may make `value` a `leaf` (a tuple, a number): that kind's own expression,
    /// or a name bound so in its scope, or an item of a queue something puts one on.
    pub(crate) fn binding_of(&self, value: &Expr, depth: usize, leaf: Leaf) -> Option<TextRange> {
        if leaf.makes(value) {
            return Some(value.range());
        }
        match value {
            Expr::Await(awaited) => self.binding_of(&awaited.value, depth, leaf),
            Expr::Call(call)
                if depth < MAX_DEPTH && !matches!(leaf, Leaf::Number) && self.returns_of(call).is_some() =>
            {
                let returned = self.returns_of(call)?;
                returned.into_iter().find_map(|value| self.binding_of(value, depth + 1, leaf))
            }
            Expr::Call(call) if depth < MAX_DEPTH => {
                let (receiver, method) = method_call(call)?;
                if !matches!(method, "get" | "get_nowait") {
                    return None;
                }
                self.put_on(&receiver, depth + 1, leaf)
            }
            Expr::Name(name) if depth < MAX_DEPTH => {
                let scope = self.scope_of(value.range());
                let bound = self.bindings(scope, name.id.as_str()).into_iter().find_map(|bound| match bound {
                    Bound::Value(value) => self.binding_of(value, depth + 1, leaf),
                    Bound::ElementOf(iterable) => self.element_binding(iterable, depth + 1, leaf),
                });
                if bound.is_some() || matches!(leaf, Leaf::Number) {
                    return bound;
                }
                self.arguments_given(value.range(), name.id.as_str()).into_iter().find_map(|given| match given {
                    Bound::Value(value) => self.binding_of(value, depth + 1, leaf),
                    Bound::ElementOf(iterable) => self.element_binding(iterable, depth + 1, leaf),
                })
            }
            _ => None,
        }
    }

    /// The values `return` gives in the module function `call` calls (`key = pair_of(a, b)`), when it
    /// calls one by its name.
    fn returns_of(&self, call: &ast::ExprCall) -> Option<Vec<&Expr>> {
        let Expr::Name(callee) = call.func.as_ref() else { return None };
        let function = self.module_function(callee.id.as_str())?;
        let mut returns = Returns { values: Vec::new() };
        returns.visit_body(&function.body);
        Some(returns.values)
    }

    /// The argument `call` gives for the parameter `returned` names (`return n` of `child(1)`: `1`), if
    /// it names one given by position.
    fn argument_returned<'e>(&self, call: &'e ast::ExprCall, returned: &Expr) -> Option<&'e Expr> {
        let (Expr::Name(callee), Expr::Name(name)) = (call.func.as_ref(), returned) else { return None };
        let function = self.module_function(callee.id.as_str())?;
        let position = function
            .parameters
            .args
            .iter()
            .position(|parameter| parameter.parameter.name.as_str() == name.id.as_str())?;
        call.arguments.args.get(position)
    }

    /// The arguments the file gives the parameter `name` of the function around `at`, where `name` is one
    /// of its parameters: at the function's calls by name (`link(1, (2, 3))`), as a thread's or a timer's
    /// `args=` (`Thread(target=link, args=((1, 2),))`), an executor's `submit(link, ...)`, and the items
    /// of `map(link, items)`.
    fn arguments_given(&self, at: TextRange, name: &str) -> Vec<Bound<'_>> {
        let Some(function) = self.enclosing_function(at) else { return Vec::new() };
        let parameters = &function.parameters;
        if !parameters.posonlyargs.is_empty() || !parameters.kwonlyargs.is_empty() {
            return Vec::new();
        }
        let Some(position) = parameters.args.iter().position(|parameter| parameter.parameter.name.as_str() == name)
        else {
            return Vec::new();
        };
        let mut calls = CallsOf { function: function.name.as_str(), position, given: Vec::new() };
        calls.visit_body(self.module_body);
        calls.given
    }

    /// The function of the module (not a method) named `name`.
    fn module_function(&self, name: &str) -> Option<&ast::StmtFunctionDef> {
        self.module_body.iter().find_map(|stmt| match stmt {
            Stmt::FunctionDef(function) if function.name.as_str() == name => Some(function),
            _ => None,
        })
    }

    /// The innermost function of the module whose range holds `at` (not a method).
    fn enclosing_function(&self, at: TextRange) -> Option<&ast::StmtFunctionDef> {
        self.module_body.iter().find_map(|stmt| match stmt {
            Stmt::FunctionDef(function) if function.range.contains_range(at) => {
                // A nested function's parameters are its own: not followed.
                let nested = function
                    .body
                    .iter()
                    .any(|inner| matches!(inner, Stmt::FunctionDef(def) if def.range.contains_range(at)));
                (!nested).then_some(function)
            }
            _ => None,
        })
    }

    /// A `leaf` among the elements of `iterable`: a display's item, or an item of a display a name is
    /// bound to (`for job in jobs:` beside `jobs = [("square", 3)]`).
    fn element_binding(&self, iterable: &Expr, depth: usize, leaf: Leaf) -> Option<TextRange> {
        match iterable {
            Expr::List(ast::ExprList { elts, .. })
            | Expr::Tuple(ast::ExprTuple { elts, .. })
            | Expr::Set(ast::ExprSet { elts, .. }) => elts.iter().find_map(|item| self.binding_of(item, depth, leaf)),
            Expr::Await(awaited) => self.element_binding(&awaited.value, depth, leaf),
            // `results = await asyncio.gather(child(1), child(2))`: each item is what a coroutine
            // returns (session34/repro/r03: `type(r).__name__` of a returned number faulted in every run).
            Expr::Call(call) if depth < MAX_DEPTH && is_gather(call) => {
                call.arguments.args.iter().find_map(|argument| {
                    let Expr::Call(coroutine) = argument else { return None };
                    self.returns_of(coroutine)?.into_iter().find_map(|value| {
                        let given = self.argument_returned(coroutine, value).unwrap_or(value);
                        self.binding_of(given, depth + 1, leaf)
                    })
                })
            }
            Expr::Name(name) if depth < MAX_DEPTH => {
                let scope = self.scope_of(iterable.range());
                self.bindings(scope, name.id.as_str()).into_iter().find_map(|bound| match bound {
                    Bound::Value(value) => self.element_binding(value, depth + 1, leaf),
                    Bound::ElementOf(_) => None,
                })
            }
            _ => None,
        }
    }

    /// How `name` is bound in `scope`.
    fn bindings<'s>(&self, scope: &'s [Stmt], name: &str) -> Vec<Bound<'s>> {
        let mut bindings = Bindings { name, bound: Vec::new() };
        bindings.visit_body(scope);
        bindings.bound
    }

    /// A `leaf` something puts on the queue written `receiver` (`tasks`, `self.inbox`), anywhere in the file.
    fn put_on(&self, receiver: &str, depth: usize, leaf: Leaf) -> Option<TextRange> {
        let mut puts = Puts { receiver, items: Vec::new() };
        puts.visit_body(self.module_body);
        puts.items.into_iter().find_map(|item| self.binding_of(item, depth, leaf))
    }

    /// The statements of the innermost function around `at`, or the module's own when none is.
    fn scope_of(&self, at: TextRange) -> &[Stmt] {
        let mut finder = EnclosingFunction { at, body: None };
        finder.visit_body(self.module_body);
        finder.body.unwrap_or(self.module_body)
    }
}

/// The kind of value a binding is followed to.
#[derive(Clone, Copy)]
pub(crate) enum Leaf {
    /// A tuple display.
    Tuple,
    /// A list: a display, a comprehension, or a call of `list`, `sorted` or a string's `split`.
    List,
    /// A number or a bool: a literal, arithmetic, a comparison, `not`, or a call of `len`, `sum`, `int`,
    /// `abs`, `min`, `max`, `round` or `bool`.
    Number,
}

impl Leaf {
    fn makes(self, expr: &Expr) -> bool {
        match self {
            Leaf::Tuple => matches!(expr, Expr::Tuple(_)),
            Leaf::List => match expr {
                Expr::List(_) | Expr::ListComp(_) => true,
                Expr::Call(call) => match call.func.as_ref() {
                    Expr::Name(name) => matches!(name.id.as_str(), "list" | "sorted"),
                    Expr::Attribute(attribute) => matches!(attribute.attr.as_str(), "split" | "rsplit" | "copy"),
                    _ => false,
                },
                _ => false,
            },
            Leaf::Number => match expr {
                Expr::NumberLiteral(_) | Expr::BooleanLiteral(_) | Expr::Compare(_) | Expr::UnaryOp(_) => true,
                // `"%d" % n` and `"a" + b` make strings.
                Expr::BinOp(operation) => !matches!(operation.left.as_ref(), Expr::StringLiteral(_) | Expr::FString(_)),
                Expr::Call(call) => matches!(call.func.as_ref(), Expr::Name(name)
                    if matches!(name.id.as_str(), "len" | "sum" | "int" | "abs" | "min" | "max" | "round" | "bool")),
                _ => false,
            },
        }
    }
}

/// `asyncio.gather(...)` or `gather(...)`.
fn is_gather(call: &ast::ExprCall) -> bool {
    match call.func.as_ref() {
        Expr::Attribute(attribute) => attribute.attr.as_str() == "gather",
        Expr::Name(name) => name.id.as_str() == "gather",
        _ => false,
    }
}

/// `receiver.method(...)` with the receiver written as dotted names.
fn method_call(call: &ast::ExprCall) -> Option<(String, &str)> {
    let Expr::Attribute(attribute) = call.func.as_ref() else { return None };
    Some((dotted(&attribute.value)?, attribute.attr.as_str()))
}

fn dotted(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Name(name) => Some(name.id.to_string()),
        Expr::Attribute(attribute) => Some(format!("{}.{}", dotted(&attribute.value)?, attribute.attr)),
        _ => None,
    }
}

/// A binding of a name: an assignment's value, or a `for` loop's element of its iterable.
enum Bound<'a> {
    Value(&'a Expr),
    ElementOf(&'a Expr),
}

/// How `name` is bound in a body, not looking into the functions it defines.
struct Bindings<'a, 'b> {
    name: &'b str,
    bound: Vec<Bound<'a>>,
}

impl Bindings<'_, '_> {
    fn is_name(&self, target: &Expr) -> bool {
        matches!(target, Expr::Name(name) if name.id.as_str() == self.name)
    }
}

impl<'a> Visitor<'a> for Bindings<'a, '_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Assign(assign) => {
                if assign.targets.iter().any(|target| self.is_name(target)) {
                    self.bound.push(Bound::Value(&assign.value));
                }
                walk_stmt(self, stmt);
            }
            Stmt::AnnAssign(assign) => {
                if self.is_name(&assign.target)
                    && let Some(value) = &assign.value
                {
                    self.bound.push(Bound::Value(value));
                }
                walk_stmt(self, stmt);
            }
            Stmt::For(looping) => {
                if self.is_name(&looping.target) {
                    self.bound.push(Bound::ElementOf(&looping.iter));
                }
                walk_stmt(self, stmt);
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Named(named) = expr
            && self.is_name(&named.target)
        {
            self.bound.push(Bound::Value(&named.value));
        }
        walk_expr(self, expr);
    }
}

/// The items put on the queue written `receiver` (`put`, `put_nowait`), anywhere.
struct Puts<'a, 'b> {
    receiver: &'b str,
    items: Vec<&'a Expr>,
}

impl<'a> Visitor<'a> for Puts<'a, '_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && let Some((receiver, method)) = method_call(call)
            && matches!(method, "put" | "put_nowait")
            && receiver == self.receiver
            && let Some(item) = call.arguments.args.first()
        {
            self.items.push(item);
        }
        walk_expr(self, expr);
    }
}

/// The body of the innermost function whose range holds `at`.
struct EnclosingFunction<'a> {
    at: TextRange,
    body: Option<&'a [Stmt]>,
}

impl<'a> Visitor<'a> for EnclosingFunction<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::FunctionDef(function) = stmt
            && function.range.contains_range(self.at)
        {
            self.body = Some(&function.body);
        }
        walk_stmt(self, stmt);
    }
}

/// The values of the `return` statements of a body (not of the functions it defines).
struct Returns<'a> {
    values: Vec<&'a Expr>,
}

impl<'a> Visitor<'a> for Returns<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Return(ast::StmtReturn { value: Some(value), .. }) => self.values.push(value),
            _ => walk_stmt(self, stmt),
        }
    }
}

/// What the calls of `function` give its parameter at `position`.
struct CallsOf<'a, 'b> {
    function: &'b str,
    position: usize,
    given: Vec<Bound<'a>>,
}

impl CallsOf<'_, '_> {
    fn names_function(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(name) if name.id.as_str() == self.function)
    }
}

impl<'a> Visitor<'a> for CallsOf<'a, '_> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr {
            let args = &call.arguments.args;
            if self.names_function(&call.func) {
                if let Some(given) = args.get(self.position) {
                    self.given.push(Bound::Value(given));
                }
            } else if let Some(target) = call.arguments.find_keyword("target")
                && self.names_function(&target.value)
                && let Some(arguments) = call.arguments.find_keyword("args")
            {
                match &arguments.value {
                    Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                        if let Some(given) = elts.get(self.position) {
                            self.given.push(Bound::Value(given));
                        }
                    }
                    // `args=pair` of a name: each of its items may be any argument.
                    other => self.given.push(Bound::ElementOf(other)),
                }
            } else if let Expr::Attribute(attribute) = call.func.as_ref()
                && args.first().is_some_and(|first| self.names_function(first))
            {
                match attribute.attr.as_str() {
                    "submit" | "call_soon" | "to_thread" | "apply_async" => {
                        if let Some(given) = args.get(self.position + 1) {
                            self.given.push(Bound::Value(given));
                        }
                    }
                    "map" | "imap" | "imap_unordered" if self.position == 0 => {
                        if let Some(items) = args.get(1) {
                            self.given.push(Bound::ElementOf(items));
                        }
                    }
                    _ => {}
                }
            }
        }
        walk_expr(self, expr);
    }
}
