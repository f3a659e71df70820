# A worker prints int() of each text it takes from a queue; the second is not a number, so CPython's
# worker dies with ValueError before it counts it. Before session 26 weft dropped the int() inside
# print (it only read its arguments) and counted both.
import queue
import threading

inbox = queue.Queue()
counted = []


def worker():
    for _ in range(2):
        text = inbox.get()
        print(int(text))
        counted.append(text)


inbox.put("12")
inbox.put("x3")
t = threading.Thread(target=worker)
t.start()
t.join()
print(counted)
