# CPython: the first child's ZeroDivisionError ends that child only (exitcode 1, a traceback on stderr); the
# parent goes on, the second child writes 25: harness.py ok final=25 (10/10).
# weft explore: "complete", one outcome: fault final=0 result=-1 (the run stops at the child's fault).
from multiprocessing import Process, Value


def divide(result, d):
    result.value = 100 // d


if __name__ == "__main__":
    result = Value("i", -1)
    bad = Process(target=divide, args=(result, 0))
    bad.start()
    bad.join()
    good = Process(target=divide, args=(result, 4))
    good.start()
    good.join()
    final = result.value
