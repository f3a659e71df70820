# check: add_done_callback on a finished future runs the callback at once, in the caller
from concurrent.futures import ThreadPoolExecutor

log = []


def power(base, exponent):
    return base ** exponent


def on_done(future):
    log.append(future.result())


pool = ThreadPoolExecutor(max_workers=1)
f = pool.submit(power, 2, 5)
f.result()
f.add_done_callback(on_done)
count = len(log)
pool.shutdown()
print(count)
