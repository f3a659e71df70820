"""A list display whose items read a counter, then block on a queue: Python reads the counter first."""
import queue
import threading

counter = 0
q = queue.Queue()
seen = -1
got = -1
size = 0


def bump():
    global counter
    counter += 1
    q.put(counter * 10)


def main():
    global seen, got, size
    t = threading.Thread(target=bump)
    t.start()
    pair = [counter, q.get()]
    seen = pair[0]
    got = pair[1]
    size = len(pair)
    t.join()


main()
print(seen, got, size)
