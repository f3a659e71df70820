# Support tickets are served by priority from a PriorityQueue. No bug.
import queue
import threading

tickets = queue.PriorityQueue()
served = []


def agent():
    while True:
        priority, name = tickets.get()
        if name == "stop":
            break
        served.append(f"{priority}:{name}")


for item in [(3, "printer"), (1, "outage"), (2, "login"), (9, "stop")]:
    tickets.put(item)
t = threading.Thread(target=agent)
t.start()
t.join()
print(served)
