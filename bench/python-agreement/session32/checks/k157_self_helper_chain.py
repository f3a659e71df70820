# self.current().add(n) inside a method: a method of a method's value.
import threading


class Bucket:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n


class Store:
    def __init__(self):
        self.bucket = Bucket()

    def current(self):
        return self.bucket

    def put(self, n):
        self.current().add(n)


store = Store()
t = threading.Thread(target=store.put, args=(3,))
t.start()
t.join()
print(store.bucket.total)
