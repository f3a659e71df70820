# split edge cases: an empty string, repeated separators, maxsplit, rsplit, partition
import queue
import threading

q = queue.Queue()
counts = []
parts = []


def worker():
    empty = q.get()
    spaced = q.get()
    counts.append(len(empty.split(",")))
    counts.append(len(empty.split()))
    counts.append(len(spaced.split(" ")))
    counts.append(len(spaced.split()))
    counts.append(len(spaced.split(" ", 1)))
    head, tail = spaced.rsplit(" ", 1)
    parts.append(head)
    parts.append(tail)
    before, sep, after = spaced.partition("  ")
    parts.append(before + "|" + sep + "|" + after)
    counts.append("aaaa".count("aa"))
    counts.append(spaced.count(" "))
    parts.append("aaa".replace("aa", "b"))
    counts.append(spaced.find("b", -3))
    counts.append(spaced.rfind(" "))


t = threading.Thread(target=worker)
t.start()
q.put("")
q.put("a  b c")
t.join()
print(counts, parts)
