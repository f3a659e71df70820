"""PriorityQueue ties broken by the second item of the tuple (a string)."""
import queue
import threading

pq = queue.PriorityQueue()
order = []


def drain():
    while not pq.empty():
        prio, name = pq.get()
        order.append(name)


if __name__ == "__main__":
    pq.put((2, "zeta"))
    pq.put((1, "beta"))
    pq.put((2, "alpha"))
    pq.put((1, "alpha"))
    t = threading.Thread(target=drain)
    t.start()
    t.join()
