# A `with sem:` block left by an exception releases the semaphore; the handler is outside the with.
import threading

log = []
sem = threading.Semaphore(1)


def worker(name, fail):
    try:
        with sem:
            if fail:
                raise KeyError(name)
            log.append(name)
    except KeyError:
        log.append(f"{name} failed")


threads = [threading.Thread(target=worker, args=(n, n == "a")) for n in ["a", "b", "c"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
