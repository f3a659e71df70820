import threading
from concurrent.futures import ProcessPoolExecutor

LOCK = threading.Lock()


def job(n):
    return LOCK


if __name__ == "__main__":
    log = []
    with ProcessPoolExecutor(max_workers=1) as pool:
        f = pool.submit(job, 1)
        try:
            f.result()
            log.append("returned")
        except Exception as e:
            log.append(type(e).__name__)
    print(log)  # ordered
