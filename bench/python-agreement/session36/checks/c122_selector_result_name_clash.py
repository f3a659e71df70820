"""`with lock_for(key):` in a loop (hoisted into lock_for_result) where the program has lock_for_result."""
import threading

locks = {"a": threading.Lock(), "b": threading.Lock()}
keys = ["a", "b", "a"]
lock_for_result = []


def lock_for(key):
    return locks[key]


def worker():
    i = 0
    while i < len(keys):
        with lock_for(keys[i]):
            lock_for_result.append(keys[i])
        i += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(lock_for_result)
