# check: an exception raised in a done-callback is logged and ignored
from concurrent.futures import ThreadPoolExecutor

log = []


def on_done(fut):
    log.append(fut.result())
    raise RuntimeError("callback broke")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(pow, 2, 8)
    f.add_done_callback(on_done)
log.append("end")
print(log)
