# A copy of a dict with string keys is one step: a snapshot sees both moves of a transfer or neither
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
