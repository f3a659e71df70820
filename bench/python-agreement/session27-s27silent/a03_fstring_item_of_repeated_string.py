# print(f"{word[5]}") of a string made at run time ("ab" * n), shorter than 6: IndexError.
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    n = q.get()
    word = "ab" * n
    print(f"{word[5]}")
    got.append(1)


q.put(2)
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
