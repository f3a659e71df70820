# str.split() and strip() cut at Python's whitespace, which includes \x1c-\x1f and \x85
import queue
import threading

q = queue.Queue()
count = 0
stripped = ""
first = ""


def worker():
    global count, stripped, first
    s = q.get()
    count = len(s.split())
    first = s.split()[0]
    stripped = s.strip()


t = threading.Thread(target=worker)
t.start()
q.put("\x1fab\x1ccd\u3000ef\x85")
t.join()
print(count, repr(first), repr(stripped))
