# set.pop() and a join over a set follow hash order
import threading

pending = set()
lock = threading.Lock()
first = 0
text = ""


def add(n):
    with lock:
        pending.add(n)


for n in [30, 10, 20]:
    t = threading.Thread(target=add, args=(n,))
    t.start()
    t.join()
for n in pending:
    text = text + str(n) + ","
first = len(pending)
print(first, text)
