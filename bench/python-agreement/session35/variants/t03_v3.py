"""A chat room keeps its history under a lock; a reader copies it to render."""
import threading

history = []
history_lock = threading.Lock()
renders = []


def post(user, lines):
    for n in range(lines):
        with history_lock:
            history.append((user, f"{user} says {n}"))


def render():
    for _ in range(3):
        with history_lock:
            snapshot = list(history)
        alice = sum(1 for user, _ in snapshot if user == "alice")
        renders.append((len(snapshot), alice))


writers = [threading.Thread(target=post, args=(name, 3)) for name in ("alice", "bob")]
reader = threading.Thread(target=render)
for w in writers:
    w.start()
reader.start()
for w in writers:
    w.join()
reader.join()

counts = {}
for user, _text in history:
    counts[user] = counts.get(user, 0) + 1
print("messages:", len(history))
print("per user:", sorted(counts.items()))
print("renders grew:", all(a[0] <= b[0] for a, b in zip(renders, renders[1:])))
print("last render size at most total:", renders[-1][0] <= len(history))
