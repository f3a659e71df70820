import threading
import time

items = [1, 2, 3]
taken = []
errors = []


def taker():
    while items:
        time.sleep(0)
        try:
            taken.append(items.pop())
        except IndexError:
            errors.append("empty")


threads = [threading.Thread(target=taker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(taken), len(errors))
