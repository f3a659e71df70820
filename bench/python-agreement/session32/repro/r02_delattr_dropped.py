# delattr(box, "token") in a thread, then hasattr in main: CPython has_token=0; weft drops the delattr.
# CPython 3.11.7: `box_count=1 has_token=0` (5 of 5 runs); weft explore: `box_count=1 has_token=1`, its only outcome, "complete".
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
try:
    token = box.token
    has_token = 1
except AttributeError:
    has_token = 0
print("has token", has_token, "count", box.count)
