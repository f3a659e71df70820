# check: a helper appending to an instance's list attribute changes the instance
import threading

out = []


class Order:
    def __init__(self):
        self.lines = []


def add_line(lines, item):
    lines.append(item)


def work():
    o = Order()
    add_line(o.lines, "tea")
    add_line(o.lines, "jam")
    out.append(len(o.lines))


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
