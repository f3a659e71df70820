# Check: str.split() collapses whitespace, split(" ") keeps empty strings; star unpacking. Bug: none.
import threading

counts = []
first = ""
rest_len = 0


def worker():
    global first, rest_len
    line = "  to   be or  "
    counts.append(len(line.split()))
    counts.append(len(line.split(" ")))
    counts.append(len(line.strip().split(" ", 1)))
    first, *rest = line.split()
    rest_len = len(rest)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"counts={counts} first={first} rest_len={rest_len}")
