"""A global list display with a run-time item bound twice: the kind the second binding leaves is not followed."""
import threading


class Box:
    def __init__(self) -> None:
        self.value = 1


box = Box()


def grow() -> None:
    box.value += 1


t = threading.Thread(target=grow)
t.start()
t.join()
values = [box.value]
values = [box.value, box.value]
print(len(values))
assert len(values) == 2
