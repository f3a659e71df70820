"""submit() after shutdown raises RuntimeError; the with-block waits for submitted work even on an exception."""
import time
from concurrent.futures import ThreadPoolExecutor

done = []
errors = []


def job(n):
    time.sleep(0.01)
    done.append(n)


try:
    with ThreadPoolExecutor(max_workers=2) as ex:
        ex.submit(job, 1)
        ex.submit(job, 2)
        raise KeyError("stop")
except KeyError:
    errors.append("key")
executor = ThreadPoolExecutor(max_workers=1)
executor.shutdown()
try:
    executor.submit(job, 3)
except RuntimeError:
    errors.append("runtime")
count = len(done)
print(done, errors)
