# bug: q.empty() then q.get_nowait() is check-then-act; two consumers can both see one item left and one raises queue.Empty
import queue
import threading

work = queue.Queue()
for job in range(3):
    work.put(job)

handled = []


def drain():
    while not work.empty():
        job = work.get_nowait()
        handled.append(job)


consumers = [threading.Thread(target=drain) for _ in range(2)]
for c in consumers:
    c.start()
for c in consumers:
    c.join()
print("handled", sorted(handled))
