# Condition.wait_for(predicate, timeout): True once the predicate holds, False after the time-out.
import threading
import time

cond = threading.Condition()
stock = []
answers = []


def restock():
    time.sleep(0.01)
    with cond:
        stock.append("widget")
        cond.notify_all()


def buyer(timeout):
    with cond:
        answers.append(cond.wait_for(lambda: len(stock) > 0, timeout=timeout))


threads = [threading.Thread(target=buyer, args=(0.001,)), threading.Thread(target=buyer, args=(1,)),
           threading.Thread(target=restock)]
for t in threads:
    t.start()
for t in threads:
    t.join()
answers.sort()
print(answers)
