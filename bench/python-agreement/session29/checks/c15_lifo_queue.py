import queue
import threading

stack = queue.LifoQueue()
popped = []


def consumer():
    for _ in range(3):
        popped.append(stack.get())


for v in (1, 2, 3):
    stack.put(v)
t = threading.Thread(target=consumer)
t.start()
t.join()
print(popped)
