import threading

class Registry:
    count = 0
    names = []
    lock = threading.Lock()

    @classmethod
    def register(cls, name):
        with cls.lock:
            cls.count += 1
            cls.names.append(name)

ts = [threading.Thread(target=Registry.register, args=(n,)) for n in ("x", "y")]
for t in ts:
    t.start()
for t in ts:
    t.join()
registered = Registry.count
