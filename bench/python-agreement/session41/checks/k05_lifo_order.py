# check: LifoQueue gives items back last in first out across threads
import queue
import threading

stack = queue.LifoQueue()
popped = []


def pusher():
    for page in ["home", "search", "item"]:
        stack.put(page)


t = threading.Thread(target=pusher)
t.start()
t.join()
while not stack.empty():
    popped.append(stack.get())
print(popped)
