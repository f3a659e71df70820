# A missing key inside `with sem:` in a process, caught outside the with in the same process.
import multiprocessing

log = []
PRICES = {"tea": 3}


def worker(sem, items, out):
    for item in items:
        try:
            with sem:
                out.put(PRICES[item])
        except KeyError:
            out.put(-1)


if __name__ == "__main__":
    sem = multiprocessing.Semaphore(1)
    out = multiprocessing.Queue()
    p = multiprocessing.Process(target=worker, args=(sem, ["cake", "tea"], out))
    p.start()
    log.append(out.get())
    log.append(out.get())
    p.join()
    print(log)
