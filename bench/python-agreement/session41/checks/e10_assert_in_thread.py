# check: a failing assert in a worker thread
import threading

balance = 10


def withdraw(amount):
    global balance
    assert amount <= balance, "overdraft"
    balance -= amount


threads = [threading.Thread(target=withdraw, args=(a,)) for a in (4, 8)]
for t in threads:
    t.start()
    t.join()
print(balance)
