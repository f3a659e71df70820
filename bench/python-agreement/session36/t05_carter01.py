# BUG: deadlock: carter01 (SCTBench): one thread takes lock m then l, the other takes l then m
# only when it sees the shared flag unset; the interleaving where both hold one lock hangs.
import threading

m = threading.Lock()
l = threading.Lock()
A = 0
B = 0
rounds = {"t1": 0, "t2": 0}


def t1():
    global A, B
    m.acquire()
    A += 1
    if A == 1:
        l.acquire()
        B += 1
        l.release()
    m.release()
    rounds["t1"] += 1


def t2():
    global A, B
    l.acquire()
    B += 1
    if B == 1:
        m.acquire()
        A += 1
        m.release()
    l.release()
    rounds["t2"] += 1


threads = [threading.Thread(target=t1), threading.Thread(target=t2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"A={A} B={B} rounds={rounds}")
