# Registry.instance().register(name): a classmethod returning the singleton, then a method, as a statement.
import threading


class Registry:
    _instance = None

    def __init__(self):
        self.names = []

    @classmethod
    def instance(cls):
        return registry

    def register(self, name):
        self.names.append(name)


registry = Registry()


def work():
    Registry.instance().register("svc")


t = threading.Thread(target=work)
t.start()
t.join()
print(registry.names)
