from concurrent.futures import ProcessPoolExecutor


class Quota(Exception):
    def __init__(self, used):
        super().__init__()
        self.used = used


def job(n):
    if n > 1:
        raise Quota(n)
    return n


if __name__ == "__main__":
    log = []
    with ProcessPoolExecutor(max_workers=1) as pool:
        for n in (1, 2):
            try:
                log.append(pool.submit(job, n).result())
            except Exception as e:
                log.append(type(e).__name__)
    print(log)  # ordered
