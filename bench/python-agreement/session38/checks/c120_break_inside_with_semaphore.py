# ordered
# `break` and `continue` inside `with sem:` in a loop: the with releases on each way out.
import threading

log = []
sem = threading.Semaphore(1)


def worker(items):
    for item in items:
        with sem:
            if item == "skip":
                continue
            if item == "stop":
                break
            log.append(item)
    with sem:
        log.append("after loop")


t = threading.Thread(target=worker, args=(["a", "skip", "b", "stop", "c"],))
t.start()
t.join()
print(log)
