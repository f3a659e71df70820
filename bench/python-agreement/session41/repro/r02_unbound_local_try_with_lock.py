# SILENT ERROR. A local bound on a line that raises inside `with lock:` inside `try:`, read after the handler.
# CPython: ZeroDivisionError is caught, then `out.append(price)` raises UnboundLocalError (status fault, 10/10).
# weft gives: "complete: these are all the outcomes", 1 outcome `ok out=[0]`: it reads 0 for the unbound local.
# Without the `with lock:` (session 40's r04 form, checks/nm09b) weft now refuses with the right words ("`price`
# is bound on some paths to here and not on others"); with the `with` block in between it does not. Same with
# `async with lock:` in a coroutine (r02b).
# Command: /work/notes/s41/weft-start explore r02_unbound_local_try_with_lock.py
# Found by checks/nm09_unbound_in_with_raise.py.
import threading

lock = threading.Lock()
stock = {"tea": 0}
out = []


def sell():
    try:
        with lock:
            price = 10 // stock["tea"]
    except ZeroDivisionError:
        pass
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
