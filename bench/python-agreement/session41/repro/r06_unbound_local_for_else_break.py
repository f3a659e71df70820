# SILENT ERROR. A local bound only in a for loop's `else:`; the loop breaks (the data decides), so the else is
# skipped. CPython: `out.append(price)` raises UnboundLocalError (status fault, 10/10). weft gives: "complete:
# these are all the outcomes", 1 outcome `ok out=[0]`. (The same with `while ... else:` is refused with the
# right words, checks/ub13.)
# Command: /work/notes/s41/weft-start explore r06_unbound_local_for_else_break.py
# Found by checks/ub10_for_else_break.py.
import threading

orders = [1, 2]
out = []


def sell():
    for o in orders:
        if o > 1:
            break
    else:
        price = 0
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
