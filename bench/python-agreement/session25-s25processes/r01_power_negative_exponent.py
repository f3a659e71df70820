"""A negative exponent known at import time beside a run-time base: a float in Python; refused."""
import threading

out = []


def worker(base):
    out.append(base ** -2)


t = threading.Thread(target=worker, args=(4,))
t.start()
t.join()
print(out)
