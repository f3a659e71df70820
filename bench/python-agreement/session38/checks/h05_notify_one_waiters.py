# Three consumers wait on a Condition for tickets; the producer adds tickets one at a time with notify().
import threading
import time

log = []
cond = threading.Condition()
tickets = []


def consumer(name):
    with cond:
        ok = cond.wait_for(lambda: len(tickets) > 0, timeout=0.2)
        if ok:
            log.append(f"{name} got {tickets.pop(0)}")
        else:
            log.append(f"{name} timeout")


def producer():
    for ticket in [1, 2]:
        time.sleep(0.01)
        with cond:
            tickets.append(ticket)
            cond.notify()


threads = [threading.Thread(target=consumer, args=(n,)) for n in ["a", "b", "c"]]
threads.append(threading.Thread(target=producer))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(x.split()[1] for x in log))
