# A child counts to 3 in a shared Value with 2 ms sleeps; the parent reads the count once, 3 ms after
# start(). Under fork the child has counted once or twice by then; under spawn's 50 ms, never.
import multiprocessing as mp
import time


def count(total):
    for _ in range(3):
        total.value += 1
        time.sleep(0.002)


if __name__ == "__main__":
    total = mp.Value("i", 0)
    child = mp.Process(target=count, args=(total,))
    child.start()
    time.sleep(0.003)
    seen = total.value
    child.join()
    print("seen:", seen, "final:", total.value)
