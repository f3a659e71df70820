from concurrent.futures import ProcessPoolExecutor


class ApiError(Exception):
    def __init__(self, code):
        super().__init__(f"status {code}")
        self.code = code


def call(n):
    if n == 2:
        raise ApiError(500)
    return n


if __name__ == "__main__":
    log = []
    with ProcessPoolExecutor(max_workers=1) as pool:
        futures = [pool.submit(call, n) for n in (1, 2)]
        for f in futures:
            try:
                log.append(f.result())
            except ApiError as e:
                log.append(e.code)
    print(log)  # ordered
