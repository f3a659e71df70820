# INTERNAL ERROR (weft-start f99a086), same root as r06 with integers: `for i in range(2): q.put(i)` at module
# level, then `i = q.get()` twice and `vals[i] = 7`: "does not load: `i_2` is a shared variable; write it with
# `set`" (weft's own error). CPython: vals=[0, 7, 0].
import queue
q = queue.Queue()
vals = [0, 0, 0]
if __name__ == "__main__":
    for i in range(2):
        q.put(i)
    i = q.get()
    i = q.get()
    vals[i] = 7
