import queue
import threading

lines = queue.Queue()
lengths = []


def worker():
    text = lines.get()
    sizes = [len(word) for word in text.split()]
    for size in sizes:
        lengths.append(size)


t = threading.Thread(target=worker)
t.start()
lines.put("a bb ccc")
t.join()
print(lengths)
