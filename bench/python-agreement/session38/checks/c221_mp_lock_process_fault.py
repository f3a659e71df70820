# The same with a multiprocessing.Lock.
import multiprocessing

log = []
PRICES = {"tea": 3}


def worker(lock, item, out):
    with lock:
        out.put(PRICES[item])


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    out = multiprocessing.Queue()
    bad = multiprocessing.Process(target=worker, args=(lock, "cake", out))
    bad.start()
    bad.join()
    good = multiprocessing.Process(target=worker, args=(lock, "tea", out))
    good.start()
    log.append(out.get())
    good.join()
    log.append(bad.exitcode)
    print(log)
