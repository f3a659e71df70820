# Silent error (weft-start 81fd411): `"%(name)s" % {...}` formatting of a string known at run time.
# weft explore: complete, only a fault "`%(name)s` formatting (it takes a dict) is Python's, not weft's yet";
# CPython: ok, x='ann'. A feature weft lacks shows up as a fault every run, not a refusal at import.
import threading

s = None
x = 0


def setter():
    global s
    s = "ann"


def worker():
    global x
    x = "%(n)s" % {"n": s}


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
