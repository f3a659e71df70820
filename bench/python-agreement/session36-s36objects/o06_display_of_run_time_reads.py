"""A module loop over a list display that reads a global twice while a thread bumps it: Python
evaluates the display once, before the loop, so the items are [1, 5, 10], [1, 6, 12] (a break at 6)
or [1, 5, 12] (the bump between the two reads)."""
import threading
counter = 5
total = 0
def bump():
    global counter
    counter += 1
t = threading.Thread(target=bump)
t.start()
for x in [1, counter, counter * 2]:
    if x == 6:
        break
    total += x
t.join()
print(total)
