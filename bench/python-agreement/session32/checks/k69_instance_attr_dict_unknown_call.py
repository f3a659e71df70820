# An instance's dict attribute handed whole to dict.update (unbound) from a thread.
import threading


class Store:
    def __init__(self):
        self.data = {"a": 1}


store = Store()


def load():
    dict.update(store.data, {"a": 5})


t = threading.Thread(target=load)
t.start()
t.join()
print(store.data)
