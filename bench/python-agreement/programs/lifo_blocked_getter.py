"""A getter blocks on an empty LifoQueue; then two puts come before it runs: it takes the second item."""
import queue
import threading
import time

stack = queue.LifoQueue()
first = 0
second = 0


def getter():
    global first, second
    first = stack.get()
    second = stack.get()


t = threading.Thread(target=getter)
t.start()
time.sleep(0.05)
stack.put(1)
stack.put(2)
t.join()
print("first:", first, "second:", second)
