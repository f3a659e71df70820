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
    with mp.Pool(2) as pool:
        try:
            for v in pool.map(call, [1, 2, 3]):
                log.append(v)
        except Exception as e:
            log.append(type(e).__name__)
    print(log)  # ordered
