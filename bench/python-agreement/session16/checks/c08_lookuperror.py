# check: except LookupError catches IndexError and KeyError
import threading

caught = 0
items = []
table = {}


def work():
    global caught
    try:
        items.pop()
    except LookupError:
        caught += 1
    try:
        v = table["missing"]
    except LookupError:
        caught += 10


t = threading.Thread(target=work)
t.start()
t.join()
print(caught)
