# print(f"{d['k']:.2f}") of a shared dict's item that is a string: ValueError.
import threading

d = {}
got = []


def writer():
    d["k"] = "fast"


def reader():
    print(f"speed {d['k']:.2f}")
    got.append(1)


t = threading.Thread(target=writer)
t.start()
t.join()
r = threading.Thread(target=reader)
r.start()
r.join()
print(got)
