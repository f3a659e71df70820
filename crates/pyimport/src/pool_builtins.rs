//! A builtin as the function a `multiprocessing.Pool` runs (`pool.imap(len, words)`,
//! `pool.apply_async(sum, (counts,))`: session23/m01, session22/m01), before translation: the
//! translator runs functions of the file as jobs, so the builtin becomes a function of the module that
//! calls it with the job's arguments (`def builtin_len(argument_1): return len(argument_1)`), named
//! where the program named the builtin. The worker's call gives the same value and raises the same
//! exception as the builtin called by the pool: the builtin is pickled by name and found again in the
//! child, and a function of the module is too. Only builtins that compute a value from their
//! arguments are taken (not `print`, `hash`, whose value differs between processes, `id`, or those
//! that give iterators, which cannot be pickled back); a name the file binds itself keeps its own
//! meaning.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;

use crate::syntax::{fresh_name, module_names, name, parameter};

/// The builtins a pool may run in its place.
const WRAPPED: [&str; 17] = [
    "len", "str", "int", "float", "bool", "abs", "round", "sum", "min", "max", "sorted", "repr", "ord", "chr", "all",
    "any", "divmod",
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
        let Expr::Name(named) = function else { return };
        let builtin = named.id.as_str();
        if !WRAPPED.contains(&builtin) || self.bound.contains(builtin) || arity == 0 {
            return;
        }
        let known = self.made.iter().find(|(made, made_arity, ..)| made == builtin && *made_arity == arity);
        let wrapper = match known {
            Some((_, _, wrapper, _)) => wrapper.clone(),
            None => {
                let wrapper = fresh_name(&format!("builtin_{builtin}"), &mut self.taken);
                self.made.push((builtin.to_string(), arity, wrapper.clone(), named.range));
                wrapper
            }
        };
        *function = name(&wrapper, named.range, ast::ExprContext::Load);
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
    let call = Expr::Call(ast::ExprCall {
        node_index: ast::AtomicNodeIndex::default(),
        range_start: range.start(),
        func: Box::new(name(builtin, range, ast::ExprContext::Load)),
        arguments: ast::Arguments {
            node_index: ast::AtomicNodeIndex::default(),
            range: TextRange::empty(range.end()),
            args: names.iter().map(|argument| name(argument, range, ast::ExprContext::Load)).collect(),
            keywords: Default::default(),
        },
    });
    let returned = Stmt::Return(ast::StmtReturn {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Some(Box::new(call)),
    });
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
