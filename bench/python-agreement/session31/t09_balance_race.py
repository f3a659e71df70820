# BUG: deposit() reads the balance, works, then writes it back without a lock, so concurrent deposits are lost
import threading
import time

balance = 0
deposits = 0


def deposit(amount):
    global balance, deposits
    current = balance
    time.sleep(0)  # checking fraud rules; gives the GIL away
    balance = current + amount
    deposits += 1


def payroll(amounts):
    for amount in amounts:
        deposit(amount)


batches = [[100, 200], [50], [25, 25]]
threads = []
for batch in batches:
    t = threading.Thread(target=payroll, args=(batch,))
    threads.append(t)
    t.start()

for t in threads:
    t.join()

expected = sum(sum(b) for b in batches)
lost = expected - balance
print(f"balance={balance} expected={expected} lost={lost} deposits={deposits}")
