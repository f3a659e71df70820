# repr of strings picks its quotes and escapes as CPython does
import queue
import threading

q = queue.Queue()
reprs = []


def worker():
    while True:
        s = q.get()
        if s == "stop":
            break
        reprs.append(repr(s))


t = threading.Thread(target=worker)
t.start()
for s in ["it's", 'say "hi"', "both ' and \"", "tab\there", "back\\slash", "caf\u00e9", "zero\u200bwidth", "del\x7f"]:
    q.put(s)
q.put("stop")
t.join()
print(reprs)
