# Silent error (weft-start 81fd411), documented as a run-time fault (docs/python.md, objects made at run time:
# "len, truth and == of an object fault at run time saying so"): len() of a record dict taken from a queue.
# weft explore: complete, only a fault "len() of an object inside an expression ... is Python's, not weft's
# yet"; CPython: ok, x=2. A claim of completeness over outcomes that are all weft's own limitation.
import queue
import threading

q = queue.Queue()
x = 0


def producer():
    q.put({"id": 1, "name": "ann"})


def consumer():
    global x
    job = q.get()
    x = len(job)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
