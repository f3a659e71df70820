# Check: for/else and while/else with break. Bug: none.
import threading

found = -1
no_break = 0
steps = 0


def worker(items, target):
    global found, no_break, steps
    for i, v in enumerate(items):
        if v == target:
            found = i
            break
    else:
        found = -2
    n = 3
    while n > 0:
        n -= 1
        steps += 1
    else:
        no_break += 1


t1 = threading.Thread(target=worker, args=([4, 5, 6], 9))
t1.start()
t1.join()
first = found
t2 = threading.Thread(target=worker, args=([4, 5, 6], 5))
t2.start()
t2.join()
print(f"first={first} found={found} no_break={no_break} steps={steps}")
