# BUG: deadlock: transfer(a, b) and transfer(b, a) take the two account locks in opposite orders
import threading

accounts = {"alice": 100, "bob": 100}
locks = {"alice": threading.Lock(), "bob": threading.Lock()}


def transfer(src, dst, amount):
    with locks[src]:
        with locks[dst]:
            accounts[src] -= amount
            accounts[dst] += amount


t1 = threading.Thread(target=transfer, args=("alice", "bob", 10))
t2 = threading.Thread(target=transfer, args=("bob", "alice", 20))
t1.start()
t2.start()
t1.join()
t2.join()
print(accounts)
