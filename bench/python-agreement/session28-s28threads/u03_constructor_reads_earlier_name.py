"""A constructor that reads a global the same unpacking binds: CPython raises NameError (the name is not yet bound)."""
import threading


class Node:
    def __init__(self, value: int) -> None:
        self.value = value
        self.lock = threading.Lock()
        self.head_seen = describe()


def describe() -> int:
    try:
        return first.value
    except NameError:
        return -1


first, second = Node(1), Node(2)
print(first.head_seen, second.head_seen)
assert second.head_seen == -1
