import threading

flags = []
total = 0

def check(n):
    global total
    ok = n > 2
    flags.append(ok)
    total += ok

ts = [threading.Thread(target=check, args=(n,)) for n in (1, 3, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
