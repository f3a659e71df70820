# print(f"{total:d}") of a shared global that a thread set to a float: ValueError (d of a float).
import threading

total = 0
got = []


def writer():
    global total
    total = 2.5


def reader():
    print(f"total {total:d}")
    got.append(1)


t = threading.Thread(target=writer)
t.start()
t.join()
r = threading.Thread(target=reader)
r.start()
r.join()
print(got)
