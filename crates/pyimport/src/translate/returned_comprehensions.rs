//! `return [(w, counts[w]) for w in counts]` at the end of a pool job's function (session 33,
//! session32/variants/f04_v2 and m01_v2). The comprehension's list is the job's result; before, the
//! list was made as a shared list of a name weft chose (`filtered`), and its `return` refused as
//! "returning the shared `filtered` whole", a name the program does not have.
//!
//! The `return` is translated as `$returned = [...]` then `return $returned`: the comprehension's loop
//! into a list bound to a local of the call's own (translate.rs, `assign_name`, which notes it as an
//! object the function made: run_memory.rs), which the job's `return` gives as its result, each run its
//! own, as Python's comprehension makes a new list at every call. Only for a comprehension whose loop
//! runs at run time (over items known only then, or with a test known only then), at the end of a
//! job's function, as `return counts` is taken (run_memory.rs, `returned_own_object`).
//!
//! `return list(counts.items())` of a dict the job made (session32/variants/f04_v1, m01_v1) is the
//! comprehension `[($key, counts[$key]) for $key in counts]`: CPython's `list(d.items())` copies the
//! pairs in one C call, the loop one pair a step, which no other task can tell apart since no other
//! task names the job's own dict (run_memory.rs refuses one handed on).

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator};
use crate::out::Step;

/// The local that holds the returned list (`$` is in no Python name).
const RETURNED: &str = "$returned";

impl Translator<'_> {
    /// The `return` of a name bound to the comprehension `ret` returns, after the steps that bind it;
    /// `None` for any other `return`.
    pub(super) fn returned_comprehension(
        &mut self,
        frame: &mut Frame,
        ret: &ast::StmtReturn,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<Option<ast::StmtReturn>> {
        let Some(value) = ret.value.as_deref() else { return Ok(None) };
        // `return list(counts.items())`: the comprehension of its pairs (see `items_comprehension`).
        let pairs = items_comprehension(value);
        let Some(value @ Expr::ListComp(comprehension)) = pairs.as_ref().or(Some(value)) else { return Ok(None) };
        let at_job_end = frame.top && frame.gives_result && self.scenario.tasks[frame.task].kind != Some("process");
        let at_run_time =
            self.over_run_time_items(frame, comprehension) || self.filter_known_only_at_run_time(frame, comprehension);
        if !at_job_end || !at_run_time || frame.locals.contains_key(RETURNED) {
            return Ok(None);
        }
        let held = |ctx| crate::syntax::name(RETURNED, value.range(), ctx);
        self.assign_name(frame, RETURNED, &held(ast::ExprContext::Store), value, out, line)?;
        Ok(Some(ast::StmtReturn { value: Some(Box::new(held(ast::ExprContext::Load))), ..ret.clone() }))
    }
}

/// `[($key, d[$key]) for $key in d]` for `list(d.items())` of a name `d`; `None` for any other value.
fn items_comprehension(value: &Expr) -> Option<Expr> {
    let Expr::Call(call) = value else { return None };
    let (Expr::Name(builtin), [Expr::Call(items)]) = (&*call.func, &call.arguments.args[..]) else { return None };
    let Expr::Attribute(method) = &*items.func else { return None };
    let Expr::Name(dict) = &*method.value else { return None };
    if builtin.id.as_str() != "list"
        || !call.arguments.keywords.is_empty()
        || method.attr.as_str() != "items"
        || !items.arguments.args.is_empty()
        || !items.arguments.keywords.is_empty()
    {
        return None;
    }
    let range = value.range();
    let load = |id: &str| crate::syntax::name(id, range, ast::ExprContext::Load);
    let key = "$key";
    let pair = Expr::Tuple(ast::ExprTuple {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        elts: vec![
            load(key),
            Expr::Subscript(ast::ExprSubscript {
                node_index: ast::AtomicNodeIndex::default(),
                range,
                value: Box::new(load(dict.id.as_str())),
                slice: Box::new(load(key)),
                ctx: ast::ExprContext::Load,
            }),
        ],
        ctx: ast::ExprContext::Load,
        parenthesized: true,
    });
    Some(Expr::ListComp(ast::ExprListComp {
        node_index: ast::AtomicNodeIndex::default(),
        range,
        elt: Box::new(pair),
        generators: vec![ast::Comprehension {
            node_index: ast::AtomicNodeIndex::default(),
            range,
            target: crate::syntax::name(key, range, ast::ExprContext::Store),
            iter: load(dict.id.as_str()),
            ifs: Vec::new(),
            is_async: false,
        }],
    }))
}
