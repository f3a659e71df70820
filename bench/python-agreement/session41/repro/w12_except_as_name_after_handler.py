# Wrong words: the name of `except ZeroDivisionError as price:` read after the handler is refused with
# "`price` is not defined (weft reads the program as it stands, top to bottom)". It is bound above, by the
# except clause; Python deletes it at the handler's end, so the read raises UnboundLocalError (CPython: fault
# in the thread, out=[]). The words could say that. Command:
#   /work/notes/s41/weft-start import w12_except_as_name_after_handler.py  (checks/ub14)
import threading

lock = threading.Lock()
stock = {"tea": 0}
orders = [1, 2]
out = []


def sell():
    try:
        n = 10 // stock["tea"]
    except ZeroDivisionError as price:
        pass
    out.append(price)


t = threading.Thread(target=sell)
t.start()
t.join()
print(out)
