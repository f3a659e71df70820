# float(text) as a bare statement on text from a queue.
import queue
import threading

q = queue.Queue()
bad = 0


def parse():
    global bad
    for _ in range(2):
        text = q.get()
        try:
            float(text)
        except ValueError:
            bad += 1


t = threading.Thread(target=parse)
t.start()
q.put("2.5")
q.put("abc")
t.join()
print(bad)
