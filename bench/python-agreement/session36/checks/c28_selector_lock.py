"""A lock selector called with a key read at run time: with lock_for(sender)."""
import threading
import time

locks = {"ann": threading.Lock(), "bob": threading.Lock()}
balances = {"ann": 0, "bob": 0}
senders = ["ann", "bob", "ann", "ann"]


def lock_for(key):
    return locks[key]


def worker(i):
    sender = senders[i]
    with lock_for(sender):
        value = balances[sender]
        time.sleep(0)
        balances[sender] = value + 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balances)
