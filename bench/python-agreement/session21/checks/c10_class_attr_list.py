# a list that is a class attribute is shared by all instances
import threading


class Plugin:
    registry = []

    def __init__(self, name):
        self.name = name

    def register(self):
        self.registry.append(self.name)


total = 0
a = Plugin("a")
b = Plugin("b")
ta = threading.Thread(target=a.register)
tb = threading.Thread(target=b.register)
ta.start()
ta.join()
tb.start()
tb.join()
total = len(a.registry)
print(total, Plugin.registry)
