# check: a multiprocessing.Lock cannot be passed to Pool jobs as an argument (RuntimeError: Lock
# objects should only be shared between processes through inheritance)
from multiprocessing import Lock, Pool


def guarded(args):
    lock, n = args
    with lock:
        return n * 2


if __name__ == "__main__":
    lock = Lock()
    with Pool(processes=2) as pool:
        doubled = pool.map(guarded, [(lock, 1), (lock, 2)])
    total = sum(doubled)
    print(total)
