# CPython 3.11.7, 10 runs: ok vals[0]=0 vals[1]=7 vals[2]=0 (10 of 10). weft explore (s19silent): 1 outcome(s), complete; CPython's among them (not predicted: 0).
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
