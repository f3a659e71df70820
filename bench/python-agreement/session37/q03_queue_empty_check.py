# BUG: two consumers test q.empty() and then call get_nowait(): between the test and the get the other takes the last item (SCTBench queue_ok, check-then-act)
import queue
import threading

inbox = queue.Queue()
for n in (5, 6, 7):
    inbox.put(n)

processed = []
errors = 0
err_lock = threading.Lock()


def consumer():
    global errors
    while not inbox.empty():
        try:
            item = inbox.get_nowait()
        except queue.Empty:
            with err_lock:
                errors += 1
            break
        processed.append(item * 10)


consumers = [threading.Thread(target=consumer) for _ in range(2)]
for c in consumers:
    c.start()
for c in consumers:
    c.join()

total = sum(processed)
print(f"total={total} processed={sorted(processed)} errors={errors}")
assert errors == 0, "get_nowait on an empty queue"
