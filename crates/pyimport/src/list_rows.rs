//! A list of objects known at import time indexed by a position known only when the program runs:
//! the rows of a list of lists (`grid[r][c] += 1` of a helper's parameter, `grid[(r + dr) % ROWS][c]`,
//! session32/t06), a list of instances or of locks (`with locks[i]:`). The import follows each item
//! by its name (`grid`, `grid_2`, ...), so the translator refuses the lookup, naming how many items
//! the list has; the code is then written out as an `if` per position, as object_keys.rs does for a
//! dict of objects, each branch the code with the position written out:
//!
//! ```python
//! count += grid[(r + dr) % ROWS][c]     # lookup_key = (r + dr) % ROWS
//!                                       # if lookup_key == 0 or lookup_key == -4:
//!                                       #     count += grid[0][c]
//!                                       # elif ...
//!                                       # else:
//!                                       #     raise IndexError("list index out of range")
//! ```
//!
//! Python's index picks the item at that position, a negative one counting from the end, or raises
//! IndexError; the tests pick the same item, or raise. The list is the one the program made at import
//! time, never changed as it runs (the translator follows no other), so reading it is no step. The
//! position is computed once, where Python computes it: a local name as it is, any other position
//! (read from locals and constants only: the translator refuses one that reads shared memory) into a
//! local of its own just before the statement, where the statement calls nothing before it (so nothing
//! the statement evaluated before the position could see a difference): `return queues[own].pop()`
//! calls `pop` only after the item is taken (session34/t05), as `f(items[i])` calls `f`. At most eight
//! items.

use ruff_python_ast::Expr;
use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_text_size::{Ranged, TextRange};

/// The translator's refusal of an item of a list of objects by a position known only at run time,
/// kept where the rewrite does not apply.
pub const REFUSAL: &str = "a list of objects known at import time (rows of a list of lists, instances, locks) is indexed here by a position known only when the program runs, in a form weft does not write out: weft takes `x = items[i]` inside a function where `x` is read only by the statements after it in its block, or `items[i]` in a statement of a function whose position reads only locals and constants and that calls nothing, with at most eight items";

/// Whether a statement whose expressions are `exprs` calls, awaits or yields (an evaluation that could
/// have effects) before it evaluates the lookup at `lookup`. Python evaluates them left to right, so a
/// call that ends before the lookup starts comes first, and one around it (`queues[own].pop()`,
/// `f(items[i])`) after; an assignment's value (`evaluated_first`) comes before its targets.
pub fn calls_before(exprs: &[&Expr], evaluated_first: Option<&Expr>, lookup: TextRange) -> bool {
    struct Calls {
        lookup: TextRange,
        before: bool,
    }
    impl<'a> Visitor<'a> for Calls {
        fn visit_expr(&mut self, expr: &'a Expr) {
            let effect = matches!(
                expr,
                Expr::Call(_) | Expr::Await(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Named(_) | Expr::Lambda(_)
            );
            if effect && expr.end() <= self.lookup.start() {
                self.before = true;
                return;
            }
            walk_expr(self, expr);
        }
    }
    // A value assigned to a target holding the lookup is evaluated whole before it.
    if let Some(value) = evaluated_first
        && !value.range().contains_range(lookup)
    {
        let mut calls = Calls { lookup: TextRange::new(value.end(), value.end()), before: false };
        calls.visit_expr(value);
        if calls.before {
            return true;
        }
    }
    let mut calls = Calls { lookup, before: false };
    for expr in exprs {
        calls.visit_expr(expr);
    }
    calls.before
}
