# check: Executor.map(timeout=...) raises TimeoutError while iterating when a result is late
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

got = []
late = 0


def nap(ms):
    time.sleep(ms / 1000)
    return ms


with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for v in ex.map(nap, [5, 80], timeout=0.03):
            got.append(v)
    except TimeoutError:
        late = 1
