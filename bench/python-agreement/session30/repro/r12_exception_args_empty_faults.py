# CPython 3.11: total=2 (every run). weft-start: imports, then every run faults at weft's documented limit (`e.args` of an
# exception raised without arguments: "weft has no empty tuple"), its only outcome.
import threading

arg_counts = []


def call(n):
    try:
        if n == 1:
            raise RuntimeError()
        raise RuntimeError("x", n)
    except RuntimeError as e:
        arg_counts.append(len(e.args))


threads = [threading.Thread(target=call, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(arg_counts)
print(total)
