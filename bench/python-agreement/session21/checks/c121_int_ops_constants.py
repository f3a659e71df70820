# the same operators on constants the import may compute itself
import threading

A = 8
B = 3
out = []


def worker():
    out.append(-A ** 2)
    out.append((-A) // B)
    out.append((-A) % B)
    out.append(A % -B)
    out.append(-A % -B)
    out.append(-7 // 2)
    out.append(-7 % 2)


t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
