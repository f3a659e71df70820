"""A float base beside a run-time exponent: C's pow in CPython; refused."""
import threading

out = []


def worker(exponent):
    out.append(1.5 ** exponent)


t = threading.Thread(target=worker, args=(3,))
t.start()
t.join()
print(out)
