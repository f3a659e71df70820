# no bug: PriorityQueue breaks ties between equal priorities by comparing the next tuple item (the name)
import queue
import threading

jobs = queue.PriorityQueue()
order = []
jobs.put((2, "zeta"))
jobs.put((1, "mike"))
jobs.put((1, "alpha"))
jobs.put((2, "beta"))


def runner():
    while not jobs.empty():
        priority, name = jobs.get()
        order.append(name)


t = threading.Thread(target=runner)
t.start()
t.join()
print(order)
