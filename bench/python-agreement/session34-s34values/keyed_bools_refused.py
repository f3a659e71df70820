# A dict that takes a bool under a key known only at run time: the text of any of its items stays
# refused (weft holds a bool as 1 or 0 and cannot tell which item the key reached).
import threading

flags = {}
out = []


def mark(key, value):
    flags[key] = value


def show():
    out.append(f"{flags.get('a', 'unset')}")


t = threading.Thread(target=mark, args=("a", True))
t.start()
t.join()
show()
print(out)
