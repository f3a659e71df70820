# check: `or`/`and` give an operand, not a bool; values come from a queue at run time
import queue
import threading

q = queue.Queue()
vals = []


def work():
    a = q.get()
    b = q.get()
    vals.append(a or b)
    vals.append(a and b)
    vals.append(b or a)
    vals.append(not a)
    vals.append((a or 0) + (b and 2))


t = threading.Thread(target=work)
t.start()
q.put(0)
q.put(5)
t.join()
