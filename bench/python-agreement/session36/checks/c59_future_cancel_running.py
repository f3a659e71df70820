"""Future.cancel() of a running job returns False; of a queued one True; cancelled() after."""
import time
from concurrent.futures import ThreadPoolExecutor

flags = []
ran = []


def job(name):
    ran.append(name)
    time.sleep(0.03)
    return name


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(job, "first")
    second = pool.submit(job, "second")
    time.sleep(0.01)
    flags.append(first.cancel())
    flags.append(second.cancel())
    flags.append(second.cancelled())
print(flags, ran)
