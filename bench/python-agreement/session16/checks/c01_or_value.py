# check: `a or b` gives one of its operands, not a bool
import threading

hits = 0
label = 0


def worker():
    global hits
    hits += 7


def main():
    global label
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    label = hits or 5


main()
print(label)
