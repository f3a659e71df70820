import threading
accounts = [100, 100]
locks = [threading.Lock(), threading.Lock()]
def transfer(src, dst, amount):
    with locks[src]:
        with locks[dst]:
            accounts[src] -= amount
            accounts[dst] += amount
t1 = threading.Thread(target=transfer, args=(0, 1, 10))
t2 = threading.Thread(target=transfer, args=(1, 0, 20))
t1.start(); t2.start(); t1.join(); t2.join()
print(accounts[0], accounts[1])
