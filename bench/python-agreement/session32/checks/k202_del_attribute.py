# del box.token in a thread; main checks for it with try/except AttributeError.
import threading


class Box:
    def __init__(self):
        self.token = 1


box = Box()


def work():
    del box.token


t = threading.Thread(target=work)
t.start()
t.join()
try:
    _ = box.token
    has_token = 1
except AttributeError:
    has_token = 0
print(has_token)
