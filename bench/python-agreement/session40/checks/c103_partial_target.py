# Check: functools.partial as a thread target and as a pool job. Bug: none.
import functools
import threading
from concurrent.futures import ThreadPoolExecutor

out = []
lock = threading.Lock()


def scaled(factor, x):
    with lock:
        out.append(factor * x)
    return factor * x


t = threading.Thread(target=functools.partial(scaled, 10, 4))
t.start()
t.join()
with ThreadPoolExecutor(max_workers=2) as pool:
    mapped = list(pool.map(functools.partial(scaled, 3), [1, 2]))
out.sort()
print(f"out={out} mapped={mapped}")
