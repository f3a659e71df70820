"""A set of small ints iterates in hash order (the values' order mod the table size), not insertion order."""
import threading

seen = set()



def add(values):
    for v in values:
        seen.add(v)


t = threading.Thread(target=add, args=([9, 3, 17, 1, 8],))
t.start()
t.join()
order = list(seen)
print(order)
