from concurrent.futures import ThreadPoolExecutor


class ApiError(Exception):
    def __init__(self, code):
        super().__init__(f"status {code}")
        self.code = code


log = []


def call(n):
    if n == 2:
        raise ApiError(500)
    return n


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(call, n) for n in (1, 2)]
for f in futures:
    exc = f.exception()
    log.append(exc.code if exc is not None else f.result())
print(log)  # ordered
