# A buffer attribute reset by rebinding (`self.pending = []`) while a reader counts it and a writer appends.
import threading


class Buffer:
    def __init__(self) -> None:
        self.pending: list[int] = [1, 2]
        self.seen = 0
        self.dropped = 0

    def add(self, item: int) -> None:
        self.pending.append(item)

    def reset(self) -> None:
        self.dropped += len(self.pending)
        self.pending = []

    def look(self) -> None:
        self.seen = len(self.pending)


buffer = Buffer()
threads = [
    threading.Thread(target=buffer.add, args=(3,)),
    threading.Thread(target=buffer.reset),
    threading.Thread(target=buffer.look),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
left = len(buffer.pending)
seen = buffer.seen
dropped = buffer.dropped
print(left, seen, dropped)
