# Check: a module "constant" rebound by a thread through `global`; main reads it after join. Bug: none.
import threading

LIMIT = 3
used = 0


def reconfigure():
    global LIMIT
    LIMIT = LIMIT * 5


def consume():
    global used
    used = LIMIT + 1


t = threading.Thread(target=reconfigure)
t.start()
t.join()
c = threading.Thread(target=consume)
c.start()
c.join()
print(f"LIMIT={LIMIT} used={used}")
