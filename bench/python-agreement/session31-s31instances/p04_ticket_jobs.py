# Jobs made by a producer thread, each numbered by an itertools counter inside the constructor call, taken from a PriorityQueue in (priority, number) order.
import itertools
import queue
import threading
from dataclasses import dataclass, field


@dataclass(order=True)
class Ticket:
    priority: int
    number: int
    title: str = field(compare=False)


numbers = itertools.count()
tickets = queue.PriorityQueue()
handled = []


def file_tickets():
    for title, priority in (("disk", 2), ("cpu", 1), ("net", 2)):
        tickets.put(Ticket(priority, next(numbers), title))


producer = threading.Thread(target=file_tickets)
producer.start()
producer.join()
while not tickets.empty():
    ticket = tickets.get()
    handled.append(ticket.title)
print("handled", handled)
