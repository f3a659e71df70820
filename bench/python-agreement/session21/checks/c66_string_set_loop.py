# a set of strings iterates in an order that changes from run to run (hash randomization)
import threading

tags = set()
lock = threading.Lock()
first = ""


def tag(name):
    with lock:
        tags.add(name)


for name in ["red", "green", "blue"]:
    t = threading.Thread(target=tag, args=(name,))
    t.start()
    t.join()
for name in tags:
    first = name
    break
print(first)
