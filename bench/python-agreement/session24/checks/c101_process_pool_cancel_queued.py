"""ProcessPoolExecutor(1): the job after the running one already sits in the call queue, marked running,
so cancel() fails for it; the third can be cancelled."""
import time
from concurrent.futures import ProcessPoolExecutor


def nap(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        first = executor.submit(nap, 0.2)
        second = executor.submit(nap, 0.01)
        third = executor.submit(nap, 0.01)
        time.sleep(0.05)
        cancelled_second = int(second.cancel())
        cancelled_third = int(third.cancel())
    print(cancelled_second, cancelled_third)
