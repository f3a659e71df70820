# BUG: the auditor copies the accounts without the lock: the copy is one step, but it can land between a transfer's two writes (total 95)
import threading

accounts = {"ann": 50, "bob": 50}
lock = threading.Lock()
totals = []


def transfer():
    for _ in range(2):
        with lock:
            accounts["ann"] -= 5
            accounts["bob"] += 5


def auditor():
    snapshot = accounts.copy()
    totals.append(snapshot["ann"] + snapshot["bob"])


threads = [threading.Thread(target=transfer), threading.Thread(target=auditor)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("totals:", totals, "accounts:", accounts)
