# bug: wrong order -- the dispatcher starts before all tickets are queued, so an urgent ticket can be handled late
import queue
import threading

tickets = queue.PriorityQueue()
handled = []


def submit_tickets():
    tickets.put((3, "low"))
    tickets.put((1, "urgent"))
    tickets.put((2, "normal"))


def dispatcher():
    for _ in range(3):
        priority, name = tickets.get()
        handled.append(priority)


d = threading.Thread(target=dispatcher)
s = threading.Thread(target=submit_tickets)
d.start()
s.start()
s.join()
d.join()
print(handled)  # hoped for [1, 2, 3]
