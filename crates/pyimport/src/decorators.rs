//! Simple decorators of the module's functions, before translation: a decorator of the file that only
//! wraps the call (`def timed(fn): @functools.wraps(fn) def wrapper(*args, **kwargs): ...; result =
//! fn(*args, **kwargs); ...; return wrapper`, and a factory of one, `def synchronized(lock): def
//! decorate(fn): ...; return decorate`) is written out: the decorated function keeps its body under
//! another name (`increment_undecorated`), and its own name holds the wrapper's body with the call
//! `fn(*args, **kwargs)` made with the function's parameters, `fn.__name__` its name, and each parameter
//! of a factory the argument the decoration gave it. Python calls the wrapper wherever the name is
//! called, so the two programs run the same steps. Only where every piece is plain: a decorator whose
//! wrapper uses `args`, `kwargs` or `fn` otherwise, a function with `*args`, `**kwargs` or keyword-only
//! parameters, a factory's argument other than a literal or a module name, stay refused as decorated
//! functions, by the translator.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::transformer::{Transformer, walk_expr};
use ruff_python_ast::visitor::{Visitor, walk_expr as visit_walk_expr, walk_stmt as visit_walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// A decorator of the file: its wrapper's body, the names its wrapper gives the function and the call's
/// arguments, and the parameters of the factory that made it (none for a plain decorator).
pub(crate) struct Decorator {
    /// `Some` for a factory (`@synchronized(lock)`), with its parameters.
    factory_parameters: Option<Vec<String>>,
    /// The wrapper's plain parameters before `*args` (`self` of `def wrapper(self, *args, **kwargs)`,
    /// a decorator of methods), passed on first in the call: the decorated function's first ones.
    leading: Vec<String>,
    function: String,
    args: Option<String>,
    kwargs: Option<String>,
    body: Vec<Stmt>,
}

/// Rewrites the module's functions decorated by a simple decorator of the file; the decorators used
/// only so are dropped (their nested `wrapper`s would be functions of the file of one name).
pub fn rewrite_decorators(body: &mut ruff_python_ast::Suite) {
    let decorators = simple_decorators(body);
    if decorators.is_empty() {
        return;
    }
    let taken = crate::syntax::module_names(body);
    let mut rewritten = BTreeSet::new();
    let mut position = 0;
    while position < body.len() {
        let Stmt::FunctionDef(def) = &body[position] else {
            position += 1;
            continue;
        };
        let Some((name, written)) = written_out(def, &decorators, &taken, false) else {
            position += 1;
            continue;
        };
        rewritten.insert(name);
        body.splice(position..=position, written);
        position += 2;
    }
    crate::decorated_methods::rewrite_methods(body, &decorators, &taken, &mut rewritten);
    let still_used = crate::syntax::names_read(body);
    body.retain(|stmt| match stmt {
        Stmt::FunctionDef(def) => {
            let name = def.name.as_str();
            !rewritten.contains(name) || still_used.contains(name)
        }
        _ => true,
    });
}

/// The decorators of the file whose wrapper only wraps the call: `def d(fn): [docstring] def
/// wrapper(*args, **kwargs): ...; return wrapper`, and a factory `def f(a, b): def d(fn): ...; return d`.
fn simple_decorators(body: &[Stmt]) -> BTreeMap<String, Decorator> {
    let mut found = BTreeMap::new();
    for stmt in body {
        let Stmt::FunctionDef(def) = stmt else { continue };
        if !def.decorator_list.is_empty() || def.is_async {
            continue;
        }
        if let Some(decorator) = plain_decorator(def, None) {
            found.insert(def.name.to_string(), decorator);
            continue;
        }
        let Some(parameters) = positional_names(&def.parameters) else { continue };
        if let Some(inner) = returned_def(&def.body)
            && let Some(decorator) = plain_decorator(inner, Some(parameters))
        {
            found.insert(def.name.to_string(), decorator);
        }
    }
    found
}

/// `def d(fn): def wrapper(*args, **kwargs): ...; return wrapper` (the wrapper perhaps under
/// `@functools.wraps(fn)`).
fn plain_decorator(def: &ast::StmtFunctionDef, factory_parameters: Option<Vec<String>>) -> Option<Decorator> {
    let [function] = &positional_names(&def.parameters)?[..] else { return None };
    let wrapper = returned_def(&def.body)?;
    if wrapper.is_async || !wrapper.decorator_list.iter().all(|d| is_wraps_of(&d.expression, function)) {
        return None;
    }
    let parameters = &wrapper.parameters;
    let defaults = parameters.args.iter().any(|parameter| parameter.default.is_some());
    if !parameters.posonlyargs.is_empty() || defaults || !parameters.kwonlyargs.is_empty() {
        return None;
    }
    let leading = parameters.args.iter().map(|parameter| parameter.parameter.name.to_string()).collect();
    let args = parameters.vararg.as_ref().map(|p| p.name.to_string());
    let kwargs = parameters.kwarg.as_ref().map(|p| p.name.to_string());
    let decorator = Decorator {
        factory_parameters,
        leading,
        function: function.clone(),
        args,
        kwargs,
        body: wrapper.body.to_vec(),
    };
    uses_are_plain(&decorator).then_some(decorator)
}

/// The one `def` a body defines and returns (after a docstring): `def inner(...): ...; return inner`.
fn returned_def(body: &[Stmt]) -> Option<&ast::StmtFunctionDef> {
    let body = match body.first() {
        Some(Stmt::Expr(docstring)) if matches!(&*docstring.value, Expr::StringLiteral(_)) => &body[1..],
        _ => body,
    };
    let [Stmt::FunctionDef(inner), Stmt::Return(returned)] = body else { return None };
    matches!(returned.value.as_deref(), Some(Expr::Name(name)) if name.id == inner.name.as_str()).then_some(inner)
}

/// `@functools.wraps(fn)` or `@wraps(fn)`.
fn is_wraps_of(expr: &Expr, function: &str) -> bool {
    let Expr::Call(call) = expr else { return false };
    let named = match &*call.func {
        Expr::Name(name) => name.id.as_str() == "wraps",
        Expr::Attribute(attribute) => {
            attribute.attr.as_str() == "wraps"
                && matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "functools")
        }
        _ => false,
    };
    named
        && call.arguments.keywords.is_empty()
        && matches!(&call.arguments.args[..], [Expr::Name(name)] if name.id.as_str() == function)
}

/// The names of a function's parameters, when they are all plain positional ones.
fn positional_names(parameters: &ast::Parameters) -> Option<Vec<String>> {
    if parameters.vararg.is_some() || parameters.kwarg.is_some() || !parameters.kwonlyargs.is_empty() {
        return None;
    }
    Some(parameters.posonlyargs.iter().chain(parameters.args.iter()).map(|p| p.parameter.name.to_string()).collect())
}

/// Whether the wrapper uses `fn` only as `fn(*args, **kwargs)` or `fn.__name__`, `args` and `kwargs`
/// only there, defines no function, and binds none of these names nor a factory's parameters.
fn uses_are_plain(decorator: &Decorator) -> bool {
    struct Check<'d> {
        decorator: &'d Decorator,
        plain: bool,
    }
    impl<'a> Visitor<'a> for Check<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => self.plain = false,
                _ => visit_walk_stmt(self, stmt),
            }
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if is_wrapped_call(expr, self.decorator) || is_function_name(expr, self.decorator) {
                return;
            }
            if let Expr::Name(name) = expr {
                let id = name.id.as_str();
                let special = id == self.decorator.function
                    || self.decorator.args.as_deref() == Some(id)
                    || self.decorator.kwargs.as_deref() == Some(id);
                let rebinds_factory = name.ctx != ast::ExprContext::Load
                    && (self.decorator.factory_parameters.iter().flatten().any(|parameter| parameter == id)
                        || self.decorator.leading.iter().any(|parameter| parameter == id));
                if special || rebinds_factory {
                    self.plain = false;
                }
            }
            if matches!(expr, Expr::Lambda(_)) {
                self.plain = false;
            }
            visit_walk_expr(self, expr);
        }
    }
    let mut check = Check { decorator, plain: true };
    for stmt in &decorator.body {
        check.visit_stmt(stmt);
    }
    check.plain
}

/// `fn(*args, **kwargs)` (either part left out when the wrapper takes none), after the wrapper's
/// leading parameters in order (`fn(self, *args, **kwargs)`).
fn is_wrapped_call(expr: &Expr, decorator: &Decorator) -> bool {
    let Expr::Call(call) = expr else { return false };
    if !matches!(&*call.func, Expr::Name(name) if name.id.as_str() == decorator.function) {
        return false;
    }
    let given = &call.arguments.args[..];
    let Some((first, rest)) = given.split_at_checked(decorator.leading.len()) else { return false };
    let leading_passed = first
        .iter()
        .zip(&decorator.leading)
        .all(|(argument, leading)| matches!(argument, Expr::Name(name) if name.id.as_str() == leading.as_str()));
    if !leading_passed {
        return false;
    }
    let starred = match (rest, &decorator.args) {
        ([], None) => true,
        ([Expr::Starred(starred)], Some(args)) => {
            matches!(&*starred.value, Expr::Name(name) if name.id.as_str() == args)
        }
        _ => false,
    };
    let double_starred = match (&call.arguments.keywords[..], &decorator.kwargs) {
        ([], None) => true,
        ([keyword], Some(kwargs)) => {
            keyword.arg.is_none() && matches!(&keyword.value, Expr::Name(name) if name.id.as_str() == kwargs)
        }
        _ => false,
    };
    starred && double_starred
}

/// `fn.__name__`.
fn is_function_name(expr: &Expr, decorator: &Decorator) -> bool {
    matches!(expr, Expr::Attribute(attribute)
        if attribute.attr.as_str() == "__name__"
            && matches!(&*attribute.value, Expr::Name(name) if name.id.as_str() == decorator.function))
}

/// The two functions a decorated `def` becomes: its body under `NAME_undecorated`, and `NAME` with the
/// wrapper's body; `None` (left as it is, refused by the translator) unless everything is plain.
pub(crate) fn written_out(
    def: &ast::StmtFunctionDef,
    decorators: &BTreeMap<String, Decorator>,
    taken: &BTreeSet<String>,
    method: bool,
) -> Option<(String, Vec<Stmt>)> {
    let [decoration] = &def.decorator_list[..] else { return None };
    let (decorator_name, given): (&str, &[Expr]) = match &decoration.expression {
        Expr::Name(name) => (name.id.as_str(), &[]),
        Expr::Call(call) if call.arguments.keywords.is_empty() => match &*call.func {
            Expr::Name(name) => (name.id.as_str(), &call.arguments.args[..]),
            _ => return None,
        },
        _ => return None,
    };
    let decorator = decorators.get(decorator_name)?;
    let factory_parameters: &[String] = match (&decoration.expression, &decorator.factory_parameters) {
        (Expr::Call(_), Some(parameters)) => parameters,
        (Expr::Name(_), None) => &[],
        _ => return None,
    };
    if given.len() != factory_parameters.len()
        || !given.iter().all(|argument| matches!(argument, Expr::Name(_)) || argument.is_literal_expr())
    {
        return None;
    }
    let parameters = positional_names(&def.parameters)?;
    // A method is called on its first parameter (`self`), which a wrapper's leading ones come before.
    if parameters.len() < decorator.leading.len() || (method && parameters.is_empty()) {
        return None;
    }
    // A parameter of the function named as a name the wrapper uses (its locals, a factory's argument)
    // would change what that name means in the written-out wrapper; the wrapper's leading parameters
    // are the function's first ones, renamed.
    let mut wrapper_names = crate::syntax::module_names(&decorator.body);
    wrapper_names.retain(|name| !decorator.leading.contains(name));
    let given_names = given.iter().filter_map(|argument| match argument {
        Expr::Name(name) => Some(name.id.to_string()),
        _ => None,
    });
    if def.is_async
        || parameters.iter().any(|parameter| wrapper_names.contains(parameter))
        || given_names.into_iter().any(|given| {
            parameters.contains(&given) || (wrapper_names.contains(&given) && !factory_parameters.contains(&given))
        })
    {
        return None;
    }
    let undecorated_name = format!("{}_undecorated", def.name);
    if taken.contains(&undecorated_name) {
        return None;
    }
    let mut undecorated = def.clone();
    undecorated.decorator_list.clear();
    undecorated.name = ast::Identifier::new(undecorated_name.clone(), def.name.range);
    let range = def.name.range;
    let mut renamed: BTreeMap<String, Expr> = factory_parameters.iter().cloned().zip(given.iter().cloned()).collect();
    for (leading, parameter) in decorator.leading.iter().zip(&parameters) {
        renamed.insert(leading.clone(), crate::syntax::name(parameter, range, ast::ExprContext::Load));
    }
    let substitution = Substitution {
        decorator,
        function_name: def.name.to_string(),
        undecorated: undecorated_name,
        parameters,
        factory: renamed,
        method,
    };
    let mut wrapper = def.clone();
    wrapper.decorator_list.clear();
    wrapper.body = decorator.body.clone().into_iter().collect();
    for stmt in wrapper.body.iter_mut() {
        substitution.visit_stmt(stmt);
    }
    if !crate::translate::returns_a_value(&def.body) {
        // `return fn(*args, **kwargs)` of a function that returns None: the call, then the end of the
        // wrapper, where it is the wrapper's last statement (its value, None, is the wrapper's too).
        call_at_the_end(&mut wrapper.body, &substitution.undecorated);
    }
    Some((decorator_name.to_string(), vec![Stmt::FunctionDef(undecorated), Stmt::FunctionDef(wrapper)]))
}

/// Writes the wrapper's body for one function: `fn(*args, **kwargs)` its call with the function's own
/// parameters, `fn.__name__` its name, a factory's parameter the argument the decoration gave.
struct Substitution<'d> {
    decorator: &'d Decorator,
    function_name: String,
    undecorated: String,
    parameters: Vec<String>,
    /// A factory's parameters and the wrapper's leading ones, to what the decoration gave them.
    factory: BTreeMap<String, Expr>,
    /// A method's wrapper calls the undecorated method on its first parameter (`self.hit_undecorated(route)`).
    method: bool,
}

impl Transformer for Substitution<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        let range = expr.range();
        if is_wrapped_call(expr, self.decorator) {
            let Expr::Call(call) = expr else { return };
            let name = |parameter: &String| crate::syntax::name(parameter, range, ast::ExprContext::Load);
            let passed = if self.method {
                let receiver = name(&self.parameters[0]);
                *call.func = crate::decorated_methods::method_of(receiver, &self.undecorated, range);
                &self.parameters[1..]
            } else {
                *call.func = crate::syntax::name(&self.undecorated, range, ast::ExprContext::Load);
                &self.parameters[..]
            };
            call.arguments.args = passed.iter().map(name).collect();
            call.arguments.keywords = Default::default();
            return;
        }
        if is_function_name(expr, self.decorator) {
            *expr = crate::syntax::string(&self.function_name, range);
            return;
        }
        if let Expr::Name(named) = expr
            && let Some(given) = self.factory.get(named.id.as_str())
        {
            *expr = given.clone();
            return;
        }
        walk_expr(self, expr);
    }
}

/// The last statement of `body` (through the last statement of a `with` there), when it is `return
/// undecorated(...)`, becomes the call alone: the function ends there either way, with None.
fn call_at_the_end(body: &mut [Stmt], undecorated: &str) {
    let Some(last) = body.last_mut() else { return };
    match last {
        Stmt::With(with) => call_at_the_end(&mut with.body, undecorated),
        Stmt::Return(returned) => {
            let Some(Expr::Call(call)) = returned.value.as_deref() else { return };
            let calls_undecorated = match &*call.func {
                Expr::Name(name) => name.id.as_str() == undecorated,
                Expr::Attribute(attribute) => attribute.attr.as_str() == undecorated,
                _ => false,
            };
            if !calls_undecorated {
                return;
            }
            let range = returned.range;
            let value = returned.value.take().expect("matched above");
            *last = Stmt::Expr(ast::StmtExpr { node_index: ast::AtomicNodeIndex::default(), range, value });
        }
        _ => {}
    }
}
