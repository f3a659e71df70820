# Check: a nested function reads the global at call time (late binding), so it sees a thread's rebinding; a value captured in a default does not. Bug: none.
import threading

mode = "old"
seen = []


def make():
    def late():
        return mode

    def early(m=mode):
        return m
    return late, early


late, early = make()


def switch():
    global mode
    mode = "new"


t = threading.Thread(target=switch)
t.start()
t.join()
seen.append(late())
seen.append(early())
print(f"seen={seen}")
