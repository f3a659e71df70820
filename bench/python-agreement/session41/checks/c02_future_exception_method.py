# check: future.exception() returns the exception; result() raises it again
from concurrent.futures import ThreadPoolExecutor

texts = []


def parse(s):
    return int(s)


with ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(parse, s) for s in ["4", "four"]]
    for f in futs:
        exc = f.exception()
        if exc is None:
            texts.append(str(f.result()))
        else:
            texts.append(type(exc).__name__)
            try:
                f.result()
            except ValueError:
                texts.append("raised again")
print(texts)
