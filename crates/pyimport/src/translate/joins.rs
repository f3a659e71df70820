//! `sep.join(...)` of a generator or a list comprehension, and of a list of results (docs/python.md,
//! "Joins over generators"): `"".join(name[0] for name in names)` where `names = list(pool.map(...))`,
//! `", ".join(str(n) for n in range(3))`, `",".join(names)`, `"-".join([str(n), "x"])` of a display with
//! items known only at run time.
//!
//! The format's `join` takes a tuple of strings (text.rs), so the items are written out as one: a
//! comprehension with one `for` over items whose number is known at import time (items known then, or a
//! list of results: a local array nobody else writes) is its elements, one per item, each computed with
//! the comprehension's variable bound to the item, in one expression. Reading a list of results item by
//! item or all at once is the same (nothing else writes it), so the one step loses no interleaving; an
//! element that reads shared state is refused, since CPython may switch threads between two items. Tests
//! (`if`) known at import time filter the items there; one known only at run time, and a comprehension
//! over a list whose length is known only at run time, are left to the refusals of `join`.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail};
use crate::expr::{Ex, MAX_TUPLE_LENGTH};
use crate::value::Value;

impl Translator<'_> {
    /// The scenario's tuple of the items `argument` gives `join`, and whether it reads shared memory;
    /// `None` when it is none of this module's forms.
    pub(crate) fn joined_items(
        &self,
        frame: &Frame,
        argument: &Expr,
        use_known: bool,
    ) -> Result<Option<(String, bool)>> {
        let (element, generator) = match argument {
            Expr::Generator(generator) => (&*generator.elt, &generator.generators),
            Expr::ListComp(comprehension) => (&*comprehension.elt, &comprehension.generators),
            // A display with an item known only at run time (`"-".join([str(n), "x"])`): its items. The
            // list object such a display makes elsewhere is no tuple, which the format's `join` takes
            // (session20/repro/r08: every run faulted there, where CPython joins).
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })
                if !matches!(self.expr(frame, argument, use_known), Ok(Ex::Static(_)))
                    && !elts.iter().any(|item| matches!(item, Expr::Starred(_))) =>
            {
                let mut reads = false;
                let mut texts = Vec::with_capacity(elts.len());
                for item in elts {
                    let (text, _, _, item_reads) = self.to_code(self.expr(frame, item, use_known)?, item)?;
                    reads |= item_reads;
                    texts.push(text);
                }
                return Ok(Some((tuple_text(texts, argument)?, reads)));
            }
            _ => {
                // A list of results whole (`",".join(names)`): its items in order.
                let Ok(Ex::Static(Value::LocalArray(results, length))) = self.expr(frame, argument, use_known) else {
                    return Ok(None);
                };
                let items = (0..length).map(|position| format!("{results}[{position}]")).collect();
                return Ok(Some((tuple_text(items, argument)?, false)));
            }
        };
        let [generator] = &generator[..] else { return Ok(None) };
        if generator.is_async {
            return Ok(None);
        }
        let items = match self.expr(frame, &generator.iter, use_known) {
            Ok(Ex::Static(Value::LocalArray(results, length))) if matches!(generator.target, Expr::Name(_)) => {
                if !generator.ifs.is_empty() {
                    return Ok(None);
                }
                (0..length).map(|position| Value::Local(format!("{results}[{position}]"))).collect()
            }
            _ => match self.static_iteration(frame, &generator.iter) {
                // A test known only at run time: left to `join`'s own refusal.
                Ok(items) => match self.kept_items(frame, argument.range(), generator, items) {
                    Ok(kept) => kept,
                    Err(_) => return Ok(None),
                },
                Err(_) => return Ok(None),
            },
        };
        let mut scratch = frame.clone();
        let mut reads = false;
        let texts = super::for_each_comprehension_item(&mut scratch, generator, items, |frame| {
            let ex = self.expr(frame, element, use_known)?;
            let (text, _, _, item_reads) = self.to_code(ex, element)?;
            reads |= item_reads;
            Ok(Value::Str(text))
        })?;
        if reads {
            // CPython runs the generator's code item by item and may switch threads between two items;
            // one expression would read every item at once, losing those interleavings.
            return fail(
                element,
                "`join` of a generator whose items read shared state is not imported (CPython may switch threads between two items); build the list in a loop first",
            );
        }
        let texts = texts.into_iter().filter_map(|text| if let Value::Str(text) = text { Some(text) } else { None });
        Ok(Some((tuple_text(texts.collect(), argument)?, false)))
    }
}

/// The format's tuple of `items`' texts (`(a,)` for one).
fn tuple_text(items: Vec<String>, at: &Expr) -> Result<String> {
    match items.len() {
        0 => fail(
            at,
            "`join` of no items: weft writes the items of a joined sequence out as a tuple, which has one at least",
        ),
        1 => Ok(format!("({},)", items[0])),
        count if count <= MAX_TUPLE_LENGTH => Ok(format!("({})", items.join(", "))),
        count => fail(
            at,
            format!(
                "`join` of {count} items: weft writes the items of a joined sequence out as a tuple of at most {MAX_TUPLE_LENGTH}"
            ),
        ),
    }
}
