# Two tellers move money between two accounts, taking the account locks in opposite orders. Bug: deadlock.
import threading
import time

balances = {"alice": 100, "bob": 50}
locks = {"alice": threading.Lock(), "bob": threading.Lock()}
log = []


def transfer(source, target, amount):
    with locks[source]:
        time.sleep(0.001)
        with locks[target]:
            balances[source] -= amount
            balances[target] += amount
            log.append(f"{source}->{target}:{amount}")


a = threading.Thread(target=transfer, args=("alice", "bob", 30))
b = threading.Thread(target=transfer, args=("bob", "alice", 20))
a.start()
b.start()
a.join()
b.join()
print(balances, log)
