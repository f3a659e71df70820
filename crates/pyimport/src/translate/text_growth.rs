//! A string that grows while the program runs, by the ways text_work.rs does not see: `s = s * 2` of a
//! string known only at run time (the import cannot tell it from integer arithmetic where it stands),
//! `s = s.replace("a", "bb")`, `s += piece` in a loop of fewer than 10,000 passes. Its methods then walk
//! a string of a length weft does not know (up to the run's 4,096 bytes a string, 8 us a method), which a
//! loop of them makes work a time-out can see (session22/repro/r03's form). Where a name the file grows
//! so is also the receiver of a method that walks a string (`s.upper()`, `s.count("a")`), the program is
//! work weft cannot time, as text_work.rs's strings of unknown length: no time window, and a wait with a
//! time-out of the program's own may give up at any step. An integer has none of these methods, so
//! `n = n * 2` of a counter is not taken (a list's `count` and `index` walk it as well: taken too).

use std::collections::{BTreeMap, BTreeSet};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextSize};

/// The methods that walk their receiver, as `str`'s do (`count` and `index` also a list's).
const WALKING_METHODS: [&str; 24] = [
    "upper",
    "lower",
    "casefold",
    "swapcase",
    "title",
    "capitalize",
    "count",
    "index",
    "find",
    "rfind",
    "rindex",
    "replace",
    "split",
    "rsplit",
    "splitlines",
    "partition",
    "rpartition",
    "strip",
    "lstrip",
    "rstrip",
    "startswith",
    "endswith",
    "encode",
    "translate",
];

/// Where the file first grows a name that it also walks with a string's method (the offset of the
/// growth), if it does.
pub(super) fn first_walked_growth(body: &[Stmt]) -> Option<TextSize> {
    let mut walk = Growth::default();
    for stmt in body {
        walk.visit_stmt(stmt);
    }
    walk.grown.iter().filter(|(name, _)| walk.walked.contains(*name)).map(|(_, &offset)| offset).min()
}

#[derive(Default)]
struct Growth {
    /// Each name grown, with the offset of its first growth.
    grown: BTreeMap<String, TextSize>,
    /// Each name a walking method is called on.
    walked: BTreeSet<String>,
    /// How many loops enclose the statement being visited.
    loop_depth: usize,
}

impl Growth {
    fn note_growth(&mut self, name: &str, at: TextSize) {
        let first = self.grown.entry(name.to_string()).or_insert(at);
        *first = (*first).min(at);
    }

    /// `name = value` where `value` grows `name`: `name * k`, `k * name` by a count known only at run
    /// time or in a loop, `name + e` / `e + name` in a loop, `name.replace(...)`.
    fn assignment_grows(&self, name: &str, value: &Expr) -> bool {
        let is_name = |expr: &Expr| matches!(expr, Expr::Name(n) if n.id.as_str() == name);
        match value {
            Expr::BinOp(binary) if is_name(&binary.left) || is_name(&binary.right) => match binary.op {
                ast::Operator::Mult => {
                    let other = if is_name(&binary.left) { &binary.right } else { &binary.left };
                    self.loop_depth > 0 || !matches!(&**other, Expr::NumberLiteral(_))
                }
                ast::Operator::Add => self.loop_depth > 0,
                _ => false,
            },
            Expr::Call(call) => matches!(&*call.func, Expr::Attribute(attribute)
                if attribute.attr.as_str() == "replace" && is_name(&attribute.value)),
            _ => false,
        }
    }

    /// `name *= k` (by a count known only at run time or in a loop) or `name += e` in a loop.
    fn augmented_grows(&self, assign: &ast::StmtAugAssign) -> bool {
        match assign.op {
            ast::Operator::Mult => self.loop_depth > 0 || !matches!(&*assign.value, Expr::NumberLiteral(_)),
            ast::Operator::Add => self.loop_depth > 0,
            _ => false,
        }
    }
}

impl<'a> Visitor<'a> for Growth {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    if let Expr::Name(name) = target
                        && self.assignment_grows(name.id.as_str(), &assign.value)
                    {
                        self.note_growth(name.id.as_str(), assign.start());
                    }
                }
            }
            Stmt::AugAssign(assign) => {
                if let Expr::Name(name) = &*assign.target
                    && self.augmented_grows(assign)
                {
                    self.note_growth(name.id.as_str(), assign.start());
                }
            }
            _ => {}
        }
        // A loop's body runs many times: a growth there repeats. A function's body is not taken so: a
        // string a function grows by one piece per call (`text = text + "!"`) keeps its window.
        let repeats = matches!(stmt, Stmt::For(_) | Stmt::While(_));
        self.loop_depth += usize::from(repeats);
        walk_stmt(self, stmt);
        self.loop_depth -= usize::from(repeats);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr
            && let Expr::Attribute(attribute) = &*call.func
            && let Expr::Name(receiver) = &*attribute.value
            && WALKING_METHODS.contains(&attribute.attr.as_str())
        {
            self.walked.insert(receiver.id.to_string());
        }
        walk_expr(self, expr);
    }
}
