# list.append(items, x) (the unbound method) from a thread.
import threading

items = []


def add(x):
    list.append(items, x)


t = threading.Thread(target=add, args=(7,))
t.start()
t.join()
print(items, len(items))
