# bug: notify() without holding the condition's lock raises RuntimeError in the producer thread
import threading

cond = threading.Condition()
items = []


def producer():
    items.append(1)
    cond.notify()


t = threading.Thread(target=producer)
t.start()
t.join()
print(items)
