# SILENT ERROR (weft ok where CPython fails). Construct: a function's local bound only in an `if` branch
# (`if stock["tea"] > 0: price = 3`) and read after the `if` on the path that did not bind it. CPython raises
# UnboundLocalError there; weft reads 0. Here the branch depends on a race (restock vs sell), the classic
# check-then-act shape.
#   CPython 3.11.7: sell() raises UnboundLocalError when it runs before restock (status fault, out=[]),
#                   out=[3] when restock runs first
#   weft explore:   ok out=[0] and ok out=[3]   -- "complete": the fault is missing, out=[0] is not a Python outcome
# Same construct, same wrong 0: a local bound only inside a `for` body over an empty list, inside a `while`
# body that never runs, or in a `try:` body whose first line raised (`value = int("x")` caught by
# `except ValueError: pass`, then `out.append(value)`) -- see r04. The asyncio form (a coroutine `sell` in
# `gather(restock(), sell(), return_exceptions=True)`) is wrong the same way: CPython ok out=[], weft ok out=[0].
# Commands: weft explore bench/python-agreement/session40/repro/r03_local_bound_in_one_branch.py
import threading

out = []
stock = {"tea": 0}


def restock():
    stock["tea"] = 5


def sell():
    if stock["tea"] > 0:
        price = 3
    out.append(price)


b = threading.Thread(target=sell)
a = threading.Thread(target=restock)
b.start()
a.start()
a.join()
b.join()
print(f"out={out}")
