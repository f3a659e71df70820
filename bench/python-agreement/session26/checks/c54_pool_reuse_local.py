import threading
import time
from concurrent.futures import ThreadPoolExecutor

state = threading.local()
connections_opened = 0
lock = threading.Lock()


def query(n: int) -> int:
    global connections_opened
    if not getattr(state, "connected", False):
        state.connected = True
        with lock:
            connections_opened += 1
    return n * 2


with ThreadPoolExecutor(max_workers=3) as pool:
    for n in range(3):
        pool.submit(query, n)
        time.sleep(0.01)
print(connections_opened)
