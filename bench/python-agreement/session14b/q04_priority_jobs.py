# Expected: a PriorityQueue hands urgent jobs out first; one worker started after all puts handles them in priority order (no bug).
import queue
import threading

tasks = queue.PriorityQueue()
order = []


def worker():
    while not tasks.empty():
        priority, name = tasks.get()
        order.append(priority)
        tasks.task_done()


for priority, name in [(3, "backup"), (1, "page-oncall"), (2, "email")]:
    tasks.put((priority, name))

t = threading.Thread(target=worker)
t.start()
tasks.join()
t.join()
print("order:", order)
