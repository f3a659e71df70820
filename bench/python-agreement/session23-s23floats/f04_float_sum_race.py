# A lost update of a float balance: two threads add 0.1 and 0.2 with a read and a write apart.
import threading
import time

balance = 0.5


def deposit(amount):
    global balance
    current = balance
    time.sleep(0.001)
    balance = current + amount


threads = [threading.Thread(target=deposit, args=(a,)) for a in (0.1, 0.2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balance)
