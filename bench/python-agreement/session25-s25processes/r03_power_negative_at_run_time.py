"""A negative exponent known only at run time: Python's float; weft's run ends with its limit (no outcome)."""
import threading

out = []


def worker(base, exponent):
    out.append(base ** exponent)


t = threading.Thread(target=worker, args=(2, -1))
t.start()
t.join()
print(out)
