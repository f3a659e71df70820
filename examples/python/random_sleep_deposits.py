"""Two deposits of a random amount, each pausing a random time between reading the balance and writing
it back ("to expose the race"). Which amounts arrive, and whether one deposit overwrites the other,
depends on values the program draws: `weft explore` takes every amount `random.randint` can give and
each pause at the ends and middle of its range (docs/python.md, "Values chosen at random")."""

import random
import threading
import time

balance = 0


def deposit():
    global balance
    amount = random.randint(1, 3)
    current = balance
    time.sleep(random.uniform(0.0001, 0.002))
    balance = current + amount


threads = [threading.Thread(target=deposit) for _ in range(2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("balance:", balance)
