# check: result(timeout) gives up with TimeoutError; the job runs on and its result is there later
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

trail = []


def slow():
    time.sleep(0.05)
    return 9


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(slow)
    try:
        f.result(timeout=0.01)
        trail.append("early")
    except TimeoutError:
        trail.append("timeout")
    trail.append(f.result())
first = trail[0]
value = trail[1]
print(trail)
