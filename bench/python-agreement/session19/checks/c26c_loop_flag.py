"""while True with break, for/else, enumerate(start=1) and reversed in a thread."""
import threading

found_at = -1
no_break = 0
order = []
countdown = []


def search(items, target):
    global found_at, no_break
    hit = 0
    i = 0
    for v in items:
        i += 1
        if hit == 0 and v == target:
            found_at = i
            hit = 1
    if hit == 0:
        no_break += 1
    for v in reversed(items):
        order.append(v)
    n = 3
    while True:
        countdown.append(n)
        n -= 1
        if n == 0:
            break


if __name__ == "__main__":
    t = threading.Thread(target=search, args=([4, 9, 2], 9))
    t.start()
    t.join()
    u = threading.Thread(target=search, args=([1], 7))
    u.start()
    u.join()
