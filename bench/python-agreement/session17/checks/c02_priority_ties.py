# no bug: PriorityQueue breaks ties between equal priorities by comparing the next tuple item (the name)
import queue
import threading

jobs = queue.PriorityQueue()
order = []
for item in [(2, "zeta"), (1, "mike"), (1, "alpha"), (2, "beta")]:
    jobs.put(item)


def runner():
    while not jobs.empty():
        priority, name = jobs.get()
        order.append(name)


t = threading.Thread(target=runner)
t.start()
t.join()
print(order)
