# Integer edge cases: floor division and remainder of negatives, divmod, abs, powers, bool arithmetic.
import queue
import threading

q = queue.Queue()
out = []


def worker():
    a = q.get()
    b = q.get()
    out.append(a // b)
    out.append(a % b)
    out.append(-a // b)
    out.append(-a % b)
    out.append(a // -b)
    out.append(a % -b)
    out.append(abs(-a))
    out.append(a ** 3)
    out.append(-(a ** 2))
    out.append((-a) ** 2)
    out.append(True + a)
    out.append(a * (b > 0))
    out.append(int("-0012"))
    out.append(int(" 7 "))
    out.append(round(-a / b))
    out.append(int(-a / b))
    out.append(min(a, -b, 0))
    out.append(max([a, b]) - min([-a, b]))


q.put(7)
q.put(2)
t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
