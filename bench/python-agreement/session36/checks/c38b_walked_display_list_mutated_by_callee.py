"""Silent error: a dict display in a function read only by walks (session 35's local display views) hands
its list to a function that appends to it; the walk's later `len(keys)` does not see the append.

CPython 3.11 (every run): [3]
weft (start binary of session 36): "complete", one outcome, sizes[0]=2

The same with the list passed to a thread (checks/c39: CPython [3, 2], weft [2, 1] "complete"), and with a
second walk of the display after the first (repro as checks/c39). Also a `for` over a tuple display of
list displays in a function (checks/c46: `for items in ([1, 2], [3]): grow(items); sizes.append(len(items))`,
CPython [3, 2], weft [2, 1] "complete"), and the callee's own `return len(items)` after its append reads 3
where the caller's `len(keys)` then reads 2 (checks/c47: CPython [3, 3], weft [3, 2]). A plain local list
(`keys = [1, 2]`, `grow(keys)`) agrees, and so does `keys.append(0)` written in the walk's own body.
Of the callee's mutations only `.append` slips through: `pop()`, `clear()`, `extend`, `insert`, `+=`, an
item store and `del` of the parameter are each refused at the callee's line.
Cause (translate/local_display_views.rs): the walk hands each list on "as a list known at import time,
which is the object itself since nothing else can reach it"; a callee reaches it through its parameter.
"""
sizes = []


def grow(keys):
    keys.append(0)


def main():
    plan = {0: [1, 2]}
    for keys in plan.values():
        grow(keys)
        sizes.append(len(keys))


main()
print(sizes)
