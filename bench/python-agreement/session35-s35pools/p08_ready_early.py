# ready() read before the job is waited for: False or True, as the job is or is not done; successful()
# of a job not ready raises ValueError.
import time
from multiprocessing import Pool


def slow(n):
    time.sleep(0.05)
    return n


if __name__ == "__main__":
    early = -1
    with Pool(1) as pool:
        pending = pool.apply_async(slow, (3,))
        early = pending.ready()
        value = pending.get()
        late = pending.ready()
    print("early", early, "late", late, "value", value)
