//! A call made for its exception, as a statement inside a function (`try: int(row) except ValueError:
//! rejected += 1`, the "validate by its ValueError" idiom), as `unused_value = int(row)` with a name the
//! module does not use: the value form is modelled with CPython's exception where the value raises
//! (and refuses what weft cannot read as CPython does), so the statement raises exactly where
//! CPython's does. Session 32 took `int(...)`; session 33 the other builtins whose value weft computes
//! with CPython's raises: `float(text)` (ValueError of a text that is no number), `divmod(a, 0)`,
//! `chr(-1)`, `ord("ab")`, `len(5)`, `min([])`, `max([])`, `abs("x")`, `sorted([1, "a"])`,
//! `max(items, key=weigh)` (the key, a function of the file, called per item in CPython's order), and
//! `xs.index(c)`/`s.rindex(c)` of a list or a text (ValueError where the item is missing), including
//! `str.index(s, c)`. Left as written, such a statement is refused
//! (translate/unmodelled_call_statements.rs). At the module's own level it stays refused, where the
//! fresh name would be a global of the scenario, and a callee the program binds itself is left alone.

use std::collections::BTreeSet;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::syntax::{BlockRewrite, fresh_name, module_names, name, name_counts, rewrite_inner_blocks};

/// Builtins whose value the import computes (or the run computes) raising as CPython does.
const VALUE_BUILTINS: [&str; 10] = ["int", "float", "divmod", "chr", "ord", "len", "min", "max", "abs", "sorted"];

/// Methods of a list or a text that raise ValueError where the item is missing.
const SEARCH_METHODS: [&str; 2] = ["index", "rindex"];

/// Rewrites every such call statement in the module's functions, in place.
pub fn rewrite_discarded_int_values(body: &mut ast::Suite) {
    let (_, bindings) = name_counts(body);
    let mut rewrite =
        DiscardedIntValues { taken: module_names(body), bindings: bindings.into_keys().collect(), in_function: false };
    for stmt in body.iter_mut() {
        rewrite.in_function = matches!(stmt, Stmt::FunctionDef(_));
        if matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            rewrite_inner_blocks(stmt, &mut rewrite);
        }
    }
}

struct DiscardedIntValues {
    taken: BTreeSet<String>,
    /// Every name the program binds (`int = ...`, `def index(...)`): such a callee is not the builtin.
    bindings: BTreeSet<String>,
    /// Whether the statements rewritten are a function's (a class's own are its attributes).
    in_function: bool,
}

impl DiscardedIntValues {
    /// Whether `call`'s value raises as CPython's where weft computes it: a builtin of `VALUE_BUILTINS`
    /// (`sorted` without `key=`, `min` and `max` with `key=` and `default=` only), or a search method of a name, a text or `str`.
    fn is_value_call(&self, call: &ast::ExprCall) -> bool {
        let builtin = |id: &str| !self.bindings.contains(id);
        match &*call.func {
            Expr::Name(callee) => {
                let id = callee.id.as_str();
                // `max(items, key=weigh)`: the walk CPython's `max` makes, calling the key per item
                // (translate/keyed_extremes.rs).
                let keywords_taken = call.arguments.keywords.iter().all(|keyword| {
                    matches!(id, "max" | "min")
                        && matches!(keyword.arg.as_ref().map(|arg| arg.as_str()), Some("key" | "default"))
                });
                VALUE_BUILTINS.contains(&id) && builtin(id) && keywords_taken
            }
            Expr::Attribute(method) => {
                let receiver_known = match &*method.value {
                    Expr::Name(receiver) => receiver.id.as_str() != "str" || builtin("str"),
                    Expr::StringLiteral(_) => true,
                    _ => false,
                };
                SEARCH_METHODS.contains(&method.attr.as_str())
                    && !self.bindings.contains(method.attr.as_str())
                    && receiver_known
                    && call.arguments.keywords.is_empty()
            }
            _ => false,
        }
    }
}

impl BlockRewrite for DiscardedIntValues {
    fn statement(&mut self, mut stmt: Stmt) -> Vec<Stmt> {
        let outer = self.in_function;
        match &stmt {
            Stmt::FunctionDef(_) => self.in_function = true,
            Stmt::ClassDef(_) => self.in_function = false,
            _ => {}
        }
        rewrite_inner_blocks(&mut stmt, self);
        self.in_function = outer;
        if !self.in_function {
            return vec![stmt];
        }
        let Stmt::Expr(statement) = &stmt else { return vec![stmt] };
        let Expr::Call(call) = &*statement.value else { return vec![stmt] };
        if !self.is_value_call(call) {
            return vec![stmt];
        }
        let range = stmt.range();
        let base = match &*call.func {
            Expr::Name(callee) if callee.id.as_str() == "int" => "unused_int",
            _ => "unused_value",
        };
        let unused = fresh_name(base, &mut self.taken);
        vec![Stmt::Assign(ast::StmtAssign {
            node_index: Default::default(),
            range,
            targets: vec![name(&unused, range, ast::ExprContext::Store)],
            value: statement.value.clone(),
        })]
    }
}
