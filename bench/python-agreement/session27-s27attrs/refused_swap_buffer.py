# Refused: the swap-buffer idiom holds the old list in another name while the attribute gets a new one.
import threading


class Batcher:
    def __init__(self) -> None:
        self.pending: list[int] = []
        self.sent = 0

    def add(self, item: int) -> None:
        self.pending.append(item)

    def flush(self) -> None:
        batch = self.pending
        self.pending = []
        self.sent += len(batch)


batcher = Batcher()
t = threading.Thread(target=batcher.add, args=(1,))
t.start()
batcher.flush()
t.join()
print(batcher.sent, len(batcher.pending))
