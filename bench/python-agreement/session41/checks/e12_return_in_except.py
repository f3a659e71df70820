# check: a function returning from except and from else
import threading

codes = []


def lookup(table, key):
    try:
        value = table[key]
    except KeyError:
        return -1
    else:
        return value * 2


def work():
    table = {"a": 5, "b": 0}
    for k in ["a", "z", "b"]:
        codes.append(lookup(table, k))


t = threading.Thread(target=work)
t.start()
t.join()
print(codes)
