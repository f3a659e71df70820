# A process faults (missing key) inside `with sem:` on a multiprocessing.Semaphore: leaving the with
# releases it before the process dies, so the second process gets it.
import multiprocessing

log = []
PRICES = {"tea": 3}


def worker(sem, item, out):
    with sem:
        out.put(PRICES[item])


if __name__ == "__main__":
    sem = multiprocessing.Semaphore(1)
    out = multiprocessing.Queue()
    bad = multiprocessing.Process(target=worker, args=(sem, "cake", out))
    bad.start()
    bad.join()
    good = multiprocessing.Process(target=worker, args=(sem, "tea", out))
    good.start()
    log.append(out.get())
    good.join()
    log.append(bad.exitcode)
    print(log)
