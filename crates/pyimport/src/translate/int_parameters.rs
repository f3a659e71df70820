//! The parameters of the file's functions that hold an integer in every run, read from the source,
//! for the judgment of what a task may raise on an operation (engine_raises.rs). That judgment knows a
//! task's argument is an integer only from the starts it sees in the scenario, and while a function is
//! translated its caller's steps are not in the scenario yet: so `for _ in range(n)` in a task
//! (`while __next < n`) of a TaskGroup started by a coroutine that a loop `for k in range(3)` started
//! was judged to compare with what may be no number (TypeError), and the group refused for its tasks
//! raising (session31-s31passes/g07, refused by that rule before its own).
//!
//! A parameter holds an integer when the function's name is used only as the callee of calls (no
//! thread's `target=`, no job given the function, no alias), no call spreads `*args` or `**kwargs`, and
//! every call gives that parameter (by position or keyword, or by its default when left out) an
//! integer expression in the scope the call is in:
//!
//! - an integer literal, or `-` of one;
//! - `a + b`, `a - b`, `a * b`, `a // b`, `a % b`, `abs(a)`, `min(a, b)`, `max(a, b)` of integer
//!   expressions, and `len(x)` of anything (a `//` or `%` by 0 raises where it is, never giving another
//!   kind);
//! - a name the scope binds only as the variable of a `for` or a comprehension over `range(...)`;
//! - a parameter of the function around the call that holds an integer by this same rule and that its
//!   body never binds again (the rule's greatest solution: a recursive call passing `n - 1` keeps `n`).
//!
//! Builtins named here count only where the file binds no name of theirs.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Number, Operator, Stmt, UnaryOp};
use ruff_text_size::Ranged;

/// The parameters holding an integer, by the offset of their function's `def` (its range's start).
pub(crate) type IntParameters = BTreeMap<usize, BTreeSet<String>>;

/// A call of one of the file's functions, with the function around it (None at the module's top).
struct CallSite<'a> {
    call: &'a ast::ExprCall,
    scope: Option<&'a ast::StmtFunctionDef>,
}

/// The integer parameters of the module-level functions of `module`.
pub(crate) fn int_parameters(module: &[Stmt]) -> IntParameters {
    let functions: BTreeMap<&str, &ast::StmtFunctionDef> = module
        .iter()
        .filter_map(|stmt| match stmt {
            Stmt::FunctionDef(def) if crate::generators::bindings_of(module, def.name.as_str()).is_empty() => {
                Some((def.name.as_str(), def))
            }
            _ => None,
        })
        .collect();
    let sites = call_sites(module, &functions);
    // Start from every plain parameter of a function called only by name, and take away each one a
    // call does not give an integer, until nothing changes.
    let mut assumed: BTreeMap<&str, BTreeSet<String>> = functions
        .iter()
        .filter(|(name, _)| sites.contains_key(*name))
        .map(|(name, def)| (*name, positional_parameters(def).map(|p| p.parameter.name.to_string()).collect()))
        .collect();
    loop {
        let mut changed = false;
        for (function, calls) in &sites {
            let def = functions[function];
            let kept: BTreeSet<String> = assumed[function]
                .iter()
                .filter(|parameter| {
                    calls.iter().all(|site| {
                        given_argument(def, site.call, parameter)
                            .is_some_and(|argument| is_integer(argument, site.scope, module, &assumed))
                    })
                })
                .cloned()
                .collect();
            if kept != assumed[function] {
                assumed.insert(function, kept);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    assumed
        .into_iter()
        .filter(|(_, parameters)| !parameters.is_empty())
        .map(|(function, parameters)| (functions[function].range().start().to_usize(), parameters))
        .collect()
}

fn positional_parameters(def: &ast::StmtFunctionDef) -> impl Iterator<Item = &ast::ParameterWithDefault> {
    def.parameters.posonlyargs.iter().chain(def.parameters.args.iter())
}

/// Every call of each function of `functions`, by name; a function whose name is read anywhere but
/// as a call's callee, or called with `*args` or `**kwargs`, is left out.
fn call_sites<'a>(
    module: &'a [Stmt],
    functions: &BTreeMap<&'a str, &'a ast::StmtFunctionDef>,
) -> BTreeMap<&'a str, Vec<CallSite<'a>>> {
    struct Sites<'a, 'f> {
        functions: &'f BTreeMap<&'a str, &'a ast::StmtFunctionDef>,
        scope: Option<&'a ast::StmtFunctionDef>,
        calls: BTreeMap<&'a str, Vec<CallSite<'a>>>,
        /// Names read other than as a callee (or called with a spread).
        escaped: BTreeSet<&'a str>,
    }
    impl<'a> Visitor<'a> for Sites<'a, '_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::FunctionDef(def) = stmt {
                let outer = self.scope.replace(def);
                walk_stmt(self, stmt);
                self.scope = outer;
                return;
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Name(callee) = &*call.func
                && let Some((name, _)) = self.functions.get_key_value(callee.id.as_str())
            {
                let spread = call.arguments.args.iter().any(|argument| matches!(argument, Expr::Starred(_)))
                    || call.arguments.keywords.iter().any(|keyword| keyword.arg.is_none());
                if spread {
                    self.escaped.insert(name);
                }
                self.calls.entry(name).or_default().push(CallSite { call, scope: self.scope });
                for argument in call.arguments.args.iter() {
                    self.visit_expr(argument);
                }
                for keyword in call.arguments.keywords.iter() {
                    self.visit_expr(&keyword.value);
                }
                return;
            }
            if let Expr::Name(read) = expr
                && let Some((name, _)) = self.functions.get_key_value(read.id.as_str())
            {
                self.escaped.insert(name);
            }
            walk_expr(self, expr);
        }
    }
    let mut sites = Sites { functions, scope: None, calls: BTreeMap::new(), escaped: BTreeSet::new() };
    sites.visit_body(module);
    let Sites { mut calls, escaped, .. } = sites;
    calls.retain(|name, _| !escaped.contains(name));
    calls
}

/// What `call` gives `parameter` of `def`: its positional argument, its keyword, or its default.
fn given_argument<'a>(def: &'a ast::StmtFunctionDef, call: &'a ast::ExprCall, parameter: &str) -> Option<&'a Expr> {
    let position = positional_parameters(def).position(|p| p.parameter.name.as_str() == parameter)?;
    if let Some(argument) = call.arguments.args.get(position) {
        return Some(argument);
    }
    let keyword =
        call.arguments.keywords.iter().find(|keyword| keyword.arg.as_ref().is_some_and(|k| k.as_str() == parameter));
    match keyword {
        Some(keyword) => Some(&keyword.value),
        None => positional_parameters(def).nth(position)?.default.as_deref(),
    }
}

/// Whether `expr`, evaluated in `scope` (a function, or the module's top), gives an integer whenever
/// it gives a value, under the parameters `assumed` to hold integers.
fn is_integer(
    expr: &Expr,
    scope: Option<&ast::StmtFunctionDef>,
    module: &[Stmt],
    assumed: &BTreeMap<&str, BTreeSet<String>>,
) -> bool {
    let integer = |expr: &Expr| is_integer(expr, scope, module, assumed);
    let builtin = |name: &str| is_builtin(module, name);
    match expr {
        Expr::NumberLiteral(number) => matches!(number.value, Number::Int(_)),
        Expr::UnaryOp(operation) => operation.op == UnaryOp::USub && integer(&operation.operand),
        Expr::BinOp(operation) => {
            matches!(operation.op, Operator::Add | Operator::Sub | Operator::Mult | Operator::FloorDiv | Operator::Mod)
                && integer(&operation.left)
                && integer(&operation.right)
        }
        Expr::Call(call) if call.arguments.keywords.is_empty() => match &*call.func {
            Expr::Name(callee) if callee.id.as_str() == "len" && builtin("len") => call.arguments.args.len() == 1,
            Expr::Name(callee)
                if matches!(callee.id.as_str(), "abs" | "min" | "max") && builtin(callee.id.as_str()) =>
            {
                !call.arguments.args.is_empty() && call.arguments.args.iter().all(integer)
            }
            _ => false,
        },
        Expr::Name(name) => is_integer_name(name.id.as_str(), scope, module, assumed),
        _ => false,
    }
}

/// Whether `name` read in `scope` holds an integer: a parameter assumed so that the scope never binds
/// again, or a name the scope binds only as a `for`'s or a comprehension's variable over `range(...)`.
fn is_integer_name(
    name: &str,
    scope: Option<&ast::StmtFunctionDef>,
    module: &[Stmt],
    assumed: &BTreeMap<&str, BTreeSet<String>>,
) -> bool {
    let body = scope.map_or(module, |def| &def.body[..]);
    let bindings = crate::generators::bindings_of(body, name).len();
    if let Some(def) = scope
        && positional_parameters(def).any(|p| p.parameter.name.as_str() == name)
    {
        return bindings == 0 && assumed.get(def.name.as_str()).is_some_and(|kept| kept.contains(name));
    }
    if scope.is_some_and(|def| declares_global(def, name)) {
        return false;
    }
    is_builtin(module, "range") && bindings > 0 && range_variable_bindings(body, name) == bindings
}

/// Whether `name` is the builtin's in `module`: nothing binds it (a `def` or `class` at the top
/// neither, which `bindings_of` leaves out).
fn is_builtin(module: &[Stmt], name: &str) -> bool {
    let defined = module.iter().any(|stmt| match stmt {
        Stmt::FunctionDef(def) => def.name.as_str() == name,
        Stmt::ClassDef(class) => class.name.as_str() == name,
        _ => false,
    });
    !defined && crate::generators::bindings_of(module, name).is_empty()
}

/// Whether `def` declares `name` `global` or `nonlocal`.
fn declares_global(def: &ast::StmtFunctionDef, name: &str) -> bool {
    struct Declares<'n>(&'n str, bool);
    impl<'a> Visitor<'a> for Declares<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Global(global) => self.1 |= global.names.iter().any(|n| n.as_str() == self.0),
                Stmt::Nonlocal(nonlocal) => self.1 |= nonlocal.names.iter().any(|n| n.as_str() == self.0),
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    let mut declares = Declares(name, false);
    declares.visit_body(&def.body);
    declares.1
}

/// How many times `body` binds `name` as the plain variable of a `for` or a comprehension over
/// `range(...)`.
fn range_variable_bindings(body: &[Stmt], name: &str) -> usize {
    struct Count<'n>(&'n str, usize);
    fn over_range(target: &Expr, iter: &Expr, name: &str) -> bool {
        matches!(target, Expr::Name(variable) if variable.id.as_str() == name)
            && matches!(iter, Expr::Call(call) if matches!(&*call.func, Expr::Name(f) if f.id.as_str() == "range"))
    }
    impl<'a> Visitor<'a> for Count<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::For(looping) = stmt
                && over_range(&looping.target, &looping.iter, self.0)
            {
                self.1 += 1;
            }
            walk_stmt(self, stmt);
        }
        fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
            if over_range(&comprehension.target, &comprehension.iter, self.0) {
                self.1 += 1;
            }
            ruff_python_ast::visitor::walk_comprehension(self, comprehension);
        }
    }
    let mut count = Count(name, 0);
    count.visit_body(body);
    count.1
}

impl super::Translator<'_> {
    /// Task `task` is given parameter `name` of `def` at its start, as scenario local `local`.
    pub(super) fn note_task_parameter(&mut self, task: usize, def: &ast::StmtFunctionDef, name: &str, local: String) {
        let (function, locals) =
            self.task_parameters.entry(task).or_insert_with(|| (def.range().start().to_usize(), BTreeMap::new()));
        if *function == def.range().start().to_usize() {
            locals.insert(name.to_string(), local);
        }
    }

    /// The locals of each task that hold an integer from its start, as the source shows.
    pub(super) fn integer_parameters(&self) -> super::engine_raises::TaskIntegers {
        let integers = int_parameters(self.module_body);
        let mut tasks = super::engine_raises::TaskIntegers::new();
        for (task, (function, locals)) in &self.task_parameters {
            let Some(parameters) = integers.get(function) else { continue };
            let held = locals.iter().filter(|(name, _)| parameters.contains(*name)).map(|(_, local)| local.clone());
            tasks.insert(*task, held.collect());
        }
        tasks
    }
}
