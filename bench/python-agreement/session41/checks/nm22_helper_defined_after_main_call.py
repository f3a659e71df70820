# check: main code calls a function before the def of a helper it uses (NameError), inside try
import threading

out = []


def process(x):
    return scale(x) + 1


try:
    out.append(process(2))
except NameError:
    out.append(-1)


def scale(x):
    return x * 100


t = threading.Thread(target=lambda: out.append(process(3)))
t.start()
t.join()
print(out)
