# check: a bool a thread appends to a list keeps its text (True, not 1)
import queue
import threading

q = queue.Queue()
out = []


def work():
    s = q.get()
    out.append(s.startswith("he"))
    out.append(len(s) > 10)


t = threading.Thread(target=work)
t.start()
q.put("hello")
t.join()
first = str(out[0])
whole = str(out[1])
label = f"ok={out[1]}"
