# refused: `.entries` is a list in one class, so a store by key may be a list's IndexError
import threading


class Registry:
    _instance = None

    def __init__(self):
        self.entries = {}

    @classmethod
    def get(cls):
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance


class Log:
    def __init__(self):
        self.entries = []


log = Log()


def register(name, value):
    registry = Registry.get()
    registry.entries[name] = value


t = threading.Thread(target=register, args=("a", 1))
t.start()
t.join()
print(len(Registry.get().entries), len(log.entries))
