# a class of the program whose methods are named like threading's and queue's (put, get, set, wait, acquire, release)
import threading


class Store:
    def __init__(self):
        self.data = {}
        self.log = []

    def put(self, key, value):
        self.data[key] = value
        self.log.append("put " + key)

    def get(self, key):
        self.log.append("get " + key)
        return self.data.get(key, 0)

    def set(self, key):
        self.data[key] = 1

    def wait(self):
        self.log.append("wait")

    def acquire(self):
        self.log.append("acquire")
        return True

    def release(self):
        self.log.append("release")


store = Store()
got = 0


def worker():
    global got
    store.acquire()
    store.put("a", 5)
    store.set("b")
    store.wait()
    first = store.get("a")
    second = store.get("b")
    got = first + second
    store.release()


t = threading.Thread(target=worker)
t.start()
t.join()
print(got, store.log)
