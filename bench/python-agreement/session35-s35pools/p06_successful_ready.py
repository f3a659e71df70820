# AsyncResult.ready() and successful() of apply_async jobs, one of which raises; counted in a loop.
import time
from multiprocessing import Pool


def work(n):
    time.sleep(0.01 * n)
    if n == 2:
        raise ValueError("two")
    return n


if __name__ == "__main__":
    with Pool(2) as pool:
        handles = [pool.apply_async(work, (n,)) for n in range(1, 4)]
        for h in handles:
            h.wait()
        ready = 0
        ok = 0
        for h in handles:
            if h.ready():
                ready += 1
            if h.successful():
                ok += 1
    print("ready", ready, "ok", ok)
