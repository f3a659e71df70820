# check: a module imported after the thread starts; the thread uses it before the import runs (NameError)
import threading

out = []


def worker():
    out.append(math.isqrt(17))


t = threading.Thread(target=worker)
t.start()
import math

t.join()
print(out)
