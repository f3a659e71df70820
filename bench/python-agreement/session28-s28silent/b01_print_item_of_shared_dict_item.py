# print(d[k][0]) of a shared dict's item that is an empty string: IndexError.
import threading

names = {}
got = []


def writer():
    names["a"] = ""


def reader():
    print(names["a"][0])
    got.append(1)


t = threading.Thread(target=writer)
t.start()
t.join()
r = threading.Thread(target=reader)
r.start()
r.join()
print(got)
