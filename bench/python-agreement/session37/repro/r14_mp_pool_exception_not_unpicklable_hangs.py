# Finding 4 with `multiprocessing.Pool`: the job's exception cannot be rebuilt in the parent
# (ApiError("/x: 503") misses `url`), the pool's result-handler thread dies with TypeError, and
# `j.get()` waits for ever. CPython 3.11.7: hangs every run (agree.py: `deadlock` 3 of 3, --timeout 5).
# weft (start binary): [1, 'ApiError'] alone, `ok` under "complete".
import multiprocessing as mp


class ApiError(Exception):
    def __init__(self, code, url):
        super().__init__(f"{url}: {code}")
        self.code = code


def call(n):
    if n == 2:
        raise ApiError(503, "/x")
    return n


if __name__ == "__main__":
    log = []
    with mp.Pool(1) as pool:
        jobs = [pool.apply_async(call, (n,)) for n in (1, 2)]
        for j in jobs:
            try:
                log.append(j.get())
            except Exception as e:
                log.append(type(e).__name__)
    print(log)
