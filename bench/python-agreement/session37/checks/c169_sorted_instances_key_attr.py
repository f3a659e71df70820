import threading

log = []
tasks = []


class Task:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost


def plan(name, cost):
    tasks.append(Task(name, cost))


threads = [threading.Thread(target=plan, args=a) for a in (("b", 5), ("a", 2), ("c", 9))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.extend(t.name for t in sorted(tasks, key=lambda t: t.cost))
log.append(max(tasks, key=lambda t: t.cost).name)
print(log)  # ordered
