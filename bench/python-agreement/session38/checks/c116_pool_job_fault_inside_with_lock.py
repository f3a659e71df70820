# The same with a Lock: `with lock:` around a faulting int() in a pool job.
import threading
from concurrent.futures import ThreadPoolExecutor

log = []
lock = threading.Lock()


def parse(text):
    with lock:
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
