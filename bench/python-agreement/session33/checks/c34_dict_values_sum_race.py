import threading
import time

accounts = {"a": 50, "b": 50}
audits = []


def transfer():
    accounts["a"] -= 20
    time.sleep(0)
    accounts["b"] += 20


def audit():
    audits.append(sum(accounts.values()))


threads = [threading.Thread(target=transfer), threading.Thread(target=audit)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(accounts, audits)
