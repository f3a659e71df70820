import threading
import time

errors = []
got = []


def numbers():
    for i in range(4):
        time.sleep(0.001)  # e.g. reading the next record from a file
        yield i


gen = numbers()


def worker():
    while True:
        try:
            n = next(gen)
        except StopIteration:
            return
        except ValueError:
            errors.append("already executing")
            return
        got.append(n)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
got.sort()
print(got, errors)
