# A pool future's done callback that raises: concurrent.futures logs it; the program goes on.
from concurrent.futures import ThreadPoolExecutor

log = []


def cb(f):
    log.append("cb")
    raise RuntimeError("in callback")


with ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: 1)
    f.add_done_callback(cb)
    v = f.result()
log.append("main done")
print(log)
