# check: a set of strings iterates in an order CPython fixes per run (string hashing is randomised)
import threading

colours = {"red", "green", "blue", "cyan"}
seen = []


def walk():
    for c in colours:
        seen.append(c)


t = threading.Thread(target=walk)
t.start()
t.join()
joined = ",".join(seen)
print(joined)
