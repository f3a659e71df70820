"""sys.exit in a thread ends only that thread (SystemExit is swallowed by the thread's bootstrap)."""
import sys
import threading

state = []


def quitter():
    state.append("before")
    sys.exit(1)
    state.append("after")


t = threading.Thread(target=quitter)
t.start()
t.join()
state.append("main")
print(state)
