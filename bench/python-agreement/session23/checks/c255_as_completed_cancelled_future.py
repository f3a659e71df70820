# check: as_completed yields a future cancelled before it ran; its result() raises CancelledError (an Exception here)
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, CancelledError

log = []


def job(n):
    time.sleep(0.01)
    return n


with ThreadPoolExecutor(max_workers=1) as ex:
    fs = [ex.submit(job, 1), ex.submit(job, 2)]
    fs[1].cancel()
    for f in as_completed(fs):
        try:
            log.append(f.result())
        except CancelledError:
            log.append(-1)
