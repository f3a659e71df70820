//! A builtin as the function a `multiprocessing.Pool` runs (`pool.imap(len, words)`,
//! `pool.apply_async(sum, (counts,))`: session23/m01, session22/m01), before translation: the
//! translator runs functions of the file as jobs, so the builtin becomes a function of the module that
//! calls it with the job's arguments (`def builtin_len(argument_1): return len(argument_1)`), named
//! where the program named the builtin. The worker's call gives the same value and raises the same
//! exception as the builtin called by the pool: the builtin is pickled by name and found again in the
//! child, and a function of the module is too. Only builtins that compute a value from their
//! arguments are taken (not `print`, `hash`, whose value differs between processes, `id`, or those
//! that give iterators, which cannot be pickled back); a name the file binds itself keeps its own
//! meaning. Since session 32 also `time.sleep` of one argument (`ex.submit(time.sleep, 0.1)`,
//! session31/checks/k51): the wrapper sleeps as a statement and returns None, as the job does.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::syntax::{fresh_name, module_names, name, parameter};

/// The builtins a pool may run in its place.
const WRAPPED: [&str; 18] = [
    "len", "str", "int", "float", "bool", "abs", "round", "sum", "min", "max", "sorted", "repr", "ord", "chr", "all",
    "any", "divmod", "pow",
];

/// The functions of the module made for builtins a pool runs, one per builtin and number of arguments.
pub(crate) struct BuiltinJobs {
    /// Names the file binds itself (a `def len`, an assignment, an import, a parameter).
    bound: BTreeSet<String>,
    taken: BTreeSet<String>,
    /// Builtin, number of arguments, the function's name, where the program named the builtin.
    made: Vec<(String, usize, String, TextRange)>,
}

impl BuiltinJobs {
    pub(crate) fn of(body: &[Stmt]) -> BuiltinJobs {
        let mut bound = BoundNames::default();
        bound.visit_body(body);
        BuiltinJobs { bound: bound.names, taken: module_names(body), made: Vec::new() }
    }

    /// `function` becomes the name of the module's function that calls the builtin it names with
    /// `arity` arguments, when it names one of the list that the file does not bind itself.
    pub(crate) fn replace(&mut self, function: &mut Expr, arity: usize) {
        let Some(builtin) = self.wrapped_builtin(function, arity) else { return };
        let range = function.range();
        let known = self.made.iter().find(|(made, made_arity, ..)| *made == builtin && *made_arity == arity);
        let wrapper = match known {
            Some((_, _, wrapper, _)) => wrapper.clone(),
            None => {
                let wrapper = fresh_name(&format!("builtin_{}", builtin.replace('.', "_")), &mut self.taken);
                self.made.push((builtin, arity, wrapper.clone(), range));
                wrapper
            }
        };
        *function = name(&wrapper, range, ast::ExprContext::Load);
    }

    /// The builtin `function` names, as the wrapper calls it (`len`, `str.upper`), when it is one the
    /// wrappers take with `arity` arguments and the file binds none of its names itself.
    fn wrapped_builtin(&self, function: &Expr, arity: usize) -> Option<String> {
        if arity == 0 {
            return None;
        }
        match function {
            // `pow(base, exponent, modulus)` has no form the translator computes.
            Expr::Name(named) if named.id.as_str() == "pow" && arity != 2 => None,
            Expr::Name(named) if WRAPPED.contains(&named.id.as_str()) && !self.bound.contains(named.id.as_str()) => {
                Some(named.id.to_string())
            }
            // `ex.submit(time.sleep, d)` (session31/checks/k51): a job that sleeps, its value None. The
            // wrapper calls `time.sleep` as the program named it, so the translator resolves `time`.
            Expr::Attribute(attribute)
                if matches!(&*attribute.value, Expr::Name(module) if module.id.as_str() == "time")
                    && attribute.attr.as_str() == "sleep"
                    && arity == 1 =>
            {
                Some("time.sleep".to_string())
            }
            // `str.upper`: a method of `str` looked up on the class, the string its first argument.
            Expr::Attribute(attribute)
                if matches!(&*attribute.value, Expr::Name(class) if class.id.as_str() == "str")
                    && !self.bound.contains("str")
                    && (crate::text_calls::is_text_method(attribute.attr.as_str())
                        || matches!(attribute.attr.as_str(), "upper" | "lower")) =>
            {
                Some(format!("str.{}", attribute.attr))
            }
            _ => None,
        }
    }

    /// The functions made, for the start of the module.
    pub(crate) fn definitions(self) -> Vec<Stmt> {
        self.made
            .into_iter()
            .map(|(builtin, arity, wrapper, range)| definition(&builtin, arity, &wrapper, range))
            .collect()
    }
}

/// `def wrapper(argument_1, ...): return builtin(argument_1, ...)`, spanning `range`.
fn definition(builtin: &str, arity: usize, wrapper: &str, range: TextRange) -> Stmt {
    let names: Vec<String> = (1..=arity).map(|position| format!("argument_{position}")).collect();
    let arguments: Vec<Expr> = names.iter().map(|argument| name(argument, range, ast::ExprContext::Load)).collect();
    let value = match (builtin, &arguments[..]) {
        // `pow(a, b)` is `a ** b` exactly (Python's `pow` of two arguments is the operator's method),
        // which the translator computes.
        ("pow", [base, exponent]) => Expr::BinOp(ast::ExprBinOp {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            left: Box::new(base.clone()),
            op: ast::Operator::Pow,
            right: Box::new(exponent.clone()),
        }),
        _ => Expr::Call(ast::ExprCall {
            node_index: ast::AtomicNodeIndex::default(),
            range_start: range.start(),
            func: Box::new(callee(builtin, range)),
            arguments: ast::Arguments {
                node_index: ast::AtomicNodeIndex::default(),
                range: TextRange::empty(range.end()),
                args: arguments.into_boxed_slice(),
                keywords: Default::default(),
            },
        }),
    };
    let returned = if builtin == "time.sleep" {
        // A sleep is a statement of its own to the translator; the function returns None, as it does.
        Stmt::Expr(ast::StmtExpr { node_index: ast::AtomicNodeIndex::default(), range, value: Box::new(value) })
    } else {
        Stmt::Return(ast::StmtReturn {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Some(Box::new(value)),
        })
    };
    let parameters = ast::Parameters {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        posonlyargs: Default::default(),
        args: names.iter().map(|argument| parameter(argument, None, range)).collect(),
        vararg: None,
        kwonlyargs: Default::default(),
        kwarg: None,
    };
    Stmt::FunctionDef(ast::StmtFunctionDef {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        decorator_list: Default::default(),
        name: ast::Identifier::new(wrapper, range),
        type_params: None,
        parameters: Box::new(parameters),
        returns: None,
        body: std::iter::once(returned).collect(),
    })
}

/// `len`, or `str.upper` as the attribute of the class.
fn callee(builtin: &str, range: TextRange) -> Expr {
    match builtin.split_once('.') {
        Some((class, method)) => Expr::Attribute(ast::ExprAttribute {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: Box::new(name(class, range, ast::ExprContext::Load)),
            attr: ast::Identifier::new(method, range),
            ctx: ast::ExprContext::Load,
        }),
        None => name(builtin, range, ast::ExprContext::Load),
    }
}

/// Every name the file binds anywhere: stored names, functions, classes, imports, parameters.
#[derive(Default)]
struct BoundNames {
    names: BTreeSet<String>,
}

impl<'a> Visitor<'a> for BoundNames {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => {
                self.names.insert(def.name.to_string());
                for parameter in def.parameters.iter() {
                    self.names.insert(parameter.name().to_string());
                }
            }
            Stmt::ClassDef(class) => {
                self.names.insert(class.name.to_string());
            }
            Stmt::Import(ast::StmtImport { names, .. }) | Stmt::ImportFrom(ast::StmtImportFrom { names, .. }) => {
                for alias in names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.names.insert(bound.as_str().split('.').next().unwrap_or_default().to_string());
                }
            }
            Stmt::Global(ast::StmtGlobal { names, .. }) | Stmt::Nonlocal(ast::StmtNonlocal { names, .. }) => {
                self.names.extend(names.iter().map(|bound| bound.to_string()));
            }
            Stmt::Try(attempt) => {
                for handler in &attempt.handlers {
                    let ast::ExceptHandler::ExceptHandler(handler) = handler;
                    self.names.extend(handler.name.iter().map(|bound| bound.to_string()));
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(named) if named.ctx != ast::ExprContext::Load => {
                self.names.insert(named.id.to_string());
            }
            Expr::Lambda(lambda) => {
                for parameter in lambda.parameters.iter().flat_map(|parameters| parameters.iter()) {
                    self.names.insert(parameter.name().to_string());
                }
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}
