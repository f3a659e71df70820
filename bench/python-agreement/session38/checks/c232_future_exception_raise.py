# ordered
# exc = future.exception(); `raise exc` in the caller, caught by its class.
from concurrent.futures import ThreadPoolExecutor

log = []


def job():
    raise KeyError("k")


with ThreadPoolExecutor(max_workers=1) as pool:
    future = pool.submit(job)
    exc = future.exception()
    try:
        if exc is not None:
            raise exc
    except KeyError:
        log.append("KeyError from future")
print(log)
