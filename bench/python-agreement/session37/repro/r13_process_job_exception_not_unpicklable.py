# A process-pool job raises an exception whose class's __init__ takes two arguments but hands one text
# to super().__init__. Python pickles an exception as (class, self.args, self.__dict__), so the parent
# calls ApiError("/x: 500") to rebuild it, which raises TypeError: the executor's result thread breaks
# the pool. CPython 3.11.7: [1, 'BrokenProcessPool'] every run. weft (start binary): [1, 'ApiError']
# alone under "complete" (the exception handed over as if it crossed the process boundary intact).
# With `multiprocessing.Pool` the same program hangs for ever in CPython (checks/c341: weft `ok`).
from concurrent.futures import ProcessPoolExecutor


class ApiError(Exception):
    def __init__(self, code, url):
        super().__init__(f"{url}: {code}")
        self.code = code


def call(n):
    if n == 2:
        raise ApiError(500, "/x")
    return n


if __name__ == "__main__":
    log = []
    with ProcessPoolExecutor(max_workers=1) as pool:
        futures = [pool.submit(call, n) for n in (1, 2)]
        for f in futures:
            try:
                log.append(f.result())
            except Exception as e:
                log.append(type(e).__name__)
    print(log)
