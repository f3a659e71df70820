import queue
import threading

stack = queue.LifoQueue()
log = []


def push(items):
    for i in items:
        stack.put(i)


t = threading.Thread(target=push, args=([1, 2, 3],))
t.start()
t.join()
while not stack.empty():
    log.append(stack.get())
print(log)  # ordered
