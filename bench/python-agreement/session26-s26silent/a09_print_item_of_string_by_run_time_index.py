# print(word[i]) of a string by an index taken at run time, past its end: IndexError.
import queue
import threading

positions = queue.Queue()
got = []


def worker(word):
    for _ in range(2):
        i = positions.get()
        print(word[i])
        got.append(i)


positions.put(1)
positions.put(7)
t = threading.Thread(target=worker, args=("abc",))
t.start()
t.join()
print(got)
