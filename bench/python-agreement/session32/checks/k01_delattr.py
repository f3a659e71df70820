# delattr in a thread, then hasattr in main.
import threading


class Box:
    def __init__(self):
        self.token = 1
        self.count = 0


box = Box()


def clear():
    box.count += 1
    delattr(box, "token")


t = threading.Thread(target=clear)
t.start()
t.join()
print("has token", hasattr(box, "token"), "count", box.count)
