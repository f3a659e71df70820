# the text of tuples: a 1-tuple's comma, strings with quotes, None and negative numbers
import queue
import threading

q = queue.Queue()
texts = []


def worker():
    for _ in range(3):
        item = q.get()
        texts.append(str(item))


t = threading.Thread(target=worker)
t.start()
q.put((5,))
q.put(("it's", None, -3))
q.put((True, "x"))
t.join()
print(texts)
