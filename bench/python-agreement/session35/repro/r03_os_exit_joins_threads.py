"""`os._exit(0)` in the module's code ends the process at once: CPython joins no thread, so `slow`
never sets 2 and the state at exit is 1 (CPython 3.11 prints 1 and exits 0 in every run, never "slow finished").
weft (start binary): `weft explore` lists one outcome, ok state = 2 (complete within a 20ms time
window): the import takes os._exit as sys.exit, the end of main followed by the join of every thread
that is not a daemon. With a worker stuck on a lock (f08_transfer_deadlock) weft says deadlock where
CPython exits 0."""
import os
import sys
import threading
import time

state = 0


def slow():
    global state
    time.sleep(0.05)
    state = 2
    print("slow finished")  # never printed by CPython


t = threading.Thread(target=slow)
t.start()
state = 1
print(state)
sys.stdout.flush()
os._exit(0)
