import threading
from enum import Enum


class State(Enum):
    IDLE = 1
    BUSY = 2


state = State.IDLE
changes = 0


def work():
    global state, changes
    state = State.BUSY
    changes += 1


t = threading.Thread(target=work)
t.start()
t.join()
busy = 1 if state == State.BUSY else 0
