# ordered
# `break` inside `with sem:` inside a try/finally inside a loop.
import threading

log = []
sem = threading.Semaphore(1)


def worker():
    for i in range(3):
        try:
            with sem:
                if i == 1:
                    break
                log.append(i)
        finally:
            with sem:
                log.append(f"f{i}")


t = threading.Thread(target=worker)
t.start()
t.join()
print(log)
