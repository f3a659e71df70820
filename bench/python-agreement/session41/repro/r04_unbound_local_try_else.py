# SILENT ERROR. A local bound only in the `else:` of a try whose body raised, read after the statement.
# CPython: ZeroDivisionError is caught, the else is skipped, `out.append(price)` raises UnboundLocalError
# (status fault, 10/10). weft gives: "complete: these are all the outcomes", 1 outcome `ok out=[0]`.
# (A binding in an `if` or `for` inside the try is refused with the right words, checks/ub01, ub02.)
# Command: /work/notes/s41/weft-start explore r04_unbound_local_try_else.py
# Found by checks/ub05_try_else.py.
import threading

stock = {"tea": 0}
out = []


def sell():
    try:
        n = 10 // stock["tea"]
    except ZeroDivisionError:
        pass
    else:
        price = n
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
