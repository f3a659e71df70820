# no bug: a PriorityQueue hands the scheduler its jobs most urgent first
# variant v1: (priority, name) tuples instead of an @dataclass(order=True) Job
import queue
import threading

todo = queue.PriorityQueue()
done_order = []


def scheduler():
    while True:
        priority, name = todo.get()
        if name == "stop":
            break
        done_order.append(name)


for prio, name in [(3, "email"), (1, "backup"), (2, "report"), (9, "stop")]:
    todo.put((prio, name))

runner = threading.Thread(target=scheduler)
runner.start()
runner.join()
print(" -> ".join(done_order))
assert done_order == ["backup", "report", "email"]
