# check: apply_async's callback and error_callback run in the parent, in the order the jobs finish
from multiprocessing import Pool
import time

log = []


def work(n):
    time.sleep(0.03 if n == 0 else 0.001)
    if n == 2:
        raise ValueError("two")
    return n


def ok(v):
    log.append(v)


def err(e):
    log.append(-1)


if __name__ == "__main__":
    with Pool(3) as pool:
        rs = [pool.apply_async(work, (n,), callback=ok, error_callback=err) for n in range(3)]
        for r in rs:
            r.wait()
