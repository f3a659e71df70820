# check: a function defined twice: calls before the second def use the first
import threading

out = []


def greet():
    return "v1"


t = threading.Thread(target=lambda: out.append(greet()))
t.start()
t.join()


def greet():
    return "v2"


out.append(greet())
print(out)
