# BUG: ABA: pop compares only the top node, so a pop interleaved with pop-pop-push of the same node corrupts the stack
import threading


class Node:
    def __init__(self, value: int, next_node: "Node | None") -> None:
        self.value = value
        self.next = next_node


class Stack:
    def __init__(self) -> None:
        self.top: Node | None = None
        self._cas_lock = threading.Lock()  # stands for an atomic compare-and-swap

    def compare_and_swap(self, expected: Node | None, new: Node | None) -> bool:
        with self._cas_lock:
            if self.top is expected:
                self.top = new
                return True
            return False

    def push(self, node: Node) -> None:
        while True:
            old = self.top
            node.next = old
            if self.compare_and_swap(old, node):
                return

    def pop(self) -> Node | None:
        while True:
            old = self.top
            if old is None:
                return None
            following = old.next
            if self.compare_and_swap(old, following):
                return old


stack = Stack()
c = Node(3, None)
b = Node(2, None)
a = Node(1, None)
for n in (c, b, a):
    stack.push(n)
held: list[int] = []  # values of the nodes taken off the stack and not pushed back


def slow_popper() -> None:
    node = stack.pop()
    held.append(node.value)


def recycler() -> None:
    first = stack.pop()
    second = stack.pop()
    held.append(second.value)
    stack.push(first)  # reuse the node: same object back on top


threads = [threading.Thread(target=slow_popper), threading.Thread(target=recycler)]
for t in threads:
    t.start()
for t in threads:
    t.join()
remaining = []
node = stack.top
while node is not None:
    remaining.append(node.value)
    node = node.next
print("held", held, "remaining", remaining)
assert sorted(held + remaining) == [1, 2, 3], "ABA: a popped node is back on the stack"
