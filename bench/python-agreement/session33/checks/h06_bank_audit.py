import queue
import threading

ledger = {"alice": 50, "bob": 50, "carol": 0}
ledger_lock = threading.RLock()
changed = threading.Condition(ledger_lock)
transfers = queue.Queue()
audit_log = []
rejected = []


def total():
    with ledger_lock:
        return sum(ledger.values())


def apply(source, target, amount):
    with ledger_lock:
        if ledger[source] < amount:
            rejected.append((source, amount))
            return False
        ledger[source] -= amount
        ledger[target] += amount
        changed.notify_all()
        return True


def teller():
    while True:
        job = transfers.get()
        if job is None:
            transfers.task_done()
            return
        source, target, amount = job
        apply(source, target, amount)
        transfers.task_done()


def auditor(rounds):
    for _ in range(rounds):
        with changed:
            changed.wait(timeout=0.01)
            audit_log.append(total())


for job in [("alice", "bob", 30), ("bob", "carol", 70), ("alice", "carol", 30), ("carol", "alice", 5)]:
    transfers.put(job)
tellers = [threading.Thread(target=teller) for _ in range(2)]
audit = threading.Thread(target=auditor, args=(2,))
for t in tellers + [audit]:
    t.start()
transfers.join()
for _ in tellers:
    transfers.put(None)
for t in tellers + [audit]:
    t.join()
print(ledger, sorted(rejected), set(audit_log))
