# check: when Executor.map's iteration raises, the futures not yet started are cancelled: those jobs never run
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
errors = 0


def job(n):
    ran.append(n)
    if n == 0:
        raise ValueError("first fails")
    time.sleep(0.01)
    return n


with ThreadPoolExecutor(max_workers=1) as ex:
    try:
        for v in ex.map(job, [0, 1, 2, 3]):
            pass
    except ValueError:
        errors += 1
