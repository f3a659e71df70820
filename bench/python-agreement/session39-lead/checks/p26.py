import threading
balance = 100
lock = threading.Lock()
def withdraw(amount):
    global balance
    if balance >= amount:
        with lock:
            balance -= amount
        return True
    return False
results = []
def customer(amount):
    results.append(withdraw(amount))
ts = [threading.Thread(target=customer, args=(a,)) for a in (70, 50)]
for t in ts: t.start()
for t in ts: t.join()
print(balance, sorted(results))
