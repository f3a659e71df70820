# A closure made in each thread's function from its argument (a = make_adder(k)) and called twice, under a lock.
# CPython 3.11.7 (agree.py, 10 runs): ok total=22 (10 of 10). weft explore: that outcome only, complete. Refused before session 19 (the closure kept in a local).
import threading
total = 0
lock = threading.Lock()
def add(n):
    global total
    with lock:
        total += n
def make_adder(n):
    def adder():
        add(n)
    return adder
def run(k):
    a = make_adder(k)
    a()
    a()
threads = [threading.Thread(target=run, args=(k,)) for k in (1, 10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
