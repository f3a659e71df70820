# check: a threading.Lock cannot be pickled: passing one to a ProcessPoolExecutor job fails
import threading
from concurrent.futures import ProcessPoolExecutor

lock = threading.Lock()


def guarded(lock, n):
    with lock:
        return n * 2


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        value = pool.submit(guarded, lock, 21).result()
    print(value)
