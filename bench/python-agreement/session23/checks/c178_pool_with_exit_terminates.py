# check: leaving `with Pool()` calls terminate(): a job still running is killed and its write never happens
from multiprocessing import Pool, Value
import time

flag = None


def slow(v):
    time.sleep(0.2)
    v.value = 1


def init(v):
    global shared
    shared = v


def slow_global():
    time.sleep(0.2)
    shared.value = 1


if __name__ == "__main__":
    v = Value("i", 0)
    with Pool(1, initializer=init, initargs=(v,)) as pool:
        pool.apply_async(slow_global)
        time.sleep(0.01)
    time.sleep(0.3)
    flag = v.value
