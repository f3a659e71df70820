# BUG: lost update: worker processes add donations to a shared multiprocessing.Value with `+=`, which is
# a read and a write, not one atomic step; without taking total.get_lock() increments are lost. The
# matched-funds counter next to it takes the lock and is always right.
import multiprocessing


def collect(total, matched, donations):
    for amount in donations:
        total.value += amount
        with matched.get_lock():
            matched.value += amount


def run_drives(drives):
    total = multiprocessing.Value("i", 0)
    matched = multiprocessing.Value("i", 0)
    workers = [multiprocessing.Process(target=collect, args=(total, matched, d)) for d in drives]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return total.value, matched.value


if __name__ == "__main__":
    drives = [[5] * 400, [10] * 400, [1] * 400]
    total, matched = run_drives(drives)
    expected = sum(sum(d) for d in drives)
    print(f"total={total} matched={matched} expected={expected} lost={total != expected}")
