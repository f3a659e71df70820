# warehouse threads move stock between bins; the report finds empty bins and the fullest one
import threading

bins = {"A": 5, "B": 0, "C": 3}
lock = threading.Lock()
moves = []


def move(src, dst, n):
    with lock:
        if bins[src] >= n:
            bins[src] -= n
            bins[dst] += n
            moves.append(f"{src}->{dst}:{n}")


ts = [threading.Thread(target=move, args=("A", "B", 2)), threading.Thread(target=move, args=("C", "A", 3)), threading.Thread(target=move, args=("B", "C", 1))]
for t in ts:
    t.start()
for t in ts:
    t.join()
empty = [b for b, n in bins.items() if n == 0]
fullest = max(bins, key=bins.get)
print(bins, empty, fullest, len(moves))
