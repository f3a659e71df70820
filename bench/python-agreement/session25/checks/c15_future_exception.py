# check: a future's exception: exception() returns it, result() raises it again
from concurrent.futures import ThreadPoolExecutor

seen = []


def parse(text):
    return int(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    good = pool.submit(parse, "12")
    bad = pool.submit(parse, "x1")
    seen.append(good.result())
    error = bad.exception()
    seen.append(type(error).__name__)
    try:
        bad.result()
    except ValueError:
        seen.append("raised again")
count = len(seen)
print(seen)
