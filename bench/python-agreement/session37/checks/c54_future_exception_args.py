from concurrent.futures import ThreadPoolExecutor

log = []


def call(n):
    if n == 2:
        raise ValueError("two", n)
    return n


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(call, n) for n in (1, 2)]
for f in futures:
    exc = f.exception()
    log.append(exc.args[1] if exc is not None else f.result())
print(log)  # ordered
