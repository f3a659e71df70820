# no bug: four threads increment a shared counter under a Lock
import threading

counter = 0
counter_lock = threading.Lock()


def increment(times):
    global counter
    for _ in range(times):
        with counter_lock:
            counter += 1


threads = [threading.Thread(target=increment, args=(25,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

assert counter == 100, counter
print("counter =", counter)
