# BUG: the report assumes the workers append in the order they were started; `log == EXPECTED` (a
# module list nobody writes) compares a list filled at run time with a constant list, in one step.
# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): in_order=True out_of_order=False (10 of 10); weft explore: 6 outcomes, complete, the 5 orders out of order among them.
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
