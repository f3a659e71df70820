import queue
import threading

inbox: "queue.Queue[str]" = queue.Queue(maxsize=3)
dropped = 0
accepted = 0
handled: list[str] = []


def offer(messages: list[str]) -> None:
    global dropped, accepted
    for msg in messages:
        try:
            inbox.put_nowait(msg)
            accepted += 1
        except queue.Full:
            dropped += 1


def drain() -> None:
    while True:
        try:
            msg = inbox.get(timeout=0.05)
        except queue.Empty:
            break
        handled.append(msg.upper())


offer(["a", "b", "c", "d", "e"])
worker = threading.Thread(target=drain)
worker.start()
worker.join()
handled_count = len(handled)
print(f"accepted={accepted} dropped={dropped} handled={handled}")
assert handled == ["A", "B", "C"] and dropped == 2
