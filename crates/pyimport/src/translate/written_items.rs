//! A module list whose items something writes (`counts[i] = 5` in a thread, `del counts[0]`,
//! `counts.sort()`) is no list known at import time: before session 21 only a rebinding or an `append`
//! made it "written", so `", ".join(str(c) for c in counts)` or `sum(c for c in counts)` after the
//! threads was computed at import time from the display (`'0, 0, 0'` where CPython had `'5, 5, 0'`),
//! under "complete". Such a list is now read where the program reads it (or refused there).

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextSize};

use super::dropped_calls::CONTAINER_MUTATORS;

/// Whether any statement of `body` (functions and classes included) writes an item of the list or
/// dict the module name `name` holds, calls a method that changes it in place, or hands it to code
/// that may (`escapes`).
pub(super) fn items_written(body: &[Stmt], name: &str) -> bool {
    written_in_place(body, name) || (holds_container(body, name) && escapes(body, body, name, 0))
}

/// Whether a statement of `body` writes an item of what `name` holds or calls a method of it that
/// changes it in place, through that name.
fn written_in_place(body: &[Stmt], name: &str) -> bool {
    struct Scan<'n> {
        name: &'n str,
        written: bool,
    }
    impl Scan<'_> {
        fn is_item_of_name(&self, target: &Expr) -> bool {
            match target {
                Expr::Subscript(subscript) => {
                    matches!(&*subscript.value, Expr::Name(container) if container.id.as_str() == self.name)
                }
                Expr::Tuple(tuple) => tuple.elts.iter().any(|element| self.is_item_of_name(element)),
                Expr::List(list) => list.elts.iter().any(|element| self.is_item_of_name(element)),
                Expr::Starred(starred) => self.is_item_of_name(&starred.value),
                _ => false,
            }
        }
    }
    impl<'a> Visitor<'a> for Scan<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            self.written |= match stmt {
                Stmt::Assign(assign) => assign.targets.iter().any(|target| self.is_item_of_name(target)),
                Stmt::AugAssign(assign) => self.is_item_of_name(&assign.target),
                Stmt::AnnAssign(assign) => self.is_item_of_name(&assign.target),
                Stmt::Delete(delete) => delete.targets.iter().any(|target| self.is_item_of_name(target)),
                Stmt::For(each) => self.is_item_of_name(&each.target),
                _ => false,
            };
            walk_stmt(self, stmt);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Call(call) = expr
                && let Expr::Attribute(method) = &*call.func
                && matches!(&*method.value, Expr::Name(container) if container.id.as_str() == self.name)
                && CONTAINER_MUTATORS.contains(&method.attr.as_str())
            {
                self.written = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut scan = Scan { name, written: false };
    body.iter().for_each(|stmt| scan.visit_stmt(stmt));
    scan.written
}

/// Builtins that read a container they are given and keep no reference to it.
const READING_BUILTINS: [&str; 24] = [
    "len",
    "sorted",
    "sum",
    "min",
    "max",
    "print",
    "list",
    "tuple",
    "str",
    "repr",
    "any",
    "all",
    "enumerate",
    "zip",
    "reversed",
    "set",
    "frozenset",
    "dict",
    "bool",
    "isinstance",
    "id",
    "iter",
    "map",
    "filter",
];

/// Methods that read the container given as their argument and keep no reference to it
/// (`", ".join(names)`, `other.extend(items)`, `items.index(x)`; an executor's or a pool's `map` hands
/// the function the items, not the list).
const READING_METHODS: [&str; 7] = ["join", "extend", "index", "count", "map", "imap", "imap_unordered"];

/// How deep a container is followed from function to function before it counts as written.
const FOLLOWED_CALLS_MAX: usize = 8;

/// Whether the module binds `name` to a list, dict or set (a display, a comprehension, or a call
/// that makes one), which a function given it may change through its own name.
fn holds_container(body: &[Stmt], name: &str) -> bool {
    let makes_container = crate::mutable_defaults::is_mutable_display;
    let binds = |target: &Expr| matches!(target, Expr::Name(bound) if bound.id.as_str() == name);
    body.iter().any(|stmt| match stmt {
        Stmt::Assign(assign) => assign.targets.iter().any(binds) && makes_container(&assign.value),
        Stmt::AnnAssign(assign) => binds(&assign.target) && assign.value.as_deref().is_some_and(makes_container),
        _ => false,
    })
}

/// Whether the container `name` holds is handed anywhere a write may reach it through another name:
/// an argument of a call other than a builtin that only reads it (a thread's `args=(values, 2)`, a
/// function of the file whose parameter writes `data[0] = m`), a name or attribute bound to it, an
/// item of a display, a returned value. Its items are then not known at import time (session 27:
/// `doubled = [x * 2 for x in values]` after such a thread was computed from the display).
fn escapes(module: &[Stmt], scope: &[Stmt], name: &str, depth: usize) -> bool {
    if depth > FOLLOWED_CALLS_MAX {
        return true;
    }
    struct Scan<'n> {
        module: &'n [Stmt],
        depth: usize,
        name: &'n str,
        /// Where the name is read in a way that hands it to nobody (by where each read starts).
        read_in_place: BTreeSet<TextSize>,
        escaped: bool,
    }
    impl Scan<'_> {
        fn keep(&mut self, expr: &Expr) {
            match expr {
                Expr::Name(read) if read.id.as_str() == self.name => {
                    self.read_in_place.insert(read.range.start());
                }
                Expr::Starred(starred) => self.keep(&starred.value),
                _ => {}
            }
        }

        /// The name given as the arguments `given` (in order, then by keyword) of the file's function
        /// `function`: kept where the parameter it binds is neither written nor handed on there.
        fn keep_given_to(&mut self, function: &Expr, given: &[Expr], keywords: &[ast::Keyword]) {
            let Expr::Name(function) = function else { return };
            let Some(definition) = function_named(self.module, function.id.as_str()) else { return };
            let positional = definition.parameters.posonlyargs.iter().chain(&definition.parameters.args);
            let by_position = given.iter().zip(positional.map(|parameter| parameter.parameter.name.as_str()));
            let by_keyword = keywords
                .iter()
                .filter_map(|keyword| keyword.arg.as_ref().map(|parameter| (&keyword.value, parameter.as_str())));
            for (argument, parameter) in by_position.chain(by_keyword).collect::<Vec<_>>() {
                if matches!(argument, Expr::Name(read) if read.id.as_str() == self.name)
                    && !written_in_place(&definition.body, parameter)
                    && !escapes(self.module, &definition.body, parameter, self.depth + 1)
                {
                    self.keep(argument);
                }
            }
        }

        /// A call that hands the name to a function of the file: `f(values)`, `Thread(target=f,
        /// args=(values, 2))`, `executor.submit(f, values)`.
        fn keep_call_arguments(&mut self, call: &ast::ExprCall) {
            let keyword = |wanted: &str| {
                call.arguments
                    .keywords
                    .iter()
                    .find(|keyword| keyword.arg.as_ref().is_some_and(|arg| arg.as_str() == wanted))
            };
            let called = match &*call.func {
                Expr::Name(function) => Some(function.id.as_str()),
                Expr::Attribute(method) => Some(method.attr.as_str()),
                _ => None,
            };
            match called {
                Some("Thread") => {
                    let Some(target) = keyword("target") else { return };
                    let given = match keyword("args").map(|args| &args.value) {
                        Some(Expr::Tuple(tuple)) => &tuple.elts[..],
                        Some(Expr::List(list)) => &list.elts[..],
                        _ => &[],
                    };
                    self.keep_given_to(&target.value, given, &[]);
                }
                Some("submit") => {
                    if let [function, given @ ..] = &call.arguments.args[..] {
                        self.keep_given_to(function, given, &call.arguments.keywords);
                    }
                }
                _ => self.keep_given_to(&call.func, &call.arguments.args, &call.arguments.keywords),
            }
        }
    }
    impl<'a> Visitor<'a> for Scan<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::For(each) => self.keep(&each.iter),
                Stmt::If(branch) => self.keep(&branch.test),
                Stmt::While(each) => self.keep(&each.test),
                _ => {}
            }
            walk_stmt(self, stmt);
        }
        fn visit_comprehension(&mut self, comprehension: &'a ast::Comprehension) {
            self.keep(&comprehension.iter);
            ruff_python_ast::visitor::walk_comprehension(self, comprehension);
        }
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::Subscript(subscript) => self.keep(&subscript.value),
                Expr::Attribute(attribute) => self.keep(&attribute.value),
                Expr::Compare(compare) => {
                    self.keep(&compare.left);
                    compare.comparators.iter().for_each(|operand| self.keep(operand));
                }
                Expr::BinOp(operation) => {
                    self.keep(&operation.left);
                    self.keep(&operation.right);
                }
                Expr::UnaryOp(operation) => self.keep(&operation.operand),
                Expr::FString(fstring) => {
                    for element in fstring.value.elements() {
                        if let ast::InterpolatedStringElement::Interpolation(value) = element {
                            self.keep(&value.expression);
                        }
                    }
                }
                Expr::Call(call) => {
                    let reads = match &*call.func {
                        Expr::Name(function) => READING_BUILTINS.contains(&function.id.as_str()),
                        Expr::Attribute(method) => READING_METHODS.contains(&method.attr.as_str()),
                        _ => false,
                    };
                    if reads {
                        call.arguments.args.iter().for_each(|argument| self.keep(argument));
                    } else {
                        self.keep_call_arguments(call);
                    }
                }
                Expr::Name(read)
                    if read.id.as_str() == self.name
                        && read.ctx == ast::ExprContext::Load
                        && !self.read_in_place.contains(&read.range().start()) =>
                {
                    self.escaped = true;
                }
                _ => {}
            }
            walk_expr(self, expr);
        }
    }
    let mut scan = Scan { module, depth, name, read_in_place: BTreeSet::new(), escaped: false };
    scope.iter().for_each(|stmt| scan.visit_stmt(stmt));
    scan.escaped
}

/// The module-level `def` of that name (the last one, as Python binds it), if there is one.
fn function_named<'m>(module: &'m [Stmt], name: &str) -> Option<&'m ast::StmtFunctionDef> {
    module.iter().rev().find_map(|stmt| match stmt {
        Stmt::FunctionDef(function) if function.name.as_str() == name => Some(function),
        _ => None,
    })
}
