# except LookupError catches both KeyError and IndexError; ArithmeticError catches ZeroDivisionError
import queue
import threading

caught = []
keys = queue.Queue()
table = {"a": 1}
items = [1]


def probe():
    while True:
        kind = keys.get()
        if kind == "stop":
            break
        try:
            if kind == "index":
                x = items[5]
            elif kind == "zero":
                x = 1 // (len(kind) - 4)
            else:
                x = table[kind]
        except LookupError:
            caught.append("lookup:" + kind)
        except ArithmeticError:
            caught.append("arith:" + kind)


t = threading.Thread(target=probe)
t.start()
for kind in ["nokey", "index", "zero", "stop"]:
    keys.put(kind)
t.join()
print(caught)
