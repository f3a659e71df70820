# check: floor division and modulo of run-time negative values (Python floors; C truncates)
import queue
import threading

q = queue.Queue()
out = []


def calc():
    a = q.get()
    b = q.get()
    out.append(a // b)
    out.append(a % b)
    out.append(-a // b)
    out.append(-a % b)
    out.append(a // -b)
    out.append(abs(a - 20))


t = threading.Thread(target=calc)
t.start()
q.put(7)
q.put(3)
t.join()
