# A dict display of (delay, amount) tuples in a function, walked by `for n, (d, a) in plan.items()`:
# a thread per entry sleeps, then adds its amount to an unlocked total (a lost update is possible).
import threading
import time

total = 0
order = []


def deposit(name, delay, amount):
    global total
    time.sleep(delay)
    current = total
    time.sleep(0)
    total = current + amount
    order.append(name)


def main():
    plan = {"a": (0.002, 10), "b": (0.002, 20), "c": (0.004, 5)}
    threads = [threading.Thread(target=deposit, args=(n, d, a)) for n, (d, a) in plan.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


main()
print(total, order)
