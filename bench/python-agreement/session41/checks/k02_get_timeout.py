# check: get(timeout) raises queue.Empty after the timeout
import queue
import threading

out = []
q = queue.Queue()


def consumer():
    try:
        out.append(q.get(timeout=0.005))
    except queue.Empty:
        out.append("timed out")


t = threading.Thread(target=consumer)
t.start()
t.join()
q.put("late")
out.append(q.get())
print(out)
