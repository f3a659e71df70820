"""Condition.wait_for(predicate, timeout) returns the predicate's last value."""
import threading
import time

cond = threading.Condition()
stock = [0]
answers = []


def buyer(timeout):
    with cond:
        answers.append(cond.wait_for(lambda: stock[0] > 0, timeout=timeout))


def restock():
    time.sleep(0.03)
    with cond:
        stock[0] = 5
        cond.notify_all()


threads = [threading.Thread(target=buyer, args=(0.005,)), threading.Thread(target=buyer, args=(1,)), threading.Thread(target=restock)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(answers))
