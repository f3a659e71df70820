# classmethod counter and staticmethod helper.
import threading


class Registry:
    count = 0

    @classmethod
    def register(cls):
        cls.count += 1

    @staticmethod
    def square(x):
        return x * x


sq = 0


def worker():
    global sq
    Registry.register()
    sq = Registry.square(4)


t = threading.Thread(target=worker)
t.start()
t.join()
print(Registry.count, sq)
