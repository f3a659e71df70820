# check: sort stability with key and reverse
import threading

a = ""


def work():
    global a
    rows = [("b", 2), ("a", 1), ("c", 2), ("d", 1)]
    by_n = sorted(rows, key=lambda r: r[1], reverse=True)
    a = "".join(r[0] for r in by_n)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
