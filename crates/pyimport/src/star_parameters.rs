//! `*args` and `**kwargs` of a function of the file that only passes them on (`def call(self, fn,
//! *args): return fn(*args)`, `def timed(fn, *args, **kwargs): ...; fn(*args, **kwargs)`), before
//! translation: where every call of the function in the file gives it the same number of extra
//! positional arguments and the same extra keywords, `*args` is written out as that many plain
//! parameters (`args_0`, `args_1`, ...) and `**kwargs` as one parameter per keyword, named as the
//! keyword; `fn(*args, **kwargs)` becomes `fn(args_0, args_1, key=key)`. Python builds the tuple and the
//! dict at the call and spreads them again at `fn(...)`, so the two programs pass the same objects in
//! the same order. Left as they are (and refused by the translator, as before): a function whose `args`
//! or `kwargs` is used any other way (`len(args)`, `args[0]`, a loop over them), one called with
//! different numbers of extra arguments or different keywords, with `*xs` or `**d` at a call, or named
//! anywhere but in a call (a thread's target, a value kept), and a function whose name another
//! function of the file shares.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr as visit_walk_expr, walk_stmt as visit_walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// Writes out the `*args` and `**kwargs` of the module's functions and its classes' methods that only
/// pass them on to a call, with the arguments every call gives them.
pub fn write_out_star_parameters(body: &mut [Stmt]) {
    let mut uses = Uses::default();
    for stmt in body.iter() {
        uses.visit_stmt(stmt);
    }
    let class_names: BTreeSet<String> = body
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::ClassDef(class) => Some(class.name.to_string()),
            _ => None,
        })
        .collect();
    for stmt in body.iter_mut() {
        match stmt {
            Stmt::FunctionDef(def) => {
                let calls = uses.function_calls(&def.name);
                write_out(def, calls, 0, &uses);
            }
            Stmt::ClassDef(class) => {
                for stmt in class.body.iter_mut() {
                    let Stmt::FunctionDef(def) = stmt else { continue };
                    let calls = uses.method_calls(&def.name, &class_names);
                    write_out(def, calls, 1, &uses);
                }
            }
            _ => {}
        }
    }
}

/// The extra arguments one call gives past the function's plain parameters: how many positional
/// ones, and the names of the keywords no plain parameter takes.
#[derive(PartialEq, Eq)]
struct Extras {
    positional: usize,
    keywords: BTreeSet<String>,
}

/// A call of the function, as its arguments (`CallShape::of` gives none when one is `*xs` or `**d`).
struct CallShape {
    positional: usize,
    keywords: Vec<String>,
}

fn write_out(def: &mut ast::StmtFunctionDef, calls: Option<Vec<CallShape>>, bound: usize, uses: &Uses) {
    let parameters = &def.parameters;
    if parameters.vararg.is_none() && parameters.kwarg.is_none() {
        return;
    }
    let name = def.name.as_str();
    if !parameters.kwonlyargs.is_empty()
        || !def.decorator_list.is_empty()
        || name.starts_with("__")
        || uses.definitions.get(name).copied().unwrap_or(0) != 1
    {
        return;
    }
    let Some(calls) = calls.filter(|calls| !calls.is_empty()) else { return };
    let plain: Vec<String> = parameters.iter_non_variadic_params().map(|p| p.parameter.name.to_string()).collect();
    let Some(plain_called) = plain.get(bound..) else { return };
    let Some(extras) = agreed_extras(&calls, plain_called) else { return };
    let vararg = parameters.vararg.as_ref().map(|p| p.name.to_string());
    let kwarg = parameters.kwarg.as_ref().map(|p| p.name.to_string());
    if (vararg.is_none() && extras.positional > 0) || (kwarg.is_none() && !extras.keywords.is_empty()) {
        return;
    }
    if !only_spread(&def.body, vararg.as_deref(), kwarg.as_deref()) {
        return;
    }
    let mut taken = names_of_function(def);
    if extras.keywords.iter().any(|keyword| taken.contains(keyword)) {
        return;
    }
    let positional: Vec<String> = match &vararg {
        Some(vararg) => {
            (0..extras.positional).map(|at| crate::syntax::fresh_name(&format!("{vararg}_{at}"), &mut taken)).collect()
        }
        None => Vec::new(),
    };
    let keywords: Vec<String> = extras.keywords.into_iter().collect();
    let range = def.parameters.range();
    for parameter in positional.iter().chain(&keywords) {
        def.parameters.args.push(crate::syntax::parameter(parameter, None, range));
    }
    def.parameters.vararg = None;
    def.parameters.kwarg = None;
    let spread = Spread { vararg, kwarg, positional, keywords };
    for stmt in def.body.iter_mut() {
        spread.visit_stmt(stmt);
    }
}

/// The extras every call gives, when all of them give the same; `None` otherwise (or where a keyword
/// names a plain parameter a positional argument already filled: Python's TypeError).
fn agreed_extras(calls: &[CallShape], plain: &[String]) -> Option<Extras> {
    let mut agreed: Option<Extras> = None;
    for call in calls {
        let filled = call.positional.min(plain.len());
        if call.keywords.iter().any(|keyword| plain[..filled].contains(keyword)) {
            return None;
        }
        let keywords = call.keywords.iter().filter(|keyword| !plain.contains(keyword)).cloned().collect();
        let extras = Extras { positional: call.positional.saturating_sub(plain.len()), keywords };
        match &agreed {
            Some(earlier) if *earlier != extras => return None,
            Some(_) => {}
            None => agreed = Some(extras),
        }
    }
    agreed
}

/// Whether the body uses `*args` only spread into a call's positional arguments (`fn(*args)`) and
/// `**kwargs` only spread into a call's keywords (`fn(**kwargs)`), never binding either.
fn only_spread(body: &[Stmt], vararg: Option<&str>, kwarg: Option<&str>) -> bool {
    let mut check = SpreadOnly { vararg, kwarg, other_use: false };
    for stmt in body {
        check.visit_stmt(stmt);
    }
    !check.other_use
}

struct SpreadOnly<'n> {
    vararg: Option<&'n str>,
    kwarg: Option<&'n str>,
    other_use: bool,
}

impl SpreadOnly<'_> {
    fn is_star_name(&self, expr: &Expr) -> bool {
        matches!(expr, Expr::Name(name) if Some(name.id.as_str()) == self.vararg || Some(name.id.as_str()) == self.kwarg)
    }
}

impl<'a> Visitor<'a> for SpreadOnly<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        // A nested function or class may bind the name again: not followed.
        if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            self.other_use = true;
            return;
        }
        visit_walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(call) => {
                self.visit_expr(&call.func);
                for argument in &call.arguments.args {
                    match argument {
                        Expr::Starred(starred) if matches!(&*starred.value, Expr::Name(name) if Some(name.id.as_str()) == self.vararg) =>
                            {}
                        other => self.visit_expr(other),
                    }
                }
                for keyword in &call.arguments.keywords {
                    let spread_kwarg = keyword.arg.is_none()
                        && matches!(&keyword.value, Expr::Name(name) if Some(name.id.as_str()) == self.kwarg);
                    if !spread_kwarg {
                        self.visit_expr(&keyword.value);
                    }
                }
            }
            Expr::Lambda(_) => self.other_use = true,
            _ if self.is_star_name(expr) => self.other_use = true,
            _ => visit_walk_expr(self, expr),
        }
    }
}

/// `fn(*args, **kwargs)` as `fn(args_0, ..., key=key, ...)`.
struct Spread {
    vararg: Option<String>,
    kwarg: Option<String>,
    positional: Vec<String>,
    keywords: Vec<String>,
}

impl Transformer for Spread {
    fn visit_expr(&self, expr: &mut Expr) {
        walk_expr(self, expr);
        let Expr::Call(call) = expr else { return };
        let is = |expr: &Expr, star: &Option<String>| matches!(expr, Expr::Name(name) if Some(name.id.as_str()) == star.as_deref());
        let mut args = Vec::new();
        for argument in std::mem::take(&mut call.arguments.args).into_vec() {
            match argument {
                Expr::Starred(starred) if is(&starred.value, &self.vararg) => {
                    let range = starred.range();
                    let load = |name: &String| crate::syntax::name(name, range, ast::ExprContext::Load);
                    args.extend(self.positional.iter().map(load));
                }
                other => args.push(other),
            }
        }
        call.arguments.args = args.into_boxed_slice();
        let mut keywords = Vec::new();
        for keyword in std::mem::take(&mut call.arguments.keywords) {
            if keyword.arg.is_none() && is(&keyword.value, &self.kwarg) {
                let range = keyword.range();
                keywords.extend(self.keywords.iter().map(|name| ast::Keyword {
                    node_index: ast::AtomicNodeIndex::default(),
                    range,
                    arg: Some(ast::Identifier::new(name, range)),
                    value: crate::syntax::name(name, range, ast::ExprContext::Load),
                }));
            } else {
                keywords.push(keyword);
            }
        }
        call.arguments.keywords = keywords.into_iter().collect();
    }
}

/// Every name the function binds or reads, its parameters too.
fn names_of_function(def: &ast::StmtFunctionDef) -> BTreeSet<String> {
    let mut taken = crate::syntax::module_names(&def.body);
    taken.extend(def.parameters.iter().map(|parameter| parameter.name().to_string()));
    taken
}

/// A call of a method, `receiver.name(...)`: the receiver's name when it is a plain name, and the
/// call's shape.
type AttributeCall = (Option<String>, Option<CallShape>);

/// Where the module names its functions and methods: the calls of each name, by a plain name
/// (`work(...)`) or as an attribute (`breaker.call(...)`), with the receiver's name, and whether it is
/// named anywhere else (a value passed on, which a call site does not show).
#[derive(Default)]
struct Uses {
    /// How many `def`s (anywhere in the file) give each name.
    definitions: BTreeMap<String, usize>,
    named_calls: BTreeMap<String, Vec<Option<CallShape>>>,
    attribute_calls: BTreeMap<String, Vec<AttributeCall>>,
    /// Names read other than as the function of a call, and attributes read other than so.
    other_names: BTreeSet<String>,
    other_attributes: BTreeSet<String>,
}

impl Uses {
    /// The calls of the module's function `name`, when it is only ever called by its name.
    fn function_calls(&self, name: &str) -> Option<Vec<CallShape>> {
        if self.other_names.contains(name)
            || self.other_attributes.contains(name)
            || self.attribute_calls.contains_key(name)
        {
            return None;
        }
        let calls = self.named_calls.get(name)?;
        calls.iter().map(|call| call.as_ref().map(CallShape::copy)).collect()
    }

    /// The calls of the method `name`, when it is only ever called on an instance (`obj.name(...)`, not
    /// `Class.name(obj, ...)`, which passes `self` itself).
    fn method_calls(&self, name: &str, class_names: &BTreeSet<String>) -> Option<Vec<CallShape>> {
        if self.other_names.contains(name)
            || self.other_attributes.contains(name)
            || self.named_calls.contains_key(name)
        {
            return None;
        }
        let calls = self.attribute_calls.get(name)?;
        calls
            .iter()
            .map(|(receiver, call)| {
                if receiver.as_ref().is_some_and(|receiver| class_names.contains(receiver)) {
                    return None;
                }
                call.as_ref().map(CallShape::copy)
            })
            .collect()
    }
}

impl CallShape {
    fn of(call: &ast::ExprCall) -> Option<CallShape> {
        if call.arguments.args.iter().any(|argument| matches!(argument, Expr::Starred(_))) {
            return None;
        }
        let keywords = call
            .arguments
            .keywords
            .iter()
            .map(|keyword| keyword.arg.as_ref().map(|arg| arg.to_string()))
            .collect::<Option<Vec<_>>>()?;
        Some(CallShape { positional: call.arguments.args.len(), keywords })
    }

    fn copy(&self) -> CallShape {
        CallShape { positional: self.positional, keywords: self.keywords.clone() }
    }
}

impl<'a> Visitor<'a> for Uses {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::FunctionDef(def) = stmt {
            *self.definitions.entry(def.name.to_string()).or_default() += 1;
        }
        visit_walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(call) => {
                match &*call.func {
                    Expr::Name(name) => {
                        self.named_calls.entry(name.id.to_string()).or_default().push(CallShape::of(call));
                    }
                    Expr::Attribute(attribute) => {
                        let receiver = match &*attribute.value {
                            Expr::Name(name) => Some(name.id.to_string()),
                            _ => None,
                        };
                        let shape = CallShape::of(call);
                        self.attribute_calls.entry(attribute.attr.to_string()).or_default().push((receiver, shape));
                        self.visit_expr(&attribute.value);
                    }
                    other => self.visit_expr(other),
                }
                for argument in &call.arguments.args {
                    self.visit_expr(argument);
                }
                for keyword in &call.arguments.keywords {
                    self.visit_expr(&keyword.value);
                }
            }
            Expr::Name(name) => {
                self.other_names.insert(name.id.to_string());
            }
            Expr::Attribute(attribute) => {
                self.other_attributes.insert(attribute.attr.to_string());
                visit_walk_expr(self, expr);
            }
            _ => visit_walk_expr(self, expr),
        }
    }
}
