# dict.clear(d) of a module dict with string keys, from a thread.
# CPython 3.11.7: `apples_left=-1` (5 of 5 runs); weft explore: `apples_left=3`, its only outcome, "complete".
import threading

stock = {"apples": 3, "pears": 2}


def wipe():
    dict.clear(stock)


t = threading.Thread(target=wipe)
t.start()
t.join()
apples_left = stock.get("apples", -1)
print(apples_left)
