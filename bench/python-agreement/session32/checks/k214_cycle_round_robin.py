# Round-robin over workers with itertools.cycle.
import itertools
import threading

loads = {"a": 0, "b": 0}
rr = itertools.cycle(["a", "b"])


def dispatch(n):
    for _ in range(n):
        w = next(rr)
        loads[w] += 1


t = threading.Thread(target=dispatch, args=(3,))
t.start()
t.join()
a = loads["a"]
b = loads["b"]
print(a, b)
