# upper/lower/swapcase that change the length
import queue
import threading

q = queue.Queue()
up = ""
up_len = 0
swapped = ""
low = ""


def worker():
    global up, up_len, swapped, low
    s = q.get()
    up = s.upper()
    up_len = len(up)
    swapped = s.swapcase()
    low = "ΟΔΟΣ".lower() + s.lower()


t = threading.Thread(target=worker)
t.start()
q.put("straße")
t.join()
print(up, up_len, swapped, low)
