# A pool job calls a helper that raises inside the job's `with sem:`; the exception goes to the
# future and the semaphore is released for the next job.
import threading
from concurrent.futures import ThreadPoolExecutor

log = []
sem = threading.Semaphore(1)


def validate(text):
    if not text.isdigit():
        raise ValueError(text)
    return int(text)


def job(text):
    with sem:
        return validate(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, t) for t in ["x", "7", "y", "8"]]
    for f in futures:
        try:
            log.append(f.result())
        except ValueError:
            log.append("bad")
print(log)
