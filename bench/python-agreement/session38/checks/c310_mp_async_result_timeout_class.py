# multiprocessing's AsyncResult.get(timeout=) raises multiprocessing.TimeoutError, which is NOT the
# built-in TimeoutError: `except TimeoutError` does not catch it, `except multiprocessing.TimeoutError` does.
import multiprocessing
import time

log = []


def slow(n):
    time.sleep(0.2)
    return n


if __name__ == "__main__":
    with multiprocessing.Pool(processes=1) as pool:
        pending = pool.apply_async(slow, (1,))
        try:
            try:
                log.append(pending.get(timeout=0.01))
            except TimeoutError:
                log.append("builtin TimeoutError")
        except multiprocessing.TimeoutError:
            log.append("multiprocessing.TimeoutError")
        log.append(pending.get())
    print(log)
