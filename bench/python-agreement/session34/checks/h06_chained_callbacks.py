# Stage 2 submitted from stage 1's done callback on the same pool; main waits on an Event set by stage 2.
import threading
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=2)
finished = threading.Event()
outputs = []
lock = threading.Lock()
pending = [2]


def stage1(x):
    return x * 10


def stage2(y):
    with lock:
        outputs.append(y + 1)
        pending[0] -= 1
        if pending[0] == 0:
            finished.set()


def chain(future):
    pool.submit(stage2, future.result())


for x in (1, 2):
    pool.submit(stage1, x).add_done_callback(chain)
finished.wait(timeout=2)
pool.shutdown(wait=True)
outputs.sort()
print(outputs, pending)
