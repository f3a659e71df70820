import threading
import time

order: list[str] = []


def crunch() -> None:
    total = 0
    for i in range(1000000):
        total += i
    order.append("crunch")


def nap() -> None:
    time.sleep(0.02)
    order.append("nap")


threads = [threading.Thread(target=crunch), threading.Thread(target=nap)]
for t in threads:
    t.start()
for t in threads:
    t.join()
first = order[0]
print(order)
