# A daemon thread flushes a log queue forever; main waits for the queue to drain. No bug.
import queue
import threading

lines = queue.Queue()
written = []


def flusher():
    while True:
        line = lines.get()
        written.append(line.upper())
        lines.task_done()


threading.Thread(target=flusher, daemon=True).start()
for word in ["boot", "ready", "serve"]:
    lines.put(word)
lines.join()
print(written)
