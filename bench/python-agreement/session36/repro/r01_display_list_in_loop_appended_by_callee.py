"""Silent error: a `for` over a display of list displays hands each list to a function that appends to
it; the loop's own `len(items)` after the call does not see the append.

CPython 3.11 (every run): sizes = [3, 2]
weft (start binary of session 36): "complete", one outcome, sizes = [2, 1]

The same in a thread's function over a list display (`for items in [[1, 2], [3]]`), in a coroutine
awaiting an `async def` that appends, with the list handed to a thread that appends (started and joined
in the loop), and over a dict display walked in a function (session 35's local display views,
translate/local_display_views.rs: checks/c38b, c39 with a second walk after threads appended, CPython
[3, 2], weft [2, 1]; c47: the callee returns `len(items)` after its append, 3, where the caller's
`len(keys)` then reads 2). A plain local list (`items = [1, 2]`, `grow(items)`) agrees, and so does
`items.append(0)` written in the loop's own body. Of the callee's mutations only `.append` slips
through: `pop()`, `clear()`, `extend`, `insert`, `+=`, an item store and `del` of the parameter are
each refused at the callee's line. The walk hands each list on as a list known at import time ("the
object itself since nothing else can reach it", local_display_views.rs); a callee reaches it through its
parameter, and its append goes to a list of the callee's own.
"""
sizes = []


def grow(items):
    items.append(0)


for items in ([1, 2], [3]):
    grow(items)
    sizes.append(len(items))
print(sizes)
