# CPython 3.11.7, 10 runs: ok len(out)=3 out[0]=0 out[1]=1 out[2]=9 (10 of 10). weft explore (s19silent): 2 outcome(s), complete; CPython's among them. weft-start: `t.start()` of the new thread started the loop's last thread again (a fault in every outcome, under "complete").
import threading
out = []
def f(i):
    out.append(i)
def g():
    out.append(9)
threads = [threading.Thread(target=f, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
t = threading.Thread(target=g)
t.start()
t.join()
