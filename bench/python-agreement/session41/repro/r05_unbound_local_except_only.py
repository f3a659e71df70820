# SILENT ERROR. A local bound only in an `except` clause; the try body does not raise, so it is never bound.
# CPython: `out.append(price)` raises UnboundLocalError (status fault, 10/10). weft gives: "complete: these are
# all the outcomes", 1 outcome `ok out=[0]`.
# Command: /work/notes/s41/weft-start explore r05_unbound_local_except_only.py
# Found by checks/ub06_except_only.py.
import threading

stock = {"tea": 5}
out = []


def sell():
    try:
        n = 10 // stock["tea"]
    except ZeroDivisionError:
        price = 0
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
