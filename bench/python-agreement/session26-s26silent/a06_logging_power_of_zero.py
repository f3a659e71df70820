# logging.info's arguments hold `base ** e` with a negative e taken at run time: 0 ** -1 raises
# ZeroDivisionError. Refused where weft cannot compute the power (a float).
import logging
import queue
import threading

exponents = queue.Queue()
seen = []


def worker(base):
    e = exponents.get()
    logging.info("power %s", base ** e)
    seen.append(e)


exponents.put(-1)
t = threading.Thread(target=worker, args=(0,))
t.start()
t.join()
print(seen)
