# A `raise` inside an executor's `with`, caught inside it: the handler runs while the slow job may
# still run, then the shutdown waits for it (seen 0 or 1 by timing; done=1 at the end).
import time
from concurrent.futures import ThreadPoolExecutor

done = 0
seen = -1
caught = 0


def slow():
    global done
    time.sleep(0.05)
    done = 1


def check(n):
    if n > 2:
        raise ValueError("too big")
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    ex.submit(slow)
    try:
        check(3)
    except ValueError:
        caught = 1
        seen = done
print(done, seen, caught)
