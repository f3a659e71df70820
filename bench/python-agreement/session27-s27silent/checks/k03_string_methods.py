# String methods of text taken at run time, kept in a list.
import queue
import threading

q = queue.Queue()
texts = []
counts = []


def worker():
    s = q.get()
    texts.append("|".join(s.split(",")))
    texts.append("|".join(s.split()))
    texts.append(s.strip(" ,"))
    texts.append(s.rstrip(","))
    texts.append(s.replace(",", ";", 1))
    texts.append(s.title())
    texts.append(s.center(20, "*"))
    texts.append(f"{s!r:>25}")
    texts.append(f"{len(s):05d}")
    texts.append(s.upper().lower())
    texts.append(s[::-1])
    texts.append(s.partition(",")[2])
    counts.append(s.count(","))
    counts.append(s.find("z"))
    counts.append(int(s.startswith(" a")))
    counts.append(len(s.split(",", 1)))


q.put(" a,b ,, c d,")
t = threading.Thread(target=worker)
t.start()
t.join()
print(texts, counts)
