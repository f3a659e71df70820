# BUG: the producer fills two bottles but the capper only caps as many as were on the belt when it
# started (modelled on SCTBench sync02): the filler's second round waits for an empty belt for ever.
# A timeout on the wait lets the program report the stuck filler.
import threading

belt = 1
capped = 0
stuck = []
cond = threading.Condition()


def filler():
    global belt
    for bottle in range(2):
        with cond:
            while belt > 0:
                if not cond.wait(timeout=0.3):
                    stuck.append(f"filler at bottle {bottle}")
                    return
            belt += 1
            cond.notify_all()


def capper():
    global belt, capped
    rounds = belt
    for _ in range(rounds):
        with cond:
            while belt == 0:
                cond.wait()
            belt -= 1
            capped += 1
            cond.notify_all()


f = threading.Thread(target=filler)
c = threading.Thread(target=capper)
f.start()
c.start()
f.join()
c.join()

print(f"belt={belt} capped={capped} stuck={stuck}")
