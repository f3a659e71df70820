# A name taken from a queue that no account has: the lookup raises KeyError, which the teller catches and counts.
import queue
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


accounts = {"alice": Account(100), "bob": Account(50)}
names = queue.Queue()
missing = 0


def teller():
    global missing
    for _ in range(2):
        name = names.get()
        try:
            account = accounts[name]
            with account.lock:
                account.balance += 1
        except KeyError:
            missing += 1


names.put("carol")
names.put("bob")
t = threading.Thread(target=teller)
t.start()
t.join()
bob = accounts["bob"].balance
print("missing", missing, "bob", bob)
