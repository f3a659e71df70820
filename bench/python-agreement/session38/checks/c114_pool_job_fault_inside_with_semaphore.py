# A pool job faults (int of bad text) inside `with sem:`: Python's with releases the semaphore on the
# way out, the fault goes to the future, and the next job acquires it.
import threading
from concurrent.futures import ThreadPoolExecutor

log = []
sem = threading.Semaphore(1)


def parse(text):
    with sem:
        return int(text)


with ThreadPoolExecutor(max_workers=1) as pool:
    bad = pool.submit(parse, "x")
    good = pool.submit(parse, "7")
    try:
        bad.result()
    except ValueError:
        log.append("bad")
    log.append(good.result())
print(log)
