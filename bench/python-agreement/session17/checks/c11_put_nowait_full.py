# no bug: put_nowait on a full bounded queue raises queue.Full; the dropped items are counted
import queue

buffer = queue.Queue(maxsize=2)
dropped = 0
kept = []
for reading in [10, 20, 30, 40]:
    try:
        buffer.put_nowait(reading)
    except queue.Full:
        dropped += 1
while not buffer.empty():
    kept.append(buffer.get())
print(kept, dropped)
