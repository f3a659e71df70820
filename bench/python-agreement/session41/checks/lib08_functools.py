# check: functools.reduce, partial
import threading
import functools

result = ""


def work():
    global result
    parts = []
    parts.append(str(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4])))
    parts.append(str(functools.reduce(lambda a, b: a - b, [10, 1, 2], 100)))
    parts.append(str(functools.partial(int, base=2)("1011")))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
