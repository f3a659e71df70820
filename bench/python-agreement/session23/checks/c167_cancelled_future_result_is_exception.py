# check: result() of a cancelled concurrent future raises concurrent.futures.CancelledError, an Exception
import time
from concurrent.futures import ThreadPoolExecutor

log = []


def job():
    time.sleep(0.02)


with ThreadPoolExecutor(max_workers=1) as ex:
    first = ex.submit(job)
    second = ex.submit(job)
    second.cancel()
    try:
        second.result()
    except Exception:
        log.append("exception")
