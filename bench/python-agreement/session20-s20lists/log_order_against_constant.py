# BUG: the report assumes the workers append in the order they were started; `log == EXPECTED` (a
# module list nobody writes) compares a list filled at run time with a constant list, in one step.
import threading

EXPECTED = ["w0", "w1", "w2"]
log = []
lock = threading.Lock()


def worker(name):
    with lock:
        log.append(name)


threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
in_order = log == EXPECTED
out_of_order = log != EXPECTED
