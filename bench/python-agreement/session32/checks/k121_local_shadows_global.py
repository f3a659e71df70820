# A function binds a local of the same name as a module list; the module list stays empty.
import threading

items = []


def fill():
    items = []
    items.append(1)
    items.append(2)


t = threading.Thread(target=fill)
t.start()
t.join()
print(items)
