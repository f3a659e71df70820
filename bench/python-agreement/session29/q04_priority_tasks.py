import queue
import threading

tasks = queue.PriorityQueue()
done_order = []


def worker():
    while True:
        priority, name = tasks.get()
        if priority == 99:
            tasks.task_done()
            break
        done_order.append(priority)
        tasks.task_done()


tasks.put((3, "low"))
tasks.put((1, "urgent"))
tasks.put((2, "normal"))
tasks.put((99, "stop"))
t = threading.Thread(target=worker)
t.start()
tasks.join()
t.join()
print("done in order:", done_order)
