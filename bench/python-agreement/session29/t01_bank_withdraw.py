# BUG: lost update: two withdrawals read the balance, sleep, then write it back, so one withdrawal is lost
import threading
import time

balance = 100


def withdraw(amount):
    global balance
    current = balance
    time.sleep(0.001)  # talk to the "bank server"
    balance = current - amount


threads = [threading.Thread(target=withdraw, args=(amt,)) for amt in (30, 50)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"final balance: {balance}")
