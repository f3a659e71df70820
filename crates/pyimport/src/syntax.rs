//! Nodes that the rewrites before translation (dataclasses.rs, properties.rs, pool_calls.rs,
//! mutable_defaults.rs) build, and the walk over nested blocks they share.

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;

/// `func()` with no arguments, spanning `range` (its empty arguments where the range ends), so that a
/// refusal or a trace points at what the program wrote.
pub fn call_without_arguments(func: Expr, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall {
        node_index: ast::AtomicNodeIndex::default(),
        range_start: range.start(),
        func: Box::new(func),
        arguments: ast::Arguments {
            node_index: ast::AtomicNodeIndex::default(),
            range: TextRange::empty(range.end()),
            args: Box::new([]),
            keywords: Default::default(),
        },
    })
}

/// Whether `expr` or any expression inside it (lambdas and comprehensions too) is one `found` picks.
pub fn any_expr(expr: &Expr, found: impl Fn(&Expr) -> bool) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Finder<F>(F, bool);
    impl<'a, F: Fn(&Expr) -> bool> Visitor<'a> for Finder<F> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            self.1 |= (self.0)(expr);
            walk_expr(self, expr);
        }
    }
    let mut finder = Finder(found, false);
    finder.visit_expr(expr);
    finder.1
}

/// A literal constant: a number, a string, a bool, None, bytes or `...`.
/// `receiver.method(arguments)` at `range`.
pub fn method_call(receiver: Expr, method: &str, arguments: Vec<Expr>, range: TextRange) -> Expr {
    let func = Expr::Attribute(ast::ExprAttribute {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: Box::new(receiver),
        attr: ast::Identifier::new(method, range),
        ctx: ast::ExprContext::Load,
    });
    let mut call = call_without_arguments(func, range);
    if let Expr::Call(made) = &mut call {
        made.arguments.args = arguments.into_boxed_slice();
    }
    call
}

/// The words Python reserves, which no attribute written `obj.<it>` can be.
const PYTHON_KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Whether `text` is a Python identifier (so that `obj.<text>` names the attribute `getattr(obj,
/// "<text>")` does).
pub fn is_identifier(text: &str) -> bool {
    let mut characters = text.chars();
    let Some(first) = characters.next() else { return false };
    (first.is_ascii_alphabetic() || first == '_')
        && characters.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !PYTHON_KEYWORDS.contains(&text)
}

/// `object.name` at `range`.
pub fn attribute(object: &Expr, name: &str, range: TextRange, ctx: ast::ExprContext) -> Expr {
    Expr::Attribute(ast::ExprAttribute {
        node_index: Default::default(),
        range,
        value: Box::new(object.clone()),
        attr: ast::Identifier::new(name, range),
        ctx,
    })
}

/// `try: <ran>` / `except (Exception, <module>.CancelledError) as <error>: <kept>`, at `range`: a task's
/// outcome as `gather(..., return_exceptions=True)` keeps it, its result or the exception it ended
/// with, cancellation included (translate/set_gathers.rs, translate/gathered_outcome_zips.rs).
pub fn outcome_try(ran: Stmt, module: &Expr, error: &str, kept: Stmt, range: TextRange) -> Stmt {
    let load = |id: &str| {
        Expr::Name(ast::ExprName {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            id: ast::name::Name::new(id),
            ctx: ast::ExprContext::Load,
        })
    };
    let caught = Expr::Tuple(ast::ExprTuple {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        elts: vec![load("Exception"), attribute(module, "CancelledError", range, ast::ExprContext::Load)],
        ctx: ast::ExprContext::Load,
        parenthesized: true,
    });
    let handler = ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        type_: Some(Box::new(caught)),
        name: Some(ast::Identifier::new(error, range)),
        body: vec![kept].into(),
    });
    Stmt::Try(ast::StmtTry {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        body: vec![ran].into(),
        handlers: vec![handler],
        orelse: Vec::new().into(),
        finalbody: Vec::new().into(),
        is_star: false,
    })
}

/// `value` as a statement of its own.
pub fn expression_statement(value: Expr) -> Stmt {
    use ruff_text_size::Ranged;
    Stmt::Expr(ast::StmtExpr {
        node_index: ast::AtomicNodeIndex::default(),
        range: value.range(),
        value: Box::new(value),
    })
}

pub fn is_constant(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

/// A plain parameter `name` (no annotation or default) at `range`.
pub fn parameter(name: &str, default: Option<Expr>, range: TextRange) -> ast::ParameterWithDefault {
    ast::ParameterWithDefault {
        range,
        node_index: ast::AtomicNodeIndex::default(),
        parameter: ast::Parameter {
            range,
            node_index: ast::AtomicNodeIndex::default(),
            name: ast::Identifier::new(name, range),
            annotation: None,
        },
        default: default.map(Box::new),
    }
}

/// The name `id` read or bound (`ctx`) at `range`.
pub fn name(id: &str, range: TextRange, ctx: ast::ExprContext) -> Expr {
    Expr::Name(ast::ExprName { node_index: ast::AtomicNodeIndex::default(), range, id: ast::name::Name::new(id), ctx })
}

/// `[elt for ...]` with the element and loops of a generator expression or a set comprehension: the
/// same loop over the same items in the same order (a set's dropping of equal items is the caller's to
/// refuse or keep), for the forms that walk a list comprehension.
pub fn listed(range: TextRange, elt: &Expr, generators: &[ast::Comprehension]) -> ast::ExprListComp {
    ast::ExprListComp {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        elt: Box::new(elt.clone()),
        generators: generators.to_vec(),
    }
}

/// A list comprehension, or a generator expression as one (`listed`); `None` for any other expression.
pub fn as_list_comprehension(expr: &Expr) -> Option<ast::ExprListComp> {
    match expr {
        Expr::ListComp(list) => Some(list.clone()),
        Expr::Generator(generator) => Some(listed(generator.range, &generator.elt, &generator.generators)),
        _ => None,
    }
}

/// `def __init__(<parameters>): <body>` spanning `range`, for a class that gets a generated one
/// (dataclasses.rs, class_defaults.rs).
pub fn init_method(
    parameters: Vec<ast::ParameterWithDefault>,
    body: Vec<Stmt>,
    range: TextRange,
) -> ast::StmtFunctionDef {
    ast::StmtFunctionDef {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        is_async: false,
        decorator_list: Default::default(),
        name: ast::Identifier::new("__init__", range),
        type_params: None,
        parameters: Box::new(ast::Parameters {
            range,
            node_index: ast::AtomicNodeIndex::default(),
            posonlyargs: Default::default(),
            args: parameters.into_iter().collect(),
            vararg: None,
            kwonlyargs: Default::default(),
            kwarg: None,
        }),
        returns: None,
        body: body.into_iter().collect(),
    }
}

/// `import module as alias`, for the start of the file (pool_calls.rs, pipes.rs).
pub fn import_as(module: &str, alias: &str) -> Stmt {
    let range = TextRange::empty(0.into());
    Stmt::Import(ast::StmtImport {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        names: vec![ast::Alias {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            name: ast::Identifier::new(module, range),
            asname: Some(ast::Identifier::new(alias, range)),
        }],
        is_lazy: false,
    })
}

/// The string literal `value`, at `range`.
pub fn string(value: &str, range: TextRange) -> Expr {
    Expr::StringLiteral(ast::ExprStringLiteral {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        value: ast::StringLiteralValue::single(ast::StringLiteral {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            value: value.into(),
            flags: ast::StringLiteralFlags::empty(),
        }),
    })
}

/// `base`, or `base_2`, `base_3`... the first the module does not use; recorded as used.
pub fn fresh_name(base: &str, taken: &mut BTreeSet<String>) -> String {
    let mut name = base.to_string();
    let mut suffix = 2;
    while taken.contains(&name) {
        name = format!("{base}_{suffix}");
        suffix += 1;
    }
    taken.insert(name.clone());
    name
}

/// Every name the module binds or reads (functions' and classes' names too), so that a hoisted name is
/// new.
pub fn module_names(body: &[Stmt]) -> BTreeSet<String> {
    names_of(body, false)
}

/// The names `body` reads (a function still called or passed somewhere).
pub fn names_read(body: &[Stmt]) -> BTreeSet<String> {
    names_of(body, true)
}

fn names_of(body: &[Stmt], reads_only: bool) -> BTreeSet<String> {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    struct Names {
        reads_only: bool,
        found: BTreeSet<String>,
    }
    impl<'a> Visitor<'a> for Names {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && (!self.reads_only || name.ctx == ast::ExprContext::Load)
            {
                self.found.insert(name.id.to_string());
            }
            walk_expr(self, expr);
        }
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) if !self.reads_only => {
                    self.found.insert(def.name.to_string());
                }
                Stmt::ClassDef(class) if !self.reads_only => {
                    self.found.insert(class.name.to_string());
                }
                _ => {}
            }
            walk_stmt(self, stmt);
        }
    }
    let mut names = Names { reads_only, found: BTreeSet::new() };
    for stmt in body {
        names.visit_stmt(stmt);
    }
    names.found
}

/// A rewrite before translation that rewrites whole blocks of statements (context_managers.rs,
/// generators.rs).
pub trait BlockRewrite {
    /// The statements that stand for `stmt` (the blocks inside it rewritten too).
    fn statement(&mut self, stmt: Stmt) -> Vec<Stmt>;

    /// Rewrites each statement of a block.
    fn block<Block>(&mut self, block: &mut Block)
    where
        Block: Default + IntoIterator<Item = Stmt> + FromIterator<Stmt>,
        Self: Sized,
    {
        let out: Vec<Stmt> = std::mem::take(block).into_iter().flat_map(|stmt| self.statement(stmt)).collect();
        *block = out.into_iter().collect();
    }
}

/// Hands each block directly inside `stmt` to `rewrite`: a function's or class's body, an `if`'s
/// branches, a loop's body and `else`, a `with`'s body, a `try`'s body, handlers, `else` and `finally`.
pub fn rewrite_inner_blocks(stmt: &mut Stmt, rewrite: &mut impl BlockRewrite) {
    match stmt {
        Stmt::FunctionDef(def) => rewrite.block(&mut def.body),
        Stmt::ClassDef(class_def) => rewrite.block(&mut class_def.body),
        Stmt::If(if_stmt) => {
            rewrite.block(&mut if_stmt.body);
            for clause in if_stmt.elif_else_clauses.iter_mut() {
                rewrite.block(&mut clause.body);
            }
        }
        Stmt::For(for_stmt) => {
            rewrite.block(&mut for_stmt.body);
            rewrite.block(&mut for_stmt.orelse);
        }
        Stmt::While(while_stmt) => {
            rewrite.block(&mut while_stmt.body);
            rewrite.block(&mut while_stmt.orelse);
        }
        Stmt::With(with) => rewrite.block(&mut with.body),
        Stmt::Try(try_stmt) => {
            rewrite.block(&mut try_stmt.body);
            for handler in try_stmt.handlers.iter_mut() {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                rewrite.block(&mut handler.body);
            }
            rewrite.block(&mut try_stmt.orelse);
            rewrite.block(&mut try_stmt.finalbody);
        }
        _ => {}
    }
}

/// How many times each name appears in the module (read or bound, in any scope, a `def` or `class`
/// of it too), and how many times each is bound (stored, defined, or declared `global` by a function
/// that could bind it).
pub fn name_counts(body: &[Stmt]) -> (BTreeMap<String, usize>, BTreeMap<String, usize>) {
    use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
    #[derive(Default)]
    struct Uses {
        uses: BTreeMap<String, usize>,
        bindings: BTreeMap<String, usize>,
    }
    impl Uses {
        fn bound(&mut self, name: &str) {
            *self.uses.entry(name.to_string()).or_default() += 1;
            *self.bindings.entry(name.to_string()).or_default() += 1;
        }
    }
    impl<'a> Visitor<'a> for Uses {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(def) => self.bound(def.name.as_str()),
                Stmt::ClassDef(class) => self.bound(class.name.as_str()),
                Stmt::Global(global) => global.names.iter().for_each(|name| self.bound(name.as_str())),
                Stmt::Nonlocal(nonlocal) => nonlocal.names.iter().for_each(|name| self.bound(name.as_str())),
                _ => {}
            }
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr {
                match name.ctx {
                    ast::ExprContext::Load => *self.uses.entry(name.id.to_string()).or_default() += 1,
                    _ => self.bound(name.id.as_str()),
                }
            }
            walk_expr(self, expr);
        }
    }
    let mut uses = Uses::default();
    uses.visit_body(body);
    (uses.uses, uses.bindings)
}

/// Whether `name` is one the import made for a value of its own (`$iterable`, `$k`): `$` is in no
/// Python name, so no code of the program reads or writes it.
pub fn is_import_made_name(name: &str) -> bool {
    name.starts_with('$')
}

/// Every `def` of `body` at any depth, in the file's order, each with whether it is a method (directly
/// in a class's body).
pub fn function_definitions(body: &[Stmt]) -> Vec<(&ast::StmtFunctionDef, bool)> {
    use ruff_python_ast::visitor::{Visitor, walk_stmt};
    struct Definitions<'e> {
        found: Vec<(&'e ast::StmtFunctionDef, bool)>,
        in_class: bool,
    }
    impl<'e> Visitor<'e> for Definitions<'e> {
        fn visit_stmt(&mut self, stmt: &'e Stmt) {
            let in_class = match stmt {
                Stmt::FunctionDef(def) => {
                    self.found.push((def, self.in_class));
                    false
                }
                Stmt::ClassDef(_) => true,
                _ => self.in_class,
            };
            let outer = std::mem::replace(&mut self.in_class, in_class);
            walk_stmt(self, stmt);
            self.in_class = outer;
        }
    }
    let mut definitions = Definitions { found: Vec::new(), in_class: false };
    definitions.visit_body(body);
    definitions.found
}
