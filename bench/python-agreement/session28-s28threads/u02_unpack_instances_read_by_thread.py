"""Instances unpacked into globals, read by name inside a thread's function."""
import threading


class Meter:
    def __init__(self, start: int) -> None:
        self.value = start


inbound, outbound = Meter(1), Meter(2)


def pump() -> None:
    for _ in range(3):
        inbound.value += 1
        outbound.value += inbound.value


t = threading.Thread(target=pump)
t.start()
t.join()
print(inbound.value, outbound.value)
assert (inbound.value, outbound.value) == (4, 11)
