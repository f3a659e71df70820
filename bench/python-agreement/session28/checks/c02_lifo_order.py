import queue
import threading

stack: queue.LifoQueue = queue.LifoQueue()
popped: list[int] = []


def push() -> None:
    for i in range(1, 5):
        stack.put(i * 10)


t = threading.Thread(target=push)
t.start()
t.join()
popped.append(stack.get())
stack.put(99)
while stack.qsize() > 0:
    popped.append(stack.get_nowait())
print(popped)
assert popped == [40, 99, 30, 20, 10]
