# print(b ** -2) in a thread (session 25's note): a float in Python, and 0 ** -2 raises. Refused at the
# exponent now; before session 26 dropped with print's other work.
import threading

out = []


def worker(b):
    print(b ** -2)
    out.append(b)


t = threading.Thread(target=worker, args=(0,))
t.start()
t.join()
print(out)
