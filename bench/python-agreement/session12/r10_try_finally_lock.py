import threading
lock = threading.Lock()
balance = 100
def withdraw(n):
    global balance
    lock.acquire()
    try:
        if balance >= n:
            balance -= n
    finally:
        lock.release()
ts = [threading.Thread(target=withdraw, args=(70,)) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(balance)
