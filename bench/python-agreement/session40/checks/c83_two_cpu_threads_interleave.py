# Check: two CPU-bound threads each appending after every chunk: the GIL's 5 ms switch interval interleaves their chunks. Bug: none.
import threading

marks = []


def crunch(tag):
    for chunk in range(3):
        s = 0
        for i in range(300_000):
            s += i
        marks.append(f"{tag}{chunk}")


ts = [threading.Thread(target=crunch, args=(t,)) for t in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
firsts = marks[0][0] + marks[-1][0]
print(f"marks={marks} firsts={firsts}")
