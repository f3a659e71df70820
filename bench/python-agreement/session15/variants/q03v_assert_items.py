# variant of q03 (list == list display refused): compare item by item -- no bug: a LifoQueue filled before the consumer starts hands items back newest first
import queue
import threading

stack = queue.LifoQueue()
popped = []

for page in ["home", "about", "contact"]:
    stack.put(page)


def go_back():
    while not stack.empty():
        popped.append(stack.get())


t = threading.Thread(target=go_back)
t.start()
t.join()
assert popped[0] == "contact" and popped[2] == "home"
