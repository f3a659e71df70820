import threading
import time

order: list[str] = []


def cruncher() -> None:
    total = 0
    for i in range(400000):
        total += i
    order.append("cruncher")


def sleeper() -> None:
    time.sleep(0.002)
    order.append("sleeper")


threads = [threading.Thread(target=cruncher), threading.Thread(target=sleeper)]
for t in threads:
    t.start()
for t in threads:
    t.join()
first = order[0]
print(order)
