# future.exception() returns the raised exception without raising; result() raises it
from concurrent.futures import ThreadPoolExecutor

kinds = []


def risky(n):
    if n % 2:
        raise ValueError(n)
    return n


with ThreadPoolExecutor(2) as pool:
    futures = [pool.submit(risky, n) for n in range(4)]
    for f in futures:
        exc = f.exception()
        if exc is None:
            kinds.append("ok")
        else:
            kinds.append(type(exc).__name__)
print(kinds)
