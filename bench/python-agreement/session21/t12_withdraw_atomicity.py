# BUG: atomicity violation: the balance check and the withdrawal are two separate critical sections
import threading

balance = 100
lock = threading.Lock()
approved = []


def withdraw(who, amount):
    global balance
    with lock:
        enough = balance >= amount
    if enough:
        with lock:
            balance -= amount
            approved.append(who)


threads = [
    threading.Thread(target=withdraw, args=("atm", 80)),
    threading.Thread(target=withdraw, args=("online", 70)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("approved:", sorted(approved), "balance:", balance)
assert balance >= 0, "overdrawn"
