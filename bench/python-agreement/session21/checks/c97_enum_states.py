# an Enum for a worker's state
import enum
import threading


class State(enum.Enum):
    IDLE = "idle"
    BUSY = "busy"
    DONE = "done"


state = State.IDLE
history = []


def work():
    global state
    state = State.BUSY
    history.append(state.value)
    state = State.DONE
    history.append(state.value)


t = threading.Thread(target=work)
t.start()
t.join()
final = state.value
print(final, history)
