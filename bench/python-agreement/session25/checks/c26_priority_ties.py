# check: PriorityQueue orders equal priorities by the next tuple item (string order), not by arrival
import queue
import threading

pq = queue.PriorityQueue()
for priority, name in [(2, "delta"), (1, "charlie"), (1, "alpha"), (2, "bravo"), (0, "zulu")]:
    pq.put((priority, name))
taken = []


def drain():
    while not pq.empty():
        priority, name = pq.get()
        taken.append(name)


t = threading.Thread(target=drain)
t.start()
t.join()
order = ",".join(taken)
print(order)
