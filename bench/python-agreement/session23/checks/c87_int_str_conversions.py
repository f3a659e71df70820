# check: int() of text from a queue, str() of negatives, int with a base
import queue
import threading

q = queue.Queue()
out = []


def parse():
    s = q.get()
    n = int(s)
    out.append(n * 2)
    out.append(str(-n))
    out.append(int("ff", 16))
    out.append(len(str(n * 1000)))


t = threading.Thread(target=parse)
t.start()
q.put(" 42 ")
t.join()
