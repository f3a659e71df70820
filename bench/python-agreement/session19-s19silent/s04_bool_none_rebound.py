# CPython 3.11.7, 10 runs: ok flag_seen=0 items[0]=5 len(items)=1 none_seen=1 (10 of 10). weft explore (s19silent): 2 outcome(s), complete; CPython's among them (not predicted: 0).
import threading

items = []
flag_seen = 0
none_seen = 0


def take():
    global flag_seen, none_seen
    flag = False
    got = None
    if items:
        flag = True
        got = items.pop()
    if flag:
        flag_seen += 1
    if got is None:
        none_seen += 1


def give():
    items.append(5)


if __name__ == "__main__":
    t = threading.Thread(target=take)
    u = threading.Thread(target=give)
    t.start()
    u.start()
    t.join()
    u.join()
