import threading
import time
from concurrent.futures import ThreadPoolExecutor

state = threading.local()
opened = 0
lock = threading.Lock()


def query(n: int) -> None:
    global opened
    try:
        state.session += 1
    except AttributeError:
        state.session = 1
        with lock:
            opened += 1


with ThreadPoolExecutor(max_workers=3) as pool:
    for n in range(3):
        pool.submit(query, n)
        time.sleep(0.01)
print(opened)
