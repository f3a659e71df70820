# CPython 3.11.7, 10 runs (agree.py): balance=60 in all 10. weft explore: 2 outcomes, complete:
# ok balance=60 and the known bug's assertion failure (a lost update).
# The known bug: the generator reads the shared balance when it resumes, the loop writes it back
# later, so two workers lose each other's deposits (balance < 60 in some runs).
import threading

balance = 0


def pending_balances(count):
    for _ in range(count):
        yield balance


def worker():
    global balance
    for seen in pending_balances(3):
        balance = seen + 10


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert balance == 60, balance
