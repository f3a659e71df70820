# Annotated assignments (PEP 526) at module level, in a function and on self, written by a thread.
import threading

counter: int = 0
names: list[str] = []


class Box:
    def __init__(self) -> None:
        self.size: int = 1


box = Box()


def work(n: int) -> None:
    global counter
    step: int = n * 2
    counter = counter + step
    box.size: int = 7
    names.append("w")


t = threading.Thread(target=work, args=(3,))
t.start()
t.join()
print(counter, box.size, names)
