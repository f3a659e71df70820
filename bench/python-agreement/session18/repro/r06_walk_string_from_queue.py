# Silent error (weft-start 81fd411): a thread loops over the characters of a string it took from a queue
# (text processing in a worker). weft explore: complete, only a fault (TypeError from `size(w)` in the
# loop's step); CPython: ok, x=3. Same for a string taken from a module list (`w = WORDS[i]`) in a thread,
# a coroutine or an executor job (r04); a string parameter known at import time is refused instead.
import queue
import threading

q = queue.Queue()
x = 0


def worker():
    global x
    w = q.get()
    n = 0
    for ch in w:
        n += 1
    x = n


t = threading.Thread(target=worker)
t.start()
q.put("cde")
t.join()
