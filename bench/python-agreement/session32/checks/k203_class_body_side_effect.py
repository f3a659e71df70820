# A class body that appends to a module list when the class is defined.
import threading

registry = []


class Plugin:
    registry.append("Plugin")
    name = "p"


def work():
    registry.append("thread")


t = threading.Thread(target=work)
t.start()
t.join()
print(registry)
