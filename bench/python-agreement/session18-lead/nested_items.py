# A module dict of lists and dicts read with two and three subscripts in a thread. CPython 3.11.7 (10
# runs): ok, out=2 deep=7 g=3 delay_ms=2. weft before session 18 faulted in every schedule ("TypeError:
# 'int' object is not subscriptable") while it called its search complete: the outer subscript took the
# inner list's handle for a string or tuple.
import threading
import time

CONF = {1: [1, 2], 2: {"x": {"y": 7}}}
GRID = {"a": [[1, 2], [3, 4]]}
DELAYS = {"fast": [1, 2]}
out = 0
deep = 0
g = 0
delay_ms = 0


def worker():
    global out, deep, g, delay_ms
    out = CONF[1][1]
    deep = CONF[2]["x"]["y"]
    g = GRID["a"][1][0]
    delay_ms = DELAYS["fast"][1]
    time.sleep(DELAYS["fast"][0] / 1000)


t = threading.Thread(target=worker)
t.start()
t.join()
assert (out, deep, g, delay_ms) == (2, 7, 3, 2)
