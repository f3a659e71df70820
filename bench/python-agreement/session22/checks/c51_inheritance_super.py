import threading


class Base:
    def __init__(self):
        self.log = []
        self.lock = threading.Lock()

    def handle(self, x):
        with self.lock:
            self.log.append(f"base {x}")


class Child(Base):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix

    def handle(self, x):
        super().handle(x * 10)
        with self.lock:
            self.log.append(f"{self.prefix} {x}")


obj = Child("child")
threads = [threading.Thread(target=obj.handle, args=(i,)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
entries = sorted(obj.log)
print(entries)
