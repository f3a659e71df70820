# ordered
# future.exception() returns the job's exception (without raising); result() raises it.
from concurrent.futures import ThreadPoolExecutor

log = []


def parse(text):
    return int(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    good = pool.submit(parse, "12")
    bad = pool.submit(parse, "twelve")
    log.append(good.exception() is None)
    log.append(type(bad.exception()).__name__)
    try:
        bad.result()
    except ValueError:
        log.append("raised")
    log.append(good.result())
print(log)
